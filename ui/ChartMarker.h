// A labelled moment on the latency chart, drawn as a vertical line: a drill step's boundary ("2 · etcd
// stopped on M3"). A value type; the drill engine's face adds them through LatencyChartView::addMarker().
#pragma once

#include <QString>
#include <chrono>

namespace etcddrill {

struct ChartMarker
{
    std::chrono::steady_clock::time_point time;
    QString label;
};

} // namespace etcddrill
