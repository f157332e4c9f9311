// A ProbeTarget made ready to probe: URL taken apart, credentials loaded into a TLS context, the request
// bytes built once. Immutable after prepare(), so the probes of one target share it (std::shared_ptr<const>).
// Prepared on the caller's thread (so file errors come back from ProbeScheduler::start()), used on the
// worker.
#pragma once

#include "ProbeTarget.h"

#include <QByteArray>
#include <QHostAddress>
#include <memory>

namespace etcddrill {

class TlsClientContext;

class ProbeEndpoint
{
public:
    // Null with a message (naming the target and what to fix) when the target is invalid or a certificate,
    // key or CA cannot be loaded.
    static std::shared_ptr<const ProbeEndpoint> prepare(const ProbeTarget& target, QString* error);
    ~ProbeEndpoint();

    const ProbeTarget& target() const { return m_target; }
    QString host() const { return m_host; } // the URL's host: Host header, SNI, certificate check
    quint16 port() const { return m_port; }
    bool usesTls() const { return m_tls != nullptr; }
    const TlsClientContext* tls() const { return m_tls.get(); }
    // Set when no DNS lookup is needed: the host is an IP literal or the target has a resolve override.
    QHostAddress fixedAddress() const { return m_fixedAddress; }
    const QByteArray& request() const { return m_request; }
    // The Host header's value: the URL's host (ACE, IPv6 in brackets) and the port unless it is the default.
    const QByteArray& hostHeader() const { return m_hostHeader; }

private:
    ProbeEndpoint() = default;

    ProbeTarget m_target;
    QString m_host;
    quint16 m_port = 0;
    QHostAddress m_fixedAddress;
    QByteArray m_request;
    QByteArray m_hostHeader;
    std::unique_ptr<TlsClientContext> m_tls;
};

} // namespace etcddrill
