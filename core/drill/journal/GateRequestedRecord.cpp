#include "GateRequestedRecord.h"

#include <QJsonArray>

namespace etcddrill {

QJsonObject GateRequestedRecord::toJson() const
{
    return gate.toJson();
}

GateRequestedRecord GateRequestedRecord::fromJson(const QJsonObject& json)
{
    DrillGate g;
    g.step = DrillStep::idFromName(json.value(QStringLiteral("step")).toString())
                 .value_or(DrillStep::Id::StopTarget);
    g.node = json.value(QStringLiteral("node")).toString();
    g.action = json.value(QStringLiteral("action")).toString();
    for (const QJsonValue& command : json.value(QStringLiteral("commands")).toArray())
        g.commands.append(DrillCommand::fromJson(command.toObject()));
    g.dryRun = json.value(QStringLiteral("dry_run")).toBool();
    return {g};
}

} // namespace etcddrill
