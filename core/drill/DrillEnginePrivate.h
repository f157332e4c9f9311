// DrillEngine's state and the procedure's steps (the d-pointer of DrillEngine): what the drill knows while it
// runs, and one method per step of the state machine — start, preflight, the drill, stop conditions with
// abort and rollback, and the end. DrillEngine.cpp wires the parts together and holds the public API;
// DrillEnginePrivate.cpp holds the steps. Private to core/drill.
#pragma once

#include "DrillEngine.h"
#include "DrillMeasurements.h"
#include "DrillPhase.h"
#include "DrillPreflight.h"
#include "DrillRecorder.h"
#include "FaultCycle.h"
#include "OperatorIdentity.h"
#include "QuorumLossRule.h"
#include "journal/SnapshotRecord.h"

#include "etcd/ClusterSnapshot.h"

#include <QTimer>

#include <chrono>
#include <functional>
#include <optional>

namespace etcddrill {

class ClusterMonitor;
class CommandSequencer;
class DrillDataSafety;
class DrillGateKeeper;
class DrillKubernetes;
class DrillLockKeeper;
class DrillNotifications;
class ProbeImpactRecorder;
class RecoveryWatch;
class RollbackWatch;
class SurvivorWriteChecks;

struct DrillEngine::Private
{
    using Clock = std::chrono::steady_clock;
    using milliseconds = std::chrono::milliseconds;
    using Phase = DrillPhase;

    DrillEngine* q = nullptr;
    DrillConfig config;
    DrillOptions options;
    const MonotonicClock* clock = nullptr;
    OperatorIdentity me;

    Phase phase = Phase::Idle;
    bool finalized = false;
    bool notifyWaited = false;
    DrillSummary summary;
    DrillRecorder* recorder = nullptr;    // child of q
    CommandSequencer* commands = nullptr; // child of q

    ClusterMonitor* monitor = nullptr;
    ProbeImpactRecorder* probes = nullptr;       // child of q
    DrillLockKeeper* lock = nullptr;             // child of q, from start()
    DrillGateKeeper* gates = nullptr;            // child of q
    FaultCycle* fault = nullptr;                 // child of q: the fault's action, effect and transport
    SurvivorWriteChecks* writes = nullptr;       // child of q
    DrillKubernetes* kubernetes = nullptr;       // child of q
    DrillDataSafety* dataSafety = nullptr;       // child of q: the client workload and its checks
    DrillNotifications* notifications = nullptr; // child of q: the team's chat (notify:)

    QTimer tickTimer;
    QTimer phaseTimer;
    std::function<void()> onPhaseTimeout;

    ClusterSnapshot last;
    bool haveSnapshot = false;
    Clock::time_point startedAt;
    Clock::time_point phaseStartedAt;

    DrillPreflight* preflight = nullptr; // child of q

    // The target.
    NodeConfig target;
    quint64 targetMemberId = 0;
    bool targetWasLeader = false;

    // An abort or stop condition while a stop or start command runs: it rolls back once the command ends.
    bool abortPending = false;
    QString abortKind;
    LocalizedText abortReason;

    // Survivors.
    std::optional<milliseconds> election;
    QuorumLossRule quorumLoss{milliseconds(0)}; // its grace is set in the constructor

    // Recovery.
    RecoveryWatch* recoveryWatch = nullptr; // child of q
    // The recovery's result, or the rollback's: from the start command to the target back and caught up.
    std::optional<milliseconds> recovery;
    LocalizedText recoveryProblem;
    RollbackWatch* rollbackWatch = nullptr; // child of q

    Clock::time_point now() const { return clock->now(); }

    // --- bookkeeping: the recorder keeps steps, checks and notes, and writes the journal --------------
    void setStep(DrillStep::Id id, DrillStep::State state, const LocalizedText& detail = {})
    {
        recorder->setStep(id, state, detail);
    }
    template <class Record> void put(const Record& record) { recorder->put(record); }
    void note(const LocalizedText& text) { recorder->note(text); }
    void addCheck(const DrillCheck& check) { recorder->addCheck(check); }

    void setReason(const LocalizedText& reason)
    {
        summary.reason = reason.english();
        summary.reasonText = reason;
    }

    LocalizedText summaryReason() const
    {
        return summary.reasonText.isEmpty() ? LocalizedText(summary.reason) : summary.reasonText;
    }

    void journalSnapshot(const QString& label, const ClusterSnapshot& snapshot)
    {
        if (!haveSnapshot)
            return;
        put(SnapshotRecord::of(label, snapshot));
    }

    void armPhaseTimer(milliseconds after, std::function<void()> handler)
    {
        onPhaseTimeout = std::move(handler);
        phaseTimer.start(std::max(after, milliseconds(0)));
    }

    bool stopConditionsActive() const
    {
        return fault->applied() && !fault->restoreIssued() &&
               (phase == Phase::Stopping || phase == Phase::WaitStopped || phase == Phase::Survivors ||
                phase == Phase::Observing || phase == Phase::StartGate);
    }

    // --- start -----------------------------------------------------------------------------------------
    void start();
    bool openJournal(QString* error);
    void setUpProbes();
    void startLock();
    void startKubernetesChecks();
    void onSnapshot(const ClusterSnapshot& snapshot);
    void onClusterEvent(const ClusterEvent& event);
    void checkAbortOutage(const QString& target);
    void onTick();

    // --- preflight (DrillPreflight decides; the engine sets up what the drill keeps) ----------------------
    void onTargetChosen(const DrillPreflight::Target& chosen);
    void setUpFault(const DrillPreflight::Target& chosen);
    void onPreflightReady();

    // --- the drill -------------------------------------------------------------------------------------
    void requestGate(DrillStep::Id step);
    bool confirmGate(const QString& typed);
    void beginStop();
    void onStopDone(FaultCycle::StopResult result, const QString& error);
    void onTargetStopped();
    void beginSurvivors();
    void checkSurvivors(const ClusterSnapshot& snapshot);
    void onObservationDone();
    void beginStart();
    void issueRestore(DrillStep::Id step);
    void onStartDone(bool ok, const QString& error);
    void beginRecovery();
    void onRecoveryFinished();
    void concludeDataSafety(bool verify, bool toVerdict, std::function<void()> next);
    void goToVerdict();
    DrillMeasurements measurements() const;

    // --- stop conditions, abort, rollback ----------------------------------------------------------------
    void checkQuorum(const ClusterSnapshot& snapshot);
    void triggerStopCondition(const QString& kind, const LocalizedText& reason);
    void abort(const QString& reason);
    void beginRollback(const QString& kind, const LocalizedText& reason);
    void markInterruptedSteps(const LocalizedText& reason);
    void beginRollbackVerify();
    void restoreFailed(const QString& error, DrillStep::Id step);

    // --- the end ---------------------------------------------------------------------------------------
    void finish(DrillSummary::Outcome outcome, const LocalizedText& reason);
    void finalize();
    void shutDownHelpers();
};

} // namespace etcddrill
