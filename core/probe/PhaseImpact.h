// What one probe target saw during one drill phase: how many probes, how many failed, and the latency of the
// probes that got an HTTP answer (Ok or HttpError), per probe phase. A value type, part of ImpactSummary.
#pragma once

#include "ImpactPhase.h"
#include "LatencyPercentiles.h"

namespace etcddrill {

struct PhaseImpact
{
    ImpactPhase phase = ImpactPhase::Before;
    quint64 samples = 0; // probes made (skipped slots not included)
    quint64 failed = 0;
    quint64 skipped = 0;
    // dns only counts names that were resolved; connect and tls only new connections.
    LatencyPercentiles dns;
    LatencyPercentiles connect;
    LatencyPercentiles tls;
    LatencyPercentiles ttfb;
    LatencyPercentiles total;
};

} // namespace etcddrill
