#include "DrillEnginePrivate.h"

#include "CommandSequencer.h"
#include "DrillDataSafety.h"
#include "DrillGateKeeper.h"
#include "DrillJournalFolder.h"
#include "DrillKubernetes.h"
#include "DrillLockKeeper.h"
#include "DrillMeasurements.h"
#include "DrillMetaTypes.h"
#include "DrillNotifications.h"
#include "DrillPhase.h"
#include "DrillPreflight.h"
#include "DrillRecorder.h"
#include "DrillText.h"
#include "DrillVerdict.h"
#include "FaultCycle.h"
#include "FaultEffect.h"
#include "JournalWriter.h"
#include "OperatorIdentity.h"
#include "ProbeImpactRecorder.h"
#include "QuorumLossRule.h"
#include "RecoveryWatch.h"
#include "Redactor.h"
#include "RollbackWatch.h"
#include "SurvivorChecks.h"
#include "SurvivorWriteChecks.h"
#include "journal/AbortRecord.h"
#include "journal/ClusterEventRecord.h"
#include "journal/DrillFinishedRecord.h"
#include "journal/DrillStartedRecord.h"
#include "journal/ElectionRecord.h"
#include "journal/ProbeSummaryRecord.h"
#include "journal/RollbackStartedRecord.h"
#include "journal/SnapshotRecord.h"
#include "journal/StopConditionRecord.h"
#include "journal/VerdictRecord.h"

#include "config/Duration.h"
#include "etcd/ClusterEventDetector.h"
#include "etcd/ClusterMonitor.h"
#include "probe/ProbeScheduler.h"
#include "probe/SteadyClock.h"

#include <QDir>
#include <QFileInfo>
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
// How long the end of a drill waits for its last notifications (the verdict) before the journal closes.
constexpr milliseconds kNotifyGrace{2000};
// The client workload runs at least this long before the stop command, so that its "before" figures are a
// baseline even when the gate is confirmed at once (run --confirm).
constexpr milliseconds kWorkloadWarmUp{2000};

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
        addCheck(DrillCheck::make(DrillStep::Id::Preflight, tx(QT_TRANSLATE_NOOP("DrillText", "journal")),
                                  false, error, tx(QT_TRANSLATE_NOOP("DrillText", "a new journal folder")),
                                  {}, false));
        setStep(DrillStep::Id::Preflight, DrillStep::State::Failed, error);
        finish(DrillSummary::Outcome::PreflightFailed, error);
        return;
    }
    put(DrillStartedRecord::of(config, options.dryRun, options.overridePreflight, me));
    notifications->started(recorder->journalFolder(), options.dryRun);
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
    const ProbeImpactRecorder::StartResult result = probes->start(startedAt, &error);
    preflight->probesStarted(result, error, probes->scheduler());
    if (result == ProbeImpactRecorder::StartResult::Running)
        emit q->probeTargetsReady(probes->targets());
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
    kubernetes = new DrillKubernetes(config, q);
    preflight->checkKubernetes(kubernetes->checks(), kubernetes->error());
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
        rollbackWatch->onSnapshot(snapshot);
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
    else if (const std::optional<LocalizedText> rate = probes->abortErrorRateExceeded(target, now()))
        triggerStopCondition(QStringLiteral("error-rate"), *rate);
}

void DrillEngine::Private::onTick()
{
    if (phase == Phase::Finished)
        return;
    const Clock::time_point t = now();
    DrillProgress progress;
    progress.step = recorder->currentStep();
    progress.phase = drillPhaseName(phase);
    progress.elapsed = since(phaseStartedAt, t);
    if (phase == Phase::Observing)
        progress.total = config.drill.observation;
    else if (phase == Phase::Settling)
        progress.total = config.drill.settle;
    progress.second = since(startedAt, t).count() / 1000;
    progress.setCluster(haveSnapshot ? &last : nullptr);
    progress.writeChecks = writes->checks();
    progress.writeFailures = writes->failures();
    if (dataSafety->started()) {
        const DrillDataSafety::Live live = dataSafety->live();
        progress.workload = DrillProgress::Workload{live.puts,    live.acknowledged, live.failed,
                                                    live.unknown, live.watchEvents,  live.watchOpens};
    }
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
    QString error;
    fault->setUp(target, targetMemberId, options.ssh, &error);
    preflight->checkFault(fault->action(), fault->transport(), error);
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
    phase = step == DrillStep::Id::StopTarget ? Phase::StopGate : Phase::StartGate;
    phaseStartedAt = now();
    gates->request(step, target.name, *fault->action());
}

