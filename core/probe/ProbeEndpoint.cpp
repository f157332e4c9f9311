#include "ProbeEndpoint.h"

#include "TlsClientContext.h"

namespace etcddrill {

ProbeEndpoint::~ProbeEndpoint() = default;

std::shared_ptr<const ProbeEndpoint> ProbeEndpoint::prepare(const ProbeTarget& target, QString* error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    *error = target.validate();
    if (!error->isEmpty())
        return nullptr;

    std::shared_ptr<ProbeEndpoint> endpoint(new ProbeEndpoint);
    endpoint->m_target = target;
    endpoint->m_host = target.url.host(QUrl::FullyDecoded);
    const bool https = target.url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0;
    endpoint->m_port = quint16(target.url.port(https ? 443 : 80));
    if (!target.resolveAddress.isEmpty())
        endpoint->m_fixedAddress = QHostAddress(target.resolveAddress);
    else
        endpoint->m_fixedAddress = QHostAddress(endpoint->m_host);

    if (https) {
        endpoint->m_tls = TlsClientContext::create(target.credentials,
                                                   QStringLiteral("probe '%1'").arg(target.name), error);
        if (!endpoint->m_tls)
            return nullptr;
    }

    const bool defaultPort = endpoint->m_port == (https ? 443 : 80);
    // QUrl::host(FullyEncoded) gives the ACE form and brackets IPv6 literals as the Host header needs.
    QByteArray hostHeader = target.url.host(QUrl::FullyEncoded).toLatin1();
    if (endpoint->m_host.contains(QLatin1Char(':')))
        hostHeader = '[' + hostHeader + ']';
    if (!defaultPort)
        hostHeader += ':' + QByteArray::number(endpoint->m_port);
    endpoint->m_hostHeader = hostHeader;
    QByteArray request = "GET " + target.requestPath().toLatin1() + " HTTP/1.1\r\nHost: " + hostHeader +
                         "\r\nUser-Agent: etcd-drill-probe\r\nAccept: */*\r\n";
    if (!target.credentials.bearerToken.isEmpty())
        request += "Authorization: Bearer " + target.credentials.bearerToken.toUtf8() + "\r\n";
    request += target.keepAlive ? "Connection: keep-alive\r\n\r\n" : "Connection: close\r\n\r\n";
    endpoint->m_request = request;
    return endpoint;
}

} // namespace etcddrill
