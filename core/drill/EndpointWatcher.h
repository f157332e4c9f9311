// Watches whether one etcd endpoint answers, at a finer grain than the ClusterMonitor's poll: a Status call
// every interval (100 ms by default, one at a time, each with the etcd deadline). The drill uses it on the
// target to time the moment its etcd stops answering after the stop command and answers again after the
// start command.
//
// A change is reported with the start time of the first call that showed it: for "stopped answering" the
// endpoint was still answering at most one interval before; for "answers again" the call succeeded.
//
// Thread: lives on the thread that created it (the engine's); the client is its Qt child. Owner:
// StopsAnsweringEffect (a Qt child), the effect of every fault today.
#pragma once

#include "config/TlsFiles.h"

#include <QObject>
#include <QTimer>
#include <chrono>
#include <memory>

namespace etcddrill {

class EtcdClient;

class EndpointWatcher : public QObject
{
    Q_OBJECT

public:
    // 100 ms: a tenth of etcd's election timeout, fine enough to time a stop against the probes' windows.
    static constexpr std::chrono::milliseconds kDefaultInterval{100};

    EndpointWatcher(const QString& endpoint, const TlsFiles& tls, std::chrono::milliseconds deadline,
                    QObject* parent = nullptr);
    ~EndpointWatcher() override;

    QString setupError() const { return m_setupError; } // the endpoint cannot be used at all
    void setInterval(std::chrono::milliseconds interval) { m_timer.setInterval(interval); }
    void start();
    void stop();

    bool hasAnswer() const { return m_known; } // at least one call has completed
    bool isAnswering() const { return m_answering; }
    quint64 memberId() const { return m_memberId; } // of the last successful answer
    QString lastError() const { return m_lastError; }

signals:
    // at: steady_clock start time of the call that showed the change. The first result after start() is
    // always reported.
    void answeringChanged(bool answering, std::chrono::steady_clock::time_point at, const QString& error,
                          quint64 memberId);

private:
    void poll();

    std::unique_ptr<EtcdClient> m_client;
    QString m_setupError;
    QTimer m_timer;
    bool m_inFlight = false;
    bool m_known = false;
    bool m_answering = false;
    quint64 m_memberId = 0;
    QString m_lastError;
    quint64 m_generation = 0; // results of calls started before the last start() are ignored
};

} // namespace etcddrill
