// One way into the apiserver that the ProbeScheduler measures: the VIP (haproxy), the domain (nginx) or one
// node's apiserver directly. A value type, built from the drill config's `probes:` section or a kubeconfig.
#pragma once

#include "ProbeCredentials.h"

#include <QString>
#include <QUrl>
#include <chrono>

namespace etcddrill {

struct ProbeTarget
{
    static constexpr std::chrono::milliseconds defaultInterval{100};
    // 50 Hz: faster adds load on the apiserver without telling the operator more about a fail-over.
    static constexpr std::chrono::milliseconds minimumInterval{20};
    // client-go's default is much longer; one second is what makes "the VIP stopped answering" visible
    // quickly.
    static constexpr std::chrono::milliseconds defaultTimeout{1000};
    static constexpr std::chrono::hours defaultRetention{4};

    QString name; // "vip", "domain", "M1-apiserver": unique among the targets of one scheduler
    QUrl url;     // https://host:port/path; an empty path or "/" means /readyz
    std::chrono::milliseconds interval = defaultInterval;
    std::chrono::milliseconds timeout = defaultTimeout; // covers the whole probe, DNS to last body byte
    // false: every probe opens a new TCP (+TLS) connection, so what is measured is how the load balancer
    // routes NEW connections, which is what a restarting client experiences.
    bool keepAlive = false;
    // Like curl --resolve: connect to this IP address instead of resolving the URL's host. The Host header,
    // SNI and certificate check still use the URL's host, so a domain can be tested without DNS.
    QString resolveAddress;
    ProbeCredentials credentials;
    // How many samples the scheduler keeps for this target, oldest dropped first; 0: defaultRetention at
    // this target's rate.
    qsizetype maxSamples = 0;

    // The path actually requested (the URL's path and query, or /readyz).
    QString requestPath() const;
    // The sample store's capacity following maxSamples / defaultRetention.
    qsizetype sampleCapacity() const;
    // Empty when the target can be probed; otherwise a message naming the target and what to fix.
    // Does not read certificate files (ProbeEndpoint does).
    QString validate() const;

    friend bool operator==(const ProbeTarget&, const ProbeTarget&) = default;
};

} // namespace etcddrill
