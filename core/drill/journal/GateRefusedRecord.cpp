#include "GateRefusedRecord.h"

namespace etcddrill {

QJsonObject GateRefusedRecord::toJson() const
{
    return {
        {QStringLiteral("step"), step}, {QStringLiteral("typed"), typed}, {QStringLiteral("reason"), reason}};
}

GateRefusedRecord GateRefusedRecord::fromJson(const QJsonObject& json)
{
    return {json.value(QStringLiteral("step")).toString(), json.value(QStringLiteral("typed")).toString(),
            json.value(QStringLiteral("reason")).toString()};
}

} // namespace etcddrill
