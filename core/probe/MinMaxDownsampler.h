// Thins a long series of chart points to what a plot can show: the x range is cut into one column per pixel
// and each column keeps its lowest and its highest point (in their original order). A single failure or
// latency spike therefore survives any amount of thinning, and the drawn line looks the same as the full
// one. Points outside [x0, x1] pass through unchanged (callers include one on each side so that lines run
// to the plot's edges). Shared by the console's live charts (ui/) and the report's charts. Stateless; any
// thread.
#pragma once

#include <QList>
#include <QPointF>
#include <span>

namespace etcddrill {

class MinMaxDownsampler
{
public:
    // points: sorted by x. columns < 1 is treated as 1. At most 2 × columns points come back (plus the
    // pass-through ones); fewer points than that are returned as they are.
    static QList<QPointF> downsample(std::span<const QPointF> points, double x0, double x1, int columns);
};

} // namespace etcddrill
