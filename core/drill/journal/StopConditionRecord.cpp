#include "StopConditionRecord.h"

namespace etcddrill {

QJsonObject StopConditionRecord::toJson() const
{
    return {{QStringLiteral("kind"), kind},
            {QStringLiteral("reason"), reason.english()},
            {QStringLiteral("texts"), QJsonObject{{QStringLiteral("reason"), reason.toJson()}}}};
}

StopConditionRecord StopConditionRecord::fromJson(const QJsonObject& json)
{
    return {json.value(QStringLiteral("kind")).toString(),
            LocalizedText::fromField(json, QStringLiteral("reason"))};
}

} // namespace etcddrill
