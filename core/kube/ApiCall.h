// One apiserver request on a new connection: resolve (unless the address is fixed), connect (address by
// address), TLS handshake, send, read the whole answer, all bounded by one deadline. Built on the probe
// engine's connection code, so a Kubernetes check sees the apiserver exactly as a probe does: the same TLS
// rules (the given CA replaces the system store, as kubectl), the same resolve override and the same names
// for refused, reset and timed-out connections. Emits finished() exactly once, never from inside start().
// Lives on its ApiserverClient's thread; owned (Qt parent) by the client, which deletes it after finished().
#pragma once

#include "ApiResponse.h"

#include "HttpResponseParser.h"
#include "ProbeSample.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QTimer>
#include <chrono>
#include <memory>

namespace etcddrill {

class HostResolver;
class ProbeConnection;
class ProbeEndpoint;

class ApiCall : public QObject
{
    Q_OBJECT

public:
    // request: the complete HTTP/1.1 request (head and body); what: "GET /readyz" for messages (no secrets).
    ApiCall(std::shared_ptr<const ProbeEndpoint> endpoint, HostResolver& resolver, QByteArray request,
            QString what, std::chrono::milliseconds timeout, QObject* parent = nullptr);
    ~ApiCall() override;

    void start();
    // Finishes with this error without touching the network (asynchronously, like every other outcome).
    void failBeforeStart(const QString& error);

signals:
    void finished(const etcddrill::ApiResponse& response);

private:
    enum class Phase { Resolving, Connecting, Handshaking, Waiting, Reading };

    void onResolved(quint64 id, const QList<QHostAddress>& addresses, const QString& error);
    void connectNext();
    void onReady();
    void onReceived();
    void onPeerClosed();
    void onFailed(ProbeSample::Outcome outcome, const QString& detail);
    void onDeadline();
    void complete();
    void finish(int httpStatus, const QString& error);
    void dropConnection();

    std::shared_ptr<const ProbeEndpoint> m_endpoint;
    HostResolver& m_resolver;
    QByteArray m_request;
    QString m_what;
    std::chrono::milliseconds m_timeout;
    std::unique_ptr<ProbeConnection> m_connection;
    QTimer m_deadline;
    HttpResponseParser m_parser;
    Phase m_phase = Phase::Resolving;
    std::chrono::steady_clock::time_point m_start;
    QList<QHostAddress> m_addresses;
    qsizetype m_nextAddress = 0;
    QHostAddress m_address; // the address of the current connection, for messages
    quint64 m_lookupId = 0;
    bool m_finished = false;
};

} // namespace etcddrill
