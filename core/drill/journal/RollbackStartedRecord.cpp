#include "RollbackStartedRecord.h"

namespace etcddrill {

QJsonObject RollbackStartedRecord::toJson() const
{
    QJsonObject json{{QStringLiteral("kind"), kind},
                     {QStringLiteral("reason"), reason.english()},
                     {QStringLiteral("texts"), QJsonObject{{QStringLiteral("reason"), reason.toJson()}}}};
    if (restoreNeeded)
        json.insert(QStringLiteral("restore_needed"), *restoreNeeded);
    return json;
}

RollbackStartedRecord RollbackStartedRecord::fromJson(const QJsonObject& json)
{
    RollbackStartedRecord r;
    r.kind = json.value(QStringLiteral("kind")).toString();
    r.reason = LocalizedText::fromField(json, QStringLiteral("reason"));
    const QJsonValue needed = json.value(QStringLiteral("restore_needed"));
    if (needed.isBool())
        r.restoreNeeded = needed.toBool();
    return r;
}

} // namespace etcddrill
