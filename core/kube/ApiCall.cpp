#include "ApiCall.h"

#include "HostResolver.h"
#include "ProbeConnection.h"
#include "ProbeEndpoint.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace etcddrill {

namespace {

// A label-selected pod list or a namespace's endpoints are a few KiB even on large clusters; far beyond that
// the answer is not one the checks asked for.
constexpr qsizetype maxBodyBytes = 16 * 1024 * 1024;

// What the apiserver said about a failed request: a Kubernetes Status object's message, the failed checks of
// a health endpoint ("[-]etcd failed: reason withheld"), else the first line of the body, shortened.
QString serverMessage(const QByteArray& body)
{
    const QJsonObject status = QJsonDocument::fromJson(body).object();
    const QString message = status.value(QStringLiteral("message")).toString();
    if (!message.isEmpty())
        return message;
    QStringList failedChecks;
    for (const QByteArray& line : body.left(64 * 1024).split('\n')) {
        if (line.startsWith("[-]"))
            failedChecks << QString::fromUtf8(line.mid(3)).trimmed();
    }
    if (!failedChecks.isEmpty())
        return failedChecks.join(QStringLiteral("; "));
    QString text = QString::fromUtf8(body.left(4096)).section(QLatin1Char('\n'), 0, 0).simplified();
    if (text.size() > 200)
        text = text.left(200) + QStringLiteral("…");
    return text;
}

} // namespace

ApiCall::ApiCall(std::shared_ptr<const ProbeEndpoint> endpoint, HostResolver& resolver, QByteArray request,
                 QString what, std::chrono::milliseconds timeout, QObject* parent)
    : QObject(parent), m_endpoint(std::move(endpoint)), m_resolver(resolver), m_request(std::move(request)),
      m_what(std::move(what)), m_timeout(timeout)
{
    m_deadline.setSingleShot(true);
    // A coarse timer may fire up to 5 % early: a deadline is a promise to wait at least that long.
    m_deadline.setTimerType(Qt::PreciseTimer);
    connect(&m_deadline, &QTimer::timeout, this, &ApiCall::onDeadline);
    m_parser.keepBody(maxBodyBytes);
}

ApiCall::~ApiCall()
{
    if (m_lookupId != 0)
        m_resolver.cancel(m_lookupId);
    if (m_connection)
        m_connection->close();
}

void ApiCall::start()
{
    m_start = std::chrono::steady_clock::now();
    m_deadline.start(m_timeout);
    const QHostAddress fixed = m_endpoint->fixedAddress();
    if (!fixed.isNull()) {
        m_addresses = {fixed};
        // Queued: the caller gets its answer after it returned, even when connect() fails at once.
        QMetaObject::invokeMethod(this, &ApiCall::connectNext, Qt::QueuedConnection);
        return;
    }
    m_phase = Phase::Resolving;
    connect(&m_resolver, &HostResolver::finished, this, &ApiCall::onResolved);
    m_lookupId = m_resolver.lookup(m_endpoint->host());
}

void ApiCall::failBeforeStart(const QString& error)
{
    m_start = std::chrono::steady_clock::now();
    QMetaObject::invokeMethod(
        this, [this, error] { finish(0, error); }, Qt::QueuedConnection);
}

void ApiCall::onResolved(quint64 id, const QList<QHostAddress>& addresses, const QString& error)
{
    if (id != m_lookupId || m_finished)
        return;
    m_lookupId = 0;
    disconnect(&m_resolver, &HostResolver::finished, this, &ApiCall::onResolved);
    if (!error.isEmpty() || addresses.isEmpty()) {
        finish(0,
               QStringLiteral("%1: cannot resolve '%2': %3; check the name or pin it with probes' resolve:")
                   .arg(m_what, m_endpoint->host(), error));
        return;
    }
    m_addresses = addresses;
    connectNext();
}

void ApiCall::connectNext()
{
    if (m_finished)
        return;
    m_phase = Phase::Connecting;
    dropConnection();
    m_address = m_addresses.at(m_nextAddress++);
    m_connection = std::make_unique<ProbeConnection>(m_endpoint);
    ProbeConnection* raw = m_connection.get();
    connect(raw, &ProbeConnection::tcpConnected, this, [this] { m_phase = Phase::Handshaking; });
    connect(raw, &ProbeConnection::ready, this, &ApiCall::onReady);
    connect(raw, &ProbeConnection::received, this, &ApiCall::onReceived);
    connect(raw, &ProbeConnection::peerClosed, this, &ApiCall::onPeerClosed);
    connect(raw, &ProbeConnection::failed, this, &ApiCall::onFailed);
    raw->open(m_address);
}

