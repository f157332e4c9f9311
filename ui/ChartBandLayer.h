// The bands of the latency chart: outage windows as red hatched bands and degraded periods as amber ones
// with their share, each with a label along the plot's bottom. A way in that flaps (a passive load balancer
// keeps a broken backend: a window every few probes) shows as one degraded band with "34 % failing", not as
// hundreds of slivers: the outage windows inside a degraded period of their target are folded into it.
// Windows of one target closer than a couple of pixels share one band, so the number of series stays small;
// the series are drawn from a pool that only grows.
//
// Thread: GUI thread. Owner: LatencyChartView (a member); the series and labels it adds belong to the chart.
#pragma once

#include "ChartOutageBand.h"
#include "ConsoleColors.h"

#include <QFont>
#include <QList>
#include <chrono>
#include <functional>
#include <memory>
#include <vector>

class QAreaSeries;
class QChart;
class QDateTimeAxis;
class QGraphicsSimpleTextItem;
class QValueAxis;

namespace etcddrill {

class ChartBandLayer
{
public:
    ChartBandLayer(QChart* chart, QDateTimeAxis* xAxis, QValueAxis* yAxis);
    ~ChartBandLayer();
    ChartBandLayer(const ChartBandLayer&) = delete;
    ChartBandLayer& operator=(const ChartBandLayer&) = delete;

    struct View
    {
        double x0 = 0; // the visible x range (the chart's x values)
        double x1 = 0;
        double top = 0; // the y axis' top
        std::chrono::steady_clock::time_point now;
        std::function<double(std::chrono::steady_clock::time_point)> toX;
        std::function<bool(const QString& target)> visible;
    };
    // Lays the bands out for `view`; call after the axes' ranges are set.
    void draw(const QList<ChartOutageBand>& bands, const View& view);
    void setColors(const ConsoleColors& colors);
    void setFont(const QFont& font);
    void clear();

    // The hatched brush of a band, tinted as well so that it reads without colour too; degraded bands are
    // hatched the other way.
    static QBrush hatchBrush(const QColor& color, bool presenter, bool degraded = false);

private:
    struct Item;
    void style(Item& item, ChartOutageBand::Kind kind) const;

    QChart* m_chart;
    QDateTimeAxis* m_xAxis;
    QValueAxis* m_yAxis;
    std::vector<std::unique_ptr<Item>> m_items;
    ConsoleColors m_colors = ConsoleColors::make(false, false);
    QFont m_font;
};

} // namespace etcddrill
