#include "LatencyPlotItem.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <limits>

namespace etcddrill {

namespace {

// Exactly the same points (QPointF's == is fuzzy: at epoch milliseconds it would take points a millisecond
// apart for the same).
bool samePoints(const QList<QPointF>& a, const QList<QPointF>& b)
{
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(),
                      [](const QPointF& p, const QPointF& q) { return p.x() == q.x() && p.y() == q.y(); });
}

bool sameLines(const std::vector<LatencyPlotItem::Line>& a, const std::vector<LatencyPlotItem::Line>& b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                      [](const LatencyPlotItem::Line& l, const LatencyPlotItem::Line& m) {
                          return l.pen == m.pen && l.dense == m.dense && l.markShape == m.markShape &&
                                 l.markColor == m.markColor && l.markBorder == m.markBorder &&
                                 l.markSize == m.markSize && samePoints(l.marks, m.marks) &&
                                 std::equal(l.pieces.begin(), l.pieces.end(), m.pieces.begin(),
                                            m.pieces.end(), samePoints);
                      });
}

// The outline of a mark of `size` centred on (0, 0), in the shapes Qt Charts' legend shows.
QPainterPath markPath(QScatterSeries::MarkerShape shape, double size)
{
    const double r = size / 2;
    QPainterPath path;
    const auto polygon = [&](int corners, double inner) {
        // Apex up; `inner` > 0 makes a star of it (every other corner at inner × r).
        QPolygonF points;
        const int count = inner > 0 ? corners * 2 : corners;
        for (int i = 0; i < count; ++i) {
            const double angle = -M_PI / 2 + 2 * M_PI * i / count;
            const double radius = inner > 0 && i % 2 ? r * inner : r;
            points << QPointF(radius * std::cos(angle), radius * std::sin(angle));
        }
        path.addPolygon(points);
        path.closeSubpath();
    };
    switch (shape) {
    case QScatterSeries::MarkerShapeRectangle:
        path.addRect(-r * 0.85, -r * 0.85, r * 1.7, r * 1.7);
        break;
    case QScatterSeries::MarkerShapeRotatedRectangle:
        path.addPolygon(QPolygonF{QPointF(0, -r), QPointF(r, 0), QPointF(0, r), QPointF(-r, 0)});
        path.closeSubpath();
        break;
    case QScatterSeries::MarkerShapeTriangle:
        polygon(3, 0);
        break;
    case QScatterSeries::MarkerShapeStar:
        polygon(5, 0.45);
        break;
    case QScatterSeries::MarkerShapePentagon:
        polygon(5, 0);
        break;
    default:
        path.addEllipse(QPointF(0, 0), r, r);
        break;
    }
    return path;
}

} // namespace

LatencyPlotItem::LatencyPlotItem(QGraphicsItem* parent) : QGraphicsItem(parent)
{
    setAcceptedMouseButtons(Qt::NoButton);
}

void LatencyPlotItem::setPlotArea(const QRectF& plot)
{
    if (plot == m_plot)
        return;
    prepareGeometryChange();
    m_plot = plot;
    update();
}

void LatencyPlotItem::setGrid(const Grid& grid)
{
    if (grid == m_grid)
        return;
    m_grid = grid;
    update();
}

void LatencyPlotItem::setDashes(const Dashes& dashes)
{
    if (dashes == m_dashes)
        return;
    m_dashes = dashes;
    update();
}

void LatencyPlotItem::fillStrips(QPainter* painter, const QRect& rect, const QColor& color)
{
    constexpr int kRows = 64; // under the 96 rows from which the raster engine hands a fill to its threads
    if (color.alpha() == 255 || rect.height() <= kRows) {
        painter->fillRect(rect, color);
        return;
    }
    for (int y = rect.top(); y <= rect.bottom(); y += kRows)
        painter->fillRect(QRect(rect.left(), y, rect.width(), std::min(kRows, rect.bottom() + 1 - y)), color);
}

void LatencyPlotItem::paintGrid(QPainter* painter)
{
    if (!m_grid.color.isValid())
        return;
    const QRect plot = m_plot.toAlignedRect();
    const bool antialiased = painter->testRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::Antialiasing, false);
    for (int i = 0; m_grid.xTicks >= 2 && i < m_grid.xTicks; ++i) {
        const int x = int(std::lround(m_plot.left() + m_plot.width() * i / (m_grid.xTicks - 1)));
        fillStrips(painter, QRect(std::min(x, plot.right()), plot.top(), 1, plot.height()), m_grid.color);
    }
    for (int i = 0; m_grid.yTicks >= 2 && i < m_grid.yTicks; ++i) {
        const int y = int(std::lround(m_plot.bottom() - m_plot.height() * i / (m_grid.yTicks - 1)));
        painter->fillRect(QRect(plot.left(), std::min(y, plot.bottom()), plot.width(), 1), m_grid.color);
    }
    painter->setRenderHint(QPainter::Antialiasing, antialiased);
}

