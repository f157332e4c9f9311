#include "DrillEngine.h"

#include "CommandSequencer.h"
#include "DrillDuration.h"
#include "DrillJournalFolder.h"
#include "DrillLockKeeper.h"
#include "DrillMeasurements.h"
#include "DrillPhase.h"
#include "DrillPreflight.h"
#include "DrillRecorder.h"
#include "DrillText.h"
#include "DrillVerdict.h"
#include "FaultEffect.h"
#include "FaultFactory.h"
#include "JournalWriter.h"
#include "OperatorIdentity.h"
#include "ProbeImpactRecorder.h"
#include "QuorumLossRule.h"
#include "RecoveryWatch.h"
#include "Redactor.h"
#include "RejoinRule.h"
#include "RollbackChecks.h"
#include "SurvivorChecks.h"
#include "SurvivorWriteChecks.h"
#include "journal/AbortRecord.h"
#include "journal/ClusterEventRecord.h"
#include "journal/DrillFinishedRecord.h"
#include "journal/DrillStartedRecord.h"
#include "journal/ElectionRecord.h"
#include "journal/FaultAppliedRecord.h"
#include "journal/FaultNotAppliedRecord.h"
#include "journal/FaultRestoredRecord.h"
#include "journal/GateConfirmedRecord.h"
#include "journal/GateRefusedRecord.h"
#include "journal/GateRequestedRecord.h"
#include "journal/ProbeSummaryRecord.h"
#include "journal/RollbackStartedRecord.h"
#include "journal/SnapshotRecord.h"
#include "journal/StopConditionRecord.h"
#include "journal/TargetAnsweringRecord.h"
#include "journal/TargetStoppedRecord.h"
#include "journal/VerdictRecord.h"

#include "config/Duration.h"
#include "etcd/ClusterEventDetector.h"
#include "etcd/ClusterMonitor.h"
#include "etcd/ClusterSnapshotJson.h"
#include "probe/ProbeScheduler.h"
#include "probe/SteadyClock.h"

#ifdef ETCD_DRILL_HAVE_KUBE
#include "ApiserverClient.h"
#include "KubernetesChecks.h"
#endif

#include <QDir>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTimer>

#include <algorithm>
#include <functional>

namespace etcddrill {

using std::chrono::duration_cast;
using std::chrono::milliseconds;
using Clock = std::chrono::steady_clock;

namespace {

using Phase = DrillPhase;

// When the preflight has every answer but the lock's release at the end does not come back (no member
// answers), the drill still ends: the lease expires by itself.
constexpr milliseconds kReleaseWait{3000};
// A start command that failed without refusing (a broken ssh connection, a timeout) is tried once more after
// this pause: the start commands are idempotent, and a second try often gets through a hiccup.
constexpr milliseconds kRestoreRetryPause{2000};

milliseconds since(Clock::time_point from, Clock::time_point to)
{
    return std::max(milliseconds(0), duration_cast<milliseconds>(to - from));
}

// An engine text (DrillText): a template marked with QT_TRANSLATE_NOOP("DrillText", …) and its arguments.
template <class... Args> LocalizedText tx(const char* source, const Args&... args)
{
    return DrillText::make(source, args...);
}

} // namespace

struct DrillEngine::Private
{
    DrillEngine* q = nullptr;
    DrillConfig config;
    DrillOptions options;
    const MonotonicClock* clock = nullptr;
    OperatorIdentity me;

    Phase phase = Phase::Idle;
    bool finalized = false;
    DrillSummary summary;
    DrillRecorder* recorder = nullptr;    // child of q
    CommandSequencer* commands = nullptr; // child of q

    ClusterMonitor* monitor = nullptr;
    ProbeImpactRecorder* probes = nullptr; // child of q
    DrillLockKeeper* lock = nullptr;       // child of q, from start()
    FaultEffect* effect = nullptr;         // child of q, once the target is known
    std::unique_ptr<FaultAction> action;
    CommandTransport* transport = nullptr;
    SurvivorWriteChecks* writes = nullptr; // child of q
#ifdef ETCD_DRILL_HAVE_KUBE
    std::unique_ptr<ApiserverClient> apiserver;
    KubernetesChecks* kube = nullptr;
#endif

    QTimer tickTimer;
    QTimer phaseTimer;
    std::function<void()> onPhaseTimeout;

    ClusterSnapshot last;
    bool haveSnapshot = false;
    Clock::time_point startedAt;
    Clock::time_point phaseStartedAt;

    DrillPreflight* preflight = nullptr; // child of q
    bool kubeWriteDone = false;

    // The target.
    NodeConfig target;
    quint64 targetMemberId = 0;
    bool targetWasLeader = false;
    std::optional<DrillGate> gate;

    // The fault.
    bool faultApplied = false;
    bool restoreIssued = false;
    bool restored = false;
    bool startRetried = false;
    bool abortPending = false;
    QString abortKind;
    LocalizedText abortReason;
    Clock::time_point stopIssuedAt;
    Clock::time_point restoreIssuedAt;
    std::optional<Clock::time_point> targetDownAt;
    std::optional<Clock::time_point> targetUpAt;
    quint64 memberIdAfter = 0;

    // Survivors.
    std::optional<milliseconds> election;
    QuorumLossRule quorumLoss{milliseconds(0)}; // its grace is set in the constructor

    // Recovery.
    RecoveryWatch* recoveryWatch = nullptr; // child of q
    // The recovery's result, or the rollback's: from the start command to the target back and caught up.
    std::optional<milliseconds> recovery;
    LocalizedText recoveryProblem;
    Clock::time_point recoveryDeadline; // of the rollback's verification

    Clock::time_point now() const
    {
        return clock->now();
    }

    // The one place faultApplied/restored change, so DrillEngine::faultApplied() and its signal agree.
    void setFaultState(bool applied, bool restoredNow)
    {
        const bool before = faultApplied && !restored;
        faultApplied = applied;
        restored = restoredNow;
        summary.faultApplied = applied;
        summary.restored = restoredNow;
        if (before != (applied && !restoredNow))
            emit q->faultAppliedChanged(applied && !restoredNow);
    }

    // --- bookkeeping: the recorder keeps steps, checks and notes, and writes the journal --------------
    void setStep(DrillStep::Id id, DrillStep::State state, const LocalizedText& detail = {})
    {
        recorder->setStep(id, state, detail);
    }
    DrillStep::Id currentStep() const
    {
        return recorder->currentStep();
    }
    template <class Record> void put(const Record& record)
    {
        recorder->put(record);
    }
    void sync()
    {
        recorder->sync();
    }
    void note(const LocalizedText& text)
    {
        recorder->note(text);
    }
    void addCheck(const DrillCheck& check)
    {
        recorder->addCheck(check);
    }

    void setReason(const LocalizedText& reason)
    {
        summary.reason = reason.english();
        summary.reasonText = reason;
    }

    LocalizedText summaryReason() const
    {
        return summary.reasonText.isEmpty() ? LocalizedText(summary.reason) : summary.reasonText;
    }

