// The fault's cycle on the target node: apply it and see it take hold, remove it and see it go away.
// apply() journals fault-applied before the stop commands run (a console that dies while they run leaves a
// journal that DrillRecovery restores), watches the effect, runs the stop commands; awaitTook() waits for
// the effect within drill.stop-timeout and runs the verify command. remove() runs the start commands, once
// more after a failure that was not a refusal (they are idempotent: a second try gets past a dropped ssh
// connection); awaitCleared() waits for the effect to clear within drill.start-timeout. It journals
// fault-applied, fault-not-applied, fault-restored, target-stopped and target-answering, and adds the checks
// of the commands and of the effect; what each outcome means for the drill (its phases, gates, rollback) is
// the engine's to decide.
//
// Thread: the drill engine's. Owner: DrillEngine (a QObject child); the fault's action, effect and
// transport are this cycle's.
#pragma once

#include "DrillStep.h"
#include "FaultAction.h"
#include "i18n/LocalizedText.h"

#include "config/DrillConfig.h"

#include <QObject>
#include <QTimer>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace etcddrill {

class CommandSequencer;
class CommandTransport;
class DrillRecorder;
class FaultEffect;
class MonotonicClock;
struct CommandResult;
struct SshSettings;

class FaultCycle : public QObject
{
    Q_OBJECT

public:
    using TimePoint = std::chrono::steady_clock::time_point;
    using Millis = std::chrono::milliseconds;

    // How the stop commands ended. NotApplied: refused or never ran, so the fault is not applied (journaled
    // as fault-not-applied); Failed: they failed and may have taken effect.
    enum class StopResult { Done, NotApplied, Failed };

    FaultCycle(const DrillConfig& config, const MonotonicClock& clock, DrillRecorder& recorder,
               CommandSequencer& commands, QObject* parent = nullptr);
    ~FaultCycle() override;

    // The fault on `target` (member `memberId`): its action, effect and transport; the commands run through
    // the transport from now on. When the transport cannot be made, `*error` says why.
    void setUp(const NodeConfig& target, quint64 memberId, const SshSettings& ssh, QString* error);
    const FaultAction* action() const { return m_action.get(); }
    const CommandTransport* transport() const { return m_transport; }
    const FaultEffect* effect() const { return m_effect; }

    // A dry run: the stop commands (with the verify command) or the start commands of `step` are shown,
    // not run; the step is skipped, then `done`.
    void show(DrillStep::Id step, std::function<void()> done);
    void apply();                    // → stopDone()
    void awaitTook();                // after StopResult::Done: → targetStopped() or stopTimedOut()
    void remove(DrillStep::Id step); // → removeDone(); `step` owns the start command's check
    void awaitCleared();             // after a removal: → targetAnswering() or startTimedOut()
    void stopWaiting();              // the engine moves on (a rollback): no timeout, no "stopped" any more
    void cancel();                   // the drill ended: nothing more is journaled or signalled
    void shutDown();                 // deletes the effect and the transport

    bool applied() const { return m_applied; } // the stop was issued and was not known to fail to apply
    bool restoreIssued() const { return m_restoreIssued; }
    bool restored() const { return m_restored; }
    bool holds() const { return m_applied && !m_restored; }
    TimePoint stopIssuedAt() const { return m_stopIssuedAt; }
    TimePoint restoreIssuedAt() const { return m_restoreIssuedAt; }
    std::optional<TimePoint> downAt() const { return m_downAt; }
    std::optional<TimePoint> upAt() const { return m_upAt; }
    std::optional<Millis> stoppedAfter() const { return m_stoppedAfter; }
    std::optional<Millis> answeredAfter() const { return m_answeredAfter; }
    quint64 memberIdAfter() const { return m_memberIdAfter; }

signals:
    void holdsChanged(bool holds);
    void stopDone(etcddrill::FaultCycle::StopResult result, const QString& error);
    // The effect took and the verify command (if any) ran; the checks are added.
    void targetStopped();
    void stopTimedOut(const etcddrill::LocalizedText& measured);
    // The start commands ended (`error` when they failed; their check is added).
    void removeDone(bool ok, const QString& error);
    void targetAnswering();
    void startTimedOut(const etcddrill::LocalizedText& measured);

private:
    void setState(bool applied, bool restored);
    // While the fault holds, a crash of this process tells the operator the recover command (CrashHandler).
    void updateCrashHint();
    void onStopCommands(bool ok, const CommandResult& failure);
    void onTook(TimePoint at, const QString& detail);
    void onCleared(TimePoint at, quint64 memberId);
    void onStopped();
    void onAnswering();
    void onStartCommands(bool ok, const CommandResult& failure);
    void arm(Millis after, bool took);
    Millis since(TimePoint from) const;

    const DrillConfig& m_config;
    const MonotonicClock& m_clock;
    DrillRecorder& m_recorder;
    CommandSequencer& m_commands;
    NodeConfig m_target;
    quint64 m_memberId = 0;
    std::unique_ptr<FaultAction> m_action;
    FaultEffect* m_effect = nullptr;         // child
    CommandTransport* m_transport = nullptr; // child
    QTimer m_timeout;
    bool m_awaitingTook = false;
    bool m_awaitingClear = false;
    bool m_cancelled = false;

    bool m_applied = false;
    bool m_restoreIssued = false;
    bool m_restored = false;
    bool m_startRetried = false;
    DrillStep::Id m_removeStep = DrillStep::Id::StartTarget;
    TimePoint m_stopIssuedAt;
    TimePoint m_restoreIssuedAt;
    std::optional<TimePoint> m_downAt;
    std::optional<TimePoint> m_upAt;
    std::optional<Millis> m_stoppedAfter;
    std::optional<Millis> m_answeredAfter;
    quint64 m_memberIdAfter = 0;
};

} // namespace etcddrill