void ApiCall::onReady()
{
    if (m_finished || !m_connection)
        return;
    m_phase = Phase::Waiting;
    m_connection->send(m_request);
}

void ApiCall::onReceived()
{
    if (m_finished || !m_connection)
        return;
    const QByteArray data = m_connection->takeReceived();
    if (data.isEmpty())
        return;
    m_phase = Phase::Reading;
    switch (m_parser.feed(data)) {
    case HttpResponseParser::State::Incomplete:
        return;
    case HttpResponseParser::State::Malformed:
        finish(0, QStringLiteral("%1: unusable answer from %2: %3")
                      .arg(m_what, m_address.toString(), m_parser.error()));
        return;
    case HttpResponseParser::State::Complete:
        complete();
        return;
    }
}

void ApiCall::onPeerClosed()
{
    if (m_finished)
        return;
    if (m_parser.finishOnEof() == HttpResponseParser::State::Complete) {
        complete();
        return;
    }
    finish(0, QStringLiteral("%1: %2 closed the connection %3")
                  .arg(m_what, m_address.toString(),
                       m_phase == Phase::Reading ? QStringLiteral("in the middle of the answer")
                                                 : QStringLiteral("before it answered")));
}

void ApiCall::onFailed(ProbeSample::Outcome, const QString& detail)
{
    if (m_finished)
        return;
    // Like kubectl (Go's dialer), a name with several addresses is tried address by address.
    if (m_phase == Phase::Connecting && m_nextAddress < m_addresses.size()) {
        connectNext();
        return;
    }
    const QString port = QString::number(m_endpoint->port());
    finish(
        0,
        QStringLiteral("%1 to %2: %3").arg(m_what, m_address.toString() + QLatin1Char(':') + port, detail));
}

void ApiCall::onDeadline()
{
    QString during;
    switch (m_phase) {
    case Phase::Resolving:
        during = QStringLiteral("while resolving '%1'").arg(m_endpoint->host());
        break;
    case Phase::Connecting:
        during = QStringLiteral("while connecting to %1").arg(m_address.toString());
        break;
    case Phase::Handshaking:
        during = QStringLiteral("during the TLS handshake with %1").arg(m_address.toString());
        break;
    case Phase::Waiting:
        during = QStringLiteral("waiting for %1 to answer").arg(m_address.toString());
        break;
    case Phase::Reading:
        during = QStringLiteral("while reading the answer of %1").arg(m_address.toString());
        break;
    }
    finish(0,
           QStringLiteral("%1: no answer within %2 ms, %3").arg(m_what).arg(m_timeout.count()).arg(during));
}

void ApiCall::complete()
{
    const int status = m_parser.status();
    QString error;
    if (status < 200 || status >= 300) {
        const QString backend = QString::fromUtf8(m_parser.header("x-etcd-drill-node"));
        const QString message = serverMessage(m_parser.body());
        error = QStringLiteral("%1: HTTP %2%3%4")
                    .arg(m_what)
                    .arg(status)
                    .arg(backend.isEmpty() ? QString() : QStringLiteral(" from ") + backend,
                         message.isEmpty() ? QString() : QStringLiteral(": ") + message);
    }
    finish(status, error);
}

void ApiCall::finish(int httpStatus, const QString& error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_deadline.stop();
    if (m_lookupId != 0) {
        m_resolver.cancel(m_lookupId);
        m_lookupId = 0;
    }
    ApiResponse response;
    response.httpStatus = httpStatus;
    if (httpStatus != 0) {
        response.body = m_parser.body();
        response.backend = QString::fromUtf8(m_parser.header("x-etcd-drill-node"));
    }
    response.error = error;
    response.latency =
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - m_start);
    dropConnection();
    emit finished(response);
}

void ApiCall::dropConnection()
{
    if (!m_connection)
        return;
    m_connection->disconnect(this);
    m_connection->close();
    // Usually called from inside one of the connection's signals: it must outlive this call.
    m_connection.release()->deleteLater();
}

} // namespace etcddrill
