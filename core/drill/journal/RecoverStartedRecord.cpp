#include "RecoverStartedRecord.h"

namespace etcddrill {

QJsonObject RecoverStartedRecord::toJson() const
{
    return {{QStringLiteral("node"), node},
            {QStringLiteral("operator"), by.toJson()},
            {QStringLiteral("commands_from"), commandsFrom}};
}

RecoverStartedRecord RecoverStartedRecord::fromJson(const QJsonObject& json)
{
    return {json.value(QStringLiteral("node")).toString(),
            OperatorIdentity::fromJson(json.value(QStringLiteral("operator")).toObject()),
            json.value(QStringLiteral("commands_from")).toString()};
}

} // namespace etcddrill