void LatencyPlotItem::setLines(std::vector<Line> lines, const Range& range)
{
    if (range == m_range && sameLines(lines, m_lines))
        return;
    m_lines = std::move(lines);
    m_range = range;
    ++m_changes;
    update();
}

QRectF LatencyPlotItem::boundingRect() const
{
    return m_plot;
}

void LatencyPlotItem::map(const QList<QPointF>& piece)
{
    const double sx = m_plot.width() / (m_range.x1 - m_range.x0);
    const double sy = m_plot.height() / m_range.top;
    m_mapped.resize(piece.size());
    for (qsizetype i = 0; i < piece.size(); ++i)
        m_mapped[i] =
            QPointF(m_plot.left() + (piece[i].x() - m_range.x0) * sx, m_plot.bottom() - piece[i].y() * sy);
}

void LatencyPlotItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
{
    if (m_plot.isEmpty() || m_range.x1 <= m_range.x0 || m_range.top <= 0)
        return;
    painter->save();
    painter->setClipRect(m_plot, Qt::IntersectClip);
    paintGrid(painter);
    for (const Line& line : m_lines) {
        if (line.dense) {
            paintDense(painter, line);
            continue;
        }
        if (line.pieces.empty())
            continue;
        painter->setPen(line.pen);
        for (const QList<QPointF>& piece : line.pieces) {
            map(piece);
            if (m_mapped.size() == 1) {
                // A lone result between two gaps: a dot, so that it is not lost.
                QPen dot = line.pen;
                dot.setCapStyle(Qt::RoundCap);
                painter->setPen(dot);
                painter->drawPoint(m_mapped.first());
                painter->setPen(line.pen);
            } else if (line.pen.style() == Qt::SolidLine) {
                // Segment by segment: one wide polyline is stroked as a single path with its joins, many
                // times slower in the raster engine.
                for (qsizetype i = 1; i < m_mapped.size(); ++i)
                    painter->drawLine(m_mapped[i - 1], m_mapped[i]);
            } else {
                painter->drawPolyline(m_mapped); // the dash pattern runs on from one segment to the next
            }
        }
    }
    // The marks over every line: they run along the top of the plot.
    for (const Line& line : m_lines)
        paintMarks(painter, line);
    painter->setRenderHint(QPainter::Antialiasing, false);
    for (const QRect& line : std::as_const(m_dashes.lines)) {
        for (int y = line.top(); y <= line.bottom(); y += std::max(1, m_dashes.dash + m_dashes.gap))
            painter->fillRect(
                QRect(line.left(), y, line.width(), std::min(m_dashes.dash, line.bottom() + 1 - y)),
                m_dashes.color);
    }
    painter->restore();
}

