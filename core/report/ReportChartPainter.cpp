#include "ReportChartPainter.h"

#include "ReportFonts.h"
#include "ReportModel.h"
#include "ReportPalette.h"
#include "probe/MinMaxDownsampler.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>
#include <functional>
#include <memory>

namespace etcddrill {

namespace {

struct Label
{
    QPointF at;
    QString text;
    QColor color;
    bool small = true;
};

double niceStep(double span)
{
    static const double steps[] = {1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 14400};
    for (double step : steps) {
        if (span / step <= 8)
            return step;
    }
    return 28800;
}

QString msText(double ms)
{
    if (ms >= 1000)
        return QStringLiteral("%1 s").arg(ms / 1000, 0, 'g', 3);
    return QStringLiteral("%1 ms").arg(ms, 0, 'g', 3);
}

// The time axis' grid lines and labels below the plot.
void addTimeAxis(const QRectF& plot, double startS, double endS, const QFontMetricsF& fm,
                 const std::function<double(double)>& toX, QPainterPath* grid, QList<Label>* labels)
{
    const double step = niceStep(endS - startS);
    for (double s = std::ceil(startS / step) * step; s <= endS + 1e-9; s += step) {
        const double x = toX(s);
        grid->moveTo(x, plot.top());
        grid->lineTo(x, plot.bottom());
        const QString text = ReportChartPainter::clockText(s);
        *labels << Label{QPointF(x - fm.horizontalAdvance(text) / 2, plot.bottom() + 20 + fm.ascent()), text,
                         ReportPalette::muted()};
    }
}

// Step markers: dashed lines, with their labels in up to three staggered rows inside the plot's top; a
// label that finds no free row is left out rather than drawn over another one.
void addStepMarkers(const ReportModel& model, const QRectF& plot, double startS, double endS,
                    const QFontMetricsF& fm, const std::function<double(double)>& toX, QPainterPath* markers,
                    QList<Label>* labels)
{
    std::vector<double> rowEnds(3, -1e9);
    for (const ReportMarker& marker : model.markers) {
        const double s = model.relativeMs(marker.monoMs) / 1000.0;
        if (s < startS || s > endS)
            continue;
        const double x = toX(s);
        markers->moveTo(x, plot.top());
        markers->lineTo(x, plot.bottom());
        const QString text = marker.label.isEmpty() ? marker.step : marker.label;
        const double w = fm.horizontalAdvance(text);
        // Right of the line, or left of it near the plot's right edge.
        const double tx = x + 10 + w > plot.right() ? std::max(plot.left(), x - 10 - w) : x + 10;
        for (size_t row = 0; row < rowEnds.size(); ++row) {
            if (tx > rowEnds[row]) {
                *labels << Label{QPointF(tx, plot.top() + 10 + fm.ascent() + double(row) * fm.height()), text,
                                 ReportPalette::marker()};
                rowEnds[row] = tx + w + 20;
                break;
            }
        }
    }
}

} // namespace

ReportChartPainter::ReportChartPainter(const ReportModel& model, const ReportFonts& fonts,
                                       const TextTranslator& translator)
    : m_model(model), m_fonts(fonts), m_translator(translator)
{
}

QString ReportChartPainter::clockText(double seconds)
{
    const qint64 s = qint64(std::llround(std::max(seconds, 0.0)));
    if (s >= 3600)
        return QStringLiteral("%1:%2:%3")
            .arg(s / 3600)
            .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
            .arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

ReportPageLayout::Op ReportChartPainter::chart(const RecordedSeries& series, QColor color,
                                               const QRectF& rect) const
{
    const QFont small = m_fonts.small();
    const QFontMetricsF fm(small);
    // Plot area: room for the y labels on the left, the x labels below and the failure lane on top.
    const double yLabelWidth = fm.horizontalAdvance(QStringLiteral("100 ms")) + 40;
    const double laneHeight = 60;
    const QRectF plot(rect.left() + yLabelWidth, rect.top() + laneHeight + 20,
                      rect.width() - yLabelWidth - 20, rect.height() - laneHeight - 20 - fm.height() - 40);
    const QRectF lane(plot.left(), rect.top(), plot.width(), laneHeight);

    double endS = (m_model.endMonoMs - m_model.startMonoMs) / 1000.0;
    double startS = 0;
    if (!series.samples.isEmpty()) {
        startS = std::min(startS, m_model.relativeMs(series.samples.front().monoMs) / 1000.0);
        endS = std::max(endS, m_model.relativeMs(series.samples.back().monoMs) / 1000.0);
    }
    if (!(endS > startS))
        endS = startS + 1;

    // Successful samples in (seconds, log10 ms); failures by drawn column.
    std::vector<QPointF> points;
    points.reserve(size_t(series.samples.size()));
    double maxMs = 1;
    double minMs = 1e9;
    const int columns = std::max(1, int(plot.width() / 5)); // one column per 0.5 pt
    std::vector<bool> failedColumn(size_t(columns), false);
    qint64 failed = 0;
    for (const RecordedSample& sample : series.samples) {
        const double x = m_model.relativeMs(sample.monoMs) / 1000.0;
        if (sample.isFailure()) {
            ++failed;
            const int c = std::clamp(int((x - startS) / (endS - startS) * columns), 0, columns - 1);
            failedColumn[size_t(c)] = true;
            continue;
        }
        if (sample.outcome != ProbeSample::Outcome::Ok)
            continue;
        const double ms = std::max(double(sample.totalMs), 0.01);
        maxMs = std::max(maxMs, ms);
        minMs = std::min(minMs, ms);
        points.emplace_back(x, std::log10(ms));
    }
    const double lowDecade = points.empty() ? 0 : std::min(0.0, std::floor(std::log10(std::max(minMs, 0.1))));
    const double highDecade = std::max(lowDecade + 2, std::ceil(std::log10(maxMs)));
    const auto toX = [&](double s) { return plot.left() + (s - startS) / (endS - startS) * plot.width(); };
    const auto toY = [&](double logMs) {
        return plot.bottom() - (logMs - lowDecade) / (highDecade - lowDecade) * plot.height();
    };

    const QList<QPointF> thin = MinMaxDownsampler::downsample(points, startS, endS, columns);
    // A gap longer than a few probe intervals (or two drawn columns) is a time without an answer: the line
    // breaks there instead of bridging the outage.
    const double interval = series.samples.size() > 1 ? (endS - startS) / double(series.samples.size()) : 1.0;
    const double gap = std::max({1.0, 5 * interval, 2.5 * (endS - startS) / columns});
    QPainterPath line;
    bool open = false;
    double lastX = 0;
    for (const QPointF& p : thin) {
        const QPointF at(toX(p.x()), toY(p.y()));
        if (!open || p.x() - lastX > gap)
            line.moveTo(at);
        else
            line.lineTo(at);
        open = true;
        lastX = p.x();
    }

    QPainterPath failures;
    for (int c = 0; c < columns; ++c) {
        if (!failedColumn[size_t(c)])
            continue;
        const double x = lane.left() + (c + 0.5) * lane.width() / columns;
        failures.moveTo(x, lane.top() + 8);
        failures.lineTo(x, lane.bottom() - 8);
    }

    QList<QRectF> bands;
    for (const ReportOutage& outage : m_model.outages) {
        if (outage.target != series.target)
            continue;
        // A window inside a partial degraded period of its target is one of its flickers: the period's
        // amber band stands for it (the red ticks on top still mark every failed probe).
        const bool folded =
            std::any_of(m_model.degraded.cbegin(), m_model.degraded.cend(), [&](const ReportDegradedPeriod& p) {
                return p.target == outage.target && p.kind != QLatin1String("full") &&
                       outage.startMonoMs >= p.startMonoMs && outage.startMonoMs <= p.endMonoMs;
            });
        if (folded)
            continue;
        const double x0 =
            std::clamp(toX(m_model.relativeMs(outage.startMonoMs) / 1000.0), plot.left(), plot.right());
        const double x1 =
            std::clamp(toX(m_model.relativeMs(outage.endMonoMs) / 1000.0), plot.left(), plot.right());
        bands << QRectF(x0, lane.top(), std::max(x1 - x0, 6.0), plot.bottom() - lane.top());
    }

    QList<Label> labels;
    QList<QRectF> degradedBands;
    for (const ReportDegradedPeriod& period : m_model.degraded) {
        if (period.target != series.target)
            continue;
        const double x0 =
            std::clamp(toX(m_model.relativeMs(period.startMonoMs) / 1000.0), plot.left(), plot.right());
        const double x1 =
            std::clamp(toX(m_model.relativeMs(period.endMonoMs) / 1000.0), plot.left(), plot.right());
        degradedBands << QRectF(x0, plot.top(), std::max(x1 - x0, 6.0), plot.height());
        // The share where it fits, at the band's foot (the step labels are at the plot's top).
        const QString share = QStringLiteral("%1 %").arg(qRound(100.0 * period.share()));
        if (fm.horizontalAdvance(share) + 20 < x1 - x0)
            labels << Label{QPointF(x0 + 10, plot.bottom() - 12), share, ReportPalette::warn()};
    }
    QPainterPath grid;
    for (int d = int(lowDecade); d <= int(highDecade); ++d) {
        const double y = toY(d);
        grid.moveTo(plot.left(), y);
        grid.lineTo(plot.right(), y);
        const QString text = msText(std::pow(10.0, d));
        labels << Label{QPointF(plot.left() - 20 - fm.horizontalAdvance(text), y + fm.ascent() / 2 - 10),
                        text, ReportPalette::muted()};
    }
    addTimeAxis(plot, startS, endS, fm, toX, &grid, &labels);
    QPainterPath markers;
    addStepMarkers(m_model, plot, startS, endS, fm, toX, &markers, &labels);

    // The count goes in as a plain int: lupdate 6.4's parser hangs on a template call inside translate()'s
    // argument list.
    const int failedCount = int(std::min<qint64>(failed, 1 << 30));
    const QString failedText =
        failed > 0 ? m_translator.translate("ReportRenderer", "%n failed probe(s)", nullptr, failedCount)
                   : QString();
    if (!failedText.isEmpty())
        labels << Label{QPointF(lane.right() - fm.horizontalAdvance(failedText), lane.top() - 8), failedText,
                        ReportPalette::fail()};
    if (points.empty())
        labels << Label{
            QPointF(
                plot.center().x() -
                    fm.horizontalAdvance(m_translator.translate("ReportRenderer", "no successful probe")) / 2,
                plot.center().y()),
            m_translator.translate("ReportRenderer", "no successful probe"), ReportPalette::fail()};

    return [plot, lane, line, failures, bands, degradedBands, grid, markers, labels, small,
            color](QPainter& p) {
        p.setRenderHint(QPainter::Antialiasing, true);
        p.fillRect(lane, QColor(0xfa, 0xfa, 0xfa));
        for (const QRectF& band : degradedBands)
            p.fillRect(band, ReportPalette::degradedBand());
        for (const QRectF& band : bands)
            p.fillRect(band, ReportPalette::outageBand());
        p.setPen(QPen(QColor(0xe0, 0xe3, 0xe6), 3));
        p.setBrush(Qt::NoBrush);
        p.drawPath(grid);
        p.setPen(QPen(ReportPalette::rule(), 5));
        p.drawRect(plot);
        p.drawRect(lane);
        QPen markerPen(ReportPalette::marker(), 5, Qt::DashLine);
        p.setPen(markerPen);
        p.drawPath(markers);
        p.setPen(QPen(color, 7, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.drawPath(line);
        p.setPen(QPen(ReportPalette::fail(), 6));
        p.drawPath(failures);
        p.setFont(small);
        for (const Label& label : labels) {
            p.setPen(label.color);
            p.drawText(label.at, label.text);
        }
    };
}

ReportPageLayout::Op
ReportChartPainter::failureShare(const QList<std::pair<const RecordedSeries*, QColor>>& series,
                                 const QRectF& rect) const
{
    const QFont small = m_fonts.small();
    const QFontMetricsF fm(small);
    const double yLabelWidth = fm.horizontalAdvance(QStringLiteral("100 %")) + 40;
    const double legendHeight = fm.height() + 30;
    const QRectF plot(rect.left() + yLabelWidth, rect.top() + legendHeight, rect.width() - yLabelWidth - 20,
                      rect.height() - legendHeight - fm.height() - 40);

    const double startS = 0;
    double endS = (m_model.endMonoMs - m_model.startMonoMs) / 1000.0;
    for (const auto& [s, color] : series) {
        if (!s->samples.isEmpty())
            endS = std::max(endS, m_model.relativeMs(s->samples.back().monoMs) / 1000.0);
    }
    if (!(endS > startS))
        endS = startS + 1;
    const double bucketS = std::max(1.0, std::ceil((endS - startS) / 300.0));
    const int buckets = std::max(1, int(std::ceil((endS - startS) / bucketS)));
    const auto toX = [&](double s) { return plot.left() + (s - startS) / (endS - startS) * plot.width(); };
    const auto toY = [&](double share) { return plot.bottom() - share * plot.height(); };

    struct Line
    {
        QPainterPath path;
        QColor color;
        QLineF swatch; // in the legend, before the name
    };
    QList<Line> lines;
    QList<Label> labels;
    double legendX = plot.left();
    for (const auto& [s, color] : series) {
        std::vector<int> probes(size_t(buckets), 0);
        std::vector<int> failed(size_t(buckets), 0);
        for (const RecordedSample& sample : s->samples) {
            if (sample.outcome == ProbeSample::Outcome::Skipped)
                continue;
            const double x = m_model.relativeMs(sample.monoMs) / 1000.0;
            const int b = std::clamp(int((x - startS) / bucketS), 0, buckets - 1);
            ++probes[size_t(b)];
            failed[size_t(b)] += sample.isFailure() ? 1 : 0;
        }
        // A step line; a bucket without probes breaks it.
        QPainterPath path;
        bool open = false;
        for (int b = 0; b < buckets; ++b) {
            if (probes[size_t(b)] == 0) {
                open = false;
                continue;
            }
            const double y = toY(double(failed[size_t(b)]) / double(probes[size_t(b)]));
            const double x0 = toX(startS + b * bucketS);
            const double x1 = toX(std::min(endS, startS + (b + 1) * bucketS));
            if (!open)
                path.moveTo(x0, y);
            else
                path.lineTo(x0, y);
            path.lineTo(x1, y);
            open = true;
        }
        const double legendY = rect.top() + fm.ascent() / 2;
        lines.append({path, color, QLineF(legendX, legendY, legendX + 70, legendY)});
        labels << Label{QPointF(legendX + 90, rect.top() + fm.ascent()), s->target, ReportPalette::text()};
        legendX += 90 + fm.horizontalAdvance(s->target) + 80;
    }

    QPainterPath grid;
    for (int percent = 0; percent <= 100; percent += 25) {
        const double y = toY(percent / 100.0);
        grid.moveTo(plot.left(), y);
        grid.lineTo(plot.right(), y);
        const QString text = QStringLiteral("%1 %").arg(percent);
        labels << Label{QPointF(plot.left() - 20 - fm.horizontalAdvance(text), y + fm.ascent() / 2 - 10), text,
                        ReportPalette::muted()};
    }
    addTimeAxis(plot, startS, endS, fm, toX, &grid, &labels);
    QPainterPath markers;
    addStepMarkers(m_model, plot, startS, endS, fm, toX, &markers, &labels);

    QRectF down;
    if (m_model.faultMonoMs) {
        const double x0 = std::clamp(toX(m_model.relativeMs(*m_model.faultMonoMs) / 1000.0), plot.left(),
                                     plot.right());
        const double x1 = m_model.restoreMonoMs
                              ? std::clamp(toX(m_model.relativeMs(*m_model.restoreMonoMs) / 1000.0), x0,
                                           plot.right())
                              : plot.right();
        down = QRectF(x0, plot.top(), std::max(x1 - x0, 1.0), plot.height());
    }
    return [plot, lines, labels, grid, markers, down, small](QPainter& p) {
        p.setRenderHint(QPainter::Antialiasing, true);
        if (!down.isEmpty())
            p.fillRect(down, ReportPalette::downBand());
        p.setPen(QPen(QColor(0xe0, 0xe3, 0xe6), 3));
        p.setBrush(Qt::NoBrush);
        p.drawPath(grid);
        p.setPen(QPen(ReportPalette::rule(), 5));
        p.drawRect(plot);
        p.setPen(QPen(ReportPalette::marker(), 5, Qt::DashLine));
        p.drawPath(markers);
        for (const Line& line : lines) {
            p.setPen(QPen(line.color, 9, Qt::SolidLine, Qt::FlatCap, Qt::MiterJoin));
            p.drawPath(line.path);
            p.drawLine(line.swatch);
        }
        p.setFont(small);
        for (const Label& label : labels) {
            p.setPen(label.color);
            p.drawText(label.at, label.text);
        }
    };
}

} // namespace etcddrill
