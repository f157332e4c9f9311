// What the console watches while no drill runs: the cluster of one drill config (a ClusterMonitor) and every
// way into its apiserver (a ProbeScheduler with the config's ProbePlan), with the outage windows an
// ImpactTracker finds in the probe samples. The views subscribe to the signals below, which are named like
// DrillEngine's so that the same views can later be fed by a running drill instead.
//
// Thread: the object lives on its creator's thread (the GUI thread) and does nothing blocking there: the
// monitor, the probes and the tracker are created and run on a worker thread the session owns
// (LiveSessionWorker); their results arrive here through queued signals carrying value types.
// Owner: the creator (Qt parent or std::unique_ptr). Destroying it stops everything and joins the worker
// thread, which takes milliseconds: in-flight etcd calls are cancelled, not waited for.
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
#include <QPointer>
#include <QString>
#include <chrono>
#include <memory>

class QThread;

namespace etcddrill {

class LiveSessionWorker;

class LiveSession : public QObject
{
    Q_OBJECT

public:
    explicit LiveSession(const DrillConfig& config, QObject* parent = nullptr);
    ~LiveSession() override;

    const DrillConfig& config() const { return m_config; }
    bool isRunning() const;
    // When start() was called; the chart's time origin. Default-constructed before start().
    std::chrono::steady_clock::time_point startTime() const { return m_startTime; }

public slots:
    // Returns at once; the first snapshot follows within about etcd.requestTimeout.
    void start();
    // Stops polling and probing; no signal is emitted afterwards. Blocks only while the worker thread winds
    // down (cancelled calls, the probe thread joined).
    void stop();

signals:
    void probeTargetsReady(const QList<etcddrill::ProbeTarget>& targets);
    void clusterSnapshot(const etcddrill::ClusterSnapshot& snapshot);
    void clusterEvent(const etcddrill::ClusterEvent& event);
    void probeSamples(const QString& target, const QList<etcddrill::ProbeSample>& samples);
    void outageWindowOpened(const QString& target, const etcddrill::OutageWindow& window);
    void outageWindowClosed(const QString& target, const etcddrill::OutageWindow& window);
    // A way in became degraded (a share of its probes failing; DegradedPeriodDetector) or ok again.
    void degradedPeriodOpened(const QString& target, const etcddrill::DegradedPeriod& period);
    void degradedPeriodClosed(const QString& target, const etcddrill::DegradedPeriod& period);
    void monitorSetupProblem(const QString& problem);
    void probesUnavailable(const QString& reason);

private:
    DrillConfig m_config;
    std::unique_ptr<QThread> m_thread;
    QPointer<LiveSessionWorker> m_worker; // lives on m_thread; deletes itself when the thread finishes
    std::chrono::steady_clock::time_point m_startTime;
    quint64 m_generation = 0; // bumped by start() and stop(): signals of an earlier worker are dropped
};

} // namespace etcddrill
