// LatencyPlotItem: paints the chart's lines and failure marks into the plot area from the chart's values.
// A dense line painted as column extents covers the same pixels as the same line stroked; a spike keeps its
// height, a gap stays empty, far neighbours do not cost a loop over their distance; a sparse line keeps its
// dash; marks are stamped where they belong, in their shape; an unchanged setLines() repaints nothing.
// Painted into images and read pixel by pixel.
#include "LatencyPlotItem.h"

#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QtTest>

#include <cmath>

using namespace etcddrill;

namespace {

const QRectF kPlot(10, 10, 400, 200); // the item's plot area inside a 420 × 220 image
const QColor kColor(0x10, 0x60, 0xC0);

QPen pen(double width, Qt::PenStyle style = Qt::SolidLine)
{
    QPen p(kColor, width, style);
    p.setCapStyle(Qt::FlatCap);
    return p;
}

// The item drawn on white, antialiased as the chart view paints it.
QImage render(LatencyPlotItem& item)
{
    QImage image(420, 220, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    item.paint(&painter, nullptr, nullptr);
    return image;
}

// A pixel at least half covered by the line's colour.
bool inked(const QImage& image, int x, int y)
{
    const QColor c = image.pixelColor(x, y);
    return c.red() < 0x90 && c.green() < 0xB0;
}

// The rows painted in column x: first and last, or (-1, -1).
std::pair<int, int> extent(const QImage& image, int x)
{
    int first = -1;
    int last = -1;
    for (int y = 0; y < image.height(); ++y) {
        if (inked(image, x, y)) {
            if (first < 0)
                first = y;
            last = y;
        }
    }
    return {first, last};
}

LatencyPlotItem::Line line(const QList<QPointF>& points, bool dense, const QPen& p = pen(2))
{
    LatencyPlotItem::Line l;
    l.pen = p;
    l.dense = dense;
    l.pieces = {points};
    return l;
}

} // namespace

class TestLatencyPlotItem : public QObject
{
    Q_OBJECT

private slots:
    void denseLineCoversWhatTheStrokeCovers();
    void spikeKeepsItsHeightAndGapStaysEmpty();
    void farNeighboursRunToTheEdge();
    void sparseLineKeepsItsDash();
    void marksAreStampedInTheirShape();
    void gridAndDashesOnWholePixels();
    void unchangedLinesChangeNothing();
};

void TestLatencyPlotItem::denseLineCoversWhatTheStrokeCovers()
{
    // A min/max zigzag as the chart hands it over: two points per 2-pixel column, latency noise and spikes.
    QRandomGenerator rng(42);
    QList<QPointF> points;
    for (int c = 0; c < 200; ++c) {
        const double a = 20 + rng.bounded(15.0);
        const double b = c % 37 == 0 ? 80 + rng.bounded(15.0) : 20 + rng.bounded(15.0);
        points << QPointF(c * 2 + 0.3, a) << QPointF(c * 2 + 1.2, b);
    }
    const LatencyPlotItem::Range range{0, 400, 100};
    LatencyPlotItem stroked;
    stroked.setPlotArea(kPlot);
    stroked.setLines({line(points, false)}, range);
    LatencyPlotItem filled;
    filled.setPlotArea(kPlot);
    filled.setLines({line(points, true)}, range);
    const QImage a = render(stroked);
    const QImage b = render(filled);
    // Column by column, to within a column either side (the fill widens by whole columns, a wide stroke
    // by fractions of one, so a steep stretch may stand a pixel further left or right) and a pixel up or
    // down (the stroke's antialiased ends): the fill covers every row the stroke covers, and nothing that
    // the stroke does not cover.
    const auto near = [](const QImage& image, int x) {
        int top = 1 << 20;
        int bottom = -1;
        for (int n = x - 1; n <= x + 1; ++n) {
            const auto [t, b] = extent(image, n);
            if (t >= 0) {
                top = std::min(top, t);
                bottom = std::max(bottom, b);
            }
        }
        return std::pair{top, bottom};
    };
    int compared = 0;
    for (int x = 12; x < 408; ++x) {
        const auto [sTop, sBottom] = extent(a, x);
        const auto [fTop, fBottom] = extent(b, x);
        const QString where = QStringLiteral("column %1: stroked %2–%3, filled %4–%5")
                                  .arg(x)
                                  .arg(sTop)
                                  .arg(sBottom)
                                  .arg(fTop)
                                  .arg(fBottom);
        if (sTop >= 0) {
            const auto [top, bottom] = near(b, x);
            QVERIFY2(bottom >= 0 && top <= sTop + 1 && bottom >= sBottom - 1, qPrintable(where));
        }
        if (fTop >= 0) {
            const auto [top, bottom] = near(a, x);
            QVERIFY2(bottom >= 0 && fTop >= top - 1 && fBottom <= bottom + 1, qPrintable(where));
            ++compared;
        }
    }
    QVERIFY(compared > 390);
    // Nothing outside the plot area.
    for (int y = 0; y < 220; ++y) {
        QVERIFY(!inked(b, 5, y));
        QVERIFY(!inked(b, 415, y));
    }
}

void TestLatencyPlotItem::spikeKeepsItsHeightAndGapStaysEmpty()
{
    LatencyPlotItem item;
    item.setPlotArea(kPlot);
    // Flat at 10 ms (of 100), one spike to 90 ms at x = 100, and a gap from 200 to 260.
    QList<QPointF> first;
    for (int x = 0; x <= 200; ++x)
        first << QPointF(x, x == 100 ? 90 : 10);
    QList<QPointF> second;
    for (int x = 260; x <= 400; ++x)
        second << QPointF(x, 10);
    LatencyPlotItem::Line l = line(first, true, pen(4));
    l.pieces.push_back(second);
    item.setLines({l}, LatencyPlotItem::Range{0, 400, 100});
    const QImage image = render(item);
    // The flat stretch: a band of the pen's width centred on 10 ms (y = 210 - 20 = 190).
    const auto [top, bottom] = extent(image, 60);
    QCOMPARE(bottom - top + 1, 4);
    QVERIFY(std::abs((top + bottom) / 2.0 - 190) <= 1);
    // The spike reaches 90 ms (y = 210 - 180 = 30) within half the pen's width.
    const auto [spikeTop, spikeBottom] = extent(image, 110);
    QVERIFY2(std::abs(spikeTop - 30) <= 2, qPrintable(QString::number(spikeTop)));
    QVERIFY(spikeBottom >= 190);
    // The gap: nothing between the pieces (the pen's width aside).
    for (int x = 214; x < 266; ++x)
        QCOMPARE(extent(image, x).first, -1);
    QVERIFY(extent(image, 272).first > 0);
}

void TestLatencyPlotItem::farNeighboursRunToTheEdge()
{
    LatencyPlotItem item;
    item.setPlotArea(kPlot);
    // The neighbours that run a line to the plot's edges can be hours away (epoch milliseconds).
    const double x0 = 1.8e12;
    const double x1 = x0 + 60000;
    QList<QPointF> points{QPointF(x0 - 3.6e6, 50)};
    for (int i = 0; i < 1200; ++i)
        points << QPointF(x0 + i * 50.0, 50);
    points << QPointF(x1 + 3.6e6, 50);
    item.setLines({line(points, true)}, LatencyPlotItem::Range{x0, x1, 100});
    QElapsedTimer timer;
    timer.start();
    const QImage image = render(item);
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(extent(image, 10).first > 0);
    QVERIFY(extent(image, 409).first > 0);
}

void TestLatencyPlotItem::sparseLineKeepsItsDash()
{
    LatencyPlotItem item;
    item.setPlotArea(kPlot);
    // Twenty points across the plot, dashed: gaps along the line, and antialiased (partly covered) pixels.
    QList<QPointF> points;
    for (int i = 0; i <= 20; ++i)
        points << QPointF(i * 20, 50 + (i % 2));
    item.setLines({line(points, false, pen(2, Qt::DashLine))}, LatencyPlotItem::Range{0, 400, 100});
    const QImage image = render(item);
    int inkedColumns = 0;
    int partial = 0;
    for (int x = 12; x < 408; ++x) {
        inkedColumns += extent(image, x).first >= 0;
        for (int y = 100; y < 120; ++y) {
            const QColor c = image.pixelColor(x, y);
            partial += c != Qt::white && c.red() > 0x40 && c.red() < 0xE0;
        }
    }
    QVERIFY2(inkedColumns > 150 && inkedColumns < 350, qPrintable(QString::number(inkedColumns)));
    QVERIFY(partial > 20);
}

void TestLatencyPlotItem::marksAreStampedInTheirShape()
{
    const auto marked = [](QScatterSeries::MarkerShape shape) {
        LatencyPlotItem item;
        item.setPlotArea(kPlot);
        LatencyPlotItem::Line l;
        l.pen = pen(2);
        l.marks = {QPointF(100, 50), QPointF(300, 50)};
        l.markShape = shape;
        l.markColor = QColor(0xE0, 0x20, 0x20);
        l.markBorder = Qt::black;
        l.markSize = 12;
        item.setLines({l}, LatencyPlotItem::Range{0, 400, 100});
        const QImage image = render(item);
        int red = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                red += c.red() > 0xC0 && c.green() < 0x60;
            }
        }
        // Both marks where their values are: x 110 and 310, y 110 (50 of 100 in a 200-pixel plot).
        for (const QPoint& at : {QPoint(110, 110), QPoint(310, 110)}) {
            const QColor c = image.pixelColor(at);
            if (!(c.red() > 0xC0 && c.green() < 0x60))
                return -1;
        }
        return red;
    };
    const int circle = marked(QScatterSeries::MarkerShapeCircle);
    const int triangle = marked(QScatterSeries::MarkerShapeTriangle);
    const int square = marked(QScatterSeries::MarkerShapeRectangle);
    const int star = marked(QScatterSeries::MarkerShapeStar);
    QVERIFY2(circle > 0 && triangle > 0 && square > 0 && star > 0,
             qPrintable(QStringLiteral("%1 %2 %3 %4").arg(circle).arg(triangle).arg(square).arg(star)));
    // Told apart by their area too: star < triangle < circle, and the square about a circle's.
    QVERIFY(star < triangle);
    QVERIFY(triangle < circle);
    QVERIFY(std::abs(square - circle) < circle / 3);
}

