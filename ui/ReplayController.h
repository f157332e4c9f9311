// Drives the console's views from a recorded drill (ReportModel, rebuilt from its journal) instead of a live
// cluster: holds the model and a position t on the journal's clock and pushes what was true at t into the
// views — the topology and status line get the last snapshot at or before t and each way in's last probe
// answer and open outage; the chart holds every recorded sample, outage band and step marker, with a cursor
// line at t and the view centred there; the timeline lists the journal's rows (a click moves t there); the
// replay's steps panel lists the steps and checks up to t.
//
// Recorded times (CLOCK_MONOTONIC ms) are mapped onto this process' steady clock so that the views, which
// place steady times at wall-clock positions, show the drill at the clock times it happened.
//
// Thread: GUI thread. Owner: MainWindow (Qt parent); the views are the window's and outlive it.
#pragma once

#include "report/ReplayState.h"
#include "report/ReportModel.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <chrono>

namespace etcddrill {

class ClusterStatusLine;
class LatencyChartView;
class ReplayStepsPanel;
class TimelinePanel;
class TopologyWidget;

class ReplayController : public QObject
{
    Q_OBJECT

public:
    ReplayController(TopologyWidget* topology, LatencyChartView* chart, ClusterStatusLine* status,
                     QObject* parent = nullptr);

    // The panels of the docks while replaying (either may be null).
    void setPanels(TimelinePanel* timeline, ReplayStepsPanel* steps);
    // Feeds every recorded sample, band, marker and row to the views (which
    // presentConfig(ReportSnapshotConverter::toDrillConfig(model)) has laid out) and moves to the drill's
    // start.
    void setModel(const ReportModel& model);
    void clear();
    bool hasModel() const { return m_loaded; }
    const ReportModel& model() const { return m_model; }

    double position() const { return m_position; }
    double startMs() const { return m_model.startMonoMs; }
    double endMs() const { return m_model.endMonoMs; }
    // The snapshot the topology shows at the position: an index into model().snapshots, -1 when none.
    int snapshotIndex() const { return m_snapshotIndex; }

    std::chrono::steady_clock::time_point steadyTime(double monoMs) const;
    double monoMs(std::chrono::steady_clock::time_point time) const;
    QDateTime wallTime(double monoMs) const;

public slots:
    void setPosition(double monoMs);

signals:
    void positionChanged(double monoMs);

private:
    void feedChart();
    void feedTimeline();
    // Push what ReplayCursor found true at the position, only where it differs from what is shown.
    void showTopologyAt(const ReplayState& state);
    void selectTimelineRowAt(int row);

    QPointer<TopologyWidget> m_topology;
    QPointer<LatencyChartView> m_chart;
    QPointer<ClusterStatusLine> m_status;
    QPointer<TimelinePanel> m_timeline;
    QPointer<ReplayStepsPanel> m_steps;

    ReportModel m_model;
    bool m_loaded = false;
    double m_position = 0;
    int m_snapshotIndex = -2;           // -2: nothing shown yet
    QList<int> m_sampleIndex;           // per series: the sample the topology shows, -1 none
    QHash<QString, bool> m_outageShown; // per way in: whether the topology shows an open outage
    // The mapping of the journal's clock onto this process' clocks, taken together at setModel().
    std::chrono::steady_clock::time_point m_steadyBase;
    qint64 m_wallBaseMs = 0;
    qint64 m_startWallMs = 0;
};

} // namespace etcddrill
