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
    return QJsonObject{
        {QStringLiteral("step"), DrillStep::idName(step)},
        {QStringLiteral("role"), roleName(role)},
        {QStringLiteral("node"), node},
        {QStringLiteral("purpose"), purpose},
        {QStringLiteral("display"), display},
        {QStringLiteral("command_line"), commandLine},
        {QStringLiteral("location"), location},
        {QStringLiteral("changes_state"), changesState},
        {QStringLiteral("dry_run"), dryRun},
    };
}

} // namespace etcddrill
