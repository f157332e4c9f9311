#include "LatencyChartView.h"

#include "ChartBandLayer.h"
#include "ChartGaps.h"
#include "ChartMarkerLayer.h"
#include "LatencyPlotItem.h"

#include "MinMaxDownsampler.h"
#include "ProbeOutcomeText.h"
#include "config/ProbeSettings.h"
#include "probe/ProbeTarget.h"

#include <QDateTimeAxis>
#include <QEvent>
#include <QFontMetricsF>
#include <QGraphicsLineItem>
#include <QGraphicsSimpleTextItem>
#include <QHash>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QResizeEvent>
#include <QScatterSeries>
#include <QValueAxis>
#include <QWheelEvent>

#include <algorithm>
#include <array>
#include <cmath>
#include <span>

namespace etcddrill {

namespace {

constexpr double kMinimumSpanMs = 10 * 1000.0;
constexpr double kDefaultMaximumSpanMs = 15 * 60 * 1000.0;
constexpr double kMinimumLiveSpanMs = 30 * 1000.0;
// A line with more points than one per kSolidAbove pixel columns is drawn solid: on a min/max zigzag a dash
// pattern cannot be seen, and Qt's dash stroker runs over the whole zigzag, which cost up to 300 ms a frame.
// Back to its own style below one point per kStyledBelow columns (apart, so a zoom does not flicker).
constexpr double kSolidAbove = 3.0;
constexpr double kStyledBelow = 4.0;
// Denser still, more than one point per kFilledAbove columns, a line is painted as the extent it covers in
// each pixel column (LatencyPlotItem): the same picture, without the cost of stroking a wide zigzag.
// Stroked again below one point per kStrokedBelow columns.
constexpr double kFilledAbove = 2.0;
constexpr double kStrokedBelow = 2.5;
// Lines are thinned to one min/max pair per this many pixel columns.
constexpr double kPixelsPerColumn = 2.0;
// Above every Qt Charts item (the bands' areas among them: the lines and failure marks draw over their
// hatching), below our own labels (step labels 13, time cursor 14, band labels 15).
constexpr double kPlotZ = 10;

// The next "round" value above v (1, 2, 5 × 10^n), so the latency axis has readable ticks.
double niceCeil(double v)
{
    if (v <= 0)
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(v)));
    for (const double step : {1.0, 2.0, 5.0, 10.0}) {
        if (v <= step * magnitude)
            return step * magnitude;
    }
    return 10 * magnitude;
}

struct XLess
{
    bool operator()(const QPointF& p, double x) const { return p.x() < x; }
    bool operator()(double x, const QPointF& p) const { return x < p.x(); }
};

// The points of a sorted vector within [x0, x1], plus one on each side when `withNeighbours` (so that a line
// runs on to the plot's edges instead of stopping at the last point inside).
std::span<const QPointF> slice(const std::vector<QPointF>& points, double x0, double x1, bool withNeighbours)
{
    auto first = std::lower_bound(points.begin(), points.end(), x0, XLess{});
    auto last = std::upper_bound(first, points.end(), x1, XLess{});
    if (withNeighbours) {
        if (first != points.begin())
            --first;
        if (last != points.end())
            ++last;
    }
    return {points.data() + (first - points.begin()), size_t(last - first)};
}

void insertSorted(std::vector<QPointF>& points, const QPointF& point)
{
    // Samples of one target arrive in start order; anything else is rare enough for an insertion.
    if (points.empty() || points.back().x() <= point.x())
        points.push_back(point);
    else
        points.insert(std::upper_bound(points.begin(), points.end(), point.x(), XLess{}), point);
}

QString seconds(std::chrono::steady_clock::duration d)
{
    const double s = std::chrono::duration<double>(d).count();
    return LatencyChartView::tr("%1 s").arg(QLocale().toString(s, 'f', 1));
}

} // namespace

struct LatencyChartView::Track
{
    QString name;
    bool nodeApiserver = false;
    int slot = 0;                       // colour and line style index within its kind
    Qt::PenStyle style = Qt::SolidLine; // its own style; the legend keeps it, dense stretches draw solid
    bool solid = false;                 // drawn solid at the moment (dense)
    bool filled = false;                // painted as column extents at the moment (denser still)
    QPen pen;                           // as drawn at the moment
    std::vector<QPointF> ok;
    std::vector<QPointF> failed;
    ChartGaps gaps;
    QLineSeries* line = nullptr; // empty: the target's legend entry (LatencyPlotItem draws the line)
    int lineIndex = -1;          // its line among LatencyPlotItem's, -1 when not drawn
    int piecesDrawn = 0;
    QScatterSeries* failures = nullptr; // empty: the legend entry of its marks (LatencyPlotItem draws them)
};