const QImage& LatencyPlotItem::stamp(const Line& line, double devicePixelRatio)
{
    const QString key = QStringLiteral("%1 %2 %3 %4 %5")
                            .arg(int(line.markShape))
                            .arg(line.markColor.name(QColor::HexArgb), line.markBorder.name(QColor::HexArgb))
                            .arg(line.markSize)
                            .arg(devicePixelRatio);
    auto it = m_stamps.find(key);
    if (it != m_stamps.end())
        return *it;
    if (m_stamps.size() > 32) // colours or sizes changed many times: start again
        m_stamps.clear();
    const int side = int(std::ceil(line.markSize + 2));
    QImage image(int(std::ceil(side * devicePixelRatio)), int(std::ceil(side * devicePixelRatio)),
                 QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.translate(side / 2.0, side / 2.0);
    painter.setPen(QPen(line.markBorder, 1));
    painter.setBrush(line.markColor);
    painter.drawPath(markPath(line.markShape, line.markSize));
    painter.end();
    return *m_stamps.insert(key, image);
}

void LatencyPlotItem::paintMarks(QPainter* painter, const Line& line)
{
    if (line.marks.isEmpty())
        return;
    const double ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    const QImage& image = stamp(line, ratio);
    const double side = image.width() / ratio;
    const double sx = m_plot.width() / (m_range.x1 - m_range.x0);
    const double sy = m_plot.height() / m_range.top;
    for (const QPointF& mark : line.marks) {
        const double x = m_plot.left() + (mark.x() - m_range.x0) * sx;
        const double y = m_plot.bottom() - mark.y() * sy;
        // On whole pixels: a stamp between pixels would be resampled.
        painter->drawImage(QPointF(std::round(x - side / 2), std::round(y - side / 2)), image);
    }
}

void LatencyPlotItem::paintDense(QPainter* painter, const Line& line)
{
    // Pixel column c covers x in [left + c, left + c + 1).
    const int left = int(std::floor(m_plot.left()));
    const int columns = int(std::ceil(m_plot.right())) - left;
    if (columns <= 0)
        return;
    constexpr double none = std::numeric_limits<double>::infinity();
    m_top.assign(size_t(columns), none);
    m_bottom.assign(size_t(columns), -none);
    const auto extend = [&](int column, double y0, double y1) {
        m_top[size_t(column)] = std::min({m_top[size_t(column)], y0, y1});
        m_bottom[size_t(column)] = std::max({m_bottom[size_t(column)], y0, y1});
    };
    for (const QList<QPointF>& piece : line.pieces) {
        map(piece);
        if (m_mapped.size() == 1) {
            const double x = m_mapped.first().x() - left;
            if (x >= 0 && x < columns)
                extend(int(x), m_mapped.first().y(), m_mapped.first().y());
            continue;
        }
        for (qsizetype i = 1; i < m_mapped.size(); ++i) {
            QPointF p = m_mapped[i - 1];
            QPointF q = m_mapped[i];
            if (q.x() < p.x())
                std::swap(p, q);
            // Clipped to the plot's columns: the neighbours that run a line to the edges may lie far outside.
            const double xa = std::max(p.x() - left, 0.0);
            const double xb = std::min(q.x() - left, double(columns) - 1e-9);
            if (xa > xb)
                continue;
            const double dx = q.x() - p.x();
            if (dx <= 0) {
                extend(int(xa), p.y(), q.y());
                continue;
            }
            const double slope = (q.y() - p.y()) / dx;
            const auto yAt = [&](double x) { return p.y() + (x + left - p.x()) * slope; };
            const int first = int(xa);
            const int last = int(xb);
            for (int c = first; c <= last; ++c)
                extend(c, yAt(std::max(xa, double(c))), yAt(std::min(xb, double(c + 1))));
        }
    }

    // Widened by the pen's width: horizontally over whole columns, vertically by half of it either side.
    const QPen& pen = line.pen;
    const int width = std::max(1, int(std::lround(pen.widthF())));
    const int before = (width - 1) / 2;
    const int after = width - 1 - before;
    m_spreadTop.assign(size_t(columns), none);
    m_spreadBottom.assign(size_t(columns), -none);
    for (int c = 0; c < columns; ++c) {
        if (m_bottom[size_t(c)] < m_top[size_t(c)])
            continue;
        for (int k = std::max(0, c - before); k <= std::min(columns - 1, c + after); ++k) {
            m_spreadTop[size_t(k)] = std::min(m_spreadTop[size_t(k)], m_top[size_t(c)]);
            m_spreadBottom[size_t(k)] = std::max(m_spreadBottom[size_t(k)], m_bottom[size_t(c)]);
        }
    }

    const bool antialiased = painter->testRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::Antialiasing, false); // whole pixels: no edge to smooth
    const QColor color = pen.color();
    const double half = pen.widthF() / 2;
    int runStart = -1;
    int runTop = 0;
    int runBottom = 0;
    const auto flush = [&](int end) {
        if (runStart >= 0)
            fillStrips(painter, QRect(left + runStart, runTop, end - runStart, runBottom - runTop), color);
        runStart = -1;
    };
    for (int c = 0; c < columns; ++c) {
        if (m_spreadBottom[size_t(c)] < m_spreadTop[size_t(c)]) {
            flush(c);
            continue;
        }
        const int top = int(std::floor(m_spreadTop[size_t(c)] - half + 0.5));
        const int bottom = std::max(top + 1, int(std::floor(m_spreadBottom[size_t(c)] + half + 0.5)));
        if (runStart >= 0 && top == runTop && bottom == runBottom)
            continue;
        flush(c);
        runStart = c;
        runTop = top;
        runBottom = bottom;
    }
    flush(columns);
    painter->setRenderHint(QPainter::Antialiasing, antialiased);
}

} // namespace etcddrill
