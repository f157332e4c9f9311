#include "GateConfirmedRecord.h"

namespace etcddrill {

QJsonObject GateConfirmedRecord::toJson() const
{
    return {{QStringLiteral("step"), step},
            {QStringLiteral("node"), node},
            {QStringLiteral("operator"), by.toJson()},
            {QStringLiteral("confirmed_at"), confirmedAt}};
}

GateConfirmedRecord GateConfirmedRecord::fromJson(const QJsonObject& json)
{
    return {json.value(QStringLiteral("step")).toString(), json.value(QStringLiteral("node")).toString(),
            OperatorIdentity::fromJson(json.value(QStringLiteral("operator")).toObject()),
            json.value(QStringLiteral("confirmed_at")).toString()};
}

} // namespace etcddrill
