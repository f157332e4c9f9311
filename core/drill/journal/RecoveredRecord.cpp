#include "RecoveredRecord.h"

namespace etcddrill {

QJsonObject RecoveredRecord::toJson() const
{
    return {{QStringLiteral("node"), node}, {QStringLiteral("recovery_ms"), recoveryMs}};
}

RecoveredRecord RecoveredRecord::fromJson(const QJsonObject& json)
{
    return {json.value(QStringLiteral("node")).toString(),
            json.value(QStringLiteral("recovery_ms")).toInteger()};
}

} // namespace etcddrill
