#include "RecordedCommand.h"

#include "Redactor.h"

#include <QJsonObject>

namespace etcddrill {

QJsonArray RecordedCommand::toJson(const QList<PlannedCommand>& commands)
{
    QJsonArray list;
    for (const PlannedCommand& command : commands) {
        QJsonObject json{{QStringLiteral("purpose"), Redactor::redact(command.purpose)},
                         {QStringLiteral("display"), Redactor::redact(command.display)},
                         {QStringLiteral("needs_sudo"), command.needsSudo},
                         {QStringLiteral("changes_state"), command.changesState}};
        if (Redactor::redact(command.script) == command.script)
            json.insert(QStringLiteral("script"), command.script);
        else
            json.insert(QStringLiteral("script_redacted"), true);
        list.append(json);
    }
    return list;
}

QList<PlannedCommand> RecordedCommand::fromJson(const QJsonArray& json, bool* complete)
{
    QList<PlannedCommand> commands;
    bool allScripts = !json.isEmpty();
    for (const QJsonValue& value : json) {
        const QJsonObject object = value.toObject();
        PlannedCommand command;
        command.purpose = object.value(QStringLiteral("purpose")).toString();
        command.display = object.value(QStringLiteral("display")).toString();
        command.script = object.value(QStringLiteral("script")).toString();
        command.needsSudo = object.value(QStringLiteral("needs_sudo")).toBool();
        command.changesState = object.value(QStringLiteral("changes_state")).toBool();
        if (command.script.isEmpty())
            allScripts = false;
        commands.append(command);
    }
    if (complete)
        *complete = allScripts;
    return commands;
}

} // namespace etcddrill
