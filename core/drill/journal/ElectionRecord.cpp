#include "ElectionRecord.h"

namespace etcddrill {

QJsonObject ElectionRecord::toJson() const
{
    return {{QStringLiteral("old_leader"), oldLeader},
            {QStringLiteral("new_leader"), newLeader},
            {QStringLiteral("term"), double(term)},
            {QStringLiteral("duration_ms"), durationMs}};
}

ElectionRecord ElectionRecord::fromJson(const QJsonObject& json)
{
    return {json.value(QStringLiteral("old_leader")).toString(),
            json.value(QStringLiteral("new_leader")).toString(),
            quint64(json.value(QStringLiteral("term")).toDouble()),
            json.value(QStringLiteral("duration_ms")).toInteger()};
}

} // namespace etcddrill
