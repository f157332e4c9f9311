#include "TargetStoppedRecord.h"

namespace etcddrill {

QJsonObject TargetStoppedRecord::toJson() const
{
    return {{QStringLiteral("node"), node},
            {QStringLiteral("after_ms"), afterMs},
            {QStringLiteral("error"), error}};
}

TargetStoppedRecord TargetStoppedRecord::fromJson(const QJsonObject& json)
{
    return {json.value(QStringLiteral("node")).toString(), json.value(QStringLiteral("after_ms")).toInteger(),
            json.value(QStringLiteral("error")).toString()};
}

} // namespace etcddrill
