// Deletes every key under the workload's prefix, in batches: a linearizable read of the next kBatch keys,
// then one DeleteRange from the first to just past the last of them, until the read comes back empty. Each
// request stays small (a batch's keys are never sent, only its two ends) and each delete is one revision of
// at most kBatch keys, far below etcd's request size limit (--max-request-bytes, 1.5 MiB by default) and
// its transaction limits. Only keys under the prefix are touched. A member that fails is left for the next
// one; when every member failed in a row, finished() reports why.
//
// Thread: the thread of its clients. Owner: the caller (Qt parent); the clients must outlive it.
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

namespace etcddrill {

class EtcdClient;

class WorkloadCleanup : public QObject
{
    Q_OBJECT

public:
    static constexpr int kBatch = 1000;

    WorkloadCleanup(QList<EtcdClient*> clients, QByteArray prefix, QObject* parent = nullptr);

    void start();
    qint64 deleted() const { return m_deleted; }

signals:
    // error empty: nothing is left under the prefix.
    void finished(qint64 deleted, const QString& error);

private:
    void step();
    void failed(const QString& error);

    QList<EtcdClient*> m_clients;
    QByteArray m_prefix;
    qint64 m_deleted = 0;
    int m_client = 0;
    int m_failuresInARow = 0;
    bool m_done = false;
};

} // namespace etcddrill