LatencyChartView::LatencyChartView(QWidget* parent)
    : QChartView(parent), m_chart(new QChart), m_xAxis(new QDateTimeAxis), m_yAxis(new QValueAxis),
      m_steadyOrigin(std::chrono::steady_clock::now()), m_wallOriginMs(QDateTime::currentMSecsSinceEpoch())
{
    setObjectName(QStringLiteral("latencyChart"));
    setChart(m_chart); // the view owns the chart, the chart its series and axes
    setRenderHint(QPainter::Antialiasing);
    setDragMode(QGraphicsView::NoDrag);
    setRubberBand(QChartView::NoRubberBand);
    // Every redraw moves the axes, so most of the plot changes anyway: repaint it whole. The default
    // (the union of the changed items' rectangles) clips painting to a region of many rectangles, and the
    // raster engine then intersects every span it fills with that region (a third of a frame, bench-gui).
    setViewportUpdateMode(QGraphicsView::FullViewportUpdate);
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    // Each entry drawn as its series is: a stretch of the target's line, its failure marks' shape. By default
    // every entry is a square of the series' colour, and "vip" and "vip failed" look the same.
    m_chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    m_chart->setMargins(QMargins(6, 6, 6, 6));
    m_xAxis->setFormat(QStringLiteral("HH:mm:ss"));
    m_xAxis->setTickCount(6);
    m_yAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_yAxis->setTickCount(5);
    m_yAxis->setRange(0, 10);
    m_chart->addAxis(m_xAxis, Qt::AlignBottom);
    m_chart->addAxis(m_yAxis, Qt::AlignLeft);
    m_bandLayer = std::make_unique<ChartBandLayer>(m_chart, m_xAxis, m_yAxis);
    m_markerLayer = std::make_unique<ChartMarkerLayer>(m_chart);

    m_emptyText = new QGraphicsSimpleTextItem(m_chart);
    m_emptyText->setZValue(20);
    m_plot = new LatencyPlotItem(m_chart);
    m_plot->setZValue(kPlotZ);
    m_plot->setPlotArea(m_chart->plotArea());
    // The plot area moves when the axes' labels change width, in a layout after the ranges were set.
    connect(m_chart, &QChart::plotAreaChanged, this,
            [this](const QRectF& plot) { m_plot->setPlotArea(plot); });
    m_timeCursorLine = new QGraphicsLineItem(m_chart);
    m_timeCursorLine->setZValue(14);
    m_timeCursorLine->hide();

    m_outageCounter = new QLabel(this);
    m_outageCounter->setObjectName(QStringLiteral("outageCounter"));
    m_outageCounter->setTextFormat(Qt::PlainText);
    m_outageCounter->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_outageCounter->hide();

    m_viewEndX = nowX();
    m_redrawTimer.setInterval(redrawIntervalMs);
    connect(&m_redrawTimer, &QTimer::timeout, this, &LatencyChartView::redraw);
    m_redrawTimer.start();

    setColors(m_colors);
    retranslateUi();
}

LatencyChartView::~LatencyChartView() = default;

void LatencyChartView::setNodeNames(const QStringList& nodeNames)
{
    m_nodeNames = nodeNames;
}

QStringList LatencyChartView::targets() const
{
    QStringList names;
    for (const auto& track : m_tracks)
        names.append(track->name);
    return names;
}

const LatencyChartView::Track* LatencyChartView::findTrack(const QString& target) const
{
    for (const auto& track : m_tracks) {
        if (track->name == target)
            return track.get();
    }
    return nullptr;
}

qsizetype LatencyChartView::sampleCount(const QString& target) const
{
    const Track* track = findTrack(target);
    return track ? qsizetype(track->ok.size() + track->failed.size()) : 0;
}

int LatencyChartView::lineSegmentCount(const QString& target) const
{
    const Track* track = findTrack(target);
    return track ? track->piecesDrawn : 0;
}

QString LatencyChartView::staleText() const
{
    return m_emptyText->isVisible() && !m_tracks.empty() ? m_emptyText->text() : QString();
}

std::vector<QList<QPointF>> LatencyChartView::linePieces(const QString& target) const
{
    const Track* track = findTrack(target);
    if (!track || track->lineIndex < 0)
        return {};
    return m_plot->lines().at(size_t(track->lineIndex)).pieces;
}

QList<QPointF> LatencyChartView::failureMarks(const QString& target) const
{
    const Track* track = findTrack(target);
    if (!track || track->lineIndex < 0)
        return {};
    return m_plot->lines().at(size_t(track->lineIndex)).marks;
}

qsizetype LatencyChartView::failureCount(const QString& target) const
{
    const Track* track = findTrack(target);
    return track ? qsizetype(track->failed.size()) : 0;
}

QList<ChartOutageBand> LatencyChartView::outageBands() const
{
    return m_bands;
}

QString LatencyChartView::outageCounterText() const
{
    return m_outageCounter->isHidden() ? QString() : m_outageCounter->text();
}

std::chrono::milliseconds LatencyChartView::windowSpan() const
{
    return std::chrono::milliseconds(qint64(m_spanMs));
}

