// The latency of every way into the apiserver over time (Qt Charts): one line per probe target (total
// milliseconds of the probes that answered), failed probes as marks shaped per target, outage windows and
// degraded periods as hatched bands (ChartBandLayer; an open one grows live), drill step boundaries as
// labelled vertical lines, and — while an outage window is open — its duration counting up in large text.
//
// Shows a rolling window (1, 5 or 15 minutes, or any span by the mouse wheel) that follows the present, or
// any part of the whole history when the operator drags it (which stops following; double-click or
// setFollowLive(true) resumes). A gap in a target's data breaks its line (ChartGaps) instead of bridging it,
// and a view whose data stopped says since when. Redraws are batched (10 per second, never per sample) and
// each line is thinned to a min/max pair per two pixel columns (MinMaxDownsampler), so hours of samples draw
// as fast as minutes and no single failure or spike disappears. A dense line is drawn solid whatever its
// style (a dash pattern cannot be seen on a min/max zigzag and costs most of a frame to stroke); sparse lines
// keep theirs. Qt Charts draws the axes, grid, legend and bands; the lines and failure marks are drawn by
// one item of our own (LatencyPlotItem), which a change of the axes' ranges costs nothing, and the view is
// repainted whole on each redraw (a region of many rectangles made the raster engine clip every span).
//
// Thread: GUI thread. Owner: ChartPanel (Qt parent). Feed it from LiveSession or DrillEngine signals.
#pragma once

#include "ChartMarker.h"
#include "ChartOutageBand.h"
#include "ConsoleColors.h"
#include "probe/DegradedPeriod.h"
#include "probe/OutageWindow.h"
#include "probe/ProbeSample.h"

#include <QChartView>
#include <QColor>
#include <QDateTime>
#include <QList>
#include <QPointF>
#include <QStringList>
#include <QTimer>
#include <chrono>
#include <memory>
#include <optional>
#include <vector>

class QLabel;
class QGraphicsSimpleTextItem;
class QGraphicsLineItem;
class QAreaSeries;
class QDateTimeAxis;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace etcddrill {

class ChartBandLayer;
class ChartMarkerLayer;
class LatencyPlotItem;

class LatencyChartView : public QChartView
{
    Q_OBJECT

public:
    static constexpr int redrawIntervalMs = 100;

    explicit LatencyChartView(QWidget* parent = nullptr);
    ~LatencyChartView() override;

    // Which targets are a node's own apiserver ("<node>-apiserver"): drawn dotted and hidden unless
    // setShowNodeApiservers(true).
    void setNodeNames(const QStringList& nodeNames);

    // Reading the chart in model terms (tests, the report).
    QStringList targets() const;
    qsizetype sampleCount(const QString& target) const; // answered + failed, skipped slots excluded
    qsizetype failureCount(const QString& target) const;
    QList<ChartOutageBand> outageBands() const;
    QList<ChartMarker> markers() const { return m_markers; }
    const ChartMarkerLayer& markerLayer() const { return *m_markerLayer; }
    // How many separate pieces the target's line is drawn in: a gap in its data (no probe result for
    // longer than a few of its intervals) breaks the line instead of bridging it.
    int lineSegmentCount(const QString& target) const;
    // The pieces of the target's line as drawn (the chart's x values, milliseconds); none while hidden.
    std::vector<QList<QPointF>> linePieces(const QString& target) const;
    // Its failure marks as drawn (one per pixel column that holds any), same values; none while hidden.
    QList<QPointF> failureMarks(const QString& target) const;
    const LatencyPlotItem& plotItem() const { return *m_plot; }
    // Empty unless the newest probe result is older than a gap while following the present: then the plot
    // says since when nothing arrived ("No probe results since 12:03:04").
    QString staleText() const;
    QString outageCounterText() const; // empty when no window is open
    bool followLive() const { return m_follow; }
    std::chrono::milliseconds windowSpan() const;
    bool showNodeApiservers() const { return m_showNodes; }
    QDateTime visibleStart() const;
    QDateTime visibleEnd() const;
    // The replay's "now": a solid vertical line across the plot; nullopt hides it.
    std::optional<std::chrono::steady_clock::time_point> timeCursor() const { return m_timeCursor; }

public slots:
    void addSamples(const QString& target, const QList<etcddrill::ProbeSample>& samples);
    void outageWindowOpened(const QString& target, const etcddrill::OutageWindow& window);
    void outageWindowClosed(const QString& target, const etcddrill::OutageWindow& window);
    // A degraded period: one amber band with its share, into which the target's outage windows fold.
    void degradedPeriodOpened(const QString& target, const etcddrill::DegradedPeriod& period);
    void degradedPeriodClosed(const QString& target, const etcddrill::DegradedPeriod& period);
    // The share failing of the target's open degraded period (the drill's per-second figures).
    void setDegradedShare(const QString& target, double share);
    // The drill stopped `node` at `start` (until faultEnded()): one tinted band with one label, behind the
    // lines; the replay gives both ends at once.
    void faultStarted(const QString& node, std::chrono::steady_clock::time_point start);
    void faultEnded(std::chrono::steady_clock::time_point end);
    // A step boundary; the drill engine's face calls it on each DrillStep change.
    void addMarker(std::chrono::steady_clock::time_point time, const QString& label);
    // Stops following live and shows the current span with `time` in its middle (a timeline event clicked).
    void centerOn(std::chrono::steady_clock::time_point time);
    void setTimeCursor(std::optional<std::chrono::steady_clock::time_point> time);
    // Forgets every sample, window and marker; time starts again now.
    void clear();

