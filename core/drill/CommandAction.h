// The fault for any other setup: the operator's own stop and start commands (drill.stop-command,
// drill.start-command), run as written through `sh -c` — not quoted further, since they are shell text
// already. No preflight of its own: etcd-drill cannot know what they need. Immutable, any thread.
#pragma once

#include "FaultAction.h"

namespace etcddrill {

class CommandAction : public FaultAction
{
public:
    CommandAction(const QString& stopCommand, const QString& startCommand, const QString& node = QString());

    Kind kind() const override { return Kind::Command; }
    QString configurationProblem() const override;
    QList<PlannedCommand> preflightCommands() const override { return {}; }
    QList<PlannedCommand> stopCommands() const override;
    QList<PlannedCommand> startCommands() const override;

    const QString& stopCommand() const { return m_stop; }
    const QString& startCommand() const { return m_start; }

private:
    QString m_stop;
    QString m_start;
};

} // namespace etcddrill
