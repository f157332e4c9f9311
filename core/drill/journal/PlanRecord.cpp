#include "PlanRecord.h"

#include "RecordedCommand.h"
#include "Redactor.h"

namespace etcddrill {

QJsonObject PlanRecord::toJson() const
{
    const LocalizedText instructions = restoreInstructions.mapped(&Redactor::redact);
    QJsonObject json{{QStringLiteral("node"), node},
                     {QStringLiteral("fault"), fault},
                     {QStringLiteral("location"), location},
                     {QStringLiteral("preflight"), RecordedCommand::toJson(preflight)},
                     {QStringLiteral("stop"), RecordedCommand::toJson(stop)},
                     {QStringLiteral("start"), RecordedCommand::toJson(start)},
                     {QStringLiteral("restore_instructions"), instructions.english()}};
    if (instructions.isTranslatable())
        json.insert(QStringLiteral("texts"),
                    QJsonObject{{QStringLiteral("restore_instructions"), instructions.toJson()}});
    return json;
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
    r.restoreInstructions = LocalizedText::fromField(json, QStringLiteral("restore_instructions"));
    return r;
}

} // namespace etcddrill