QDateTime LatencyChartView::visibleStart() const
{
    return m_xAxis->min();
}

QDateTime LatencyChartView::visibleEnd() const
{
    return m_xAxis->max();
}

double LatencyChartView::toX(std::chrono::steady_clock::time_point time) const
{
    return double(m_wallOriginMs) + std::chrono::duration<double, std::milli>(time - m_steadyOrigin).count();
}

double LatencyChartView::nowX() const
{
    return toX(std::chrono::steady_clock::now());
}

double LatencyChartView::xAt(const QPointF& viewPosition) const
{
    return m_chart->mapToValue(m_chart->mapFromScene(mapToScene(viewPosition.toPoint()))).x();
}

double LatencyChartView::earliestX() const
{
    double earliest = double(m_wallOriginMs);
    for (const auto& track : m_tracks) {
        if (!track->ok.empty())
            earliest = std::min(earliest, track->ok.front().x());
        if (!track->failed.empty())
            earliest = std::min(earliest, track->failed.front().x());
    }
    return earliest;
}

LatencyChartView::Track& LatencyChartView::trackFor(const QString& target)
{
    for (const auto& track : m_tracks) {
        if (track->name == target)
            return *track;
    }
    auto track = std::make_unique<Track>();
    track->name = target;
    for (const QString& node : std::as_const(m_nodeNames))
        track->nodeApiserver |= target == ProbeSettings::nodeApiserverTargetName(node);
    track->slot = int(std::count_if(m_tracks.begin(), m_tracks.end(), [&](const auto& other) {
        return other->nodeApiserver == track->nodeApiserver;
    }));
    track->line = new QLineSeries(m_chart);
    track->line->setName(target);
    track->failures = new QScatterSeries(m_chart);
    m_chart->addSeries(track->line);
    m_chart->addSeries(track->failures);
    for (QAbstractSeries* series :
         {static_cast<QAbstractSeries*>(track->line), static_cast<QAbstractSeries*>(track->failures)}) {
        series->attachAxis(m_xAxis);
        series->attachAxis(m_yAxis);
    }
    m_tracks.push_back(std::move(track));
    Track& added = *m_tracks.back();
    styleTrack(added);
    retranslateUi();
    return added;
}

bool LatencyChartView::isShown(const Track& track) const
{
    return !track.nodeApiserver || m_showNodes;
}

void LatencyChartView::styleTrack(Track& track)
{
    const QList<QColor>& colors = track.nodeApiserver ? m_colors.nodeSeries : m_colors.entrySeries;
    const QColor color = colors.at(track.slot % colors.size());
    // Line styles tell the targets apart without colour: the VIP solid, the domain dashed, nodes dotted.
    static const Qt::PenStyle entryStyles[] = {Qt::SolidLine, Qt::DashLine, Qt::DashDotLine,
                                               Qt::DashDotDotLine};
    track.style = track.nodeApiserver ? Qt::DotLine : entryStyles[track.slot % 4];
    applyLinePen(track);
    // Failure marks differ in shape per target, so whose failures they are reads without colour at any
    // density (a dense line is drawn solid, see redraw()); the legend shows each shape.
    static const QScatterSeries::MarkerShape shapes[] = {
        QScatterSeries::MarkerShapeTriangle, QScatterSeries::MarkerShapeRotatedRectangle,
        QScatterSeries::MarkerShapeStar,     QScatterSeries::MarkerShapePentagon,
        QScatterSeries::MarkerShapeCircle,   QScatterSeries::MarkerShapeRectangle};
    const int shapeIndex = track.nodeApiserver ? 2 + track.slot : track.slot;
    track.failures->setMarkerShape(shapes[shapeIndex % 6]);
    track.failures->setColor(color);
    track.failures->setBorderColor(m_colors.text);
    track.failures->setMarkerSize(m_colors.markerSize);
    // Visibility of series and their legend entries follows the node-apiserver toggle.
    const bool visible = isShown(track);
    track.line->setVisible(visible);
    track.failures->setVisible(visible);
    for (QLegendMarker* marker : m_chart->legend()->markers(track.line))
        marker->setVisible(visible);
    for (QLegendMarker* marker : m_chart->legend()->markers(track.failures))
        marker->setVisible(visible);
}

void LatencyChartView::applyLinePen(Track& track)
{
    const QList<QColor>& colors = track.nodeApiserver ? m_colors.nodeSeries : m_colors.entrySeries;
    QPen pen(colors.at(track.slot % colors.size()),
             track.nodeApiserver ? m_colors.lineWidth * 0.75 : m_colors.lineWidth, track.style);
    pen.setCapStyle(Qt::FlatCap);
    // A new pen makes Qt Charts lay the legend out again: only when it differs. The legend shows the
    // target's own style; the line is drawn solid while it is dense.
    if (track.line->pen() != pen)
        track.line->setPen(pen);
    if (track.solid)
        pen.setStyle(Qt::SolidLine);
    track.pen = pen;
}

