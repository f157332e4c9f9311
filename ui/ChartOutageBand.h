// One outage window as the latency chart holds it: which probe target, when it started and ended (steady
// clock; an open window ends "now" and grows), as reported by the ImpactTracker. A value type, returned by
// LatencyChartView::outageBands() so tests and the report can read the chart in model terms.
#pragma once

#include <QString>
#include <chrono>

namespace etcddrill {

struct ChartOutageBand
{
    QString target;
    std::chrono::steady_clock::time_point start;
    std::chrono::steady_clock::time_point end; // meaningful when !open
    bool open = false;
};

} // namespace etcddrill