void TestLatencyPlotItem::gridAndDashesOnWholePixels()
{
    LatencyPlotItem item;
    item.setPlotArea(kPlot);
    QColor grid(0, 0, 0);
    grid.setAlphaF(0.3); // translucent: filled in strips, which must join up
    item.setGrid(LatencyPlotItem::Grid{6, 5, grid});
    item.setDashes(LatencyPlotItem::Dashes{{QRect(200, 10, 2, 200)}, kColor, 8, 4});
    item.setLines({}, LatencyPlotItem::Range{0, 400, 100});
    const QImage image = render(item);
    const auto gray = [&](int x, int y) { return image.pixelColor(x, y).red() < 0xE0; };
    // Vertical grid lines at 10 + 80 i, the whole plot's height; horizontal ones at 210 - 50 i (the last
    // at the plot's bottom edge, 209).
    for (int y = 10; y < 210; ++y) {
        QVERIFY2(gray(90, y) && gray(330, y), qPrintable(QString::number(y)));
        if ((210 - y) % 50 != 0 && y != 209)
            QVERIFY2(!gray(91, y) && !gray(89, y), qPrintable(QString::number(y)));
    }
    for (int x = 10; x < 410; ++x) {
        if (x % 80 == 10 || x == 409 || (x >= 200 && x < 202)) // the vertical lines, the dashes
            continue;
        QVERIFY2(gray(x, 110) && gray(x, 160) && !gray(x, 111) && !gray(x, 135),
                 qPrintable(QString::number(x)));
    }
    // The dashes: 8 pixels drawn, 4 left out, from the top of the line down.
    for (int y = 10; y < 210; ++y) {
        const bool drawn = (y - 10) % 12 < 8;
        QCOMPARE(inked(image, 200, y) && inked(image, 201, y), drawn);
    }
    QVERIFY(!inked(image, 202, 12));
}

