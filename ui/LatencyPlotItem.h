// The latency lines and failure marks of LatencyChartView, drawn by one graphics item on the chart instead
// of one QLineSeries per piece of line and a QScatterSeries per target. Qt Charts computes a line series'
// whole geometry (and the outline it keeps for mouse hits) on every replace() and again on every change of an
// axis' range: for five thinned lines, 8–12 ms of every frame of a chart that follows the present or is
// dragged. This item keeps the pieces in the chart's values and maps them to the plot area only when it
// paints.
//
// A dense line (a min/max pair per couple of pixel columns) is painted as what it covers: per pixel column
// the vertical extent of the polyline through it, widened by the pen's width, filled as pixel-aligned
// rectangles. That is the same picture as stroking the zigzag (every spike reaches its height, a flat
// stretch is one band of the pen's width) at a fraction of the cost: Qt's raster engine strokes a wide
// antialiased line segment by segment through its path stroker, about 15 ms a frame for five lines over
// the whole drill. A sparse line keeps its pen (its dash or dot style) and antialiasing.
//
// The grid is drawn here too, as 1-pixel rectangles on whole pixels (Qt Charts' grid lines cost 2 ms a
// frame). A note on the raster engine, which explains much of this class: a fill of 96 or more rows is split
// among Qt's global thread pool while the painting thread waits for it, 50–100 µs a fill on two busy cores;
// a tall column is therefore filled in strips of fewer rows (fillStrips()), except with an opaque colour,
// which the engine fills directly.
//
// Failure marks are stamped from one small image per shape and colour, rendered once: a QScatterSeries
// keeps a graphics item per mark and paints each as a path, 30 ms a frame for the thousand marks of a
// minute around the fault. The legend keeps an empty series per target for each entry.
//
// Thread: GUI thread. Owner: its graphics parent (the chart); LatencyChartView keeps a pointer.
#pragma once

#include <QColor>
#include <QGraphicsItem>
#include <QHash>
#include <QImage>
#include <QList>
#include <QPen>
#include <QPointF>
#include <QPolygonF>
#include <QRect>
#include <QRectF>
#include <QScatterSeries>
#include <vector>

namespace etcddrill {

class LatencyPlotItem : public QGraphicsItem
{
public:
    struct Line
    {
        QPen pen;
        bool dense = false;                 // painted as column extents (solid), not stroked
        std::vector<QList<QPointF>> pieces; // sorted by x; x: the chart's x values, y: milliseconds
        QList<QPointF> marks;               // failure marks, same values
        QScatterSeries::MarkerShape markShape = QScatterSeries::MarkerShapeCircle;
        QColor markColor;
        QColor markBorder;
        double markSize = 10;
    };
    struct Range
    {
        double x0 = 0;
        double x1 = 1;
        double top = 1; // the y axis runs from 0 to top
        bool operator==(const Range&) const = default;
    };

    explicit LatencyPlotItem(QGraphicsItem* parent = nullptr);

    struct Grid
    {
        int xTicks = 0; // lines at evenly spaced ticks across the plot, its edges included (as Qt Charts'
        int yTicks = 0; // axes space their ticks); fewer than 2: none
        QColor color;
        bool operator==(const Grid&) const = default;
    };
    void setGrid(const Grid& grid);
    // Dashed vertical lines (the step markers), in the parent's coordinates, drawn over everything else.
    struct Dashes
    {
        QList<QRect> lines;
        QColor color;
        int dash = 8;
        int gap = 4;
        bool operator==(const Dashes&) const = default;
    };
    void setDashes(const Dashes& dashes);

    // What to draw and the values the plot area spans; repaints only when something changed.
    void setLines(std::vector<Line> lines, const Range& range);
    // The plot area in the parent's coordinates (the chart's plotArea(), which moves when the axes' labels
    // change width).
    void setPlotArea(const QRectF& plot);
    const std::vector<Line>& lines() const { return m_lines; }
    // How many times setLines() changed what is drawn (tests: an unchanged redraw changes nothing).
    int changes() const { return m_changes; }

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    void map(const QList<QPointF>& piece);
    void paintDense(QPainter* painter, const Line& line);
    void paintMarks(QPainter* painter, const Line& line);
    void paintGrid(QPainter* painter);
    static void fillStrips(QPainter* painter, const QRect& rect, const QColor& color);
    const QImage& stamp(const Line& line, double devicePixelRatio);

    QRectF m_plot;
    Range m_range;
    Grid m_grid;
    Dashes m_dashes;
    std::vector<Line> m_lines;
    int m_changes = 0;
    // Reused by paint().
    QPolygonF m_mapped;
    std::vector<double> m_top;
    std::vector<double> m_bottom;
    std::vector<double> m_spreadTop;
    std::vector<double> m_spreadBottom;
    QHash<QString, QImage> m_stamps; // by shape, colours, size and pixel ratio
};

} // namespace etcddrill
