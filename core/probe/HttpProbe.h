// One probe of one target: resolve, connect, TLS handshake, GET, read the response, each phase timed on the
// monotonic clock, everything bounded by the target's timeout. Emits finished() exactly once (also on
// timeout), never from inside start(). Lives on the scheduler's worker thread; created and owned (Qt parent)
// by the TargetProber, which deletes it after finished().
#pragma once

#include "HttpResponseParser.h"
#include "ProbeSample.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QTimer>
#include <chrono>
#include <memory>

namespace etcddrill {

class ConnectionPool;
class HostResolver;
class ProbeConnection;
class ProbeEndpoint;

class HttpProbe : public QObject
{
    Q_OBJECT

public:
    // pool: null unless the target keeps connections alive.
    HttpProbe(std::shared_ptr<const ProbeEndpoint> endpoint, HostResolver& resolver, ConnectionPool* pool,
              QObject* parent = nullptr);
    ~HttpProbe() override;

    // slot: when the scheduler wanted this probe to start (for ProbeSample::startLagUs).
    void start(std::chrono::steady_clock::time_point slot);
    bool isFinished() const { return m_finished; }

signals:
    void finished(const etcddrill::ProbeSample& sample);

private:
    using TimePoint = std::chrono::steady_clock::time_point;
    enum class Phase { Resolving, Connecting, Handshaking, Waiting, Reading };

    void connectFresh();
    void onResolved(quint64 id, const QList<QHostAddress>& addresses, const QString& error);
    void connectNext();
    void attach(std::unique_ptr<ProbeConnection> connection);
    void discardConnection();
    void sendRequest();
    void onTcpConnected();
    void onReady();
    void onReceived();
    void onPeerClosed();
    void onFailed(ProbeSample::Outcome outcome, const QString& detail);
    void onDeadline();
    bool retryStaleConnection();
    void complete();
    void finish(ProbeSample::Outcome outcome, const QString& detail, bool keepConnection = false);

    std::shared_ptr<const ProbeEndpoint> m_endpoint;
    HostResolver& m_resolver;
    ConnectionPool* m_pool;
    std::unique_ptr<ProbeConnection> m_connection;
    QTimer m_deadline;
    HttpResponseParser m_parser;
    ProbeSample m_sample;
    Phase m_phase = Phase::Resolving;
    TimePoint m_start;
    TimePoint m_phaseStart;
    QList<QHostAddress> m_addresses;
    qsizetype m_nextAddress = 0;
    quint64 m_lookupId = 0;
    bool m_reused = false;
    bool m_retried = false;
    bool m_gotFirstByte = false;
    bool m_finished = false;
};

} // namespace etcddrill
