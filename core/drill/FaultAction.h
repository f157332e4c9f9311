// How the drill stops etcd on the target node and starts it again, as the shell commands that do it: checks
// that must pass before the stop, the stop, the start and optionally a check that the stop took. The
// commands only describe the work; a CommandTransport runs them (locally or through ssh), the drill engine
// decides when. Every command that changes something refuses (PlannedCommand::kRefusedExitCode) rather than
// overwrite a file or guess. Implementations: StaticPodAction, SystemdAction, CommandAction. Immutable
// once built, usable from any thread; owned by the drill engine (std::unique_ptr).
#pragma once

#include "FaultEffectKind.h"
#include "PlannedCommand.h"

#include <QList>
#include <QString>
#include <optional>

namespace etcddrill {

class FaultAction
{
public:
    enum class Kind { StaticPod, Systemd, Command };

    virtual ~FaultAction();
    FaultAction(const FaultAction&) = delete;
    FaultAction& operator=(const FaultAction&) = delete;

    virtual Kind kind() const = 0;
    // The config's word for a kind: "static-pod", "systemd", "command" (drill.fault).
    static QString kindName(Kind kind);

    // What is wrong with the action's own settings, before anything runs (a relative path, an empty
    // command); empty when there is nothing. Says which setting to fix.
    virtual QString configurationProblem() const { return {}; }

    // Checks run before the stop; each must succeed. They change nothing. A check that fails exits
    // PlannedCommand::kRefusedExitCode and says why on stderr (the result's errorText).
    virtual QList<PlannedCommand> preflightCommands() const = 0;
    virtual QList<PlannedCommand> stopCommands() const = 0;
    // Safe to run again: a start whose work is already done succeeds without changing anything, so the
    // engine may retry a restore whose outcome it did not see.
    virtual QList<PlannedCommand> startCommands() const = 0;
    // Succeeds once the stop has taken effect on the node; nullopt when the action cannot tell better than
    // the stop command's own exit code (the engine then watches the member's endpoint only).
    virtual std::optional<PlannedCommand> verifyStoppedCommand() const { return std::nullopt; }

    // What the fault does to the member, which says how the engine checks that it took and went away
    // (FaultFactory::effect()). Every action today stops the member's etcd.
    virtual FaultEffectKind effect() const { return FaultEffectKind::StopsAnswering; }

    // The node the commands are for, as named in the config ("M3"); may be empty.
    const QString& node() const { return m_node; }
    // What an operator types to start etcd again by hand: shown whenever the drill ends with the member
    // possibly stopped (an aborted restore, a crash of the connection, a --dry-run).
    LocalizedText restoreInstructions() const;

protected:
    explicit FaultAction(const QString& node);
    // The node for messages: its name, or "the target node".
    QString nodeLabel() const;
    // Script lines that print `message` (prefixed for CommandTransport) on stderr and exit as a refusal.
    static QString refuse(const QString& message);

private:
    QString m_node;
};

} // namespace etcddrill
