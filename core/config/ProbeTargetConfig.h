// One entry of the drill config's `probes.targets:` list: a URL to probe (the VIP, the domain, …) with its
// optional overrides, the hypothesis on its longest outage and the outage that stops the drill. A value
// type; core/config knows nothing of the probe engine, which builds its own targets from this.
#pragma once

#include "ErrorRateLimit.h"

#include <QString>
#include <chrono>
#include <optional>

namespace etcddrill {

struct ProbeTargetConfig
{
    QString name; // "vip": unique among all probe targets, including the "<node>-apiserver" ones
    QString url;  // "https://192.0.2.100:6443/readyz", as written (http:// or https://)
    std::optional<std::chrono::milliseconds> interval; // unset: ProbeSettings::interval
    std::optional<std::chrono::milliseconds> timeout;  // unset: ProbeSettings::timeout
    bool keepAlive = false;
    QString resolveAddress; // an IP address to connect to instead of resolving the URL's host; empty: resolve
    // Hypothesis: the longest outage window this way in may show and the drill still passes; unset: none.
    std::optional<std::chrono::milliseconds> maxOutage;
    // Stop condition: an outage this long makes the drill restore the member at once; unset: none.
    std::optional<std::chrono::milliseconds> abortOutage;
    // Hypothesis: the share of failed probes from the stop command until the recovery ends (a share from 0
    // to 1, written as a percentage); unset: none.
    std::optional<double> maxErrorRate;
    // Hypothesis: the share of probes that succeed over the whole drill (0 to 1); unset: none.
    std::optional<double> minAvailability;
    // Stop condition: this share of probes failing over this long makes the drill roll back; unset: none.
    std::optional<ErrorRateLimit> abortErrorRate;
    int line = 0; // where the entry starts in its file (1-based), for later messages; 0 if built in code

    friend bool operator==(const ProbeTargetConfig& a, const ProbeTargetConfig& b)
    {
        return a.name == b.name && a.url == b.url && a.interval == b.interval && a.timeout == b.timeout &&
               a.keepAlive == b.keepAlive && a.resolveAddress == b.resolveAddress &&
               a.maxOutage == b.maxOutage && a.abortOutage == b.abortOutage &&
               a.maxErrorRate == b.maxErrorRate && a.minAvailability == b.minAvailability &&
               a.abortErrorRate == b.abortErrorRate;
    }
};

} // namespace etcddrill