bool DrillEngine::Private::confirmGate(const QString& typed)
{
    const std::optional<DrillGate> confirmed = gates->confirm(typed);
    if (!confirmed)
        return false;
    if (confirmed->step == DrillStep::Id::StopTarget) {
        // The workload starts once the operator said go, not while the gate waits (keys would pile up for
        // as long as it stays open), and runs a little before the stop so its figures have a baseline. A dry
        // run changes nothing, so it puts nothing either.
        if (options.dryRun || !dataSafety->enabled()) {
            beginStop();
            return true;
        }
        // The journal folder's own name (also with a trailing slash): `recover` derives the same prefix.
        dataSafety->start(QFileInfo(QDir::cleanPath(recorder->journalFolder())).fileName(), target.name);
        setStep(
            DrillStep::Id::StopTarget, DrillStep::State::Running,
            tx(QT_TRANSLATE_NOOP("DrillText", "the client workload runs %1 before the stop, for a baseline"))
                .arg(Duration::format(kWorkloadWarmUp)));
        QTimer::singleShot(kWorkloadWarmUp, q, [this] {
            if (phase == Phase::StopGate) // not aborted meanwhile
                beginStop();
        });
    } else {
        beginStart();
    }
    return true;
}

void DrillEngine::Private::beginStop()
{
    phase = Phase::Stopping;
    phaseStartedAt = now();
    setStep(DrillStep::Id::StopTarget, DrillStep::State::Running,
            tx(QT_TRANSLATE_NOOP("DrillText", "stopping etcd on %1")).arg(target.name));
    journalSnapshot(QStringLiteral("before-stop"), last);
    if (options.dryRun) {
        fault->show(DrillStep::Id::StopTarget, [this] {
            setStep(DrillStep::Id::VerifySurvivors, DrillStep::State::Skipped,
                    tx(QT_TRANSLATE_NOOP("DrillText", "dry run")));
            requestGate(DrillStep::Id::StartTarget);
        });
        return;
    }
    fault->apply();
    probes->setPhase(ImpactPhase::DuringFault, fault->stopIssuedAt());
}

void DrillEngine::Private::onStopDone(FaultCycle::StopResult result, const QString& error)
{
    if (phase == Phase::Finished)
        return;
    if (result == FaultCycle::StopResult::NotApplied) {
        setStep(DrillStep::Id::StopTarget, DrillStep::State::Failed, error);
        finish(
            DrillSummary::Outcome::Aborted,
            abortPending
                ? abortReason
                : tx(QT_TRANSLATE_NOOP("DrillText", "the stop command did not go through: %1")).arg(error));
        return;
    }
    phase = Phase::WaitStopped;
    if (result == FaultCycle::StopResult::Failed) {
        const LocalizedText why =
            tx(QT_TRANSLATE_NOOP("DrillText", "the stop command failed and may have taken effect: %1"))
                .arg(error);
        const bool pending = abortPending;
        abortPending = false;
        beginRollback(pending ? abortKind : QStringLiteral("stop-command"),
                      pending ? tx(QT_TRANSLATE_NOOP("DrillText", "%1 (and %2)")).arg(abortReason, why)
                              : why);
        return;
    }
    if (abortPending) {
        abortPending = false;
        beginRollback(abortKind, abortReason);
        return;
    }
    fault->awaitTook();
}

void DrillEngine::Private::onTargetStopped()
{
    if (phase != Phase::WaitStopped)
        return;
    setStep(DrillStep::Id::StopTarget, DrillStep::State::Passed,
            fault->effect()->tookStepText(*fault->stoppedAfter()));
    beginSurvivors();
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
    if (phase != Phase::Survivors || !fault->downAt())
        return;
    // Only a snapshot that already sees the target down says anything about the survivors without it.
    if (s.at <= *fault->downAt() || !fault->effect()->visibleIn(s))
        return;
    if (s.leaderId == 0 || s.leaderId == targetMemberId || !s.quorumHeld)
        return;
    const DrillStep::Id step = DrillStep::Id::VerifySurvivors;
    if (targetWasLeader) {
        election = since(fault->stopIssuedAt(), s.at);
        put(ElectionRecord{target.name, ClusterEventDetector::nodeOrMemberId(s, s.leaderId), s.raftTerm,
                           qint64(election->count())});
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
    if (kubernetes->writePending()) {
        setStep(DrillStep::Id::VerifySurvivors, DrillStep::State::Running,
                tx(QT_TRANSLATE_NOOP("DrillText",
                                     "writing through the apiserver (create, read, delete a ConfigMap)")));
        kubernetes->write([this](const DrillCheck& check) {
            if (phase != Phase::Observing)
                return;
            const bool tooMany = stopConditionsActive() && writes->count(check.passed());
            addCheck(check);
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
                        .arg(check.measuredText));
                return;
            }
            onObservationDone();
        });
        return;
    }
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
        fault->show(DrillStep::Id::StartTarget, [this] {
            setStep(DrillStep::Id::Recovery, DrillStep::State::Skipped,
                    tx(QT_TRANSLATE_NOOP("DrillText", "dry run")));
            setStep(DrillStep::Id::Verdict, DrillStep::State::Skipped,
                    tx(QT_TRANSLATE_NOOP("DrillText", "dry run")));
            finish(DrillSummary::Outcome::DryRun, {});
        });
        return;
    }
    issueRestore(DrillStep::Id::StartTarget);
}

