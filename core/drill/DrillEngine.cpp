#include "DrillEngine.h"

#include "DrillEnginePrivate.h"

#include "CommandSequencer.h"
#include "DrillDataSafety.h"
#include "DrillGateKeeper.h"
#include "DrillMetaTypes.h"
#include "DrillNotifications.h"
#include "DrillPreflight.h"
#include "DrillRecorder.h"
#include "DrillText.h"
#include "FaultCycle.h"
#include "OperatorIdentity.h"
#include "ProbeImpactRecorder.h"
#include "QuorumLossRule.h"
#include "RecoveryWatch.h"
#include "RollbackWatch.h"
#include "SurvivorWriteChecks.h"

#include "config/Duration.h"
#include "etcd/ClusterMonitor.h"
#include "probe/SteadyClock.h"

#include <QTimer>


namespace etcddrill {

using std::chrono::milliseconds;

namespace {

using Phase = DrillPhase;

} // namespace

DrillEngine::DrillEngine(const DrillConfig& config, const DrillOptions& options, QObject* parent)
    : QObject(parent), d(std::make_unique<Private>())
{
    DrillMetaTypes::registerAll();

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
    d->gates = new DrillGateKeeper(options.dryRun, d->me, *d->recorder, *d->commands, this);
    connect(d->gates, &DrillGateKeeper::gateRequested, this, &DrillEngine::gateRequested);
    connect(d->gates, &DrillGateKeeper::gateRefused, this, &DrillEngine::gateRefused);
    connect(d->gates, &DrillGateKeeper::gateConfirmed, this, &DrillEngine::gateConfirmed);
    d->notifications = new DrillNotifications(config, d->me, d->recorder, this);
    connect(d->notifications, &DrillNotifications::problem, this, &DrillEngine::notice);
    connect(d->gates, &DrillGateKeeper::gateConfirmed, d->notifications, &DrillNotifications::gateConfirmed);
    d->fault = new FaultCycle(d->config, *d->clock, *d->recorder, *d->commands, this);
    connect(d->fault, &FaultCycle::holdsChanged, this, &DrillEngine::faultAppliedChanged);
    connect(d->fault, &FaultCycle::holdsChanged, this, [this](bool holds) {
        if (holds)
            d->notifications->stopped(d->target.name);
    });
    connect(d->fault, &FaultCycle::stopDone, this,
            [this](FaultCycle::StopResult result, const QString& error) { d->onStopDone(result, error); });
    connect(d->fault, &FaultCycle::targetStopped, this, [this] { d->onTargetStopped(); });
    connect(d->fault, &FaultCycle::stopTimedOut, this, [this](const LocalizedText& measured) {
        d->beginRollback(
            QStringLiteral("stop-timeout"),
            DrillText::make(QT_TRANSLATE_NOOP("DrillText", "%1: the fault did not take effect"), measured));
    });
    connect(d->fault, &FaultCycle::removeDone, this,
            [this](bool ok, const QString& error) { d->onStartDone(ok, error); });
    connect(d->fault, &FaultCycle::targetAnswering, this, [this] { d->beginRecovery(); });
    connect(d->fault, &FaultCycle::startTimedOut, this, [this](const LocalizedText& measured) {
        d->recoveryWatch->fail({d->target.name, d->targetMemberId, d->fault->memberIdAfter()}, measured,
                               d->haveSnapshot ? &d->last : nullptr);
    });
    d->probes = new ProbeImpactRecorder(d->config, *d->clock, *d->recorder, this);
    d->recoveryWatch = new RecoveryWatch(d->config, *d->clock, *d->recorder, *d->probes, this);
    connect(d->recoveryWatch, &RecoveryWatch::settlingChanged, this, [this](bool settling) {
        d->phase = settling ? Phase::Settling : Phase::Recovering;
        d->phaseStartedAt = d->now();
        d->probes->setPhase(settling ? ImpactPhase::AfterRecovery : ImpactPhase::AfterRestore,
                            d->phaseStartedAt);
    });
    connect(d->recoveryWatch, &RecoveryWatch::finished, this, [this] { d->onRecoveryFinished(); });
    d->rollbackWatch = new RollbackWatch(d->config, *d->clock, *d->recorder, this);
    connect(d->rollbackWatch, &RollbackWatch::rejoined, this,
            [this](milliseconds recovery, quint64 memberId) {
                d->recovery = recovery;
                d->recoveryProblem = {};
                d->summary.targetMemberIdAfter = memberId;
                d->finish(DrillSummary::Outcome::Aborted, d->summaryReason());
            });
    connect(d->rollbackWatch, &RollbackWatch::notRejoined, this, [this](const LocalizedText& problem) {
        d->recoveryProblem = d->rollbackWatch->problem();
        d->finish(DrillSummary::Outcome::Aborted,
                  DrillText::make(QT_TRANSLATE_NOOP("DrillText", "%1; %2 did not rejoin within %3: %4"))
                      .arg(d->summaryReason(), d->target.name, Duration::format(d->rollbackWatch->deadline()),
                           problem));
    });
    connect(d->probes, &ProbeImpactRecorder::samplesAdded, this, &DrillEngine::probeSamples);
    connect(d->probes, &ProbeImpactRecorder::windowOpened, this, &DrillEngine::outageWindowOpened);
    connect(d->probes, &ProbeImpactRecorder::windowClosed, this, &DrillEngine::outageWindowClosed);
    connect(d->probes, &ProbeImpactRecorder::degradedOpened, this, &DrillEngine::degradedPeriodOpened);
    connect(d->probes, &ProbeImpactRecorder::degradedClosed, this, &DrillEngine::degradedPeriodClosed);
    connect(d->probes, &ProbeImpactRecorder::batchDone, this,
            [this](const QString& target) { d->checkAbortOutage(target); });
    d->dataSafety = new DrillDataSafety(d->config, *d->recorder, this);
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
        [this] { return d->fault->applied() && !d->fault->restoreIssued(); }, this);
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
    return d->gates->pending();
}

const ProbeScheduler* DrillEngine::probeScheduler() const
{
    return d->probes->scheduler();
}

bool DrillEngine::faultApplied() const
{
    return d->fault->holds();
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

DrillNotifications* DrillEngine::notifications() const
{
    return d->notifications;
}

} // namespace etcddrill
