#include "CommandAction.h"

#include "DrillText.h"

namespace etcddrill {

CommandAction::CommandAction(const QString& stopCommand, const QString& startCommand, const QString& node)
    : FaultAction(node), m_stop(stopCommand), m_start(startCommand)
{
}

QString CommandAction::configurationProblem() const
{
    if (m_stop.trimmed().isEmpty())
        return QStringLiteral("drill.fault is command but stop-command is empty: add the shell command that "
                              "stops etcd on the node");
    if (m_start.trimmed().isEmpty())
        return QStringLiteral("drill.fault is command but start-command is empty: add the shell command that "
                              "starts etcd again");
    return {};
}

QList<PlannedCommand> CommandAction::stopCommands() const
{
    PlannedCommand stop;
    stop.purpose =
        DrillText::make(QT_TRANSLATE_NOOP("DrillText", "stop etcd on %1 (drill.stop-command)"), nodeLabel());
    stop.script = m_stop;
    stop.display = m_stop;
    // Most ways to stop a service need root; with drill.sudo off this changes nothing.
    stop.needsSudo = true;
    stop.changesState = true;
    return {stop};
}

QList<PlannedCommand> CommandAction::startCommands() const
{
    PlannedCommand start;
    start.purpose = DrillText::make(QT_TRANSLATE_NOOP("DrillText", "start etcd on %1 (drill.start-command)"),
                                    nodeLabel());
    start.script = m_start;
    start.display = m_start;
    start.needsSudo = true;
    start.changesState = true;
    return {start};
}

} // namespace etcddrill