void DrillEngine::Private::issueRestore(DrillStep::Id step)
{
    phase = step == DrillStep::Id::Rollback ? Phase::RollingBack : Phase::Starting;
    fault->remove(step);
    phaseStartedAt = fault->restoreIssuedAt();
    probes->setPhase(ImpactPhase::AfterRestore, phaseStartedAt);
    writes->stopRounds();
}

void DrillEngine::Private::onStartDone(bool ok, const QString& error)
{
    if (phase == Phase::Finished)
        return;
    if (!ok) {
        restoreFailed(error,
                      phase == Phase::RollingBack ? DrillStep::Id::Rollback : DrillStep::Id::StartTarget);
        return;
    }
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
    fault->awaitCleared();
}

void DrillEngine::Private::beginRecovery()
{
    phase = Phase::Recovering;
    phaseStartedAt = now();
    recoveryWatch->start({target.name, targetMemberId, fault->memberIdAfter()}, fault->restoreIssuedAt(),
                         *fault->upAt(), haveSnapshot ? &last : nullptr);
}

void DrillEngine::Private::onRecoveryFinished()
{
    recovery = recoveryWatch->recovery();
    recoveryProblem = recoveryWatch->problem();
    if (const std::optional<quint64> after = recoveryWatch->memberIdAfter())
        summary.targetMemberIdAfter = *after;
    if (phase == Phase::CheckingData || phase == Phase::Finished)
        return;
    if (dataSafety->needsConclusion()) {
        concludeDataSafety(true, true, [this] { goToVerdict(); });
        return;
    }
    goToVerdict();
}

void DrillEngine::Private::concludeDataSafety(bool verify, bool toVerdict, std::function<void()> next)
{
    // On the way to the verdict the checks are the verdict step's first part; at any other end (an abort, a
    // rollback, a failed restore) the steps are already closed and a note says what still happens.
    phase = Phase::CheckingData;
    phaseStartedAt = now();
    phaseTimer.stop();
    if (toVerdict)
        setStep(
            DrillStep::Id::Verdict, DrillStep::State::Running,
            tx(QT_TRANSLATE_NOOP(
                "DrillText", "checking the workload's writes: reads from every member, the watch, HashKV")));
    else if (verify)
        note(tx(
            QT_TRANSLATE_NOOP("DrillText", "checking the client workload's writes, then deleting its keys")));
    else
        note(tx(QT_TRANSLATE_NOOP("DrillText",
                                  "%1 may still be stopped: the workload's writes are not checked, "
                                  "only deleted"),
                target.name));
    std::optional<Clock::time_point> faultAt;
    std::optional<Clock::time_point> restoreAt;
    if (fault->applied() || fault->restoreIssued())
        faultAt = fault->stopIssuedAt();
    if (fault->restoreIssued())
        restoreAt = fault->restoreIssuedAt();
    dataSafety->conclude(verify, faultAt, restoreAt, std::move(next));
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
    m.dataSafety = dataSafety->result();
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
    recorder->sync();
    emit q->stopConditionTriggered(reason);
    notifications->stopCondition(reason, recorder->currentStep());
    beginRollback(kind, tx(QT_TRANSLATE_NOOP("DrillText", "stop condition: %1")).arg(reason));
}

void DrillEngine::Private::abort(const QString& reason)
{
    if (phase == Phase::Idle || phase == Phase::Finished)
        return;
    const LocalizedText why =
        reason.isEmpty() ? tx(QT_TRANSLATE_NOOP("DrillText", "aborted by the operator")) : reason;
    if (phase == Phase::CheckingData) {
        // The target is back; the checks still to come are skipped, the keys are deleted all the same.
        note(tx(QT_TRANSLATE_NOOP("DrillText",
                                  "%1: the remaining checks of the workload's writes are skipped, "
                                  "its keys are deleted"),
                why));
        dataSafety->hurry();
        return;
    }
    put(AbortRecord{why.english(), me});
    recorder->sync();
    notifications->aborted(why, recorder->currentStep());
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
    recorder->closeOpenSteps(tx(QT_TRANSLATE_NOOP("DrillText", "interrupted: %1")).arg(reason),
                             tx(QT_TRANSLATE_NOOP("DrillText", "rolled back")), DrillStep::Id::Rollback);
}

