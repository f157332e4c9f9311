// One etcd client endpoint as written in the drill config, parsed: "https://host:port", "http://host:port"
// or "host:port". The one grammar of an endpoint: ConfigLoader checks nodes[].etcd and ETCDCTL_ENDPOINTS
// with it (and nodes[].apiserver, which has the same scheme://host[:port] form), EtcdClient builds its gRPC
// channel from it. A value type.
#pragma once

#include <QString>

namespace etcddrill {

class EtcdEndpoint
{
public:
    enum class Scheme { None, Http, Https };

    // Why a text is not an endpoint, for callers that word their own messages (ConfigLoader names the key
    // and its line).
    struct Rejection
    {
        enum class Problem {
            None,
            Empty,
            Malformed,         // not [scheme://]host[:port][/]: a path, a user, a bad host or port…
            UnsupportedScheme, // scheme:// other than http:// and https://
            PortOutOfRange,    // not between 1 and 65535
        };
        Problem problem = Problem::None;
        QString scheme; // as written, without "://"; empty when there is none or the text is malformed
        QString port;   // as written; set for PortOutOfRange
    };

    // An invalid endpoint (isValid() false) when the text cannot be used; *error then says what to write.
    static EtcdEndpoint parse(const QString& text, QString* error = nullptr);
    // The same grammar; rejection says what is wrong when the endpoint is invalid.
    static EtcdEndpoint parse(const QString& text, Rejection& rejection);

    bool isValid() const { return m_port != 0; }
    QString text() const { return m_text; } // as configured, trimmed: used in messages
    Scheme scheme() const { return m_scheme; }
    QString host() const { return m_host; } // as written, without brackets for IPv6
    int port() const { return m_port; }
    bool hasPort() const { return m_portWritten; } // false: the text has none, port() is etcd's 2379

    // The same member written two ways ("10.0.0.1:2379", "http://10.0.0.1:2379/") compares equal.
    QString identity() const;

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
    bool m_portWritten = false;
};

} // namespace etcddrill
