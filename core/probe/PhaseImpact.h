// What one probe target saw during one drill phase: how many probes, how many failed (availability, error
// rate), the longest outage window that opened in it, how long it was degraded (the part of every degraded
// period that falls into the phase) and the latency of the probes that got an HTTP answer (Ok or
// HttpError), per probe phase. A value type, part of ImpactSummary.
#pragma once

#include "ImpactPhase.h"
#include "LatencyPercentiles.h"

#include <chrono>

namespace etcddrill {

struct PhaseImpact
{
    ImpactPhase phase = ImpactPhase::Before;
    quint64 samples = 0; // probes made (skipped slots not included)
    quint64 failed = 0;
    quint64 skipped = 0;
    std::chrono::microseconds longestOutage{0}; // of the windows that opened in this phase (open: so far)
    std::chrono::milliseconds degradedTime{0};  // the degraded periods' time within this phase
    // dns only counts names that were resolved; connect and tls only new connections.
    LatencyPercentiles dns;
    LatencyPercentiles connect;
    LatencyPercentiles tls;
    LatencyPercentiles ttfb;
    LatencyPercentiles total;

    double errorRate() const { return samples ? double(failed) / double(samples) : 0.0; }
    double availability() const { return samples ? 1.0 - errorRate() : 1.0; }
};

} // namespace etcddrill
