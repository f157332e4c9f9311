#include "ElectionRecord.h"

#include "JournalNumbers.h"

namespace etcddrill {

QJsonObject ElectionRecord::toJson() const
{
    QJsonObject json{{QStringLiteral("old_leader"), oldLeader},
                     {QStringLiteral("new_leader"), newLeader},
                     {QStringLiteral("term"), double(term)}};
    JournalNumbers::insert(json, QStringLiteral("duration_ms"), durationMs);
    return json;
}

ElectionRecord ElectionRecord::fromJson(const QJsonObject& json)
{
    return {json.value(QStringLiteral("old_leader")).toString(),
            json.value(QStringLiteral("new_leader")).toString(),
            quint64(json.value(QStringLiteral("term")).toDouble()),
            JournalNumbers::integer(json, QStringLiteral("duration_ms"))};
}

} // namespace etcddrill
