// A stretch of time during which a probe target failed: from the start of the first failed probe of a run to
// the start of the first good probe after it (the moment the target was seen answering again). A value type,
// part of ImpactSummary.
#pragma once

#include "ImpactPhase.h"
#include "ProbeSample.h"

#include <QString>
#include <chrono>

namespace etcddrill {

struct OutageWindow
{
    std::chrono::steady_clock::time_point start;
    std::chrono::steady_clock::time_point end; // for an open window: the time of the summary
    bool open = false;                         // no good sample yet: duration is "so far"
    std::chrono::microseconds duration{0};
    quint64 failedSamples = 0;
    ImpactPhase phase = ImpactPhase::Before; // the drill phase when the window opened
    ProbeSample::Outcome firstOutcome = ProbeSample::Outcome::Other;
    QString firstDetail; // e.g. "connection refused", "no answer within 1000 ms, waiting for the response"
};

} // namespace etcddrill