    void setWindowSpan(std::chrono::milliseconds span);
    void setFollowLive(bool follow);
    void setShowNodeApiservers(bool show);
    void setColors(const etcddrill::ConsoleColors& colors);
    // Draws what arrived so far at once instead of at the next batched redraw.
    void refreshNow();

signals:
    void followLiveChanged(bool follow);
    void windowSpanChanged(std::chrono::milliseconds span);

protected:
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    struct Track;

    Track& trackFor(const QString& target);
    bool isShown(const Track& track) const;
    const Track* findTrack(const QString& target) const;
    double toX(std::chrono::steady_clock::time_point time) const;
    double nowX() const;
    double xAt(const QPointF& viewPosition) const;
    double earliestX() const;
    void styleTrack(Track& track);
    void applyLinePen(Track& track);
    void applyFonts();
    void retranslateUi();
    void redraw();
    void drawBands(double x0, double x1, double top);
    void drawMarkers(double x0, double x1, double top);
    void drawLines(Track& track, const QList<QPointF>& points);
    void updateStaleText(double now);
    void drawTimeCursor(double x0, double x1, double top);
    void updateOutageCounter();

    QChart* m_chart;
    QDateTimeAxis* m_xAxis;
    QValueAxis* m_yAxis;
    std::vector<std::unique_ptr<Track>> m_tracks;
    QList<ChartOutageBand> m_bands; // every window and degraded period reported, oldest first
    std::unique_ptr<ChartBandLayer> m_bandLayer;
    QList<ChartMarker> m_markers;
    std::unique_ptr<ChartMarkerLayer> m_markerLayer;
    LatencyPlotItem* m_plot; // the lines and failure marks; owned by the chart
    std::optional<std::chrono::steady_clock::time_point> m_timeCursor;
    QGraphicsLineItem* m_timeCursorLine = nullptr;
    QStringList m_nodeNames;
    ConsoleColors m_colors = ConsoleColors::make(false, false);
    QColor m_gridColor;
    QLabel* m_outageCounter;
    QGraphicsSimpleTextItem* m_emptyText;
    QTimer m_redrawTimer;
    bool m_dirty = true;
    bool m_redrawingAgain = false; // redraw() runs a second time when the plot's width changed under it

    // Time: x values are wall-clock milliseconds since the epoch (the axis shows clock times); samples carry
    // steady-clock times, mapped through this pair of "now"s taken together.
    std::chrono::steady_clock::time_point m_steadyOrigin;
    qint64 m_wallOriginMs = 0;

    double m_spanMs = 5 * 60 * 1000.0;
    double m_viewEndX = 0; // right edge when not following
    bool m_follow = true;
    bool m_showNodes = false;
    bool m_dragging = false;
    bool m_dragMoved = false;
    QPointF m_dragStart;
    double m_dragStartEndX = 0;
};

} // namespace etcddrill