void TestLatencyPlotItem::unchangedLinesChangeNothing()
{
    LatencyPlotItem item;
    item.setPlotArea(kPlot);
    const QList<QPointF> points{QPointF(0, 1), QPointF(10, 2)};
    item.setLines({line(points, false)}, LatencyPlotItem::Range{0, 400, 100});
    const int changes = item.changes();
    item.setLines({line(points, false)}, LatencyPlotItem::Range{0, 400, 100});
    QCOMPARE(item.changes(), changes);
    // A millisecond later is another point (QPointF's fuzzy == would take it for the same at epoch values).
    item.setLines({line({QPointF(1.8e12, 1), QPointF(1.8e12 + 10, 2)}, false)},
                  LatencyPlotItem::Range{0, 400, 100});
    item.setLines({line({QPointF(1.8e12 + 1, 1), QPointF(1.8e12 + 10, 2)}, false)},
                  LatencyPlotItem::Range{0, 400, 100});
    QCOMPARE(item.changes(), changes + 2);
    item.setLines({line(points, true)}, LatencyPlotItem::Range{0, 400, 100});
    item.setLines({line(points, true)}, LatencyPlotItem::Range{0, 300, 100});
    QCOMPARE(item.changes(), changes + 4);
}

QTEST_MAIN(TestLatencyPlotItem)
#include "TestLatencyPlotItem.moc"
