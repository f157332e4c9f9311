#include "OutageOpenedRecord.h"

namespace etcddrill {

QJsonObject OutageOpenedRecord::toJson() const
{
    return {{QStringLiteral("target"), target},
            {QStringLiteral("start_mono_ms"), startMonoMs},
            {QStringLiteral("phase"), phase},
            {QStringLiteral("first_outcome"), firstOutcome},
            {QStringLiteral("first_detail"), firstDetail}};
}

OutageOpenedRecord OutageOpenedRecord::fromJson(const QJsonObject& json)
{
    return {json.value(QStringLiteral("target")).toString(),
            json.value(QStringLiteral("start_mono_ms")).toInteger(),
            json.value(QStringLiteral("phase")).toString(),
            json.value(QStringLiteral("first_outcome")).toString(),
            json.value(QStringLiteral("first_detail")).toString()};
}

} // namespace etcddrill