void LatencyChartView::addSamples(const QString& target, const QList<ProbeSample>& samples)
{
    Track& track = trackFor(target);
    for (const ProbeSample& sample : samples) {
        const double x = toX(sample.start());
        track.gaps.add(x); // a skipped slot too: the target was being probed
        if (sample.outcome == ProbeSample::Outcome::Skipped)
            continue;
        insertSorted(sample.isFailure() ? track.failed : track.ok, QPointF(x, sample.totalUs / 1000.0));
    }
    // Keep what the probe scheduler keeps (ProbeTarget::defaultRetention); trimmed in chunks, not per sample.
    const double retention = std::chrono::duration<double, std::milli>(ProbeTarget::defaultRetention).count();
    for (std::vector<QPointF>* points : {&track.ok, &track.failed}) {
        if (points->empty() || points->back().x() - points->front().x() < retention * 1.05)
            continue;
        const double oldest = points->back().x() - retention;
        points->erase(points->begin(), std::lower_bound(points->begin(), points->end(), oldest, XLess{}));
        track.gaps.trimBefore(oldest);
    }
    m_dirty = true;
}

void LatencyChartView::outageWindowOpened(const QString& target, const OutageWindow& window)
{
    for (const ChartOutageBand& band : std::as_const(m_bands)) {
        if (band.kind == ChartOutageBand::Kind::Outage && band.target == target && band.start == window.start)
            return;
    }
    m_bands.append(ChartOutageBand{target, window.start, window.end, window.open,
                                   ChartOutageBand::Kind::Outage, std::nullopt});
    m_dirty = true;
}

void LatencyChartView::outageWindowClosed(const QString& target, const OutageWindow& window)
{
    // Newest first: the window closing is almost always the target's last one.
    for (auto it = m_bands.rbegin(); it != m_bands.rend(); ++it) {
        if (it->kind == ChartOutageBand::Kind::Outage && it->target == target && it->start == window.start) {
            it->end = window.end;
            it->open = false;
            m_dirty = true;
            return;
        }
    }
    // Closed without our having seen it open (the console was attached late): still draw it.
    OutageWindow closed = window;
    closed.open = false;
    outageWindowOpened(target, closed);
}

void LatencyChartView::degradedPeriodOpened(const QString& target, const DegradedPeriod& period)
{
    // A full period is a hard outage: its outage windows show it, in red.
    if (period.kind() == DegradedPeriod::Kind::Full && !period.open)
        return;
    for (const ChartOutageBand& band : std::as_const(m_bands)) {
        if (band.kind == ChartOutageBand::Kind::Degraded && band.target == target &&
            band.start == period.start)
            return;
    }
    ChartOutageBand band{target,      period.start, period.end, period.open, ChartOutageBand::Kind::Degraded,
                         std::nullopt};
    // The share of a period that just opened is that of its first few probes (two of four read as 50 %):
    // it is shown once the drill's per-second figures or the period's end give it.
    if (!period.open)
        band.share = period.share();
    m_bands.append(band);
    m_dirty = true;
}

void LatencyChartView::degradedPeriodClosed(const QString& target, const DegradedPeriod& period)
{
    for (auto it = m_bands.rbegin(); it != m_bands.rend(); ++it) {
        if (it->kind == ChartOutageBand::Kind::Degraded && it->target == target &&
            it->start == period.start) {
            it->end = period.end;
            it->open = false;
            it->share = period.share();
            if (period.kind() == DegradedPeriod::Kind::Full)
                m_bands.erase(std::next(it).base());
            m_dirty = true;
            return;
        }
    }
    DegradedPeriod closed = period;
    closed.open = false;
    degradedPeriodOpened(target, closed);
}

void LatencyChartView::setDegradedShare(const QString& target, double share)
{
    for (auto it = m_bands.rbegin(); it != m_bands.rend(); ++it) {
        if (it->kind == ChartOutageBand::Kind::Degraded && it->target == target && it->open) {
            it->share = share;
            m_dirty = true;
            return;
        }
    }
}

void LatencyChartView::faultStarted(const QString& node, std::chrono::steady_clock::time_point start)
{
    m_bands.append(ChartOutageBand{node, start, start, true, ChartOutageBand::Kind::Fault, std::nullopt});
    m_dirty = true;
}

void LatencyChartView::faultEnded(std::chrono::steady_clock::time_point end)
{
    for (auto it = m_bands.rbegin(); it != m_bands.rend(); ++it) {
        if (it->kind == ChartOutageBand::Kind::Fault && it->open) {
            it->end = std::max(end, it->start);
            it->open = false;
            m_dirty = true;
            return;
        }
    }
}

void LatencyChartView::addMarker(std::chrono::steady_clock::time_point time, const QString& label)
{
    m_markers.append(ChartMarker{time, label});
    m_dirty = true;
}

