#include "ChartMarkerLayer.h"

#include <QAbstractSeries>
#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QPen>

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>

namespace etcddrill {

namespace {

constexpr int kRows = 3;
constexpr double kLabelGap = 6;   // between two labels of a row
constexpr double kLineGap = 4;    // between a line and its label
constexpr int kShortestChars = 4; // a label shortened below about this many characters is left out

} // namespace

struct ChartMarkerLayer::Item
{
    QGraphicsRectItem* line = nullptr; // invisible: where the line's tooltip shows (dashes() draws it)
    QGraphicsSimpleTextItem* text = nullptr;
};

ChartMarkerLayer::ChartMarkerLayer(QChart* chart) : m_chart(chart) {}

ChartMarkerLayer::~ChartMarkerLayer() = default; // the items belong to the chart

void ChartMarkerLayer::clear()
{
    for (const auto& item : m_items) {
        delete item->line;
        delete item->text;
    }
    m_items.clear();
}

void ChartMarkerLayer::style(Item& item) const
{
    item.line->setPen(Qt::NoPen);
    item.line->setBrush(Qt::NoBrush);
    item.text->setBrush(m_colors.marker);
    item.text->setFont(m_font);
}

void ChartMarkerLayer::setColors(const ConsoleColors& colors)
{
    m_colors = colors;
    for (const auto& item : m_items)
        style(*item);
}

void ChartMarkerLayer::setFont(const QFont& font)
{
    m_font = font;
    m_font.setBold(true);
    for (const auto& item : m_items)
        style(*item);
}

void ChartMarkerLayer::draw(const QList<ChartMarker>& markers, const View& view)
{
    while (m_items.size() < size_t(markers.size())) {
        auto item = std::make_unique<Item>();
        item->line = new QGraphicsRectItem(m_chart);
        item->line->setZValue(12);
        item->text = new QGraphicsSimpleTextItem(m_chart);
        item->text->setZValue(13);
        style(*item);
        m_items.push_back(std::move(item));
    }
    for (size_t i = size_t(markers.size()); i < m_items.size(); ++i) {
        m_items[i]->line->hide();
        m_items[i]->text->hide();
    }

    const QRectF plot = m_chart->plotArea();
    const QFontMetricsF metrics(m_font);
    const double shortest = metrics.averageCharWidth() * kShortestChars;
    // The labels in time order, whatever order the markers came in.
    std::vector<qsizetype> order(size_t(markers.size()));
    std::iota(order.begin(), order.end(), qsizetype(0));
    std::stable_sort(order.begin(), order.end(),
                     [&](qsizetype a, qsizetype b) { return markers.at(a).time < markers.at(b).time; });

    struct Row
    {
        qsizetype marker = -1; // the last label placed in the row
        double left = 0;
        double end = -1e9;
    };
    std::array<Row, kRows> rows;
    // As many rows as fit in the plot's upper half (a short plot keeps its bottom for the bands' labels).
    const double rowHeight = std::ceil(metrics.height()) + 1;
    const int rowCount = std::clamp(int(plot.height() * 0.5 / rowHeight), 1, kRows);
    const auto place = [&](Item& item, const QString& full, double width) {
        const QString text =
            metrics.horizontalAdvance(full) <= width ? full : metrics.elidedText(full, Qt::ElideRight, width);
        const bool fits = !text.isEmpty() && metrics.horizontalAdvance(text) >= std::min(shortest, width) &&
                          text != QStringLiteral("…");
        item.text->setText(text);
        item.text->setVisible(fits);
        return fits ? metrics.horizontalAdvance(text) : 0.0;
    };

    for (const qsizetype i : order) {
        Item& item = *m_items[size_t(i)];
        const QString& full = markers.at(i).label;
        item.line->setToolTip(full);
        item.text->setToolTip(full);
        const double x = view.toX(markers.at(i).time);
        const bool shown = view.series && x >= view.x0 && x <= view.x1;
        item.line->setVisible(shown);
        item.text->setVisible(shown);
        if (!shown)
            continue;
        const QPointF bottom = m_chart->mapToPosition(QPointF(x, 0), view.series);
        const QPointF upper = m_chart->mapToPosition(QPointF(x, view.top), view.series);
        const double width = lineWidth();
        // Whole pixels wide, on whole pixels: the dashes stay crisp.
        const double lineLeft = std::round(upper.x() - width / 2);
        item.line->setRect(QRectF(lineLeft, upper.y(), std::ceil(width), bottom.y() - upper.y()));

        // Right of the line, shortened at the plot's edge; left of it only when the right side has room for
        // less than a few words (the verdict at the present), so a label stays next to its own line.
        const double labelWidth = metrics.horizontalAdvance(full);
        double left = upper.x() + kLineGap;
        double room = plot.right() - 2 - left;
        const double leftRoom = upper.x() - kLineGap - plot.left();
        if (labelWidth > room && room < std::min(labelWidth, shortest * 3) && leftRoom > room) {
            left = std::max(plot.left(), upper.x() - kLineGap - labelWidth);
            room = upper.x() - kLineGap - left;
        }
        int row = -1;
        for (int r = 0; r < rowCount && row < 0; ++r) {
            if (rows[size_t(r)].end + kLabelGap <= left)
                row = r;
        }
        if (row < 0) {
            // No free row: shorten the label that ends first, so this one can stand at its line.
            row = int(std::min_element(rows.begin(), rows.begin() + rowCount,
                                       [](const Row& a, const Row& b) { return a.end < b.end; }) -
                      rows.begin());
            Row& crowded = rows[size_t(row)];
            Item& before = *m_items[size_t(crowded.marker)];
            place(before, markers.at(crowded.marker).label, left - kLabelGap - crowded.left);
        }
        const double drawn = place(item, full, std::min(labelWidth, room));
        if (drawn <= 0)
            continue;
        rows[size_t(row)] = Row{i, left, left + drawn};
        // Rows a whole pixel apart: a text item's box is its font's height rounded up.
        item.text->setPos(left, upper.y() + rowHeight * row + std::ceil(metrics.height() * 0.2));
    }
}

double ChartMarkerLayer::lineWidth() const
{
    return m_colors.presenter ? 3 : 2;
}

ChartMarkerLayer::Dashes ChartMarkerLayer::dashes() const
{
    Dashes dashes;
    const double width = lineWidth();
    dashes.color = m_colors.marker;
    dashes.dash = int(std::lround(width * 4)); // Qt's DashLine: a dash of 4 widths, a gap of 2
    dashes.gap = int(std::lround(width * 2));
    for (const auto& item : m_items) {
        if (item->line->isVisible())
            dashes.lines.append(item->line->rect().toAlignedRect());
    }
    return dashes;
}

QList<ChartMarkerLayer::Label> ChartMarkerLayer::labels() const
{
    QList<Label> labels;
    for (const auto& item : m_items) {
        if (item->text->isVisible())
            labels.append(Label{item->text->text(), item->text->toolTip(),
                                item->text->mapRectToParent(item->text->boundingRect())});
    }
    return labels;
}

} // namespace etcddrill
