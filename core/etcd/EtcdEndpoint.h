// One etcd client endpoint as written in the drill config, parsed: "https://host:port", "http://host:port"
// or "host:port". A value type used by EtcdClient to build its gRPC channel and by anyone who wants to
// validate an endpoint string without connecting.
#pragma once

#include <QString>

namespace etcddrill {

class EtcdEndpoint
{
public:
    enum class Scheme { None, Http, Https };

    // An invalid endpoint (isValid() false) when the text cannot be used; *error then says what to write.
    static EtcdEndpoint parse(const QString& text, QString* error = nullptr);

    bool isValid() const { return m_port != 0; }
    QString text() const { return m_text; } // as configured, trimmed: used in messages
    Scheme scheme() const { return m_scheme; }
    QString host() const { return m_host; } // without brackets for IPv6
    int port() const { return m_port; }

    // Like etcdctl 3.4: https always uses TLS, http never, and a bare host:port uses TLS exactly when TLS
    // files are configured (etcdctl --cacert/--cert with --endpoints=10.0.0.3:2379 talks TLS).
    bool usesTls(bool tlsFilesConfigured) const
    {
        return m_scheme == Scheme::Https || (m_scheme == Scheme::None && tlsFilesConfigured);
    }

    // The gRPC channel target "host:port" ("[v6]:port" for IPv6); gRPC checks the server certificate
    // against this host.
    QString grpcTarget() const;

    friend bool operator==(const EtcdEndpoint&, const EtcdEndpoint&) = default;

private:
    QString m_text;
    Scheme m_scheme = Scheme::None;
    QString m_host;
    int m_port = 0;
};

} // namespace etcddrill
