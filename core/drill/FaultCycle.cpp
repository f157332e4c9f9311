#include "FaultCycle.h"

#include "CommandSequencer.h"
#include "CommandTransport.h"
#include "DrillRecorder.h"
#include "DrillText.h"
#include "FaultEffect.h"
#include "FaultFactory.h"
#include "ShellQuote.h"
#include "SshSettings.h"
#include "i18n/DrillDuration.h"
#include "journal/FaultAppliedRecord.h"
#include "journal/FaultNotAppliedRecord.h"
#include "journal/FaultRestoredRecord.h"
#include "journal/TargetAnsweringRecord.h"
#include "journal/TargetStoppedRecord.h"

#include "diag/CrashHandler.h"
#include "etcd/ClusterSnapshotJson.h"
#include "probe/MonotonicClock.h"

#include <algorithm>

namespace etcddrill {

using std::chrono::duration_cast;

namespace {

// A start command that failed without refusing (a broken ssh connection, a timeout) is tried once more after
// this pause.
constexpr std::chrono::milliseconds kRestoreRetryPause{2000};

template <class... Args> LocalizedText tx(const char* source, const Args&... args)
{
    return DrillText::make(source, args...);
}

} // namespace

FaultCycle::FaultCycle(const DrillConfig& config, const MonotonicClock& clock, DrillRecorder& recorder,
                       CommandSequencer& commands, QObject* parent)
    : QObject(parent), m_config(config), m_clock(clock), m_recorder(recorder), m_commands(commands)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        if (m_cancelled)
            return;
        if (m_awaitingTook) {
            m_awaitingTook = false;
            const DrillCheck check = m_effect->notTakenCheck(m_config.drill.stopTimeout);
            m_recorder.addCheck(check);
            m_recorder.setStep(DrillStep::Id::StopTarget, DrillStep::State::Failed, check.measuredText);
            emit stopTimedOut(check.measuredText);
        } else if (m_awaitingClear) {
            m_awaitingClear = false;
            const DrillCheck check = m_effect->notClearedCheck(m_config.drill.startTimeout);
            m_recorder.addCheck(check);
            m_recorder.setStep(DrillStep::Id::StartTarget, DrillStep::State::Failed, check.measuredText);
            emit startTimedOut(check.measuredText);
        }
    });
}

FaultCycle::~FaultCycle() = default;

void FaultCycle::setUp(const NodeConfig& target, quint64 memberId, const SshSettings& ssh, QString* error)
{
    m_target = target;
    m_memberId = memberId;
    m_action = FaultFactory::action(m_config.drill, target);
    if (m_action) {
        m_effect = FaultFactory::effect(*m_action, target, m_config.etcd).release();
        m_effect->setParent(this);
        connect(m_effect, &FaultEffect::took, this,
                [this](TimePoint at, const QString& detail) { onTook(at, detail); });
        connect(m_effect, &FaultEffect::cleared, this,
                [this](TimePoint at, quint64 memberId) { onCleared(at, memberId); });
    }
    std::unique_ptr<CommandTransport> made = FaultFactory::transport(m_config.drill, target, ssh, error);
    if (made) {
        made->setParent(this);
        m_transport = made.release();
    }
    m_commands.setTransport(m_transport, target.name);
}

void FaultCycle::setState(bool applied, bool restored)
{
    const bool before = holds();
    m_applied = applied;
    m_restored = restored;
    if (before == holds())
        return;
    if (!holds())
        updateCrashHint(); // set by apply() once the journal holds the fault-applied record
    emit holdsChanged(holds());
}

void FaultCycle::updateCrashHint()
{
    if (!holds()) {
        CrashHandler::setRestoreHint({});
        return;
    }
    QString command = QStringLiteral("etcd-drill-cli recover -c %1")
                          .arg(m_config.sourceFile.isEmpty() ? QStringLiteral("drill.yaml")
                                                             : ShellQuote::quote(m_config.sourceFile));
    if (const QString journal = m_recorder.journalFolder(); !journal.isEmpty())
        command += QStringLiteral(" --journal ") + ShellQuote::quote(journal);
    CrashHandler::setRestoreHint(
        tx(QT_TRANSLATE_NOOP("DrillText",
                             "this drill's fault (%1) still holds on %2: restore %2 with  %3  (the console "
                             "offers the same when it starts again)"),
           DrillSettings::faultName(m_config.drill.fault), m_target.name, command)
            .translated());
}