void LatencyChartView::clear()
{
    m_bandLayer->clear();
    m_bands.clear();
    m_markerLayer->clear();
    m_markers.clear();
    m_timeCursor.reset();
    for (const auto& track : m_tracks) {
        m_chart->removeSeries(track->line);
        delete track->line;
        m_chart->removeSeries(track->failures);
        delete track->failures;
    }
    m_tracks.clear();
    m_steadyOrigin = std::chrono::steady_clock::now();
    m_wallOriginMs = QDateTime::currentMSecsSinceEpoch();
    m_viewEndX = nowX();
    m_dirty = true;
    redraw();
}

void LatencyChartView::setWindowSpan(std::chrono::milliseconds span)
{
    const double ms = std::max(double(span.count()), kMinimumSpanMs);
    if (ms == m_spanMs)
        return;
    m_spanMs = ms;
    m_dirty = true;
    redraw();
    emit windowSpanChanged(windowSpan());
}

void LatencyChartView::centerOn(std::chrono::steady_clock::time_point time)
{
    setFollowLive(false);
    // The right edge never passes now: the future has no samples to show.
    m_viewEndX = std::min(toX(time) + m_spanMs / 2, nowX());
    m_dirty = true;
    redraw();
}

void LatencyChartView::setTimeCursor(std::optional<std::chrono::steady_clock::time_point> time)
{
    if (time == m_timeCursor)
        return;
    m_timeCursor = time;
    m_dirty = true;
}

void LatencyChartView::setFollowLive(bool follow)
{
    if (follow == m_follow)
        return;
    m_follow = follow;
    if (!follow)
        m_viewEndX = std::min(m_viewEndX, nowX());
    m_dirty = true;
    redraw();
    emit followLiveChanged(follow);
}

void LatencyChartView::setShowNodeApiservers(bool show)
{
    if (show == m_showNodes)
        return;
    m_showNodes = show;
    for (const auto& track : m_tracks)
        styleTrack(*track);
    m_dirty = true;
    redraw();
}

void LatencyChartView::setColors(const ConsoleColors& colors)
{
    m_colors = colors;
    const QColor background = colors.dark ? QColor(0x16, 0x16, 0x18) : QColor(0xFF, 0xFF, 0xFF);
    m_chart->setBackgroundBrush(background);
    m_chart->setBackgroundPen(Qt::NoPen);
    m_chart->setPlotAreaBackgroundVisible(false);
    QColor grid = colors.text;
    grid.setAlphaF(colors.presenter ? 0.30 : 0.15);
    for (QAbstractAxis* axis : {static_cast<QAbstractAxis*>(m_xAxis), static_cast<QAbstractAxis*>(m_yAxis)}) {
        axis->setLabelsBrush(colors.text);
        axis->setTitleBrush(colors.text);
        axis->setLinePen(QPen(colors.mutedText, colors.presenter ? 2 : 1));
        axis->setGridLineVisible(false); // LatencyPlotItem draws it, much cheaper
    }
    m_gridColor = grid;
    m_chart->legend()->setLabelColor(colors.text);
    m_emptyText->setBrush(colors.mutedText);
    for (const auto& track : m_tracks)
        styleTrack(*track);
    m_bandLayer->setColors(colors);
    m_markerLayer->setColors(colors);
    m_timeCursorLine->setPen(QPen(colors.text, colors.presenter ? 4 : 2, Qt::SolidLine));
    const QColor alarmText = colors.dark ? QColor(0xFF, 0xFF, 0xFF) : QColor(0, 0, 0);
    QColor alarmBackground = colors.cardBackground;
    alarmBackground.setAlphaF(0.92);
    m_outageCounter->setStyleSheet(
        QStringLiteral("QLabel { color: %1; background-color: %2; border: %3px solid %4; border-radius: 6px; "
                       "padding: 4px 12px; }")
            .arg(alarmText.name(), alarmBackground.name(QColor::HexArgb))
            .arg(colors.presenter ? 5 : 3)
            .arg(colors.outage.name()));
    applyFonts();
    m_dirty = true;
    redraw();
}

void LatencyChartView::applyFonts()
{
    // Qt Charts does not follow the widget's font: hand it on, so presenter mode scales the chart as well.
    QFont base = font();
    m_xAxis->setLabelsFont(base);
    m_yAxis->setLabelsFont(base);
    QFont title = base;
    title.setBold(true);
    m_xAxis->setTitleFont(title);
    m_yAxis->setTitleFont(title);
    m_chart->legend()->setFont(base);
    QFont empty = base;
    empty.setPointSizeF(base.pointSizeF() * 1.3);
    m_emptyText->setFont(empty);
    // Large, but never more than a seventh of the chart's height: on a short chart (presenter mode on a
    // laptop) the counter's strip must leave the plot its room.
    QFont counter = base;
    counter.setBold(true);
    const double lineHeight = QFontMetricsF(base).height();
    const double scale = std::clamp(height() / 7.0 / (lineHeight * 1.6), 1.0, 2.2);
    counter.setPointSizeF(base.pointSizeF() * scale);
    if (m_outageCounter->font() != counter)
        m_outageCounter->setFont(counter);
    m_bandLayer->setFont(base);
    m_markerLayer->setFont(base);
}

