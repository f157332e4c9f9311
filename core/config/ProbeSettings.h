// The drill config's `probes:` section: how often and how patiently every way into the apiserver is probed,
// when failed samples count as an outage, whether each node's apiserver is probed too, and the extra
// targets (VIP, domain). A value type; defaults are those of docs/config-reference.md.
#pragma once

#include "ProbeTargetConfig.h"

#include <QList>
#include <QString>
#include <chrono>

namespace etcddrill {

struct ProbeSettings
{
    // The probe engine's floor: 50 probes a second per target; faster loads the apiserver and shows nothing
    // more about a fail-over.
    static constexpr std::chrono::milliseconds minimumInterval{20};
    static constexpr std::chrono::milliseconds maximumInterval{60000};
    // Below 50 ms the TCP and TLS handshakes over a real network (two round trips or more) fail on their own,
    // outage or not.
    static constexpr std::chrono::milliseconds minimumTimeout{50};
    static constexpr std::chrono::milliseconds maximumTimeout{60000};
    static constexpr int maximumOutageThreshold = 100;

    // 10 probes a second per target resolve an outage window to 0.1 s at a load the apiserver does not
    // notice.
    std::chrono::milliseconds interval{100};
    // A healthy /readyz answers in milliseconds: a probe still waiting after 1 s is as good as failed.
    std::chrono::milliseconds timeout{1000};
    int outageThreshold = 1;    // consecutive failed samples that open an outage window
    // A degraded period: over degradedWindow, more than degradedThreshold (0 to 1) of a target's probes
    // failed (DegradedPeriodDetector).
    std::chrono::milliseconds degradedWindow{5000};
    double degradedThreshold = 0.05;
    bool nodeApiservers = true; // also probe nodes[].apiserver, as targets named "<node>-apiserver"
    QString nodeApiserverPath = QStringLiteral("/readyz"); // the path requested from node apiservers
    QList<ProbeTargetConfig> targets;

    std::chrono::milliseconds intervalOf(const ProbeTargetConfig& target) const
    {
        return target.interval.value_or(interval);
    }
    std::chrono::milliseconds timeoutOf(const ProbeTargetConfig& target) const
    {
        return target.timeout.value_or(timeout);
    }
    // "M1-apiserver": the name of the target that probes a node's own apiserver.
    static QString nodeApiserverTargetName(const QString& nodeName)
    {
        return nodeName + QStringLiteral("-apiserver");
    }

    friend bool operator==(const ProbeSettings&, const ProbeSettings&) = default;
};

} // namespace etcddrill