FaultCycle::Millis FaultCycle::since(TimePoint from) const
{
    return std::max(Millis(0), duration_cast<Millis>(m_clock.now() - from));
}

void FaultCycle::show(DrillStep::Id step, std::function<void()> done)
{
    const bool stop = step == DrillStep::Id::StopTarget;
    QList<PlannedCommand> commands = stop ? m_action->stopCommands() : m_action->startCommands();
    if (const std::optional<PlannedCommand> verify = m_action->verifyStoppedCommand(); stop && verify)
        commands.append(*verify);
    m_commands.run(
        commands, stop ? DrillCommand::Role::Stop : DrillCommand::Role::Start, step, true, {},
        [this, step, done = std::move(done)](bool, const CommandResult&) {
            m_recorder.setStep(step, DrillStep::State::Skipped,
                               tx(QT_TRANSLATE_NOOP("DrillText", "dry run: shown, not run")));
            done();
        },
        true);
}

void FaultCycle::apply()
{
    setState(true, m_restored);
    // Recorded before the command runs: a stop command may take effect and the console die before it
    // returns; DrillRecovery restores whatever journal ends with this marker.
    m_recorder.put(FaultAppliedRecord{m_target.name, ClusterSnapshotJson::memberIdText(m_memberId),
                                      m_target.etcdEndpoint, m_action->startCommands()});
    m_recorder.sync();
    updateCrashHint(); // now `recover` finds the drill it names
    m_stopIssuedAt = m_clock.now();
    m_effect->watch();
    m_commands.run(m_action->stopCommands(), DrillCommand::Role::Stop, DrillStep::Id::StopTarget, true, {},
                   [this](bool ok, const CommandResult& failure) { onStopCommands(ok, failure); });
}

void FaultCycle::onStopCommands(bool ok, const CommandResult& failure)
{
    if (m_cancelled)
        return;
    if (ok) {
        emit stopDone(StopResult::Done, {});
        return;
    }
    m_recorder.addCheck(
        DrillCheck::make(DrillStep::Id::StopTarget, tx(QT_TRANSLATE_NOOP("DrillText", "stop command")), false,
                         failure.errorText, tx(QT_TRANSLATE_NOOP("DrillText", "succeeds")), {}, false));
    if (failure.refused || failure.neverRan()) {
        setState(false, m_restored);
        m_recorder.put(FaultNotAppliedRecord{m_target.name, failure.errorText});
        m_recorder.sync();
        m_effect->stop();
        emit stopDone(StopResult::NotApplied, failure.errorText);
        return;
    }
    emit stopDone(StopResult::Failed, failure.errorText);
}

void FaultCycle::arm(Millis after, bool took)
{
    m_awaitingTook = took;
    m_awaitingClear = !took;
    m_timeout.start(std::max(after, Millis(0)));
}

void FaultCycle::awaitTook()
{
    if (m_downAt) {
        onStopped();
        return;
    }
    m_recorder.setStep(DrillStep::Id::StopTarget, DrillStep::State::Running,
                       m_effect->waitingToTake(m_config.drill.stopTimeout));
    arm(m_config.drill.stopTimeout - since(m_stopIssuedAt), true);
}

void FaultCycle::onTook(TimePoint at, const QString& detail)
{
    if (m_cancelled || !m_applied || m_restoreIssued || m_downAt)
        return;
    m_downAt = std::max(at, m_stopIssuedAt);
    m_stoppedAfter = std::max(Millis(0), duration_cast<Millis>(*m_downAt - m_stopIssuedAt));
    m_recorder.put(TargetStoppedRecord{m_target.name, qint64(m_stoppedAfter->count()), detail});
    if (m_awaitingTook)
        onStopped();
}

