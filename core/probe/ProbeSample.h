// The result of one probe of one target: when it started, how long each phase took, what came back.
// A compact value type (40 bytes) because the scheduler keeps hours of them: at 50 Hz x 5 targets x 4 h that
// is 3.6 M samples, 144 MB; at the default 10 Hz, 29 MB. Durations are microseconds, strings are
// ProbeTextPool ids. Produced on the scheduler's worker thread, delivered to subscribers by queued signals.
#pragma once

#include <QMetaType>
#include <QString>
#include <chrono>

namespace etcddrill {

struct ProbeSample
{
    // Reset also covers a close (FIN) before a complete answer, which is how a TCP-mode load balancer drops
    // a client when no backend is left; the detail says which of the two happened.
    enum class Outcome : quint8 {
        Ok,                // HTTP 2xx
        HttpError,         // any other HTTP status (httpStatus)
        Timeout,           // the target's deadline passed (detail: in which phase)
        ConnectionRefused, // nothing listening (TCP RST to our SYN)
        Reset,             // the peer reset or closed the connection before a complete answer
        TlsError,          // handshake or certificate check failed (detail: the reason)
        DnsFailure,        // the host name did not resolve (detail: the resolver's message)
        Other,             // anything else, e.g. no route to host, a malformed response (detail: what)
        Skipped,           // not probed: too many in flight, or the scheduler fell behind (detail: which)
    };

    // Which phases were reached; a phase's duration is only meaningful when its flag is set.
    enum Flag : quint8 {
        DnsDone = 0x01,     // a name was resolved (not set for IP literals and resolve overrides)
        Connected = 0x02,   // a new TCP connection was established
        TlsDone = 0x04,     // a TLS handshake completed
        GotResponse = 0x08, // a complete HTTP status line and headers arrived
        ReusedConnection = 0x10,
    };

    qint64 startNs = 0;     // steady_clock time since its epoch when the probe began
    quint32 startLagUs = 0; // how long after its scheduled slot the probe began (scheduler jitter)
    // Each phase is its own segment, not cumulative: dns = lookup, connect = TCP handshake, tls = TLS
    // handshake, ttfb = request sent -> first response byte (the server's wait), total = start ->
    // done/failed.
    quint32 dnsUs = 0;
    quint32 connectUs = 0;
    quint32 tlsUs = 0;
    quint32 ttfbUs = 0;
    quint32 totalUs = 0;
    quint16 httpStatus = 0; // 0 when no status line arrived
    quint16 backendId = 0;  // ProbeTextPool id of the X-Etcd-Drill-Node response header (lab apiservers only)
    quint16 detailId = 0;   // ProbeTextPool id of the failure's detail (TLS reason, error message)
    Outcome outcome = Outcome::Other;
    quint8 flags = 0;

    std::chrono::steady_clock::time_point start() const
    {
        return std::chrono::steady_clock::time_point(std::chrono::nanoseconds(startNs));
    }
    void setStart(std::chrono::steady_clock::time_point at)
    {
        startNs = std::chrono::duration_cast<std::chrono::nanoseconds>(at.time_since_epoch()).count();
    }
    bool has(Flag flag) const { return (flags & flag) != 0; }
    void set(Flag flag) { flags |= flag; }
    // Ok and Skipped are not failures: a skipped slot says nothing about the target.
    bool isFailure() const { return outcome != Outcome::Ok && outcome != Outcome::Skipped; }
    QString backend() const;
    QString detail() const;

    static QString
    outcomeName(Outcome outcome); // "ok", "http-error", … (stable: used in JSON and the journal)
    // One line for a console, e.g. "ok 200 total 3.2 ms (M2)", "tls-error: certificate has expired".
    QString describe() const;
};

static_assert(sizeof(ProbeSample) == 40, "ProbeSample's size is part of the memory budget: see its header");

} // namespace etcddrill

Q_DECLARE_METATYPE(etcddrill::ProbeSample)
