#include "ReplayController.h"

#include "ClusterStatusLine.h"
#include "DrillTimelineModel.h"
#include "LatencyChartView.h"
#include "ReplayStepsPanel.h"
#include "TimelinePanel.h"
#include "TopologyWidget.h"

#include "probe/ProbeTextPool.h"
#include "report/ReplayCursor.h"
#include "report/ReportSnapshotConverter.h"

#include <QAbstractProxyModel>
#include <QItemSelectionModel>
#include <QTableView>

#include <algorithm>
#include <cmath>

namespace etcddrill {

using std::chrono::steady_clock;

namespace {

DrillTimelineModel::Kind timelineKind(const QString& kind)
{
    using Kind = DrillTimelineModel::Kind;
    static const QHash<QString, Kind> kinds = {
        {QStringLiteral("step"), Kind::Step},
        {QStringLiteral("check"), Kind::Check},
        {QStringLiteral("write"), Kind::Check},
        {QStringLiteral("gate"), Kind::Gate},
        {QStringLiteral("command"), Kind::Command},
        {QStringLiteral("recover"), Kind::Command},
        {QStringLiteral("cluster"), Kind::Cluster},
        {QStringLiteral("outage"), Kind::Outage},
        {QStringLiteral("stop-condition"), Kind::StopCondition},
        {QStringLiteral("rollback"), Kind::StopCondition},
        {QStringLiteral("verdict"), Kind::Verdict},
    };
    return kinds.value(kind, Kind::Notice);
}

} // namespace

ReplayController::ReplayController(TopologyWidget* topology, LatencyChartView* chart,
                                   ClusterStatusLine* status, QObject* parent)
    : QObject(parent), m_topology(topology), m_chart(chart), m_status(status)
{
}

void ReplayController::setPanels(TimelinePanel* timeline, ReplayStepsPanel* steps)
{
    if (m_timeline)
        m_timeline->disconnect(this);
    if (m_steps)
        m_steps->disconnect(this);
    m_timeline = timeline;
    m_steps = steps;
    if (timeline) {
        connect(timeline, &TimelinePanel::eventActivated, this,
                [this](steady_clock::time_point time) { setPosition(monoMs(time)); });
    }
    if (steps)
        connect(steps, &ReplayStepsPanel::momentActivated, this, &ReplayController::setPosition);
}

steady_clock::time_point ReplayController::steadyTime(double monoMs) const
{
    const double wallMs = double(m_startWallMs) + (monoMs - m_model.startMonoMs);
    const auto offset =
        std::chrono::microseconds(qint64(std::llround((wallMs - double(m_wallBaseMs)) * 1000.0)));
    return m_steadyBase + offset;
}

double ReplayController::monoMs(steady_clock::time_point time) const
{
    const double wallMs =
        double(m_wallBaseMs) + std::chrono::duration<double, std::milli>(time - m_steadyBase).count();
    return m_model.startMonoMs + (wallMs - double(m_startWallMs));
}

QDateTime ReplayController::wallTime(double monoMs) const
{
    return QDateTime::fromMSecsSinceEpoch(m_startWallMs + qint64(std::llround(monoMs - m_model.startMonoMs)));
}

void ReplayController::clear()
{
    m_model = ReportModel();
    m_loaded = false;
    m_position = 0;
    m_snapshotIndex = -2;
    m_sampleIndex.clear();
    m_outageShown.clear();
    if (m_chart)
        m_chart->setTimeCursor(std::nullopt);
}

void ReplayController::setModel(const ReportModel& model)
{
    clear();
    m_model = model;
    m_loaded = true;
    m_steadyBase = steady_clock::now();
    m_wallBaseMs = QDateTime::currentMSecsSinceEpoch();
    m_startWallMs = model.startedAt.isValid() ? model.startedAt.toMSecsSinceEpoch() : m_wallBaseMs;
    m_sampleIndex = QList<int>(model.series.size(), -1);
    feedChart();
    feedTimeline();
    if (m_steps)
        m_steps->setModel(model);
    m_position = model.startMonoMs - 1; // so that the first setPosition() pushes everything
    setPosition(model.startMonoMs);
}

void ReplayController::feedChart()
{
    if (!m_chart)
        return;
    m_chart->setFollowLive(false);
    for (const RecordedSeries& series : std::as_const(m_model.series)) {
        // The texts a sample refers to, interned once per series rather than once per sample.
        QList<quint16> textIds;
        for (const QString& text : series.texts)
            textIds.append(ProbeTextPool::intern(text));
        QList<ProbeSample> samples;
        samples.reserve(series.samples.size());
        for (const RecordedSample& recorded : series.samples) {
            ProbeSample sample;
            sample.setStart(steadyTime(recorded.monoMs));
            sample.totalUs = quint32(std::max(0.0f, recorded.totalMs) * 1000.0f);
            sample.httpStatus = recorded.httpStatus;
            sample.outcome = recorded.outcome;
            sample.backendId = textIds.value(recorded.backend);
            sample.detailId = textIds.value(recorded.detail);
            if (recorded.reusedConnection)
                sample.set(ProbeSample::ReusedConnection);
            samples.append(sample);
        }
        m_chart->addSamples(series.target, samples);
    }
    for (const ReportOutage& outage : std::as_const(m_model.outages)) {
        OutageWindow window;
        window.start = steadyTime(outage.startMonoMs);
        window.end = steadyTime(outage.endMonoMs);
        window.duration =
            std::chrono::microseconds(qint64(std::llround((outage.endMonoMs - outage.startMonoMs) * 1000.0)));
        window.failedSamples = quint64(std::max<qint64>(outage.failedSamples, 0));
        window.firstDetail = outage.firstDetail;
        // Closed even when the journal ends inside it: a replay has no present for it to grow towards.
        window.open = false;
        m_chart->outageWindowClosed(outage.target, window);
    }
    for (const ReportDegradedPeriod& p : std::as_const(m_model.degraded)) {
        DegradedPeriod period;
        period.start = steadyTime(p.startMonoMs);
        period.end = steadyTime(p.endMonoMs);
        period.probes = quint64(std::max<qint64>(p.probes, 0));
        period.failed = quint64(std::max<qint64>(p.failed, 0));
        period.failedBackends = p.failedBackends;
        period.open = false;
        m_chart->degradedPeriodClosed(p.target, period);
    }
    if (m_model.faultMonoMs) {
        m_chart->faultStarted(m_model.targetNode, steadyTime(*m_model.faultMonoMs));
        m_chart->faultEnded(steadyTime(m_model.restoreMonoMs.value_or(m_model.endMonoMs)));
    }
    for (const ReportMarker& marker : std::as_const(m_model.markers))
        m_chart->addMarker(steadyTime(marker.monoMs), marker.label);
}

void ReplayController::feedTimeline()
{
    if (!m_timeline)
        return;
    DrillTimelineModel* model = m_timeline->model();
    model->clear();
    for (const ReportTimelineRow& row : std::as_const(m_model.timeline)) {
        const QString text = row.failed ? QStringLiteral("✖ ") + row.text : row.text;
        model->addEvent(timelineKind(row.kind), text, steadyTime(row.monoMs));
    }
}

void ReplayController::setPosition(double monoMs)
{
    if (!m_loaded)
        return;
    const double clamped =
        std::clamp(monoMs, m_model.startMonoMs, std::max(m_model.startMonoMs, m_model.endMonoMs));
    if (clamped == m_position)
        return;
    m_position = clamped;
    const ReplayState state = ReplayCursor::at(m_model, clamped);
    showTopologyAt(state);
    if (m_status)
        m_status->setDrillElapsed(
            std::chrono::milliseconds(qint64(std::llround(clamped - m_model.startMonoMs))));
    if (m_chart) {
        m_chart->setTimeCursor(steadyTime(clamped));
        m_chart->centerOn(steadyTime(clamped));
    }
    if (m_steps)
        m_steps->setPosition(clamped);
    selectTimelineRowAt(state.timelineRow);
    emit positionChanged(clamped);
}

void ReplayController::showTopologyAt(const ReplayState& state)
{
    const int index = state.snapshotIndex;
    if (index != m_snapshotIndex) {
        m_snapshotIndex = index;
        if (index >= 0) {
            const ReportSnapshot& recorded = m_model.snapshots.at(index);
            ClusterSnapshot snapshot =
                ReportSnapshotConverter::toClusterSnapshot(recorded, quint64(index + 1));
            snapshot.at = steadyTime(recorded.monoMs);
            if (m_topology)
                m_topology->setSnapshot(snapshot);
            if (m_status)
                m_status->setSnapshot(snapshot);
        }
    }
    if (!m_topology)
        return;

    // Each way in and node apiserver: its last answer at or before t, pushed only when it changed.
    for (int s = 0; s < m_model.series.size(); ++s) {
        const int at = state.sampleIndex.value(s, -1);
        if (at < 0 || at == m_sampleIndex.value(s, -1))
            continue;
        m_sampleIndex[s] = at;
        const RecordedSeries& series = m_model.series.at(s);
        const RecordedSample& recorded = series.samples.at(at);
        ProbeSample sample;
        sample.setStart(steadyTime(recorded.monoMs));
        sample.totalUs = quint32(std::max(0.0f, recorded.totalMs) * 1000.0f);
        sample.httpStatus = recorded.httpStatus;
        sample.outcome = recorded.outcome;
        sample.backendId = ProbeTextPool::intern(series.text(recorded.backend));
        sample.detailId = ProbeTextPool::intern(series.text(recorded.detail));
        m_topology->addProbeSamples(series.target, {sample});
    }

    // Outages open at t, per target.
    for (auto it = state.openOutage.cbegin(); it != state.openOutage.cend(); ++it) {
        const QString& target = it.key();
        const bool isOpen = it.value() >= 0;
        if (m_outageShown.contains(target) && m_outageShown.value(target) == isOpen && !isOpen)
            continue;
        OutageWindow window;
        if (isOpen) {
            const ReportOutage& outage = m_model.outages.at(it.value());
            window.start = steadyTime(outage.startMonoMs);
            window.open = true;
            window.firstDetail = outage.firstDetail;
            m_topology->outageWindowOpened(target, window);
        } else {
            m_topology->outageWindowClosed(target, window);
        }
        m_outageShown.insert(target, isOpen);
    }
}

void ReplayController::selectTimelineRowAt(int row)
{
    if (!m_timeline)
        return;
    QTableView* view = m_timeline->view();
    if (row < 0) {
        view->clearSelection();
        return;
    }
    QModelIndex index = m_timeline->model()->index(row, 0);
    if (auto* proxy = qobject_cast<QAbstractProxyModel*>(view->model()))
        index = proxy->mapFromSource(index);
    if (!index.isValid())
        return;
    if (view->selectionModel()->currentIndex().row() == index.row() &&
        view->selectionModel()->isRowSelected(index.row()))
        return;
    view->selectionModel()->setCurrentIndex(index,
                                            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view->scrollTo(index);
}

} // namespace etcddrill
