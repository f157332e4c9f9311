// The watch on the workload's prefix during a drill: from a start revision on, on one member; when its
// stream ends (the member was stopped, its connection was lost), re-opened on the next member from the last
// revision seen + 1, so that DataSafetyChecker::watch() can tell a clean re-open from a gap. Every event is
// kept in arrival order, and every (re-)open with its member and revision. When every member refuses, it
// tries the next one every 200 ms until stop(). A watch cancelled by etcd because its revision was
// compacted is re-opened from the compaction on and marked (compacted()): the events in between are gone.
//
// Thread: the thread of its clients. Owner: the caller (Qt parent); the clients must outlive it.
#pragma once

#include "WorkloadRunner.h"
#include "etcd/EtcdWatch.h"

#include <QList>
#include <QObject>
#include <QTimer>
#include <memory>

namespace etcddrill {

class WorkloadWatcher : public QObject
{
    Q_OBJECT

public:
    struct Open
    {
        QString member;
        qint64 fromRevision = 0;
    };

    WorkloadWatcher(QList<WorkloadRunner::Member> members, QByteArray prefix, qint64 startRevision,
                    QObject* parent = nullptr);
    ~WorkloadWatcher() override;

    void start(); // on the first member
    void stop();
    const QList<EtcdWatchEvent>& events() const { return m_events; }
    const QList<Open>& opens() const { return m_opens; }
    qint64 lastRevision() const { return m_last; } // the newest revision the watch has reported
    bool compacted() const { return m_compacted; }

signals:
    void eventsArrived(int count);

private:
    void open();
    void ended(qint64 compactRevision);

    QList<WorkloadRunner::Member> m_members;
    QByteArray m_prefix;
    qint64 m_last = 0;
    int m_member = 0;
    std::unique_ptr<EtcdWatch> m_watch;
    QTimer m_retry;
    QList<EtcdWatchEvent> m_events;
    QList<Open> m_opens;
    bool m_running = false;
    bool m_compacted = false;
};

} // namespace etcddrill
