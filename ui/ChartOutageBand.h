// One band on the latency chart: an outage window (every probe failed in a row) or a degraded period (a
// share of the probes failing over a window) of one probe target, when it started and ended (steady clock;
// an open one ends "now" and grows), as reported by the ImpactTracker. A value type, returned by
// LatencyChartView::outageBands() so tests and the report can read the chart in model terms.
#pragma once

#include <QString>
#include <chrono>
#include <optional>

namespace etcddrill {

struct ChartOutageBand
{
    // Fault: the time the drill had the target stopped (stop command to start command); `target` names the
    // node.
    enum class Kind : quint8 { Outage, Degraded, Fault };

    QString target;
    std::chrono::steady_clock::time_point start;
    std::chrono::steady_clock::time_point end; // meaningful when !open
    bool open = false;
    Kind kind = Kind::Outage;
    std::optional<double> share; // a degraded period's share of failed probes (0 to 1), once known
};

} // namespace etcddrill
