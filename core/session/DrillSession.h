// One drill run for a face that must not block (the console's Drill ▸ Prepare / Start): the DrillEngine of a
// drill config on a worker thread of its own, its value-type signals forwarded here, and the face's answers
// (start, confirmGate, abort) passed to it as queued calls — the engine never runs on, and is never called
// directly from, the face's thread. The signals are named like DrillEngine's (and, for the cluster and probe
// data, like LiveSession's), so ConsoleFeed connects either to the same views.
//
// Thread: the object lives on its creator's thread (the GUI thread); the engine is created here, moved to
// the worker thread before anything runs and lives there until the end. Every signal below arrives on the
// creator's thread (queued). Owner: the creator (Qt parent or std::unique_ptr). Destroying it returns at
// once: nothing is waited for on the creator's thread. The engine is deleted on its own thread (its gRPC
// callbacks, processes and timers belong there), that thread's loop then quits and the QThread deletes itself
// once it has finished; no signal of this session is delivered after its destruction. Only the application
// object's destructor (after the last window) joins an engine thread still winding down, so that the process
// does not exit under it. As with DrillEngine, destroying it mid-drill kills running commands and does NOT
// restore the target: abort() and wait for finished() first, or leave it to DrillRecovery.
#pragma once

#include "config/DrillConfig.h"
#include "drill/CommandResult.h"
#include "drill/DrillCheck.h"
#include "drill/DrillCommand.h"
#include "drill/DrillGate.h"
#include "drill/DrillOptions.h"
#include "drill/DrillProgress.h"
#include "drill/DrillStep.h"
#include "drill/DrillSummary.h"
#include "etcd/ClusterEvent.h"
#include "etcd/ClusterSnapshot.h"
#include "i18n/LocalizedText.h"
#include "probe/DegradedPeriod.h"
#include "probe/OutageWindow.h"
#include "probe/ProbeSample.h"
#include "probe/ProbeTarget.h"

#include <QList>
#include <QObject>
#include <QString>

class QThread;

namespace etcddrill {

class DrillEngine;

class DrillSession : public QObject
{
    Q_OBJECT

public:
    explicit DrillSession(const DrillConfig& config, const DrillOptions& options = {},
                          QObject* parent = nullptr);
    ~DrillSession() override;

    const DrillConfig& config() const { return m_config; }
    // Every step in procedure order as the engine listed them before start() (DrillEngine::steps()); what
    // changes afterwards comes through stepChanged().
    QList<DrillStep> steps() const { return m_steps; }
    bool isStarted() const { return m_started; }
    bool isFinished() const { return m_finished; } // finished() was emitted
    // The engine's thread, for tests: a QPointer to it turns null once the session is gone, the engine
    // deleted on that thread and the thread ended.
    QThread* workerThread() const { return m_thread; }

public slots:
    // Each returns at once; the engine answers through the signals below. start() only once.
    void start();
    // gateConfirmed() or gateRefused() answers.
    void confirmGate(const QString& typedNodeName);
    void abort(const QString& reason);

signals:
    // DrillEngine's, forwarded unchanged (see DrillEngine.h).
    void stepChanged(const etcddrill::DrillStep& step);
    void checkFinished(const etcddrill::DrillCheck& check);
    void targetResolved(const QString& node, const QString& how);
    void gateRequested(const etcddrill::DrillGate& gate);
    void gateRefused(const etcddrill::DrillGate& gate, const QString& reason);
    void gateConfirmed(const etcddrill::DrillGate& gate);
    void commandStarted(const etcddrill::DrillCommand& command);
    void commandFinished(const etcddrill::DrillCommand& command, const etcddrill::CommandResult& result);
    void clusterSnapshot(const etcddrill::ClusterSnapshot& snapshot);
    void clusterEvent(const etcddrill::ClusterEvent& event);
    void probeTargetsReady(const QList<etcddrill::ProbeTarget>& targets);
    void probeSamples(const QString& target, const QList<etcddrill::ProbeSample>& samples);
    void outageWindowOpened(const QString& target, const etcddrill::OutageWindow& window);
    void outageWindowClosed(const QString& target, const etcddrill::OutageWindow& window);
    void degradedPeriodOpened(const QString& target, const etcddrill::DegradedPeriod& period);
    void degradedPeriodClosed(const QString& target, const etcddrill::DegradedPeriod& period);
    void progress(const etcddrill::DrillProgress& progress);
    void stopConditionTriggered(const etcddrill::LocalizedText& reason);
    void notice(const etcddrill::LocalizedText& text);
    void faultAppliedChanged(bool applied);
    // Exactly once per start(), as the engine's.
    void finished(const etcddrill::DrillSummary& summary);

private:
    void forwardSignals();

    DrillConfig m_config;
    QList<DrillStep> m_steps;
    // Both live on their own: the engine is deleted on its thread by ~DrillSession (deleteLater), the thread
    // deletes itself once it has finished. Neither is touched here after ~DrillSession began.
    DrillEngine* m_engine = nullptr;
    QThread* m_thread = nullptr;
    bool m_started = false;
    bool m_finished = false;
};

} // namespace etcddrill
