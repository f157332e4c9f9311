#include "DrillGate.h"

#include <QJsonArray>

namespace etcddrill {

QString DrillGate::prompt() const
{
    return QStringLiteral("Type %1 to %2").arg(node, action);
}

QString DrillGate::mismatch(const QString& typed) const
{
    const QString text = typed.trimmed();
    if (node.isEmpty())
        return QStringLiteral("this gate names no node; it cannot be confirmed");
    if (text.isEmpty())
        return QStringLiteral("nothing was typed: type %1 to %2, or abort").arg(node, action);
    if (text == node)
        return {};
    // Case matters: "m3" and "M3" may be different nodes in a config (names are unique ignoring case, but
    // the operator must type what the console shows).
    if (text.compare(node, Qt::CaseInsensitive) == 0)
        return QStringLiteral("'%1' differs from %2 in case: type the node name exactly as shown")
            .arg(text, node);
    return QStringLiteral("'%1' is not the target %2: type %2 to %3, or abort").arg(text, node, action);
}

QJsonObject DrillGate::toJson() const
{
    QJsonArray list;
    for (const DrillCommand& command : commands)
        list.append(command.toJson());
    return QJsonObject{
        {QStringLiteral("step"), DrillStep::idName(step)},
        {QStringLiteral("node"), node},
        {QStringLiteral("action"), action},
        {QStringLiteral("commands"), list},
        {QStringLiteral("dry_run"), dryRun},
    };
}

} // namespace etcddrill