    static DrillCheck makeCheck(DrillStep::Id step, const LocalizedText& name, bool passed,
                                const LocalizedText& measured, const LocalizedText& expected,
                                const LocalizedText& detail = {}, bool overridable = true)
    {
        return DrillCheck::make(step, name, passed, measured, expected, detail, overridable);
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

    static QString nodeOfMember(const ClusterSnapshot& snapshot, quint64 id)
    {
        return ClusterEventDetector::nodeOrMemberId(snapshot, id);
    }

    bool stopConditionsActive() const
    {
        return faultApplied && !restoreIssued &&
               (phase == Phase::Stopping || phase == Phase::WaitStopped || phase == Phase::Survivors ||
                phase == Phase::Observing || phase == Phase::StartGate);
    }

    // --- commands: the sequencer describes, journals and runs them ---------------------------------------
    void run(const QList<PlannedCommand>& list, DrillCommand::Role role, DrillStep::Id step,
             bool stopOnFailure, CommandSequencer::Each each, CommandSequencer::Done done,
             bool forceDry = false)
    {
        commands->run(list, role, step, stopOnFailure, std::move(each), std::move(done), forceDry);
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
    void onStopDone(bool ok, const CommandResult& failure);
    void onEffectTook(Clock::time_point at, const QString& detail);
    void onEffectCleared(Clock::time_point at, quint64 memberId);
    void onTargetStopped();
    void beginSurvivors();
    void checkSurvivors(const ClusterSnapshot& snapshot);
    void onObservationDone();
    void beginStart();
    void issueRestore(DrillStep::Id step);
    void onStartDone(bool ok, const CommandResult& failure);
    void onTargetAnswering();
    void beginRecovery();
    void onRecoveryFinished();
    void goToVerdict();
    DrillMeasurements measurements() const;

    // --- stop conditions, abort, rollback ----------------------------------------------------------------
    void checkQuorum(const ClusterSnapshot& snapshot);
    void triggerStopCondition(const QString& kind, const LocalizedText& reason);
    void abort(const QString& reason);
    void beginRollback(const QString& kind, const LocalizedText& reason);
    void markInterruptedSteps(const LocalizedText& reason);
    void beginRollbackVerify();
    void checkRolledBack(const ClusterSnapshot& snapshot);
    void restoreFailed(const QString& error, DrillStep::Id step);

    // --- the end ---------------------------------------------------------------------------------------
    void finish(DrillSummary::Outcome outcome, const LocalizedText& reason);
    void finalize();
    void shutDownHelpers();
};

// ======================================================================================================
// start

void DrillEngine::Private::start()
{
    startedAt = now();
    summary.startedAt = QDateTime::currentDateTimeUtc();
    summary.cluster = config.clusterName;
    summary.configFile = config.sourceFile;
    summary.dryRun = options.dryRun;
    summary.overridePreflight = options.overridePreflight;
    summary.targetSpec = config.targetSpec();
    phase = Phase::Preflight;
    phaseStartedAt = startedAt;

    QString error;
    if (!openJournal(&error)) {
        addCheck(makeCheck(DrillStep::Id::Preflight, tx(QT_TRANSLATE_NOOP("DrillText", "journal")), false,
                           error, tx(QT_TRANSLATE_NOOP("DrillText", "a new journal folder")), {}, false));
        setStep(DrillStep::Id::Preflight, DrillStep::State::Failed, error);
        finish(DrillSummary::Outcome::PreflightFailed, error);
        return;
    }
    put(DrillStartedRecord::of(config, options.dryRun, options.overridePreflight, me));
    setStep(DrillStep::Id::Preflight, DrillStep::State::Running,
            tx(QT_TRANSLATE_NOOP("DrillText", "checking the cluster")));

    monitor = new ClusterMonitor(config, q);
    QObject::connect(monitor, &ClusterMonitor::snapshotReady, q,
                     [this](const ClusterSnapshot& s) { onSnapshot(s); });
    QObject::connect(monitor, &ClusterMonitor::clusterEvent, q,
                     [this](const ClusterEvent& e) { onClusterEvent(e); });
    for (const QString& problem : monitor->setupErrors())
        note(problem);
    writes->connectClients();

    preflight->start(summary.targetSpec);
    setUpProbes();
    startLock();
    startKubernetesChecks();
    tickTimer.start();
    monitor->start();
}

bool DrillEngine::Private::openJournal(QString* error)
{
    const QString folder =
        DrillJournalFolder::choose(config, options.journalFolder, summary.startedAt, error);
    if (folder.isEmpty() || !recorder->openJournal(folder, clock, error))
        return false;
    summary.journalFolder = recorder->journalFolder();
    QString csvError;
    if (!probes->openSampleLog(
            QDir(recorder->journalFolder()).filePath(QLatin1String(JournalWriter::kSamplesFile)), &csvError))
        note(tx(QT_TRANSLATE_NOOP("DrillText", "%1 — raw probe samples are not kept"), csvError));
    DrillJournalFolder::leavePointer(config, options.journalFolder, recorder->journalFolder(),
                                     summary.startedAt);
    return true;
}

void DrillEngine::Private::setUpProbes()
{
    QString error;
    switch (probes->start(startedAt, &error)) {
    case ProbeImpactRecorder::StartResult::Running:
        preflight->watchProbes(probes->scheduler());
        emit q->probeTargetsReady(probes->targets());
        break;
    case ProbeImpactRecorder::StartResult::BadConfiguration:
        preflight->probesUnavailable(DrillPreflight::ProbeProblem::BadConfiguration, error);
        break;
    case ProbeImpactRecorder::StartResult::NoneConfigured:
        preflight->probesUnavailable(DrillPreflight::ProbeProblem::NoneConfigured);
        break;
    case ProbeImpactRecorder::StartResult::NotRunning:
        preflight->probesUnavailable(DrillPreflight::ProbeProblem::NotRunning, error);
        break;
    }
}

void DrillEngine::Private::startLock()
{
    lock = new DrillLockKeeper(config, options.lockTtl, *recorder, q);
    QObject::connect(lock, &DrillLockKeeper::answered, q, [this](bool passed, const LocalizedText& measured) {
        preflight->lockAnswered(passed, measured);
    });
    QObject::connect(lock, &DrillLockKeeper::lateAnswer, q, [this](bool taken) {
        if (taken)
            lock->release([this] { finalize(); });
        else
            finalize();
    });
    DrillLockHolder holder;
    holder.cluster = config.clusterName;
    holder.identity = me;
    holder.startedAt = summary.startedAt;
    holder.configFile = config.sourceFile;
    holder.journalFolder = summary.journalFolder;
    lock->take(holder, options.dryRun);
}

void DrillEngine::Private::startKubernetesChecks()
{
    QString error;
#ifdef ETCD_DRILL_HAVE_KUBE
    if (!config.apiserver.isEmpty()) {
        apiserver = ApiserverClient::fromConfig(config, &error);
        if (apiserver)
            kube = new KubernetesChecks(apiserver.get(), q);
    }
    preflight->checkKubernetes(kube, error);
#else
    preflight->checkKubernetes(nullptr, error);
#endif
}

void DrillEngine::Private::onClusterEvent(const ClusterEvent& event)
{
    if (phase == Phase::Finished)
        return;
    put(ClusterEventRecord::of(event));
    emit q->clusterEvent(event);
}

void DrillEngine::Private::onSnapshot(const ClusterSnapshot& snapshot)
{
    if (phase == Phase::Finished)
        return;
    last = snapshot;
    haveSnapshot = true;
    emit q->clusterSnapshot(snapshot);
    if (stopConditionsActive())
        checkQuorum(snapshot);
    switch (phase) {
    case Phase::Preflight:
        preflight->onSnapshot(snapshot);
        break;
    case Phase::Survivors:
        checkSurvivors(snapshot);
        break;
    case Phase::Recovering:
    case Phase::Settling:
        recoveryWatch->onSnapshot(snapshot);
        break;
    case Phase::RollbackVerify:
        checkRolledBack(snapshot);
        break;
    default:
        break;
    }
}

void DrillEngine::Private::checkAbortOutage(const QString& target)
{
    if (!stopConditionsActive())
        return;
    if (const std::optional<LocalizedText> reason = probes->abortOutageExceeded(target, now()))
        triggerStopCondition(QStringLiteral("outage"), *reason);
}

void DrillEngine::Private::onTick()
{
    if (phase == Phase::Finished)
        return;
    const Clock::time_point t = now();
    DrillProgress progress;
    progress.step = currentStep();
    progress.phase = drillPhaseName(phase);
    progress.elapsed = since(phaseStartedAt, t);
    if (phase == Phase::Observing)
        progress.total = config.drill.observation;
    else if (phase == Phase::Settling)
        progress.total = config.drill.settle;
    progress.second = since(startedAt, t).count() / 1000;
    if (haveSnapshot) {
        progress.health = ClusterSnapshotJson::healthName(last.health());
        progress.healthyVoters = last.healthyVoters;
        progress.totalVoters = last.totalVoters;
        progress.leader = last.leaderId ? nodeOfMember(last, last.leaderId) : QString();
    } else {
        progress.health = QStringLiteral("unknown");
    }
    progress.writeChecks = writes->checks();
    progress.writeFailures = writes->failures();
    progress.targets = probes->takeSecond(t);
    for (const DrillProgress::Target& target : std::as_const(progress.targets)) {
        checkAbortOutage(target.name);
        if (phase == Phase::Finished)
            return;
    }
    if (!probes->isEmpty())
        put(ProbeSummaryRecord{progress});
    emit q->progress(progress);
}

// ======================================================================================================
// preflight

void DrillEngine::Private::onTargetChosen(const DrillPreflight::Target& chosen)
{
    target = chosen.node;
    targetMemberId = chosen.memberId;
    targetWasLeader = chosen.wasLeader;
    summary.targetNode = target.name;
    summary.targetMemberId = targetMemberId;
    summary.targetWasLeader = targetWasLeader;
}

void DrillEngine::Private::setUpFault(const DrillPreflight::Target& chosen)
{
    emit q->targetResolved(target.name, chosen.how);
    // A face may abort() from a directly connected slot (run --confirm naming another node): then the drill
    // has finished and nothing more may be set up or journaled.
    if (phase == Phase::Finished)
        return;

    action = FaultFactory::action(config.drill, target);
    if (action) {
        effect = FaultFactory::effect(*action, target, config.etcd).release();
        effect->setParent(q);
        QObject::connect(effect, &FaultEffect::took, q,
                         [this](Clock::time_point at, const QString& detail) { onEffectTook(at, detail); });
        QObject::connect(effect, &FaultEffect::cleared, q,
                         [this](Clock::time_point at, quint64 memberId) { onEffectCleared(at, memberId); });
    }
    QString error;
    std::unique_ptr<CommandTransport> made =
        FaultFactory::transport(config.drill, target, options.ssh, &error);
    if (made) {
        made->setParent(q);
        transport = made.release();
    }
    commands->setTransport(transport, target.name);
    preflight->checkFault(action.get(), transport, error);
}

void DrillEngine::Private::onPreflightReady()
{
    summary.preflightOverridden = preflight->overridden();
    requestGate(DrillStep::Id::StopTarget);
}

// ======================================================================================================
// the drill

void DrillEngine::Private::requestGate(DrillStep::Id step)
{
    DrillGate g;
    g.step = step;
    g.node = target.name;
    g.dryRun = options.dryRun;
    if (step == DrillStep::Id::StopTarget) {
        phase = Phase::StopGate;
        g.actionText = tx(QT_TRANSLATE_NOOP("DrillText", "stop etcd on %1")).arg(target.name);
        g.commands = commands->describeAll(action->stopCommands(), DrillCommand::Role::Stop, step);
        if (const std::optional<PlannedCommand> verify = action->verifyStoppedCommand())
            g.commands += commands->describeAll({*verify}, DrillCommand::Role::VerifyStopped, step);
    } else {
        phase = Phase::StartGate;
        g.actionText = tx(QT_TRANSLATE_NOOP("DrillText", "start etcd on %1 again")).arg(target.name);
        g.commands = commands->describeAll(action->startCommands(), DrillCommand::Role::Start, step);
    }
    g.action = g.actionText.english();
    phaseStartedAt = now();
    gate = g;
    setStep(step, DrillStep::State::WaitingForOperator, g.promptText());
    put(GateRequestedRecord{g});
    emit q->gateRequested(g);
}

bool DrillEngine::Private::confirmGate(const QString& typed)
{
    if (!gate) {
        const QString reason = tx(QT_TRANSLATE_NOOP("DrillText", "no confirmation is pending")).english();
        emit q->gateRefused(DrillGate{}, reason);
        return false;
    }
    const QString why = gate->mismatch(typed);
    if (!why.isEmpty()) {
        put(GateRefusedRecord{DrillStep::idName(gate->step), typed.trimmed().left(64), why});
        emit q->gateRefused(*gate, why);
        return false;
    }
    const DrillGate confirmed = *gate;
    gate.reset();
    put(GateConfirmedRecord{DrillStep::idName(confirmed.step), confirmed.node, me,
                            QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)});
    sync();
    emit q->gateConfirmed(confirmed);
    if (confirmed.step == DrillStep::Id::StopTarget)
        beginStop();
    else
        beginStart();
    return true;
}

void DrillEngine::Private::beginStop()
{
    phase = Phase::Stopping;
    phaseStartedAt = now();
    setStep(DrillStep::Id::StopTarget, DrillStep::State::Running,
            tx(QT_TRANSLATE_NOOP("DrillText", "stopping etcd on %1")).arg(target.name));
    journalSnapshot(QStringLiteral("before-stop"), last);
    QList<PlannedCommand> commands = action->stopCommands();
    if (options.dryRun) {
        if (const std::optional<PlannedCommand> verify = action->verifyStoppedCommand())
            commands.append(*verify);
        run(
            commands, DrillCommand::Role::Stop, DrillStep::Id::StopTarget, true, {},
            [this](bool, const CommandResult&) {
                setStep(DrillStep::Id::StopTarget, DrillStep::State::Skipped,
                        tx(QT_TRANSLATE_NOOP("DrillText", "dry run: shown, not run")));
                setStep(DrillStep::Id::VerifySurvivors, DrillStep::State::Skipped,
                        tx(QT_TRANSLATE_NOOP("DrillText", "dry run")));
                requestGate(DrillStep::Id::StartTarget);
            },
            true);
        return;
    }
    setFaultState(true, restored);
    // Recorded before the command runs: a stop command may take effect and the console die before it
    // returns; DrillRecovery restores whatever journal ends with this marker.
    put(FaultAppliedRecord{target.name, ClusterSnapshotJson::memberIdText(targetMemberId),
                           target.etcdEndpoint, action->startCommands()});
    sync();
    stopIssuedAt = now();
    probes->setPhase(ImpactPhase::DuringFault, stopIssuedAt);
    effect->watch();
    run(action->stopCommands(), DrillCommand::Role::Stop, DrillStep::Id::StopTarget, true, {},
        [this](bool ok, const CommandResult& failure) { onStopDone(ok, failure); });
}

void DrillEngine::Private::onStopDone(bool ok, const CommandResult& failure)
{
    if (phase == Phase::Finished)
        return;
    const DrillStep::Id step = DrillStep::Id::StopTarget;
    if (!ok) {
        addCheck(makeCheck(step, tx(QT_TRANSLATE_NOOP("DrillText", "stop command")), false, failure.errorText,
                           tx(QT_TRANSLATE_NOOP("DrillText", "succeeds")), {}, false));
        if (failure.refused || failure.neverRan()) {
            setFaultState(false, restored);
            put(FaultNotAppliedRecord{target.name, failure.errorText});
            sync();
            effect->stop();
            setStep(step, DrillStep::State::Failed, failure.errorText);
            finish(DrillSummary::Outcome::Aborted,
                   abortPending
                       ? abortReason
                       : tx(QT_TRANSLATE_NOOP("DrillText", "the stop command did not go through: %1"))
                             .arg(failure.errorText));
            return;
        }
        phase = Phase::WaitStopped;
        const LocalizedText why =
            tx(QT_TRANSLATE_NOOP("DrillText", "the stop command failed and may have taken effect: %1"))
                .arg(failure.errorText);
        const bool pending = abortPending;
        abortPending = false;
        beginRollback(pending ? abortKind : QStringLiteral("stop-command"),
                      pending ? tx(QT_TRANSLATE_NOOP("DrillText", "%1 (and %2)")).arg(abortReason, why)
                              : why);
        return;
    }
    phase = Phase::WaitStopped;
    if (abortPending) {
        abortPending = false;
        beginRollback(abortKind, abortReason);
        return;
    }
    if (targetDownAt) {
        onTargetStopped();
        return;
    }
    setStep(step, DrillStep::State::Running, effect->waitingToTake(config.drill.stopTimeout));
    armPhaseTimer(config.drill.stopTimeout - since(stopIssuedAt, now()), [this] {
        if (phase != Phase::WaitStopped)
            return;
        const DrillCheck check = effect->notTakenCheck(config.drill.stopTimeout);
        const LocalizedText measured = check.measuredText;
        addCheck(check);
        setStep(DrillStep::Id::StopTarget, DrillStep::State::Failed, measured);
        beginRollback(QStringLiteral("stop-timeout"),
                      tx(QT_TRANSLATE_NOOP("DrillText", "%1: the fault did not take effect"), measured));
    });
}

void DrillEngine::Private::onEffectTook(Clock::time_point at, const QString& detail)
{
    if (phase == Phase::Finished || !faultApplied || restoreIssued || targetDownAt)
        return;
    targetDownAt = std::max(at, stopIssuedAt);
    summary.stoppedAfter = since(stopIssuedAt, *targetDownAt);
    put(TargetStoppedRecord{target.name, qint64(summary.stoppedAfter->count()), detail});
    if (phase == Phase::WaitStopped)
        onTargetStopped();
}

void DrillEngine::Private::onEffectCleared(Clock::time_point at, quint64 memberId)
{
    if (phase == Phase::Finished || !restoreIssued || targetUpAt)
        return;
    targetUpAt = std::max(at, restoreIssuedAt);
    memberIdAfter = memberId;
    summary.answeredAfter = since(restoreIssuedAt, *targetUpAt);
    put(TargetAnsweringRecord{target.name, qint64(summary.answeredAfter->count()),
                              ClusterSnapshotJson::memberIdText(memberId)});
    if (phase == Phase::WaitAnswering)
        onTargetAnswering();
}

void DrillEngine::Private::onTargetStopped()
{
    phaseTimer.stop();
    const DrillStep::Id step = DrillStep::Id::StopTarget;
    addCheck(effect->tookCheck(*summary.stoppedAfter, config.drill.stopTimeout));
    auto goOn = [this] {
        if (phase != Phase::WaitStopped)
            return;
        setStep(DrillStep::Id::StopTarget, DrillStep::State::Passed,
                effect->tookStepText(*summary.stoppedAfter));
        beginSurvivors();
    };
    if (const std::optional<PlannedCommand> verify = action->verifyStoppedCommand()) {
        run(
            {*verify}, DrillCommand::Role::VerifyStopped, step, true,
            [this](const PlannedCommand& command, const CommandResult& result) {
                addCheck(makeCheck(
                    DrillStep::Id::StopTarget,
                    tx(QT_TRANSLATE_NOOP("DrillText", "fault: %1")).arg(command.purpose), result.succeeded(),
                    result.succeeded() ? tx(QT_TRANSLATE_NOOP("DrillText", "ok")) : result.errorText,
                    tx(QT_TRANSLATE_NOOP("DrillText", "passes"))));
            },
            [goOn](bool, const CommandResult&) { goOn(); });
        return;
    }
    goOn();
}

void DrillEngine::Private::beginSurvivors()
{
    phase = Phase::Survivors;
    phaseStartedAt = now();
    setStep(DrillStep::Id::VerifySurvivors, DrillStep::State::Running,
            tx(QT_TRANSLATE_NOOP("DrillText", "waiting for the survivors to agree on a leader")));
    if (haveSnapshot)
        checkSurvivors(last);
}

void DrillEngine::Private::checkSurvivors(const ClusterSnapshot& s)
{
    if (phase != Phase::Survivors || !targetDownAt)
        return;
    // Only a snapshot that already sees the target down says anything about the survivors without it.
    if (s.at <= *targetDownAt || !effect->visibleIn(s))
        return;
    if (s.leaderId == 0 || s.leaderId == targetMemberId || !s.quorumHeld)
        return;
    const DrillStep::Id step = DrillStep::Id::VerifySurvivors;
    if (targetWasLeader) {
        election = since(stopIssuedAt, s.at);
        put(ElectionRecord{target.name, nodeOfMember(s, s.leaderId), s.raftTerm, qint64(election->count())});
    }
    for (const DrillCheck& check : SurvivorChecks::of(s, election, config.drill.hypothesis.maxElection))
        addCheck(check);
    journalSnapshot(QStringLiteral("target-down"), s);
    writes->start(target.name);
    phase = Phase::Observing;
    phaseStartedAt = now();
    setStep(step, DrillStep::State::Running,
            tx(QT_TRANSLATE_NOOP("DrillText", "observing the survivors for %1"))
                .arg(Duration::format(config.drill.observation)));
    armPhaseTimer(config.drill.observation, [this] { onObservationDone(); });
}

void DrillEngine::Private::onObservationDone()
{
    if (phase != Phase::Observing)
        return;
#ifdef ETCD_DRILL_HAVE_KUBE
    // The runbook's `kubectl create` through the VIP, at the end of the window: by then the load balancer
    // has had its time to take the stopped node's apiserver out, so the write says whether the cluster
    // serves clients with one member down (the probes have measured the way there).
    if (kube && !kubeWriteDone) {
        kubeWriteDone = true;
        setStep(DrillStep::Id::VerifySurvivors, DrillStep::State::Running,
                tx(QT_TRANSLATE_NOOP("DrillText",
                                     "writing through the apiserver (create, read, delete a ConfigMap)")));
        kube->writeTest([this](const KubeCheckResult& result) {
            if (phase != Phase::Observing)
                return;
            const bool tooMany = stopConditionsActive() && writes->count(result.passed);
            addCheck(makeCheck(DrillStep::Id::VerifySurvivors, tx(DrillCheck::kKubernetesWriteName),
                               result.passed, result.measured, result.expected, result.detail));
            if (tooMany) {
                triggerStopCondition(
                    QStringLiteral("write-failures"),
                    tx(QT_TRANSLATE_NOOP("DrillText",
                                         "the write through the apiserver failed (%1 of %2 write "
                                         "checks failed, drill.hypothesis.write-failures allows "
                                         "%3): %4"))
                        .arg(writes->failures())
                        .arg(writes->checks())
                        .arg(config.drill.hypothesis.writeFailures)
                        .arg(result.measured));
                return;
            }
            onObservationDone();
        });
        return;
    }
#endif
    journalSnapshot(QStringLiteral("end-of-observation"), last);
    QList<LocalizedText> failed;
    for (const DrillCheck& check : recorder->checks()) {
        if (check.step == DrillStep::Id::VerifySurvivors && !check.passed())
            failed.append(check.nameText);
    }
    setStep(DrillStep::Id::VerifySurvivors,
            failed.isEmpty() ? DrillStep::State::Passed : DrillStep::State::Failed,
            failed.isEmpty()
                ? tx(QT_TRANSLATE_NOOP("DrillText", "observed for %1: %2 write checks, %3 failed"))
                      .arg(Duration::format(config.drill.observation))
                      .arg(writes->checks())
                      .arg(writes->failures())
                : tx(QT_TRANSLATE_NOOP("DrillText", "failed: %1"), DrillText::join(failed)));
    // The write checks go on until the restore: the target is still down while the operator decides.
    requestGate(DrillStep::Id::StartTarget);
}

void DrillEngine::Private::beginStart()
{
    setStep(DrillStep::Id::StartTarget, DrillStep::State::Running,
            tx(QT_TRANSLATE_NOOP("DrillText", "starting etcd on %1")).arg(target.name));
    if (options.dryRun) {
        phase = Phase::Starting;
        run(
            action->startCommands(), DrillCommand::Role::Start, DrillStep::Id::StartTarget, true, {},
            [this](bool, const CommandResult&) {
                setStep(DrillStep::Id::StartTarget, DrillStep::State::Skipped,
                        tx(QT_TRANSLATE_NOOP("DrillText", "dry run: shown, not run")));
                setStep(DrillStep::Id::Recovery, DrillStep::State::Skipped,
                        tx(QT_TRANSLATE_NOOP("DrillText", "dry run")));
                setStep(DrillStep::Id::Verdict, DrillStep::State::Skipped,
                        tx(QT_TRANSLATE_NOOP("DrillText", "dry run")));
                finish(DrillSummary::Outcome::DryRun, {});
            },
            true);
        return;
    }
    issueRestore(DrillStep::Id::StartTarget);
}

void DrillEngine::Private::issueRestore(DrillStep::Id step)
{
    restoreIssued = true;
    restoreIssuedAt = now();
    phaseStartedAt = restoreIssuedAt;
    probes->setPhase(ImpactPhase::AfterRestore, restoreIssuedAt);
    writes->stopRounds();
    phase = step == DrillStep::Id::Rollback ? Phase::RollingBack : Phase::Starting;
    run(action->startCommands(), DrillCommand::Role::Start, step, true, {},
        [this, step](bool ok, const CommandResult& failure) {
            if (ok || startRetried || failure.refused) {
                onStartDone(ok, failure);
                return;
            }
            // Start commands are safe to repeat; one more try gets past a dropped connection.
            startRetried = true;
            note(tx(QT_TRANSLATE_NOOP("DrillText", "the start command failed (%1); trying once more in %2"))
                     .arg(failure.errorText, DrillDuration::text(kRestoreRetryPause)));
            QTimer::singleShot(kRestoreRetryPause, q, [this, step] {
                if (phase == Phase::Finished)
                    return;
                run(action->startCommands(), DrillCommand::Role::Start, step, true, {},
                    [this](bool ok, const CommandResult& failure) { onStartDone(ok, failure); });
            });
        });
}

void DrillEngine::Private::onStartDone(bool ok, const CommandResult& failure)
{
    if (phase == Phase::Finished)
        return;
    const DrillStep::Id step =
        phase == Phase::RollingBack ? DrillStep::Id::Rollback : DrillStep::Id::StartTarget;
    if (!ok) {
        addCheck(makeCheck(step, tx(QT_TRANSLATE_NOOP("DrillText", "start command")), false,
                           failure.errorText, tx(QT_TRANSLATE_NOOP("DrillText", "succeeds")), {}, false));
        restoreFailed(failure.errorText, step);
        return;
    }
    setFaultState(faultApplied, true);
    put(FaultRestoredRecord{target.name, {}});
    sync();
    if (abortPending && phase == Phase::Starting) {
        phase = Phase::RollingBack;
        markInterruptedSteps(abortReason);
        setStep(DrillStep::Id::Rollback, DrillStep::State::Running, abortReason);
        put(RollbackStartedRecord{abortKind, abortReason, std::nullopt}); // the start command restored it
    }
    if (phase == Phase::RollingBack) {
        beginRollbackVerify();
        return;
    }
    phase = Phase::WaitAnswering;
    if (targetUpAt) {
        onTargetAnswering();
        return;
    }
    setStep(DrillStep::Id::StartTarget, DrillStep::State::Running,
            effect->waitingToClear(config.drill.startTimeout));
    armPhaseTimer(config.drill.startTimeout - since(restoreIssuedAt, now()), [this] {
        if (phase != Phase::WaitAnswering)
            return;
        const DrillCheck check = effect->notClearedCheck(config.drill.startTimeout);
        const LocalizedText measured = check.measuredText;
        addCheck(check);
        setStep(DrillStep::Id::StartTarget, DrillStep::State::Failed, measured);
        recoveryWatch->fail({target.name, targetMemberId, memberIdAfter}, measured,
                            haveSnapshot ? &last : nullptr);
    });
}

void DrillEngine::Private::onTargetAnswering()
{
    phaseTimer.stop();
    addCheck(effect->clearedCheck(*summary.answeredAfter, config.drill.startTimeout));
    setStep(DrillStep::Id::StartTarget, DrillStep::State::Passed,
            effect->clearedStepText(*summary.answeredAfter));
    beginRecovery();
}

void DrillEngine::Private::beginRecovery()
{
    phase = Phase::Recovering;
    phaseStartedAt = now();
    recoveryWatch->start({target.name, targetMemberId, memberIdAfter}, restoreIssuedAt, *targetUpAt,
                         haveSnapshot ? &last : nullptr);
}

void DrillEngine::Private::onRecoveryFinished()
{
    recovery = recoveryWatch->recovery();
    recoveryProblem = recoveryWatch->problem();
    if (const std::optional<quint64> after = recoveryWatch->memberIdAfter())
        summary.targetMemberIdAfter = *after;
    goToVerdict();
}

DrillMeasurements DrillEngine::Private::measurements() const
{
    DrillMeasurements m;
    m.outages = probes->outages();
    m.writeChecks = writes->checks();
    m.writeFailures = writes->failures();
    m.targetWasLeader = targetWasLeader;
    m.election = election;
    const bool watching = recoveryWatch->isRunning();
    m.recovery = watching ? recoveryWatch->recovery() : recovery;
    m.recoveryProblemText = watching ? recoveryWatch->problem() : recoveryProblem;
    m.recoveryProblem = m.recoveryProblemText.english();
    return m;
}

void DrillEngine::Private::goToVerdict()
{
    if (phase == Phase::Finished)
        return;
    phaseTimer.stop();
    setStep(DrillStep::Id::Verdict, DrillStep::State::Running);
    summary.measurements = measurements();
    const DrillVerdict verdict = DrillVerdict::compute(summary.measurements, config.drill.hypothesis);
    summary.verdict = verdict;
    put(VerdictRecord{verdict});
    setStep(DrillStep::Id::Verdict, verdict.passed() ? DrillStep::State::Passed : DrillStep::State::Failed,
            verdict.passed()
                ? tx(QT_TRANSLATE_NOOP("DrillText", "every hypothesis held"))
                : tx(QT_TRANSLATE_NOOP("DrillText", "failed: %1"), DrillText::join(verdict.failureTexts())));
    finish(verdict.passed() ? DrillSummary::Outcome::Passed : DrillSummary::Outcome::HypothesisFailed,
           verdict.passed() ? LocalizedText()
                            : tx(QT_TRANSLATE_NOOP("DrillText", "hypothesis failed: %1"),
                                 DrillText::join(verdict.failureTexts())));
}

// ======================================================================================================
// stop conditions, abort, rollback

void DrillEngine::Private::checkQuorum(const ClusterSnapshot& s)
{
    if (const std::optional<LocalizedText> reason = quorumLoss.add(s))
        triggerStopCondition(QStringLiteral("quorum-lost"), *reason);
}

void DrillEngine::Private::triggerStopCondition(const QString& kind, const LocalizedText& reason)
{
    if (!stopConditionsActive())
        return;
    summary.stopCondition = QStringLiteral("%1: %2").arg(kind, reason.english());
    put(StopConditionRecord{kind, reason});
    sync();
    emit q->stopConditionTriggered(reason);
    beginRollback(kind, tx(QT_TRANSLATE_NOOP("DrillText", "stop condition: %1")).arg(reason));
}

void DrillEngine::Private::abort(const QString& reason)
{
    if (phase == Phase::Idle || phase == Phase::Finished)
        return;
    const LocalizedText why =
        reason.isEmpty() ? tx(QT_TRANSLATE_NOOP("DrillText", "aborted by the operator")) : reason;
    put(AbortRecord{why.english(), me});
    sync();
    if (phase == Phase::Preflight) {
        setStep(DrillStep::Id::Preflight, DrillStep::State::Failed,
                tx(QT_TRANSLATE_NOOP("DrillText", "aborted: %1")).arg(why));
        finish(DrillSummary::Outcome::Aborted, why);
        return;
    }
    beginRollback(QStringLiteral("abort"), why);
}

void DrillEngine::Private::markInterruptedSteps(const LocalizedText& reason)
{
    const QList<DrillStep> steps = recorder->steps(); // a copy: setStep changes the recorder's
    for (const DrillStep& step : steps) {
        if (step.id == DrillStep::Id::Rollback)
            continue;
        if (step.state == DrillStep::State::Running || step.state == DrillStep::State::WaitingForOperator)
            setStep(step.id, DrillStep::State::Failed,
                    tx(QT_TRANSLATE_NOOP("DrillText", "interrupted: %1")).arg(reason));
        else if (step.state == DrillStep::State::Pending)
            setStep(step.id, DrillStep::State::Skipped, tx(QT_TRANSLATE_NOOP("DrillText", "rolled back")));
    }
}

void DrillEngine::Private::beginRollback(const QString& kind, const LocalizedText& reason)
{
    if (phase == Phase::Finished || phase == Phase::Idle)
        return;
    if (phase == Phase::RollingBack || phase == Phase::RollbackVerify || abortPending) {
        note(tx(QT_TRANSLATE_NOOP("DrillText", "already restoring %1; also: %2")).arg(target.name, reason));
        return;
    }
    if (summary.reason.isEmpty())
        setReason(reason);
    if (gate) {
        gate.reset();
    }
    writes->stopRounds();
    if (!faultApplied) {
        markInterruptedSteps(reason);
        finish(DrillSummary::Outcome::Aborted, reason);
        return;
    }
    // A running stop or start command is not cut off in the middle (a half-done mv is worse than either
    // state): its end decides what comes next.
    if (phase == Phase::Stopping || phase == Phase::Starting) {
        abortPending = true;
        abortKind = kind;
        abortReason = reason;
        note(tx(QT_TRANSLATE_NOOP("DrillText", "%1; waiting for the running %2 command to finish first"))
                 .arg(reason, phase == Phase::Stopping ? tx(QT_TRANSLATE_NOOP("DrillText", "stop"))
                                                       : tx(QT_TRANSLATE_NOOP("DrillText", "start"))));
        return;
    }
    phaseTimer.stop();
    if (recoveryWatch->isRunning()) {
        recovery = recoveryWatch->recovery();
        recoveryProblem = recoveryWatch->problem();
        recoveryWatch->cancel();
    }
    markInterruptedSteps(reason);
    setStep(DrillStep::Id::Rollback, DrillStep::State::Running,
            restored ? tx(QT_TRANSLATE_NOOP("DrillText", "verifying that %1 rejoined")).arg(target.name)
                     : tx(QT_TRANSLATE_NOOP("DrillText", "restoring %1: %2")).arg(target.name, reason));
    put(RollbackStartedRecord{kind, reason, !restored});
    // Shown, not journalled as a note: rollback-started above already says it.
    const LocalizedText rollingBack =
        restored ? tx(QT_TRANSLATE_NOOP("DrillText", "rolling back: %1; %2 was already restored"), reason,
                      target.name)
                 : tx(QT_TRANSLATE_NOOP("DrillText", "rolling back: %1; starting etcd on %2 again"), reason,
                      target.name);
    emit q->notice(rollingBack);
    if (restored) {
        phase = Phase::RollingBack;
        beginRollbackVerify();
        return;
    }
    issueRestore(DrillStep::Id::Rollback);
}

void DrillEngine::Private::beginRollbackVerify()
{
    phase = Phase::RollbackVerify;
    phaseStartedAt = now();
    recoveryDeadline = restoreIssuedAt + config.drill.startTimeout + config.drill.hypothesis.maxRecovery;
    setStep(DrillStep::Id::Rollback, DrillStep::State::Running,
            tx(QT_TRANSLATE_NOOP("DrillText", "waiting for %1 to answer and rejoin")).arg(target.name));
    armPhaseTimer(since(now(), recoveryDeadline), [this] {
        if (phase != Phase::RollbackVerify)
            return;
        const LocalizedText problem =
            recoveryProblem.isEmpty() ? tx(QT_TRANSLATE_NOOP("DrillText", "no snapshot after the restore"))
                                      : recoveryProblem;
        addCheck(RollbackChecks::notRestored(target.name, targetMemberId, problem));
        journalSnapshot(QStringLiteral("after-rollback"), last);
        setStep(DrillStep::Id::Rollback, DrillStep::State::Failed, problem);
        finish(DrillSummary::Outcome::Aborted,
               tx(QT_TRANSLATE_NOOP("DrillText", "%1; %2 did not rejoin within %3: %4"))
                   .arg(summaryReason(), target.name,
                        Duration::format(config.drill.startTimeout + config.drill.hypothesis.maxRecovery),
                        problem));
    });
    if (haveSnapshot)
        checkRolledBack(last);
}

void DrillEngine::Private::checkRolledBack(const ClusterSnapshot& s)
{
    if (phase != Phase::RollbackVerify || s.at <= restoreIssuedAt)
        return;
    const MemberStatus* t = s.endpointOf(target.name);
    const RejoinVerdict rejoin = RejoinRule::check(RejoinRule::Question::AfterRollback, s,
                                                   {target.name, targetMemberId, config.drill.maxIndexLag});
    if (!rejoin.rejoined()) {
        recoveryProblem = rejoin.text;
        return;
    }
    phaseTimer.stop();
    recovery = since(restoreIssuedAt, s.at);
    recoveryProblem = {};
    summary.targetMemberIdAfter = t->memberId;
    for (const DrillCheck& check : RollbackChecks::restored(s, target.name, targetMemberId, *recovery))
        addCheck(check);
    journalSnapshot(QStringLiteral("after-rollback"), s);
    setStep(DrillStep::Id::Rollback, DrillStep::State::Passed,
            tx(QT_TRANSLATE_NOOP("DrillText", "%1 restored and rejoined after %2"))
                .arg(target.name, DrillDuration::text(*recovery)));
    finish(DrillSummary::Outcome::Aborted, summaryReason());
}

void DrillEngine::Private::restoreFailed(const QString& error, DrillStep::Id step)
{
    summary.restoreInstructions = Redactor::redact(action->restoreInstructions());
    setStep(step, DrillStep::State::Failed, error);
    finish(DrillSummary::Outcome::RestoreFailed,
           tx(QT_TRANSLATE_NOOP("DrillText", "etcd on %1 could not be started again: %2"))
               .arg(target.name, error));
}

// ======================================================================================================
// the end

void DrillEngine::Private::finish(DrillSummary::Outcome outcome, const LocalizedText& reason)
{
    if (phase == Phase::Finished)
        return;
    phase = Phase::Finished;
    if (lock)
        lock->drillEnded();
    commands->cancel();
    gate.reset();
    phaseTimer.stop();
    preflight->cancel();
    recoveryWatch->cancel();
    writes->cancel();
    tickTimer.stop();
    if (effect)
        effect->stop();
    probes->stop();
    if (monitor)
        monitor->stop();

    summary.outcome = outcome;
    if (!reason.isEmpty())
        setReason(reason);
    if (!summary.verdict)
        summary.measurements = measurements();
    const QList<DrillStep> steps = recorder->steps(); // a copy: setStep changes the recorder's
    for (const DrillStep& step : steps) {
        if (step.state == DrillStep::State::Pending)
            setStep(step.id, DrillStep::State::Skipped, QString());
        else if (step.state == DrillStep::State::Running ||
                 step.state == DrillStep::State::WaitingForOperator)
            setStep(step.id, DrillStep::State::Failed, summaryReason());
    }
    if (faultApplied && !restored && summary.restoreInstructions.isEmpty() && action)
        summary.restoreInstructions = Redactor::redact(action->restoreInstructions());

    if (lock && (lock->isHeld() || lock->isPending())) {
        // However the release goes, the drill ends: an unreleased lock expires with its lease.
        QTimer::singleShot(kReleaseWait, q, [this] { finalize(); });
        if (lock->isHeld())
            lock->release([this] { finalize(); });
        return;
    }
    // Finished from inside a callback of the caller's start(): deliver finished() from the event loop, so
    // that a face connected after start() still gets it.
    QTimer::singleShot(0, q, [this] { finalize(); });
}

void DrillEngine::Private::finalize()
{
    if (finalized)
        return;
    finalized = true;
    summary.finishedAt = QDateTime::currentDateTimeUtc();
    summary.checks = recorder->checks();
    summary.impact = probes->summaries();
    QString summaryFile;
    if (recorder->hasJournal()) {
        summaryFile = QDir(recorder->journalFolder()).filePath(QLatin1String(JournalWriter::kSummaryFile));
        QSaveFile file(summaryFile);
        if (!file.open(QIODevice::WriteOnly) ||
            file.write(QJsonDocument(summary.toJson()).toJson(QJsonDocument::Indented)) < 0 ||
            !file.commit()) {
            note(tx(QT_TRANSLATE_NOOP("DrillText", "cannot write %1: %2"))
                     .arg(summaryFile, file.errorString()));
            summaryFile.clear();
        }
        put(DrillFinishedRecord{DrillSummary::outcomeName(summary.outcome), summaryReason(),
                                summary.headlineText(), summaryFile});
        recorder->closeJournal();
    }
    probes->closeSampleLog();
    emit q->finished(summary);
}

void DrillEngine::Private::shutDownHelpers()
{
    // Children whose callbacks capture this Private: deleted while it still exists.
    delete monitor;
    monitor = nullptr;
    probes->shutDown();
    if (lock)
        lock->shutDown();
    delete effect;
    effect = nullptr;
    delete transport;
    transport = nullptr;
    commands->setTransport(nullptr, target.name);
#ifdef ETCD_DRILL_HAVE_KUBE
    delete kube;
    kube = nullptr;
    apiserver.reset();
#endif
    writes->shutDown();
}

// ======================================================================================================
// DrillEngine

DrillEngine::DrillEngine(const DrillConfig& config, const DrillOptions& options, QObject* parent)
    : QObject(parent), d(std::make_unique<Private>())
{
    qRegisterMetaType<DrillStep>();
    qRegisterMetaType<DrillCheck>();
    qRegisterMetaType<DrillGate>();
    qRegisterMetaType<DrillCommand>();
    qRegisterMetaType<DrillProgress>();
    qRegisterMetaType<DrillSummary>();
    qRegisterMetaType<LocalizedText>();
    qRegisterMetaType<CommandResult>();
    qRegisterMetaType<OutageWindow>();
    qRegisterMetaType<ClusterSnapshot>();
    qRegisterMetaType<ClusterEvent>();
    qRegisterMetaType<ProbeSample>();
    qRegisterMetaType<QList<ProbeSample>>();
    qRegisterMetaType<QList<ProbeTarget>>();

    d->q = this;
    d->config = config;
    d->options = options;
    d->clock = options.clock ? options.clock : &SteadyClock::instance();
    d->me = OperatorIdentity::current();
    // An election longer than the hypothesis allows, plus two request deadlines for the health reads to see
    // the new leader.
    d->quorumLoss = QuorumLossRule(config.drill.hypothesis.maxElection + 2 * config.etcd.requestTimeout);
    d->recorder = new DrillRecorder(this);
    connect(d->recorder, &DrillRecorder::stepChanged, this, &DrillEngine::stepChanged);
    connect(d->recorder, &DrillRecorder::checkFinished, this, &DrillEngine::checkFinished);
    connect(d->recorder, &DrillRecorder::notice, this, &DrillEngine::notice);
    d->commands = new CommandSequencer(*d->recorder, options.dryRun, config.drill.commandTimeout, this);
    connect(d->commands, &CommandSequencer::commandStarted, this, &DrillEngine::commandStarted);
    connect(d->commands, &CommandSequencer::commandFinished, this, &DrillEngine::commandFinished);
    d->probes = new ProbeImpactRecorder(d->config, *d->clock, *d->recorder, this);
    d->recoveryWatch = new RecoveryWatch(d->config, *d->clock, *d->recorder, *d->probes, this);
    connect(d->recoveryWatch, &RecoveryWatch::settlingChanged, this, [this](bool settling) {
        d->phase = settling ? Phase::Settling : Phase::Recovering;
        d->phaseStartedAt = d->now();
    });
    connect(d->recoveryWatch, &RecoveryWatch::finished, this, [this] { d->onRecoveryFinished(); });
    connect(d->probes, &ProbeImpactRecorder::samplesAdded, this, &DrillEngine::probeSamples);
    connect(d->probes, &ProbeImpactRecorder::windowOpened, this, &DrillEngine::outageWindowOpened);
    connect(d->probes, &ProbeImpactRecorder::windowClosed, this, &DrillEngine::outageWindowClosed);
    connect(d->probes, &ProbeImpactRecorder::batchDone, this,
            [this](const QString& target) { d->checkAbortOutage(target); });
    d->preflight =
        new DrillPreflight(d->config, d->options, *d->clock, d->me, *d->recorder, *d->commands, this);
    connect(d->preflight, &DrillPreflight::targetChosen, this,
            [this](const DrillPreflight::Target& chosen) { d->onTargetChosen(chosen); });
    connect(d->preflight, &DrillPreflight::targetResolved, this,
            [this](const DrillPreflight::Target& chosen) { d->setUpFault(chosen); });
    connect(d->preflight, &DrillPreflight::ready, this, [this] { d->onPreflightReady(); });
    connect(d->preflight, &DrillPreflight::failed, this, [this](const LocalizedText& reason) {
        d->finish(DrillSummary::Outcome::PreflightFailed, reason);
    });
    d->writes = new SurvivorWriteChecks(
        d->config, options.writeCheckInterval, *d->recorder,
        [this] { return d->faultApplied && !d->restoreIssued; }, this);
    connect(d->writes, &SurvivorWriteChecks::tooManyFailures, this, [this](const LocalizedText& reason) {
        if (d->stopConditionsActive())
            d->triggerStopCondition(QStringLiteral("write-failures"), reason);
    });
    for (QTimer* timer : {&d->tickTimer, &d->phaseTimer})
        timer->setParent(this);
    d->tickTimer.setInterval(std::chrono::seconds(1));
    d->phaseTimer.setSingleShot(true);
    connect(&d->tickTimer, &QTimer::timeout, this, [this] { d->onTick(); });
    connect(&d->phaseTimer, &QTimer::timeout, this, [this] {
        if (d->onPhaseTimeout) {
            auto handler = d->onPhaseTimeout;
            handler();
        }
    });
}

DrillEngine::~DrillEngine()
{
    d->phase = Phase::Finished;
    d->commands->cancel();
    d->shutDownHelpers();
    for (QTimer* timer : {&d->tickTimer, &d->phaseTimer})
        timer->setParent(nullptr);
}

const DrillConfig& DrillEngine::config() const
{
    return d->config;
}

const DrillOptions& DrillEngine::options() const
{
    return d->options;
}

bool DrillEngine::isRunning() const
{
    return d->phase != Phase::Idle && !d->finalized;
}

bool DrillEngine::isFinished() const
{
    return d->finalized;
}

QString DrillEngine::journalFolder() const
{
    return d->summary.journalFolder;
}

QString DrillEngine::targetNode() const
{
    return d->target.name;
}

QList<DrillStep> DrillEngine::steps() const
{
    return d->recorder->steps();
}

std::optional<DrillGate> DrillEngine::pendingGate() const
{
    return d->gate;
}

const ProbeScheduler* DrillEngine::probeScheduler() const
{
    return d->probes->scheduler();
}

bool DrillEngine::faultApplied() const
{
    return d->faultApplied && !d->restored;
}

void DrillEngine::start()
{
    if (d->phase != Phase::Idle)
        return;
    d->start();
}

bool DrillEngine::confirmGate(const QString& typedNodeName)
{
    if (d->phase == Phase::Finished)
        return false;
    return d->confirmGate(typedNodeName);
}

void DrillEngine::abort(const QString& reason)
{
    d->abort(reason);
}

} // namespace etcddrill
