#include "DrillGate.h"

#include "DrillText.h"

#include <QJsonArray>

namespace etcddrill {

QString DrillGate::prompt() const
{
    return promptText().english();
}

LocalizedText DrillGate::promptText() const
{
    return DrillText::make(QT_TRANSLATE_NOOP("DrillText", "Type %1 to %2"), node,
                           actionText.isEmpty() ? LocalizedText(action) : actionText);
}

QString DrillGate::mismatch(const QString& typed) const
{
    return mismatchText(typed).english();
}

LocalizedText DrillGate::mismatchText(const QString& typed) const
{
    using DrillText::make;
    const QString text = typed.trimmed();
    const LocalizedText what = actionText.isEmpty() ? LocalizedText(action) : actionText;
    if (node.isEmpty())
        return make(QT_TRANSLATE_NOOP("DrillText", "this gate names no node; it cannot be confirmed"));
    if (text.isEmpty())
        return make(QT_TRANSLATE_NOOP("DrillText", "nothing was typed: type %1 to %2, or abort"), node, what);
    if (text == node)
        return {};
    // Case matters: "m3" and "M3" may be different nodes in a config (names are unique ignoring case, but
    // the operator must type what the console shows).
    if (text.compare(node, Qt::CaseInsensitive) == 0)
        return make(QT_TRANSLATE_NOOP("DrillText",
                                      "'%1' differs from %2 in case: type the node name exactly as shown"),
                    text, node);
    return make(QT_TRANSLATE_NOOP("DrillText", "'%1' is not the target %2: type %2 to %3, or abort"), text,
                node, what);
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
