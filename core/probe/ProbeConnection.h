// One TCP connection (plus TLS for https targets) used by probes: non-blocking socket driven by
// QSocketNotifiers, TLS through TlsSession over memory buffers. Raw sockets rather than QSslSocket because a
// probe must tell apart what Qt folds together: a reset (ECONNRESET) from an orderly close, a refused connect
// from an unreachable host, and must time each phase (TCP connect, TLS handshake) on its own.
// Lives on the scheduler's worker thread; owned by the HttpProbe using it or, between requests of a
// keep-alive target, by its ConnectionPool. Never deleted from inside its own signals: owners use
// deleteLater().
#pragma once

#include "ProbeSample.h"

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <memory>

class QSocketNotifier;

namespace etcddrill {

class ProbeEndpoint;
class TlsSession;

class ProbeConnection : public QObject
{
    Q_OBJECT

public:
    enum class State { Idle, Connecting, Handshaking, Ready, Closed, Failed };

    explicit ProbeConnection(std::shared_ptr<const ProbeEndpoint> endpoint, QObject* parent = nullptr);
    ~ProbeConnection() override;

    // Starts connecting; progress and failure arrive as signals, never from inside this call.
    void open(const QHostAddress& address);
    State state() const { return m_state; }
    bool isReady() const { return m_state == State::Ready; }
    void send(const QByteArray& plain);
    QByteArray takeReceived();
    // Closes the socket now; no signal follows.
    void close();

signals:
    void tcpConnected();
    void ready(); // TLS handshake done; for http right after tcpConnected()
    void received();
    void peerClosed(); // orderly end of stream, after the last received()
    void failed(etcddrill::ProbeSample::Outcome outcome, const QString& detail);

private:
    void onReadable();
    void onWritable();
    void connectFinished(int error);
    void driveHandshake();
    void flushTls();
    void flushOutgoing();
    void failWithErrno(int error);
    void fail(ProbeSample::Outcome outcome, const QString& detail);
    bool isOver() const { return m_state == State::Closed || m_state == State::Failed; }

    std::shared_ptr<const ProbeEndpoint> m_endpoint;
    std::unique_ptr<TlsSession> m_tls;
    State m_state = State::Idle;
    int m_fd = -1;
    QSocketNotifier* m_readNotifier = nullptr;
    QSocketNotifier* m_writeNotifier = nullptr;
    QByteArray m_outgoing;
    QByteArray m_received;
};

} // namespace etcddrill
