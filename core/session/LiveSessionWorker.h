// The working half of a LiveSession: creates the ClusterMonitor, the ProbeScheduler and an ImpactTracker on
// the session's worker thread, forwards what they see as value-type signals and tells when a probe target's
// outage window opens or closes (OutageTracker over an ImpactTracker with the config's outage threshold).
//
// Thread: created on the session's owner thread and moved to the session's worker thread before begin();
// every slot runs there. Owner: LiveSession (deleted on the worker thread when that thread finishes).
#pragma once

#include "config/DrillConfig.h"
#include "etcd/ClusterEvent.h"
#include "etcd/ClusterSnapshot.h"
#include "probe/DegradedPeriod.h"
#include "probe/OutageWindow.h"
#include "probe/ProbeSample.h"
#include "probe/ProbeTarget.h"

#include <QList>
#include <QObject>
#include <QString>
#include <memory>

namespace etcddrill {

class ClusterMonitor;
class ImpactTracker;
class OutageTracker;
class ProbeScheduler;

class LiveSessionWorker : public QObject
{
    Q_OBJECT

public:
    explicit LiveSessionWorker(const DrillConfig& config);
    ~LiveSessionWorker() override;

public slots:
    // Starts the monitor, plans the probes (ProbePlan) and starts them; problems arrive as signals.
    void begin();
    // Stops and deletes the monitor and the probes, then ends the worker thread's event loop.
    void end();

signals:
    void probeTargetsReady(const QList<etcddrill::ProbeTarget>& targets);
    void clusterSnapshot(const etcddrill::ClusterSnapshot& snapshot);
    void clusterEvent(const etcddrill::ClusterEvent& event);
    void probeSamples(const QString& target, const QList<etcddrill::ProbeSample>& samples);
    void outageWindowOpened(const QString& target, const etcddrill::OutageWindow& window);
    void outageWindowClosed(const QString& target, const etcddrill::OutageWindow& window);
    void degradedPeriodOpened(const QString& target, const etcddrill::DegradedPeriod& period);
    void degradedPeriodClosed(const QString& target, const etcddrill::DegradedPeriod& period);
    void monitorSetupProblem(const QString& problem); // one per endpoint that cannot be polled
    void probesUnavailable(const QString& reason);    // the probe plan or the scheduler refused to start

private:
    void onSamples(int targetIndex, const QList<ProbeSample>& samples);
    void teardown();

    DrillConfig m_config;
    QList<ProbeTarget> m_targets;
    std::unique_ptr<ClusterMonitor> m_monitor;
    std::unique_ptr<ProbeScheduler> m_scheduler;
    std::unique_ptr<ImpactTracker> m_tracker;
    std::unique_ptr<OutageTracker> m_outages; // over m_tracker
};

} // namespace etcddrill