void FaultCycle::onStopped()
{
    m_timeout.stop();
    m_awaitingTook = false;
    m_recorder.addCheck(m_effect->tookCheck(*m_stoppedAfter, m_config.drill.stopTimeout));
    const std::optional<PlannedCommand> verify = m_action->verifyStoppedCommand();
    if (!verify) {
        emit targetStopped();
        return;
    }
    m_commands.run(
        {*verify}, DrillCommand::Role::VerifyStopped, DrillStep::Id::StopTarget, true,
        [this](const PlannedCommand& command, const CommandResult& result) {
            m_recorder.addCheck(DrillCheck::make(
                DrillStep::Id::StopTarget,
                tx(QT_TRANSLATE_NOOP("DrillText", "fault: %1")).arg(command.purpose), result.succeeded(),
                result.succeeded() ? tx(QT_TRANSLATE_NOOP("DrillText", "ok")) : result.errorText,
                tx(QT_TRANSLATE_NOOP("DrillText", "passes"))));
        },
        [this](bool, const CommandResult&) {
            if (!m_cancelled)
                emit targetStopped();
        });
}

void FaultCycle::remove(DrillStep::Id step)
{
    m_restoreIssued = true;
    m_restoreIssuedAt = m_clock.now();
    m_removeStep = step;
    m_commands.run(
        m_action->startCommands(), DrillCommand::Role::Start, step, true, {},
        [this, step](bool ok, const CommandResult& failure) {
            if (ok || m_startRetried || failure.refused) {
                onStartCommands(ok, failure);
                return;
            }
            // Start commands are safe to repeat; one more try gets past a dropped connection.
            m_startRetried = true;
            m_recorder.note(
                tx(QT_TRANSLATE_NOOP("DrillText", "the start command failed (%1); trying once more in %2"))
                    .arg(failure.errorText, DrillDuration::text(kRestoreRetryPause)));
            QTimer::singleShot(kRestoreRetryPause, this, [this, step] {
                if (m_cancelled)
                    return;
                m_commands.run(
                    m_action->startCommands(), DrillCommand::Role::Start, step, true, {},
                    [this](bool ok, const CommandResult& failure) { onStartCommands(ok, failure); });
            });
        });
}

void FaultCycle::onStartCommands(bool ok, const CommandResult& failure)
{
    if (m_cancelled)
        return;
    if (!ok) {
        m_recorder.addCheck(
            DrillCheck::make(m_removeStep, tx(QT_TRANSLATE_NOOP("DrillText", "start command")), false,
                             failure.errorText, tx(QT_TRANSLATE_NOOP("DrillText", "succeeds")), {}, false));
        emit removeDone(false, failure.errorText);
        return;
    }
    setState(m_applied, true);
    m_recorder.put(FaultRestoredRecord{m_target.name, {}});
    m_recorder.sync();
    emit removeDone(true, {});
}

void FaultCycle::awaitCleared()
{
    if (m_upAt) {
        onAnswering();
        return;
    }
    m_recorder.setStep(DrillStep::Id::StartTarget, DrillStep::State::Running,
                       m_effect->waitingToClear(m_config.drill.startTimeout));
    arm(m_config.drill.startTimeout - since(m_restoreIssuedAt), false);
}

void FaultCycle::onCleared(TimePoint at, quint64 memberId)
{
    if (m_cancelled || !m_restoreIssued || m_upAt)
        return;
    m_upAt = std::max(at, m_restoreIssuedAt);
    m_memberIdAfter = memberId;
    m_answeredAfter = std::max(Millis(0), duration_cast<Millis>(*m_upAt - m_restoreIssuedAt));
    m_recorder.put(TargetAnsweringRecord{m_target.name, qint64(m_answeredAfter->count()),
                                         ClusterSnapshotJson::memberIdText(memberId)});
    if (m_awaitingClear)
        onAnswering();
}

void FaultCycle::onAnswering()
{
    m_timeout.stop();
    m_awaitingClear = false;
    m_recorder.addCheck(m_effect->clearedCheck(*m_answeredAfter, m_config.drill.startTimeout));
    m_recorder.setStep(DrillStep::Id::StartTarget, DrillStep::State::Passed,
                       m_effect->clearedStepText(*m_answeredAfter));
    emit targetAnswering();
}

void FaultCycle::stopWaiting()
{
    m_timeout.stop();
    m_awaitingTook = false;
    m_awaitingClear = false;
}

void FaultCycle::cancel()
{
    stopWaiting();
    m_cancelled = true;
    if (m_effect)
        m_effect->stop();
}

void FaultCycle::shutDown()
{
    m_cancelled = true;
    stopWaiting();
    delete m_effect;
    m_effect = nullptr;
    delete m_transport;
    m_transport = nullptr;
    m_commands.setTransport(nullptr, m_target.name);
}

} // namespace etcddrill