void DrillEngine::Private::beginRollback(const QString& kind, const LocalizedText& reason)
{
    if (phase == Phase::Finished || phase == Phase::Idle)
        return;
    if (phase == Phase::CheckingData)
        return;
    if (phase == Phase::RollingBack || phase == Phase::RollbackVerify || abortPending) {
        note(tx(QT_TRANSLATE_NOOP("DrillText", "already restoring %1; also: %2")).arg(target.name, reason));
        return;
    }
    if (summary.reason.isEmpty())
        setReason(reason);
    gates->cancel();
    writes->stopRounds();
    if (!fault->applied()) {
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
    fault->stopWaiting();
    if (recoveryWatch->isRunning()) {
        recovery = recoveryWatch->recovery();
        recoveryProblem = recoveryWatch->problem();
        recoveryWatch->cancel();
    }
    markInterruptedSteps(reason);
    const bool restored = fault->restored();
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
    rollbackWatch->start(target.name, targetMemberId, fault->restoreIssuedAt(), recoveryProblem,
                         haveSnapshot ? &last : nullptr);
}

void DrillEngine::Private::restoreFailed(const QString& error, DrillStep::Id step)
{
    summary.restoreInstructions = fault->action()->restoreInstructions().mapped(&Redactor::redact);
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
    // The workload ends with the drill however it ends: its keys are deleted, and checked where the target
    // is no longer stopped.
    if (dataSafety->isConcluding())
        return; // the checks end in their own finish() or verdict
    if (dataSafety->needsConclusion()) {
        concludeDataSafety(!fault->holds(), false, [this, outcome, reason] { finish(outcome, reason); });
        return;
    }
    phase = Phase::Finished;
    if (lock)
        lock->drillEnded();
    commands->cancel();
    gates->cancel();
    phaseTimer.stop();
    preflight->cancel();
    recoveryWatch->cancel();
    rollbackWatch->cancel();
    writes->cancel();
    tickTimer.stop();
    fault->cancel();
    probes->stop();
    if (monitor)
        monitor->stop();

    summary.outcome = outcome;
    if (!reason.isEmpty())
        setReason(reason);
    if (!summary.verdict)
        summary.measurements = measurements();
    recorder->closeOpenSteps(summaryReason(), {});
    summary.faultApplied = fault->applied();
    summary.restored = fault->restored();
    summary.stoppedAfter = fault->stoppedAfter();
    summary.answeredAfter = fault->answeredAfter();
    if (fault->holds() && summary.restoreInstructions.isEmpty() && fault->action())
        summary.restoreInstructions = fault->action()->restoreInstructions().mapped(&Redactor::redact);
    // Now the summary is whole (what the fault did decides an abort's headline): the team is told.
    notifications->verdict(summary);

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
    // The verdict's message to the team's chat is usually out in milliseconds: give it that long, at most
    // kNotifyGrace, so that the journal says how it went. A webhook that hangs costs this, never more.
    if (!notifyWaited && notifications->pending() > 0) {
        notifyWaited = true;
        QObject::connect(
            notifications, &DrillNotifications::drained, q, [this] { finalize(); }, Qt::SingleShotConnection);
        QTimer::singleShot(std::min(kNotifyGrace, config.notify.timeout), q, [this] { finalize(); });
        return;
    }
    finalized = true;
    summary.finishedAt = QDateTime::currentDateTimeUtc();
    summary.checks = recorder->checks();
    summary.impact = probes->summaries();
    QString summaryFile;
    if (recorder->hasJournal()) {
        summaryFile = QDir(recorder->journalFolder()).filePath(QLatin1String(JournalWriter::kSummaryFile));
        QString error;
        if (!summary.writeFile(summaryFile, &error)) {
            note(tx(QT_TRANSLATE_NOOP("DrillText", "cannot write %1: %2")).arg(summaryFile, error));
            summaryFile.clear();
        }
        notifications->journalClosing();
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
    fault->shutDown();
    if (kubernetes)
        kubernetes->shutDown();
    writes->shutDown();
    dataSafety->shutDown();
}

} // namespace etcddrill
