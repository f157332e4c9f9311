// Where one target's data has gaps: stretches with no probe result at all for longer than five of its usual
// intervals, and at least two seconds (the console was not probing, a probe hung past its slots). The
// latency chart breaks a target's line at its gaps instead of bridging them with a straight line that would
// look like data. The usual interval is learnt from the results (a moving average of the spacing that is
// not a gap). A skipped slot counts as a result: the target was being probed.
//
// A value type; GUI thread (a member of LatencyChartView's per-target track).
#pragma once

#include <QList>
#include <QPointF>
#include <cmath>
#include <utility>
#include <vector>

namespace etcddrill {

class ChartGaps
{
public:
    static constexpr double intervals = 5.0;
    static constexpr double shortestMs = 2000.0;

    // A result at x (the chart's milliseconds). Results come in time order; an older one is ignored.
    void add(double x);
    // Forgets the gaps that ended before `x` (the chart's retention).
    void trimBefore(double x);

    const std::vector<std::pair<double, double>>& gaps() const { return m_gaps; } // (last, next result)
    bool empty() const { return std::isnan(m_lastX); }
    double lastX() const { return m_lastX; }
    // The spacing above which two results have a gap between them.
    double threshold() const { return std::max(shortestMs, intervals * m_interval); }

    // `points` (sorted by x, each at a result's x) cut into the pieces between the gaps; one piece, maybe
    // empty, when there is none.
    std::vector<QList<QPointF>> split(const QList<QPointF>& points) const;

private:
    std::vector<std::pair<double, double>> m_gaps;
    double m_lastX = std::nan("");
    double m_interval = 0;
};

} // namespace etcddrill
