#include "TargetAnsweringRecord.h"

namespace etcddrill {

QJsonObject TargetAnsweringRecord::toJson() const
{
    return {{QStringLiteral("node"), node},
            {QStringLiteral("after_ms"), afterMs},
            {QStringLiteral("member_id"), memberId}};
}

TargetAnsweringRecord TargetAnsweringRecord::fromJson(const QJsonObject& json)
{
    return {json.value(QStringLiteral("node")).toString(), json.value(QStringLiteral("after_ms")).toInteger(),
            json.value(QStringLiteral("member_id")).toString()};
}

} // namespace etcddrill