void LatencyChartView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    if (event->type() == QEvent::FontChange) {
        applyFonts();
        m_dirty = true;
    }
    QChartView::changeEvent(event);
}

void LatencyChartView::retranslateUi()
{
    // No axis titles: clock times need none, and the panel's title names the unit (ms).
    m_xAxis->setTitleVisible(false);
    m_yAxis->setTitleVisible(false);
    for (const auto& track : m_tracks)
        track->failures->setName(tr("%1 failed").arg(track->name));
    m_dirty = true;
}

void LatencyChartView::refreshNow()
{
    m_dirty = true;
    redraw();
}

void LatencyChartView::redraw()
{
    const bool hasOpenBand =
        std::any_of(m_bands.cbegin(), m_bands.cend(), [](const ChartOutageBand& band) { return band.open; });
    // Following the present moves the axis every tick; otherwise only new data needs a redraw. An empty
    // chart has nothing to move.
    if (!m_dirty && ((!m_follow && !hasOpenBand) || (m_tracks.empty() && m_bands.isEmpty())))
        return;
    m_dirty = false;

    const double now = nowX();
    if (m_follow)
        m_viewEndX = now;
    const double x1 = m_viewEndX;
    // A young session (the first minutes of a game day) fills the width instead of hugging the right edge:
    // the live view spans what there is, at least a minute, until the history is as long as the window.
    const double span = m_follow ? std::clamp(now - earliestX(), kMinimumLiveSpanMs, m_spanMs) : m_spanMs;
    const double x0 = x1 - span;
    const int pixels = std::max(1, int(m_chart->plotArea().width()));
    // One min/max pair per pixel column. The columns sit on a grid of fixed times (multiples of their
    // width), not on the window's left edge: while the window follows the present, a column keeps the same
    // points from one redraw to the next instead of shimmering as the edge slides, and a view that did not
    // move gives the same points again (an unchanged series is not handed to Qt Charts again, below).
    const double columnMs = span * kPixelsPerColumn / pixels;
    const double gridX0 = std::floor(x0 / columnMs) * columnMs;
    const int gridColumns = std::max(1, int(std::ceil((x1 - gridX0) / columnMs)));
    const double gridX1 = gridX0 + gridColumns * columnMs;

    // The axis fits the latency of answered probes. Failed probes have no latency (a timeout's "total" is
    // the deadline, as ImpactTracker counts it too): their marks run along the top of the plot instead, so
    // one timeout cannot flatten every healthy millisecond to the floor.
    double yMax = 0;
    std::vector<QList<QPointF>> lines(m_tracks.size());
    std::vector<QList<QPointF>> marks(m_tracks.size());
    for (size_t i = 0; i < m_tracks.size(); ++i) {
        Track& track = *m_tracks[i];
        if (!isShown(track))
            continue;
        lines[i] =
            MinMaxDownsampler::downsample(slice(track.ok, gridX0, gridX1, true), gridX0, gridX1, gridColumns);
        for (const QPointF& p : std::as_const(lines[i])) {
            if (p.x() >= x0 && p.x() <= x1)
                yMax = std::max(yMax, p.y());
        }
        // Every failure keeps a mark: one per pixel column that holds any (more would draw on top of each
        // other, and each mark is an item of its own in Qt Charts).
        int lastColumn = -1;
        for (const QPointF& p : slice(track.failed, x0, x1, false)) {
            const int column = int(std::floor((p.x() - gridX0) / columnMs));
            if (column != lastColumn)
                marks[i].append(p);
            lastColumn = column;
        }
    }
    const double top = niceCeil(std::max(yMax * 1.25, 5.0));

    // Staggered a little per target, so the VIP's and the domain's marks do not hide each other.
    for (size_t i = 0; i < m_tracks.size(); ++i) {
        const double lane = top * (0.95 - 0.04 * double(m_tracks[i]->slot % 3));
        for (QPointF& p : marks[i])
            p.setY(lane);
    }
    m_yAxis->setRange(0, top);
    // top is 1, 2 or 5 × 10^n: 5 or 6 ticks put the grid on round values (0, 2, 4 … or 0, 5, 10 …).
    const int leading = int(std::round(top / std::pow(10.0, std::floor(std::log10(top)))));
    // A short plot (presenter mode on a laptop) gets fewer ticks rather than elided labels.
    const double labelHeight = QFontMetricsF(m_yAxis->labelsFont()).height() * 1.6;
    const int fitting = std::max(2, int(m_chart->plotArea().height() / labelHeight) + 1);
    // Counts that keep the grid on round values: 6 or 5, else 3, else just the ends.
    const int preferred = leading == 2 ? 5 : 6;
    m_yAxis->setTickCount(fitting >= preferred ? preferred : fitting >= 3 ? 3 : 2);
    const double step = top / (m_yAxis->tickCount() - 1);
    // setLabelFormat() re-lays the chart out even when the format is the same, a step after this redraw's
    // paint: a second paint per redraw. Only when it changes.
    const QString labelFormat = step < 1 ? QStringLiteral("%.1f") : QStringLiteral("%.0f");
    if (m_yAxis->labelFormat() != labelFormat)
        m_yAxis->setLabelFormat(labelFormat);
    m_xAxis->setRange(QDateTime::fromMSecsSinceEpoch(qint64(x0)), QDateTime::fromMSecsSinceEpoch(qint64(x1)));

    std::vector<LatencyPlotItem::Line> drawn;
    for (size_t i = 0; i < m_tracks.size(); ++i) {
        Track& track = *m_tracks[i];
        // Dense: drawn solid (see kSolidAbove); the legend and the failure marks' shapes still tell it apart.
        const double points = double(lines[i].size());
        const bool solid = track.solid ? points * kStyledBelow > pixels : points * kSolidAbove > pixels;
        if (solid != track.solid) {
            track.solid = solid;
            applyLinePen(track);
        }
        track.filled = track.filled ? points * kStrokedBelow > pixels : points * kFilledAbove > pixels;
        track.lineIndex = -1;
        track.piecesDrawn = 0;
        if (isShown(track)) {
            LatencyPlotItem::Line line;
            line.pen = track.pen;
            line.dense = track.filled;
            line.pieces = track.gaps.split(lines[i]);
            std::erase_if(line.pieces, [](const QList<QPointF>& piece) { return piece.isEmpty(); });
            line.marks = std::move(marks[i]);
            line.markShape = track.failures->markerShape();
            line.markColor = track.failures->color();
            line.markBorder = track.failures->borderColor();
            line.markSize = track.failures->markerSize();
            track.piecesDrawn = int(line.pieces.size());
            track.lineIndex = int(drawn.size());
            drawn.push_back(std::move(line));
        }
    }
    m_plot->setLines(std::move(drawn), LatencyPlotItem::Range{x0, x1, top});
    m_plot->setGrid(LatencyPlotItem::Grid{m_xAxis->tickCount(), m_yAxis->tickCount(), m_gridColor});

    drawBands(x0, x1, top);
    drawMarkers(x0, x1, top);
    drawTimeCursor(x0, x1, top);

    updateStaleText(now);
    updateOutageCounter();
    // Axis labels of another width (a spike taller than the axis, another span) narrow or widen the plot
    // as the ranges are set: the columns were cut for the old width, so cut them again now (rare).
    if (int(m_chart->plotArea().width()) != pixels && !m_redrawingAgain) {
        m_redrawingAgain = true;
        m_dirty = true;
        redraw();
        m_redrawingAgain = false;
    }
}

