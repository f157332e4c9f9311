// The step markers of the latency chart: a dashed vertical line per drill step boundary (laid out here,
// painted by LatencyPlotItem as short rectangles: a dashed pen, or one tall fill, costs far more) and its
// label in one of three rows under the plot's top. Labels never overlap each other, the axes or the plot's
// edges: a label stands right of its line (shortened at the right edge, or left of its line when hardly
// anything would fit there) in the first free row; when no row is free, the label before it in the least
// crowded row is shortened ("2 · Stop the…") to make room, or left out when too little of it would remain.
// Line and label carry the full text as their tooltip, so a shortened or omitted label reads on hover.
//
// Thread: GUI thread. Owner: LatencyChartView (a member); the items it adds belong to the chart.
#pragma once

#include "ChartMarker.h"
#include "ConsoleColors.h"

#include <QColor>
#include <QFont>
#include <QList>
#include <QRect>
#include <QRectF>
#include <QString>
#include <chrono>
#include <functional>
#include <memory>
#include <vector>

class QAbstractSeries;
class QChart;

namespace etcddrill {

class ChartMarkerLayer
{
public:
    explicit ChartMarkerLayer(QChart* chart);
    ~ChartMarkerLayer();
    ChartMarkerLayer(const ChartMarkerLayer&) = delete;
    ChartMarkerLayer& operator=(const ChartMarkerLayer&) = delete;

    struct View
    {
        double x0 = 0; // the visible x range (the chart's x values)
        double x1 = 0;
        double top = 0;                    // the y axis' top
        QAbstractSeries* series = nullptr; // any series on the chart's axes (maps values to positions)
        std::function<double(std::chrono::steady_clock::time_point)> toX;
    };
    // Lays the markers out for `view`; call after the axes' ranges are set. No series: nothing is drawn.
    void draw(const QList<ChartMarker>& markers, const View& view);
    void setColors(const ConsoleColors& colors);
    void setFont(const QFont& font);
    void clear();

    // What is drawn, in the chart's coordinates (tests): one entry per visible label.
    struct Label
    {
        QString text;    // as drawn, maybe shortened
        QString toolTip; // the marker's whole label
        QRectF rect;
    };
    QList<Label> labels() const;

    // The visible lines, in the chart's coordinates, for LatencyPlotItem to paint.
    struct Dashes
    {
        QList<QRect> lines; // whole pixels
        QColor color;
        int dash = 8; // pixels drawn, then
        int gap = 4;  // pixels left out
    };
    Dashes dashes() const;

private:
    struct Item;
    void style(Item& item) const;
    double lineWidth() const;

    QChart* m_chart;
    std::vector<std::unique_ptr<Item>> m_items;
    ConsoleColors m_colors = ConsoleColors::make(false, false);
    QFont m_font;
};

} // namespace etcddrill
