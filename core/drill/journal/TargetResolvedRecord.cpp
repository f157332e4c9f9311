#include "TargetResolvedRecord.h"

namespace etcddrill {

QJsonObject TargetResolvedRecord::toJson() const
{
    return {{QStringLiteral("node"), node},
            {QStringLiteral("member_id"), memberId},
            {QStringLiteral("endpoint"), endpoint},
            {QStringLiteral("how"), how},
            {QStringLiteral("was_leader"), wasLeader}};
}

TargetResolvedRecord TargetResolvedRecord::fromJson(const QJsonObject& json)
{
    return {json.value(QStringLiteral("node")).toString(), json.value(QStringLiteral("member_id")).toString(),
            json.value(QStringLiteral("endpoint")).toString(), json.value(QStringLiteral("how")).toString(),
            json.value(QStringLiteral("was_leader")).toBool()};
}

} // namespace etcddrill