void LatencyChartView::updateStaleText(double now)
{
    // Nothing yet, or — following the present — nothing for longer than a gap: the plot says so, so a view
    // whose data stopped never passes for a live one.
    QString message;
    const bool anySample = std::any_of(m_tracks.cbegin(), m_tracks.cend(), [](const auto& track) {
        return !track->ok.empty() || !track->failed.empty();
    });
    if (!anySample) {
        message = tr("No probe samples yet");
    } else if (m_follow) {
        double newest = -1;
        double gap = ChartGaps::shortestMs;
        for (const auto& track : m_tracks) {
            if (!isShown(*track) || track->gaps.empty())
                continue;
            newest = std::max(newest, track->gaps.lastX());
            gap = std::max(gap, track->gaps.threshold());
        }
        if (newest > 0 && now - newest > gap)
            message =
                tr("No probe results since %1")
                    .arg(QDateTime::fromMSecsSinceEpoch(qint64(newest)).toString(QStringLiteral("HH:mm:ss")));
    }
    m_emptyText->setVisible(!message.isEmpty());
    if (message.isEmpty())
        return;
    m_emptyText->setText(message);
    const QRectF plot = m_chart->plotArea();
    const QRectF text = m_emptyText->boundingRect();
    m_emptyText->setPos(plot.center() - QPointF(text.width() / 2, text.height() / 2));
}

void LatencyChartView::drawBands(double x0, double x1, double top)
{
    ChartBandLayer::View view;
    view.x0 = x0;
    view.x1 = x1;
    view.top = top;
    view.now = std::chrono::steady_clock::now();
    view.toX = [this](std::chrono::steady_clock::time_point time) { return toX(time); };
    view.visible = [this](const QString& target) {
        const Track* track = findTrack(target);
        return !track || isShown(*track);
    };
    m_bandLayer->draw(m_bands, view);
}

