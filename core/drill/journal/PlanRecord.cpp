#include "PlanRecord.h"

#include "RecordedCommand.h"
#include "Redactor.h"

namespace etcddrill {

QJsonObject PlanRecord::toJson() const
{
    return {{QStringLiteral("node"), node},
            {QStringLiteral("fault"), fault},
            {QStringLiteral("location"), location},
            {QStringLiteral("preflight"), RecordedCommand::toJson(preflight)},
            {QStringLiteral("stop"), RecordedCommand::toJson(stop)},
            {QStringLiteral("start"), RecordedCommand::toJson(start)},
            {QStringLiteral("restore_instructions"), Redactor::redact(restoreInstructions)}};
}

PlanRecord PlanRecord::fromJson(const QJsonObject& json)
{
    PlanRecord r;
    r.node = json.value(QStringLiteral("node")).toString();
    r.fault = json.value(QStringLiteral("fault")).toString();
    r.location = json.value(QStringLiteral("location")).toString();
    r.preflight = RecordedCommand::fromJson(json.value(QStringLiteral("preflight")).toArray());
    r.stop = RecordedCommand::fromJson(json.value(QStringLiteral("stop")).toArray());
    r.start = RecordedCommand::fromJson(json.value(QStringLiteral("start")).toArray());
    r.restoreInstructions = json.value(QStringLiteral("restore_instructions")).toString();
    return r;
}

} // namespace etcddrill
