#include "ChartGaps.h"

#include <algorithm>

namespace etcddrill {

void ChartGaps::add(double x)
{
    if (std::isnan(m_lastX)) {
        m_lastX = x;
        return;
    }
    if (x <= m_lastX)
        return;
    const double dx = x - m_lastX;
    if (m_interval > 0 && dx > threshold())
        m_gaps.emplace_back(m_lastX, x);
    else
        m_interval = m_interval > 0 ? m_interval * 0.9 + dx * 0.1 : dx;
    m_lastX = x;
}

void ChartGaps::trimBefore(double x)
{
    std::erase_if(m_gaps, [x](const std::pair<double, double>& gap) { return gap.second < x; });
}

std::vector<QList<QPointF>> ChartGaps::split(const QList<QPointF>& points) const
{
    std::vector<QList<QPointF>> pieces(1);
    if (points.isEmpty())
        return pieces;
    auto gap = std::upper_bound(m_gaps.begin(), m_gaps.end(), points.front().x(),
                                [](double x, const std::pair<double, double>& g) { return x < g.second; });
    for (const QPointF& p : points) {
        bool broken = false;
        while (gap != m_gaps.end() && gap->second <= p.x()) {
            broken |= !pieces.back().isEmpty() && pieces.back().back().x() <= gap->first;
            ++gap;
        }
        if (broken)
            pieces.emplace_back();
        pieces.back().append(p);
    }
    return pieces;
}

} // namespace etcddrill
