#include "AbortRecord.h"

namespace etcddrill {

QJsonObject AbortRecord::toJson() const
{
    return {{QStringLiteral("reason"), reason}, {QStringLiteral("operator"), by.toJson()}};
}

AbortRecord AbortRecord::fromJson(const QJsonObject& json)
{
    return {json.value(QStringLiteral("reason")).toString(),
            OperatorIdentity::fromJson(json.value(QStringLiteral("operator")).toObject())};
}

} // namespace etcddrill
