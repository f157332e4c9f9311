#include "CheckRecord.h"

namespace etcddrill {

QJsonObject CheckRecord::toJson() const
{
    return check.toJson();
}

CheckRecord CheckRecord::fromJson(const QJsonObject& json)
{
    DrillCheck c;
    c.step = DrillStep::idFromName(json.value(QStringLiteral("step")).toString())
                 .value_or(DrillStep::Id::Preflight);
    const QString status = json.value(QStringLiteral("status")).toString();
    if (status == QLatin1String("skipped"))
        c.status = DrillCheck::Status::Skipped;
    else if (status == QLatin1String("failed"))
        c.status = DrillCheck::Status::Failed;
    else if (status == QLatin1String("passed"))
        c.status = DrillCheck::Status::Passed;
    else
        c.status = json.value(QStringLiteral("passed")).toBool(true) ? DrillCheck::Status::Passed
                                                                     : DrillCheck::Status::Failed;
    c.overridable = json.value(QStringLiteral("overridable")).toBool(true);
    c.setTexts(LocalizedText::fromField(json, QStringLiteral("name")),
               LocalizedText::fromField(json, QStringLiteral("measured")),
               LocalizedText::fromField(json, QStringLiteral("expected")),
               LocalizedText::fromField(json, QStringLiteral("detail")));
    return {c};
}

} // namespace etcddrill
