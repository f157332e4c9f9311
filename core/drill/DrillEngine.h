// The game day as a state machine: preflight, stop the target's etcd (gate), verify the survivors with an
// observation window, start it again (gate), verify the recovery, then the verdict against the hypothesis —
// with stop conditions and an abort at any moment that restore the target automatically. Everything it does
// and sees is recorded in a journal folder (journal.jsonl, samples.csv, summary.json; see JournalWriter), so
// a report can be rebuilt from it and DrillRecovery can finish a drill whose console died.
//
// The engine keeps the phases, the stop conditions and the rollback; its parts do the rest, each a Qt child
// on its thread: DrillRecorder (steps, checks, notes, the journal), CommandSequencer (runs commands),
// DrillPreflight (the five preflight checks), DrillLockKeeper (the drill lock), ProbeImpactRecorder (probes,
// outage windows, samples.csv), DrillGateKeeper (the operator's gates), FaultCycle (the fault applied and
// removed, its commands, timeouts and FaultEffect), SurvivorWriteChecks (the writes through the survivors),
// DrillKubernetes (the apiserver's checks and write), RecoveryWatch (the recovery and its settle),
// RollbackWatch (the target back after a rollback), and the pure rules RejoinRule, QuorumLossRule,
// SurvivorChecks, RecoveryChecks and RollbackChecks.
//
// The faces drive it: `etcd-drill-cli run` and the GUI. They call start(), answer gateRequested() with
// confirmGate(typedNodeName) and may abort(reason) at any time; they present the value-type signals below.
// finished() comes exactly once per start().
//
// Thread: lives on one thread (the GUI moves it to a worker QThread before start()); everything is
// asynchronous — gRPC callbacks, QProcess, the probe scheduler's own worker thread — so no slot blocks.
// Its helpers (monitor, probes, lock, transport) are created on the engine's thread as its Qt children.
// Signals carry value types and are meant for queued connections. Owner: the face (Qt parent or
// std::unique_ptr); destroying it mid-drill kills running commands and does NOT restore the target — abort()
// and wait for finished() first, or leave it to DrillRecovery.
#pragma once

#include "CommandResult.h"
#include "DrillCheck.h"
#include "DrillCommand.h"
#include "DrillGate.h"
#include "DrillOptions.h"
#include "DrillProgress.h"
#include "DrillStep.h"
#include "DrillSummary.h"

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
#include <optional>

namespace etcddrill {

class DrillNotifications;

class ProbeScheduler;

class DrillEngine : public QObject
{
    Q_OBJECT

public:
    explicit DrillEngine(const DrillConfig& config, const DrillOptions& options = {},
                         QObject* parent = nullptr);
    ~DrillEngine() override;

    const DrillConfig& config() const;
    const DrillOptions& options() const;
    bool isRunning() const; // between start() and finished()
    bool isFinished() const;
    QString journalFolder() const;  // empty until start() made it
    QString targetNode() const;     // the resolved target, empty until the preflight resolved it
    QList<DrillStep> steps() const; // every step in procedure order with its current state
    std::optional<DrillGate> pendingGate() const;
    // The running probes (samples, targets), null before start() and when no probe target is configured.
    const ProbeScheduler* probeScheduler() const;
    // Whether the target's etcd may be stopped right now (a stop command started, no restore succeeded).
    bool faultApplied() const;

public slots:
    void start();
    // True when `typedNodeName` confirms the pending gate; otherwise gateRefused() says why and the gate
    // stays open.
    bool confirmGate(const QString& typedNodeName);
    // Ends the drill as soon as it is safe: before the stop, at once; once the stop command has started, the
    // target is restored (no gate) and its recovery verified first. A second abort while rolling back only
    // gets noted.
    void abort(const QString& reason);
    // The team's chat (notify:): pending() and drained() tell a face that exits after finished() when the
    // last messages are out. Never null.
    DrillNotifications* notifications() const;

signals:
    void stepChanged(const etcddrill::DrillStep& step);
    void checkFinished(const etcddrill::DrillCheck& check);
    void targetResolved(const QString& node, const QString& how); // how: "configured", "leader", "follower"
    void gateRequested(const etcddrill::DrillGate& gate);
    void gateRefused(const etcddrill::DrillGate& gate, const QString& reason);
    void gateConfirmed(const etcddrill::DrillGate& gate);
    void commandStarted(const etcddrill::DrillCommand& command);
    void commandFinished(const etcddrill::DrillCommand& command, const etcddrill::CommandResult& result);
    void clusterSnapshot(const etcddrill::ClusterSnapshot& snapshot);
    void clusterEvent(const etcddrill::ClusterEvent& event);
    // The probe targets, once the probes run (as LiveSession's signal of the same name).
    void probeTargetsReady(const QList<etcddrill::ProbeTarget>& targets);
    void probeSamples(const QString& target, const QList<etcddrill::ProbeSample>& samples);
    void outageWindowOpened(const QString& target, const etcddrill::OutageWindow& window);
    void outageWindowClosed(const QString& target, const etcddrill::OutageWindow& window);
    // A probe target's state: degraded (a share of its probes failing over a window; the period so far) and
    // no longer (the whole period). What a face shows instead of every outage window of a partial outage.
    void degradedPeriodOpened(const QString& target, const etcddrill::DegradedPeriod& period);
    void degradedPeriodClosed(const QString& target, const etcddrill::DegradedPeriod& period);
    void progress(const etcddrill::DrillProgress& progress); // once a second
    // A stop condition fired; the drill rolls back. A text a face translates (LocalizedText::translated()).
    void stopConditionTriggered(const etcddrill::LocalizedText& reason);
    // Anything else an operator should read (lock taken, waiting for …), as a text a face translates.
    void notice(const etcddrill::LocalizedText& text);
    // faultApplied() changed: true once the stop command started, false once a restore succeeded (or a
    // stop that failed left the target running). The faces show "target stopped" from this, not from
    // command signals.
    void faultAppliedChanged(bool applied);
    void finished(const etcddrill::DrillSummary& summary);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace etcddrill
