#include "DrillCommand.h"

namespace etcddrill {

QString DrillCommand::roleName(Role role)
{
    switch (role) {
    case Role::Preflight:
        return QStringLiteral("preflight");
    case Role::Stop:
        return QStringLiteral("stop");
    case Role::VerifyStopped:
        return QStringLiteral("verify-stopped");
    case Role::Start:
        return QStringLiteral("start");
    }
    return QStringLiteral("preflight");
}

QJsonObject DrillCommand::toJson() const
{
    QJsonObject json{
        {QStringLiteral("step"), DrillStep::idName(step)},
        {QStringLiteral("role"), roleName(role)},
        {QStringLiteral("node"), node},
        {QStringLiteral("purpose"), purpose.english()},
        {QStringLiteral("display"), display},
        {QStringLiteral("command_line"), commandLine},
        {QStringLiteral("location"), location},
        {QStringLiteral("changes_state"), changesState},
        {QStringLiteral("dry_run"), dryRun},
    };
    if (purpose.isTranslatable())
        json.insert(QStringLiteral("texts"), QJsonObject{{QStringLiteral("purpose"), purpose.toJson()}});
    return json;
}

DrillCommand DrillCommand::fromJson(const QJsonObject& json)
{
    DrillCommand c;
    c.step = DrillStep::idFromName(json.value(QStringLiteral("step")).toString())
                 .value_or(DrillStep::Id::Preflight);
    const QString role = json.value(QStringLiteral("role")).toString();
    for (Role r : {Role::Preflight, Role::Stop, Role::VerifyStopped, Role::Start}) {
        if (roleName(r) == role)
            c.role = r;
    }
    c.node = json.value(QStringLiteral("node")).toString();
    c.purpose = LocalizedText::fromField(json, QStringLiteral("purpose"));
    c.display = json.value(QStringLiteral("display")).toString();
    c.commandLine = json.value(QStringLiteral("command_line")).toString();
    c.location = json.value(QStringLiteral("location")).toString();
    c.changesState = json.value(QStringLiteral("changes_state")).toBool();
    c.dryRun = json.value(QStringLiteral("dry_run")).toBool();
    return c;
}

} // namespace etcddrill