void LatencyChartView::drawMarkers(double x0, double x1, double top)
{
    ChartMarkerLayer::View view;
    view.x0 = x0;
    view.x1 = x1;
    view.top = top;
    view.series = m_tracks.empty() ? nullptr : m_tracks.front()->line;
    view.toX = [this](std::chrono::steady_clock::time_point time) { return toX(time); };
    m_markerLayer->draw(m_markers, view);
    const ChartMarkerLayer::Dashes dashes = m_markerLayer->dashes();
    m_plot->setDashes(LatencyPlotItem::Dashes{dashes.lines, dashes.color, dashes.dash, dashes.gap});
}

void LatencyChartView::drawTimeCursor(double x0, double x1, double top)
{
    const double x = m_timeCursor ? toX(*m_timeCursor) : 0;
    const bool shown = m_timeCursor && x >= x0 && x <= x1 && !m_tracks.empty();
    m_timeCursorLine->setVisible(shown);
    if (!shown)
        return;
    QAbstractSeries* series = m_tracks.front()->line;
    m_timeCursorLine->setLine(QLineF(m_chart->mapToPosition(QPointF(x, 0), series),
                                     m_chart->mapToPosition(QPointF(x, top), series)));
}

void LatencyChartView::updateOutageCounter()
{
    const auto now = std::chrono::steady_clock::now();
    QStringList parts;
    for (const ChartOutageBand& band : std::as_const(m_bands)) {
        // The counter is for hard outages; a degraded way in has its band's label.
        if (!band.open || band.kind != ChartOutageBand::Kind::Outage)
            continue;
        const Track* track = findTrack(band.target);
        if (track && !isShown(*track))
            continue;
        parts.append(tr("⚠ %1 outage %2").arg(band.target, seconds(now - band.start)));
    }
    const bool show = !parts.isEmpty();
    if (show) {
        m_outageCounter->setText(parts.join(QStringLiteral("   ")));
        m_outageCounter->adjustSize();
    }
    // The counter gets a strip of its own above the plot, so it never covers the samples it is about.
    const int strip = show ? m_outageCounter->height() + 8 : 0;
    if (m_chart->margins().top() != 6 + strip) {
        m_chart->setMargins(QMargins(6, 6 + strip, 6, 6));
        m_dirty = true;
    }
    if (!show) {
        m_outageCounter->hide();
        return;
    }
    const QRectF plot = m_chart->plotArea();
    const QPoint plotTop = mapFromScene(m_chart->mapToScene(QPointF(plot.center().x(), plot.top())));
    m_outageCounter->move(std::max(0, plotTop.x() - m_outageCounter->width() / 2),
                          std::max(0, plotTop.y() - m_outageCounter->height() - 6));
    m_outageCounter->show();
    m_outageCounter->raise();
}

void LatencyChartView::resizeEvent(QResizeEvent* event)
{
    QChartView::resizeEvent(event);
    if (event->size().height() != event->oldSize().height())
        applyFonts();
    m_dirty = true;
}

void LatencyChartView::wheelEvent(QWheelEvent* event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0) {
        event->ignore();
        return;
    }
    const double factor = std::pow(0.8, steps);
    const double now = nowX();
    const double maximum = std::max(kDefaultMaximumSpanMs, now - earliestX());
    const double span = std::clamp(m_spanMs * factor, kMinimumSpanMs, maximum);
    if (!m_follow) {
        // Zoom about the time under the mouse.
        const double anchor = xAt(event->position());
        const double ratio = span / m_spanMs;
        m_viewEndX = std::min(anchor + (m_viewEndX - anchor) * ratio, now);
    }
    m_spanMs = span;
    m_dirty = true;
    redraw();
    emit windowSpanChanged(windowSpan());
    event->accept();
}

void LatencyChartView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton) {
        m_dragging = true;
        m_dragMoved = false;
        m_dragStart = event->position();
        m_dragStartEndX = m_follow ? nowX() : m_viewEndX;
        setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QChartView::mousePressEvent(event);
}

void LatencyChartView::mouseMoveEvent(QMouseEvent* event)
{
    if (!m_dragging) {
        QChartView::mouseMoveEvent(event);
        return;
    }
    const double dx = event->position().x() - m_dragStart.x();
    if (!m_dragMoved && std::abs(dx) < 4)
        return;
    m_dragMoved = true;
    const double width = std::max(1.0, m_chart->plotArea().width());
    const double now = nowX();
    // Dragging right shows the past, as a map does; never beyond the present, never before the first sample.
    const double oldest = std::min(earliestX() + kMinimumSpanMs / 2, now);
    m_viewEndX = std::clamp(m_dragStartEndX - dx * m_spanMs / width, oldest, now);
    setFollowLive(false);
    m_dirty = true;
    redraw();
    event->accept();
}

void LatencyChartView::mouseReleaseEvent(QMouseEvent* event)
{
    if (m_dragging && event->button() == Qt::LeftButton) {
        m_dragging = false;
        unsetCursor();
        event->accept();
        return;
    }
    QChartView::mouseReleaseEvent(event);
}

void LatencyChartView::mouseDoubleClickEvent(QMouseEvent* event)
{
    setFollowLive(true);
    event->accept();
}

} // namespace etcddrill
