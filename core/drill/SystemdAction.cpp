#include "SystemdAction.h"

#include "DrillText.h"
#include "ShellQuote.h"

namespace etcddrill {

SystemdAction::SystemdAction(const QString& unit, const QString& node) : FaultAction(node), m_unit(unit) {}

QString SystemdAction::configurationProblem() const
{
    if (m_unit.trimmed().isEmpty())
        return QStringLiteral(
            "drill.fault is systemd but no unit is set: add unit: with etcd's systemd unit, "
            "e.g. unit: etcd");
    if (m_unit.startsWith(QLatin1Char('-')))
        return QStringLiteral("the systemd unit '%1' starts with '-': set drill.unit to etcd's unit name")
            .arg(m_unit);
    return {};
}

QList<PlannedCommand> SystemdAction::preflightCommands() const
{
    const QString node = nodeLabel();
    const QString unit = ShellQuote::quote(m_unit);
    PlannedCommand check;
    check.purpose = DrillText::make(QT_TRANSLATE_NOOP("DrillText", "check that %1 runs on %2"), m_unit, node);
    check.script =
        // /run/systemd/system is how systemd itself tells it is running (sd_booted): containers often have
        // systemctl but no systemd, and then every systemctl call fails with a less helpful text.
        QStringLiteral(
            "if ! command -v systemctl >/dev/null 2>&1 || [ ! -d /run/systemd/system ]; then %1; fi\n"
            "if ! systemctl cat -- %2 >/dev/null 2>&1; then %3; fi\n"
            "if ! systemctl is-active --quiet -- %2; then %4; fi\n")
            .arg(refuse(QStringLiteral("systemd does not run on %1: is etcd run by systemd there? set "
                                       "drill.fault")
                            .arg(node)),
                 unit,
                 refuse(QStringLiteral("systemd on %1 knows no unit %2: set drill.unit to etcd's unit "
                                       "(systemctl list-units 'etcd*' shows it)")
                            .arg(node, m_unit)),
                 refuse(QStringLiteral("%1 is not active on %2: start it first, or drill another node; a "
                                       "stopped member would measure nothing")
                            .arg(m_unit, node)));
    check.display = QStringLiteral("systemctl is-active %1").arg(unit);
    check.refusalMessage = QStringLiteral("%1 is not an active systemd unit on %2").arg(m_unit, node);
    return {check};
}

QList<PlannedCommand> SystemdAction::stopCommands() const
{
    const QString unit = ShellQuote::quote(m_unit);
    PlannedCommand stop;
    stop.purpose = DrillText::make(QT_TRANSLATE_NOOP("DrillText", "stop etcd on %1 (systemctl stop %2)"),
                                   nodeLabel(), m_unit);
    stop.script = QStringLiteral("systemctl stop -- %1").arg(unit);
    stop.display = QStringLiteral("systemctl stop %1").arg(unit);
    stop.needsSudo = true;
    stop.changesState = true;
    return {stop};
}

QList<PlannedCommand> SystemdAction::startCommands() const
{
    // systemctl start on an active unit does nothing and succeeds: safe to repeat.
    const QString unit = ShellQuote::quote(m_unit);
    PlannedCommand start;
    start.purpose = DrillText::make(QT_TRANSLATE_NOOP("DrillText", "start etcd on %1 (systemctl start %2)"),
                                    nodeLabel(), m_unit);
    start.script = QStringLiteral("systemctl start -- %1").arg(unit);
    start.display = QStringLiteral("systemctl start %1").arg(unit);
    start.needsSudo = true;
    start.changesState = true;
    return {start};
}

std::optional<PlannedCommand> SystemdAction::verifyStoppedCommand() const
{
    const QString unit = ShellQuote::quote(m_unit);
    PlannedCommand verify;
    verify.purpose = DrillText::make(QT_TRANSLATE_NOOP("DrillText", "check that %1 is stopped on %2"), m_unit,
                                     nodeLabel());
    verify.script =
        QStringLiteral("if systemctl is-active --quiet -- %1; then %2; fi\n")
            .arg(unit, refuse(QStringLiteral("%1 is still active on %2").arg(m_unit, nodeLabel())));
    verify.display = QStringLiteral("systemctl is-active %1").arg(unit);
    verify.refusalMessage = QStringLiteral("%1 is still active on %2").arg(m_unit, nodeLabel());
    return verify;
}

} // namespace etcddrill
