#include "EtcdErrorText.h"

namespace etcddrill {

namespace {

// grpc::StatusCode values; repeated here so this file (and its test) need no gRPC headers.
enum Code {
    Ok = 0,
    Cancelled = 1,
    Unknown = 2,
    InvalidArgument = 3,
    DeadlineExceeded = 4,
    NotFound = 5,
    AlreadyExists = 6,
    PermissionDenied = 7,
    ResourceExhausted = 8,
    FailedPrecondition = 9,
    Aborted = 10,
    OutOfRange = 11,
    Unimplemented = 12,
    Internal = 13,
    Unavailable = 14,
    DataLoss = 15,
    Unauthenticated = 16,
};

bool has(const QString& message, const char* needle)
{
    return message.contains(QLatin1String(needle), Qt::CaseInsensitive);
}

LocalizedText et(const char* source)
{
    return LocalizedText(EtcdErrorText::kContext, source);
}

LocalizedText orUnset(const QString& path)
{
    return path.isEmpty() ? et(QT_TRANSLATE_NOOP("EtcdErrorText", "(not set)")) : LocalizedText(path);
}

LocalizedText tlsText(const QString& message, const EtcdErrorText::Context& c)
{
    const QString ep = c.endpoint;
    if (has(message, "WRONG_VERSION_NUMBER") || has(message, "packet length too long"))
        return et(QT_TRANSLATE_NOOP(
                      "EtcdErrorText",
                      "TLS handshake with %1 failed: the server does not speak TLS on that port — use "
                      "http://%2 for a plaintext etcd, or check the port"))
            .arg(ep, QStringLiteral("%1:%2").arg(c.host).arg(c.port));
    if (has(message, "not in peer certificate") || has(message, "hostname") || has(message, "peer name"))
        return et(QT_TRANSLATE_NOOP(
                      "EtcdErrorText",
                      "TLS: the server certificate of %1 is not issued for '%2' — check the certificate's "
                      "subject alternative names, or use the host name or IP it was issued for"))
            .arg(ep, c.host);
    if (has(message, "CERTIFICATE_VERIFY_FAILED") || has(message, "certificate verify failed") ||
        has(message, "unable to get local issuer") || has(message, "self signed") ||
        has(message, "self-signed"))
        return et(QT_TRANSLATE_NOOP(
                      "EtcdErrorText",
                      "TLS: the server certificate of %1 could not be verified with the CA file %2 — "
                      "check that this CA signed the etcd server certificate"))
            .arg(ep, orUnset(c.tlsFiles.caFile));
    if (has(message, "CERTIFICATE_REQUIRED") || has(message, "certificate required") ||
        has(message, "BAD_CERTIFICATE") || has(message, "bad certificate") || has(message, "UNKNOWN_CA") ||
        has(message, "unknown ca") || has(message, "CERTIFICATE_UNKNOWN") || has(message, "ALERT"))
        return et(QT_TRANSLATE_NOOP(
                      "EtcdErrorText",
                      "TLS: %1 rejected our client certificate %2 — check that it is signed by the CA "
                      "etcd trusts (its --trusted-ca-file) and is valid for client authentication"))
            .arg(ep, orUnset(c.tlsFiles.certFile));
    return et(QT_TRANSLATE_NOOP(
                  "EtcdErrorText",
                  "TLS handshake with %1 failed — check the CA file %2 and the client certificate %3"))
        .arg(ep, orUnset(c.tlsFiles.caFile), orUnset(c.tlsFiles.certFile));
}

bool looksLikeTls(const QString& message)
{
    return has(message, "ssl") || has(message, "tls") || has(message, "handshake") ||
           has(message, "certificate") || has(message, "peer name");
}

LocalizedText unavailableText(const QString& message, const EtcdErrorText::Context& c)
{
    const QString ep = c.endpoint;
    if (has(message, "Connection refused"))
        return et(QT_TRANSLATE_NOOP("EtcdErrorText",
                                    "cannot connect to %1: connection refused — is etcd running there?"))
            .arg(ep);
    if (has(message, "No route to host") || has(message, "Network is unreachable") ||
        has(message, "Host is unreachable"))
        return et(QT_TRANSLATE_NOOP("EtcdErrorText",
                                    "cannot reach %1: no route to host — check the address and the network"))
            .arg(ep);
    if (has(message, "DNS resolution failed") || has(message, "Name or service not known") ||
        has(message, "not resolve") || has(message, "domain name not found"))
        return et(QT_TRANSLATE_NOOP("EtcdErrorText", "cannot resolve '%1' (from %2) — check the host name"))
            .arg(c.host, ep);
    // Connecting hit gRPC's connect timeout: TCP may even have been accepted, but no HTTP/2 (or TLS) answer
    // came — a hung process, a dropped route or a firewall swallowing packets.
    if (has(message, "timed out") || has(message, "Timeout occurred"))
        return et(QT_TRANSLATE_NOOP(
                      "EtcdErrorText",
                      "no answer from %1: the connection attempt timed out — is the host up, the port "
                      "open, and etcd not hung?"))
            .arg(ep);
    if (has(message, "etcdserver: no leader"))
        return et(QT_TRANSLATE_NOOP("EtcdErrorText",
                                    "%1 has no leader: the member cannot reach a quorum of its peers"))
            .arg(ep);
    if (has(message, "etcdserver: leader changed"))
        return et(QT_TRANSLATE_NOOP("EtcdErrorText",
                                    "%1: the leader changed while the request was in flight"))
            .arg(ep);
    if (has(message, "etcdserver: request timed out"))
        return et(QT_TRANSLATE_NOOP(
                      "EtcdErrorText",
                      "%1: etcd timed out committing the request — the cluster may have lost quorum"))
            .arg(ep);
    if (has(message, "etcdserver: server stopped") || has(message, "stopping"))
        return et(QT_TRANSLATE_NOOP("EtcdErrorText", "%1: the etcd member is shutting down")).arg(ep);
    // gRPC's connect attempt gave up while reading the server's half of the TLS handshake: TCP was accepted,
    // then silence (a hung or wedged process, or a port held by something that never answers). Real TLS
    // failures say "Ssl handshake failed: SSL_ERROR_…" instead, so this is not a reason to doubt the files.
    if (has(message, "Handshake read failed") && !has(message, "SSL_ERROR"))
        return et(QT_TRANSLATE_NOOP(
                      "EtcdErrorText",
                      "no answer from %1: it accepted the connection but never completed the TLS handshake — "
                      "is etcd hung, or is another program holding that port?"))
            .arg(ep);
    if (looksLikeTls(message))
        return tlsText(message, c);
    if (c.tls && has(message, "Endpoint read failed")) {
        // With TLS 1.3 the client finishes its side of the handshake before the server checks our
        // certificate; etcd's rejection then arrives as an alert on the first read (gRPC logs "bad
        // certificate" separately).
        if (c.tlsFiles.certFile.isEmpty())
            return et(QT_TRANSLATE_NOOP(
                          "EtcdErrorText",
                          "TLS: %1 closed the connection after the handshake — it probably requires a "
                          "client certificate (etcd --client-cert-auth): set the certificate and key files"))
                .arg(ep);
        return et(QT_TRANSLATE_NOOP(
                      "EtcdErrorText",
                      "TLS: %1 closed the connection after the handshake — it most likely rejected our "
                      "client certificate %2: check that it is signed by the CA in etcd's "
                      "--trusted-ca-file and valid for client authentication"))
            .arg(ep, c.tlsFiles.certFile);
    }
    if (has(message, "Socket closed") || has(message, "Connection reset") || has(message, "Broken pipe") ||
        has(message, "Endpoint read failed") || has(message, "http1") || has(message, "HTTP/1")) {
        // A plaintext HTTP/2 client on etcd's TLS port is dropped before any answer...
        if (!c.tls)
            return et(QT_TRANSLATE_NOOP(
                          "EtcdErrorText",
                          "%1 closed the connection — if etcd serves TLS there, write the endpoint as "
                          "https://… and set the CA, certificate and key files"))
                .arg(ep);
        // ...and so is a TLS client on a plaintext port, or one whose certificate a TLS 1.2 server rejects.
        return et(QT_TRANSLATE_NOOP(
                      "EtcdErrorText",
                      "TLS handshake with %1 failed: the server closed the connection — either it does not "
                      "speak TLS on that port (then use http://%2:%3) or it rejected our client "
                      "certificate %4 (then check that it is signed by the CA in etcd's --trusted-ca-file "
                      "and valid for client authentication)"))
            .arg(ep, c.host)
            .arg(c.port)
            .arg(orUnset(c.tlsFiles.certFile));
    }
    return et(QT_TRANSLATE_NOOP("EtcdErrorText", "%1 is unavailable: %2")).arg(ep, message);
}

} // namespace

LocalizedText EtcdErrorText::describe(int grpcCode, const QString& message, const Context& c)
{
    const QString ep = c.endpoint;
    switch (grpcCode) {
    case Ok:
        return {};
    case DeadlineExceeded:
        return et(QT_TRANSLATE_NOOP("EtcdErrorText", "no answer from %1 within %2 ms"))
            .arg(ep)
            .arg(qint64(c.deadline.count()));
    case Unavailable:
        return unavailableText(message, c);
    case Cancelled:
        return et(QT_TRANSLATE_NOOP("EtcdErrorText", "the request to %1 was cancelled")).arg(ep);
    case PermissionDenied:
        return et(QT_TRANSLATE_NOOP("EtcdErrorText",
                                    "%1 denied the request: etcd authentication is on and our user lacks the "
                                    "permission (%2)"))
            .arg(ep, message);
    case Unauthenticated:
        return et(QT_TRANSLATE_NOOP(
                      "EtcdErrorText",
                      "%1 requires authentication (%2) — use a client certificate whose common name is "
                      "an etcd user with the needed role"))
            .arg(ep, message);
    case ResourceExhausted:
        if (has(message, "database space exceeded"))
            return et(QT_TRANSLATE_NOOP(
                          "EtcdErrorText",
                          "%1: database space exceeded (NOSPACE alarm) — compact and defragment etcd, "
                          "then disarm the alarm"))
                .arg(ep);
        return et(QT_TRANSLATE_NOOP("EtcdErrorText", "%1 refused the request for lack of resources: %2"))
            .arg(ep, message);
    case Unimplemented:
        return et(QT_TRANSLATE_NOOP(
                      "EtcdErrorText",
                      "%1 does not implement this etcd v3 call — is it an etcd v3 client port?"))
            .arg(ep);
    case Unknown:
    case Internal:
        if (looksLikeTls(message))
            return tlsText(message, c);
        break;
    default:
        break;
    }
    return et(QT_TRANSLATE_NOOP("EtcdErrorText", "%1 failed with %2: %3"))
        .arg(ep, codeName(grpcCode), message);
}

QString EtcdErrorText::codeName(int grpcCode)
{
    static const char* const kNames[] = {
        "OK",        "CANCELLED",       "UNKNOWN",           "INVALID_ARGUMENT",   "DEADLINE_EXCEEDED",
        "NOT_FOUND", "ALREADY_EXISTS",  "PERMISSION_DENIED", "RESOURCE_EXHAUSTED", "FAILED_PRECONDITION",
        "ABORTED",   "OUT_OF_RANGE",    "UNIMPLEMENTED",     "INTERNAL",           "UNAVAILABLE",
        "DATA_LOSS", "UNAUTHENTICATED",
    };
    if (grpcCode >= 0 && grpcCode < int(std::size(kNames)))
        return QString::fromLatin1(kNames[grpcCode]);
    return QStringLiteral("code %1").arg(grpcCode);
}

} // namespace etcddrill
