#include "RecordedCommand.h"

#include "Redactor.h"

#include <QJsonObject>

namespace etcddrill {

QJsonArray RecordedCommand::toJson(const QList<PlannedCommand>& commands)
{
    QJsonArray list;
    for (const PlannedCommand& command : commands) {
        const LocalizedText purpose = command.purpose.mapped(&Redactor::redact);
        QJsonObject json{{QStringLiteral("purpose"), purpose.english()},
                         {QStringLiteral("display"), Redactor::redact(command.display)},
                         {QStringLiteral("needs_sudo"), command.needsSudo},
                         {QStringLiteral("changes_state"), command.changesState}};
        if (purpose.isTranslatable())
            json.insert(QStringLiteral("texts"), QJsonObject{{QStringLiteral("purpose"), purpose.toJson()}});
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
        command.purpose = LocalizedText::fromField(object, QStringLiteral("purpose"));
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
