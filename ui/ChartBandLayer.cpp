#include "ChartBandLayer.h"

#include <QAreaSeries>
#include <QChart>
#include <QCoreApplication>
#include <QDateTimeAxis>
#include <QFontMetricsF>
#include <QGraphicsSimpleTextItem>
#include <QHash>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QValueAxis>

#include <algorithm>

namespace etcddrill {

namespace {

QString seconds(std::chrono::steady_clock::duration d)
{
    const double s = std::chrono::duration<double>(d).count();
    return QCoreApplication::translate("LatencyChartView", "%1 s").arg(QLocale().toString(s, 'f', 1));
}

} // namespace

struct ChartBandLayer::Item
{
    QAreaSeries* area = nullptr;
    QGraphicsSimpleTextItem* label = nullptr;
    ChartOutageBand::Kind kind = ChartOutageBand::Kind::Outage;
};

ChartBandLayer::ChartBandLayer(QChart* chart, QDateTimeAxis* xAxis, QValueAxis* yAxis)
    : m_chart(chart), m_xAxis(xAxis), m_yAxis(yAxis)
{
}

ChartBandLayer::~ChartBandLayer() = default;

QBrush ChartBandLayer::hatchBrush(const QColor& color, bool presenter, bool degraded)
{
    const int size = presenter ? 16 : 12;
    QPixmap texture(size, size);
    QColor fill = color;
    fill.setAlphaF(degraded ? 0.12 : 0.16);
    texture.fill(fill);
    QPainter painter(&texture);
    painter.setRenderHint(QPainter::Antialiasing);
    QColor line = color;
    line.setAlphaF(0.55);
    painter.setPen(QPen(line, presenter ? 2.5 : 1.5));
    if (degraded) {
        painter.drawLine(QPointF(0, 0), QPointF(size, size));
        painter.drawLine(QPointF(size - 1, -1), QPointF(size + 1, 1));
        painter.drawLine(QPointF(-1, size - 1), QPointF(1, size + 1));
    } else {
        painter.drawLine(QPointF(0, size), QPointF(size, 0));
        painter.drawLine(QPointF(-1, 1), QPointF(1, -1));
        painter.drawLine(QPointF(size - 1, size + 1), QPointF(size + 1, size - 1));
    }
    return QBrush(texture);
}

void ChartBandLayer::style(Item& item, ChartOutageBand::Kind kind) const
{
    const bool degraded = kind == ChartOutageBand::Kind::Degraded;
    const bool fault = kind == ChartOutageBand::Kind::Fault;
    const QColor color = fault ? m_colors.marker : degraded ? m_colors.degraded : m_colors.outage;
    item.kind = kind;
    if (fault) {
        // A plain tint: the time the target was stopped, not a failure.
        QColor tint = color;
        tint.setAlphaF(0.08);
        item.area->setBrush(tint);
        item.area->setPen(Qt::NoPen);
    } else {
        item.area->setBrush(hatchBrush(color, m_colors.presenter, degraded));
        item.area->setPen(QPen(color, m_colors.presenter ? 2 : 1));
    }
    item.label->setBrush(m_colors.dark ? color : color.darker(130));
    QFont font = m_font;
    font.setBold(true);
    item.label->setFont(font);
}

void ChartBandLayer::setColors(const ConsoleColors& colors)
{
    m_colors = colors;
    for (const auto& item : m_items)
        style(*item, item->kind);
}

void ChartBandLayer::setFont(const QFont& font)
{
    m_font = font;
    for (const auto& item : m_items)
        style(*item, item->kind);
}

void ChartBandLayer::clear()
{
    for (const auto& item : m_items) {
        m_chart->removeSeries(item->area);
        delete item->area;
        delete item->label;
    }
    m_items.clear();
}

void ChartBandLayer::draw(const QList<ChartOutageBand>& bands, const View& view)
{
    using Kind = ChartOutageBand::Kind;
    struct Segment
    {
        QString target;
        Kind kind = Kind::Outage;
        double left = 0;
        double right = 0;
        int windows = 0;
        std::chrono::steady_clock::duration length{};
        std::optional<double> share;
    };
    const auto endOf = [&view](const ChartOutageBand& band) { return band.open ? view.now : band.end; };
    const QRectF plot = m_chart->plotArea();
    // Windows of one target closer than two pixels merge into one band.
    const double mergeGap = 2 * (view.x1 - view.x0) / std::max(1.0, plot.width());
    std::vector<Segment> segments;
    QHash<QString, size_t> lastSegment; // per target and kind
    for (const ChartOutageBand& band : bands) {
        if (!view.visible(band.target))
            continue;
        if (band.kind == Kind::Outage) {
            // A window inside a degraded period of its target is one of its flickers: the period's band says
            // it.
            const bool folded = std::any_of(bands.cbegin(), bands.cend(), [&](const ChartOutageBand& period) {
                return period.kind == Kind::Degraded && period.target == band.target &&
                       band.start >= period.start && band.start <= endOf(period);
            });
            if (folded)
                continue;
        }
        const double bx0 = view.toX(band.start);
        const double bx1 = view.toX(endOf(band));
        if (bx1 < view.x0 || bx0 > view.x1)
            continue;
        const double left = std::max(bx0, view.x0);
        const double right = std::max(std::min(bx1, view.x1), left);
        const auto length = endOf(band) - band.start;
        const QString key = band.target + QChar(u'\x01') + QString::number(int(band.kind));
        const auto last = lastSegment.constFind(key);
        if (band.kind == Kind::Outage && last != lastSegment.cend() &&
            left - segments[*last].right <= mergeGap) {
            Segment& segment = segments[*last];
            segment.right = std::max(segment.right, right);
            ++segment.windows;
            segment.length += length;
            continue;
        }
        lastSegment.insert(key, segments.size());
        segments.push_back(Segment{band.target, band.kind, left, right, 1, length, band.share});
    }

    while (m_items.size() < segments.size()) {
        auto item = std::make_unique<Item>();
        auto* upper = new QLineSeries;
        auto* lower = new QLineSeries;
        item->area = new QAreaSeries(upper, lower);
        upper->setParent(item->area); // QAreaSeries does not own its boundary series
        lower->setParent(item->area);
        m_chart->addSeries(item->area);
        item->area->attachAxis(m_xAxis);
        item->area->attachAxis(m_yAxis);
        for (QLegendMarker* marker : m_chart->legend()->markers(item->area))
            marker->setVisible(false);
        item->label = new QGraphicsSimpleTextItem(m_chart);
        item->label->setZValue(15);
        style(*item, Kind::Outage);
        m_items.push_back(std::move(item));
    }

    // Labels run along the bottom of the plot (step labels use the top) in two rows, one on a plot too short
    // for two to stay clear of the step labels (presenter mode on a laptop); one that would cover another is
    // left out, the band itself still shows.
    double rowEnd[2] = {-1e9, -1e9};
    QFont labelFont = m_font;
    labelFont.setBold(true);
    const int rows = plot.height() >= QFontMetricsF(labelFont).height() * 6 ? 2 : 1;
    for (size_t i = 0; i < m_items.size(); ++i) {
        Item& item = *m_items[i];
        if (i >= segments.size()) {
            item.area->setVisible(false);
            item.label->setVisible(false);
            continue;
        }
        const Segment& segment = segments[i];
        if (item.kind != segment.kind)
            style(item, segment.kind);
        const bool degraded = segment.kind == Kind::Degraded;
        const bool fault = segment.kind == Kind::Fault;
        item.area->setName(
            fault      ? QCoreApplication::translate("LatencyChartView", "%1 stopped").arg(segment.target)
            : degraded ? QCoreApplication::translate("LatencyChartView", "%1 degraded").arg(segment.target)
                       : QCoreApplication::translate("LatencyChartView", "%1 outage").arg(segment.target));
        item.area->upperSeries()->replace(
            {QPointF(segment.left, view.top), QPointF(segment.right, view.top)});
        item.area->lowerSeries()->replace({QPointF(segment.left, 0), QPointF(segment.right, 0)});
        item.area->setVisible(true);
        if (fault) {
            item.label->setText(
                QCoreApplication::translate("LatencyChartView", "■ %1 stopped by the drill · %2")
                    .arg(segment.target, seconds(segment.length)));
        } else if (degraded) {
            item.label->setText(
                segment.share ? QCoreApplication::translate("LatencyChartView", "◐ %1 %2 % failing · %3")
                                    .arg(segment.target)
                                    .arg(qRound(*segment.share * 100.0))
                                    .arg(seconds(segment.length))
                              : QCoreApplication::translate("LatencyChartView", "◐ %1 degraded · %2")
                                    .arg(segment.target, seconds(segment.length)));
        } else {
            item.label->setText(segment.windows == 1
                                    ? QStringLiteral("✖ %1 %2").arg(segment.target, seconds(segment.length))
                                    : QStringLiteral("✖ %1 ×%2 · %3")
                                          .arg(segment.target)
                                          .arg(segment.windows)
                                          .arg(seconds(segment.length)));
        }
        const QRectF text = item.label->boundingRect();
        const QPointF anchor = m_chart->mapToPosition(QPointF(segment.left, 0), item.area);
        const double x = std::min(anchor.x() + 4, plot.right() - text.width() - 4);
        int row = -1;
        for (int r = 0; r < rows && row < 0; ++r) {
            if (x > rowEnd[r] + 6)
                row = r;
        }
        item.label->setVisible(row >= 0);
        if (row < 0)
            continue;
        rowEnd[row] = x + text.width();
        item.label->setPos(x, plot.bottom() - text.height() * (1.2 + row));
    }
}

} // namespace etcddrill
