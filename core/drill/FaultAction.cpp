#include "FaultAction.h"

#include "DrillText.h"
#include "ShellQuote.h"

namespace etcddrill {

FaultAction::FaultAction(const QString& node) : m_node(node) {}

FaultAction::~FaultAction() = default;

QString FaultAction::kindName(Kind kind)
{
    switch (kind) {
    case Kind::StaticPod:
        return QStringLiteral("static-pod");
    case Kind::Systemd:
        return QStringLiteral("systemd");
    case Kind::Command:
        return QStringLiteral("command");
    }
    return {};
}

QString FaultAction::nodeLabel() const
{
    return m_node.isEmpty() ? QStringLiteral("the target node") : m_node;
}

QString FaultAction::refuse(const QString& message)
{
    // printf, not echo: dash's echo would interpret backslashes in a path.
    return QStringLiteral("{ printf \"%s\\n\" %1 >&2; exit %2; }")
        .arg(ShellQuote::doubleQuote(QLatin1String(PlannedCommand::kRefusalPrefix) + message),
             QString::number(PlannedCommand::kRefusedExitCode));
}

LocalizedText FaultAction::restoreInstructions() const
{
    const QList<PlannedCommand> commands = startCommands();
    bool asRoot = false;
    QStringList lines;
    for (const PlannedCommand& command : commands) {
        asRoot = asRoot || command.needsSudo;
        lines.append(QStringLiteral("  ") + command.display);
    }
    const QString typed = lines.join(QLatin1Char('\n'));
    return asRoot ? DrillText::make(
                        QT_TRANSLATE_NOOP("DrillText",
                                          "To start etcd on %1 again by hand, run on %1 as root:\n%2"),
                        nodeLabel(), typed)
                  : DrillText::make(
                        QT_TRANSLATE_NOOP("DrillText", "To start etcd on %1 again by hand, run on %1:\n%2"),
                        nodeLabel(), typed);
}

} // namespace etcddrill
