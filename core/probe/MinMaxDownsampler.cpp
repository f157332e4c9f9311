#include "MinMaxDownsampler.h"

#include <algorithm>
#include <cmath>

namespace etcddrill {

QList<QPointF> MinMaxDownsampler::downsample(std::span<const QPointF> points, double x0, double x1,
                                             int columns)
{
    columns = std::max(columns, 1);
    QList<QPointF> out;
    if (points.size() <= size_t(2 * columns) || !(x1 > x0)) {
        out.reserve(qsizetype(points.size()));
        for (const QPointF& p : points)
            out.append(p);
        return out;
    }
    out.reserve(2 * columns + 2);
    const double width = (x1 - x0) / columns;
    int column = -1;
    size_t minIndex = 0;
    size_t maxIndex = 0;
    const auto flush = [&] {
        if (column < 0)
            return;
        const size_t first = std::min(minIndex, maxIndex);
        const size_t second = std::max(minIndex, maxIndex);
        out.append(points[first]);
        if (second != first)
            out.append(points[second]);
        column = -1;
    };
    for (size_t i = 0; i < points.size(); ++i) {
        const QPointF& p = points[i];
        if (p.x() < x0 || p.x() > x1) {
            flush();
            out.append(p);
            continue;
        }
        const int c = std::min(int(std::floor((p.x() - x0) / width)), columns - 1);
        if (c != column) {
            flush();
            column = c;
            minIndex = maxIndex = i;
            continue;
        }
        if (p.y() < points[minIndex].y())
            minIndex = i;
        if (p.y() > points[maxIndex].y())
            maxIndex = i;
    }
    flush();
    return out;
}

} // namespace etcddrill
