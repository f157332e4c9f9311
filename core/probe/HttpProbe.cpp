#include "HttpProbe.h"

#include "ConnectionPool.h"
#include "HostResolver.h"
#include "ProbeConnection.h"
#include "ProbeEndpoint.h"
#include "ProbeTextPool.h"

namespace etcddrill {

namespace {

quint32 microsBetween(std::chrono::steady_clock::time_point from, std::chrono::steady_clock::time_point to)
{
    const auto us = std::chrono::duration_cast<std::chrono::microseconds>(to - from).count();
    return quint32(std::clamp<qint64>(us, 0, std::numeric_limits<quint32>::max()));
}

} // namespace

HttpProbe::HttpProbe(std::shared_ptr<const ProbeEndpoint> endpoint, HostResolver& resolver,
                     ConnectionPool* pool, QObject* parent)
    : QObject(parent), m_endpoint(std::move(endpoint)), m_resolver(resolver), m_pool(pool)
{
    m_deadline.setSingleShot(true);
    m_deadline.setTimerType(Qt::PreciseTimer);
    connect(&m_deadline, &QTimer::timeout, this, &HttpProbe::onDeadline);
}

HttpProbe::~HttpProbe()
{
    if (m_lookupId != 0)
        m_resolver.cancel(m_lookupId);
}

void HttpProbe::start(std::chrono::steady_clock::time_point slot)
{
    m_start = std::chrono::steady_clock::now();
    m_sample.setStart(m_start);
    m_sample.startLagUs = microsBetween(slot, m_start);
    m_deadline.start(m_endpoint->target().timeout);

    if (m_pool) {
        if (std::unique_ptr<ProbeConnection> idle = m_pool->take()) {
            m_reused = true;
            m_sample.set(ProbeSample::ReusedConnection);
            attach(std::move(idle));
            // Sending may fail at once on a connection the server just dropped; report that asynchronously
            // like every other outcome.
            QMetaObject::invokeMethod(this, &HttpProbe::sendRequest, Qt::QueuedConnection);
            return;
        }
    }
    connectFresh();
}

void HttpProbe::connectFresh()
{
    const QHostAddress fixed = m_endpoint->fixedAddress();
    if (!fixed.isNull()) {
        m_addresses = {fixed};
        m_nextAddress = 0;
        connectNext();
        return;
    }
    m_phase = Phase::Resolving;
    m_phaseStart = std::chrono::steady_clock::now();
    connect(&m_resolver, &HostResolver::finished, this, &HttpProbe::onResolved, Qt::UniqueConnection);
    m_lookupId = m_resolver.lookup(m_endpoint->host());
}

void HttpProbe::onResolved(quint64 id, const QList<QHostAddress>& addresses, const QString& error)
{
    if (id != m_lookupId || m_finished)
        return;
    m_lookupId = 0;
    disconnect(&m_resolver, &HostResolver::finished, this, &HttpProbe::onResolved);
    m_sample.dnsUs = microsBetween(m_phaseStart, std::chrono::steady_clock::now());
    if (!error.isEmpty()) {
        finish(ProbeSample::Outcome::DnsFailure,
               QStringLiteral("cannot resolve '%1': %2").arg(m_endpoint->host(), error));
        return;
    }
    m_sample.set(ProbeSample::DnsDone);
    m_addresses = addresses;
    m_nextAddress = 0;
    connectNext();
}

void HttpProbe::connectNext()
{
    if (m_nextAddress == 0) {
        m_phase = Phase::Connecting;
        m_phaseStart = std::chrono::steady_clock::now();
    }
    auto connection = std::make_unique<ProbeConnection>(m_endpoint);
    ProbeConnection* raw = connection.get();
    attach(std::move(connection));
    raw->open(m_addresses.at(m_nextAddress++));
}

void HttpProbe::attach(std::unique_ptr<ProbeConnection> connection)
{
    m_connection = std::move(connection);
    ProbeConnection* raw = m_connection.get();
    connect(raw, &ProbeConnection::tcpConnected, this, &HttpProbe::onTcpConnected);
    connect(raw, &ProbeConnection::ready, this, &HttpProbe::onReady);
    connect(raw, &ProbeConnection::received, this, &HttpProbe::onReceived);
    connect(raw, &ProbeConnection::peerClosed, this, &HttpProbe::onPeerClosed);
    connect(raw, &ProbeConnection::failed, this, &HttpProbe::onFailed);
}

void HttpProbe::discardConnection()
{
    if (!m_connection)
        return;
    m_connection->disconnect(this);
    m_connection->close();
    // We are usually inside one of the connection's signals: it must outlive this call.
    m_connection.release()->deleteLater();
}

void HttpProbe::onTcpConnected()
{
    const auto now = std::chrono::steady_clock::now();
    m_sample.connectUs = microsBetween(m_phaseStart, now);
    m_sample.set(ProbeSample::Connected);
    m_phase = Phase::Handshaking;
    m_phaseStart = now;
}

void HttpProbe::onReady()
{
    if (m_endpoint->usesTls()) {
        m_sample.tlsUs = microsBetween(m_phaseStart, std::chrono::steady_clock::now());
        m_sample.set(ProbeSample::TlsDone);
    }
    sendRequest();
}

void HttpProbe::sendRequest()
{
    if (m_finished || !m_connection)
        return;
    m_phase = Phase::Waiting;
    m_phaseStart = std::chrono::steady_clock::now();
    m_connection->send(m_endpoint->request());
}

void HttpProbe::onReceived()
{
    if (m_finished || !m_connection)
        return;
    const QByteArray data = m_connection->takeReceived();
    if (data.isEmpty())
        return;
    if (!m_gotFirstByte) {
        m_gotFirstByte = true;
        m_sample.ttfbUs = microsBetween(m_phaseStart, std::chrono::steady_clock::now());
        m_phase = Phase::Reading;
    }
    switch (m_parser.feed(data)) {
    case HttpResponseParser::State::Incomplete:
        return;
    case HttpResponseParser::State::Malformed:
        finish(ProbeSample::Outcome::Other, QStringLiteral("unusable response: %1").arg(m_parser.error()));
        return;
    case HttpResponseParser::State::Complete:
        complete();
        return;
    }
}

// A server may close an idle keep-alive connection just as we reuse it; like client-go for a GET, try once
// more on a new connection, within the same deadline.
bool HttpProbe::retryStaleConnection()
{
    if (!m_reused || m_retried || m_gotFirstByte)
        return false;
    m_retried = true;
    m_reused = false;
    m_sample.flags &= quint8(~ProbeSample::ReusedConnection);
    discardConnection();
    connectFresh();
    return true;
}

void HttpProbe::onPeerClosed()
{
    if (m_finished || retryStaleConnection())
        return;
    if (m_parser.finishOnEof() == HttpResponseParser::State::Complete) {
        complete();
        return;
    }
    finish(ProbeSample::Outcome::Reset,
           m_gotFirstByte ? QStringLiteral("connection closed by the server in the middle of "
                                           "the response")
                          : QStringLiteral("connection closed by the server before it answered"));
}

void HttpProbe::onFailed(ProbeSample::Outcome outcome, const QString& detail)
{
    if (m_finished)
        return;
    // Like curl, a name with several addresses is tried address by address when connecting fails.
    if (m_phase == Phase::Connecting && m_nextAddress < m_addresses.size()) {
        discardConnection();
        connectNext();
        return;
    }
    if (retryStaleConnection())
        return;
    finish(outcome, detail);
}

void HttpProbe::onDeadline()
{
    QString during;
    switch (m_phase) {
    case Phase::Resolving:
        during = QStringLiteral("while resolving the name");
        break;
    case Phase::Connecting:
        during = QStringLiteral("while connecting");
        break;
    case Phase::Handshaking:
        during = QStringLiteral("during the TLS handshake");
        break;
    case Phase::Waiting:
        during = QStringLiteral("waiting for the response");
        break;
    case Phase::Reading:
        during = QStringLiteral("while reading the response");
        break;
    }
    finish(
        ProbeSample::Outcome::Timeout,
        QStringLiteral("no answer within %1 ms, %2").arg(m_endpoint->target().timeout.count()).arg(during));
}

void HttpProbe::complete()
{
    m_sample.set(ProbeSample::GotResponse);
    m_sample.httpStatus = quint16(m_parser.status());
    // Only the lab's apiservers name themselves; on a real cluster the header is absent and this stays empty.
    m_sample.backendId = ProbeTextPool::intern(QString::fromUtf8(m_parser.header("x-etcd-drill-node")));
    const bool ok = m_parser.status() >= 200 && m_parser.status() < 300;
    const bool keep = m_pool && m_endpoint->target().keepAlive && m_parser.keepAlive() && m_connection &&
                      m_connection->isReady();
    finish(ok ? ProbeSample::Outcome::Ok : ProbeSample::Outcome::HttpError, QString(), keep);
}

void HttpProbe::finish(ProbeSample::Outcome outcome, const QString& detail, bool keepConnection)
{
    if (m_finished)
        return;
    m_finished = true;
    m_deadline.stop();
    if (m_lookupId != 0) {
        m_resolver.cancel(m_lookupId);
        m_lookupId = 0;
    }
    m_sample.totalUs = microsBetween(m_start, std::chrono::steady_clock::now());
    m_sample.outcome = outcome;
    m_sample.detailId = ProbeTextPool::intern(detail);
    if (keepConnection && m_connection) {
        m_connection->disconnect(this);
        m_pool->put(std::move(m_connection));
    } else {
        discardConnection();
    }
    emit finished(m_sample);
}

} // namespace etcddrill
