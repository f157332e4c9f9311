#include "FaultNotAppliedRecord.h"

namespace etcddrill {

QJsonObject FaultNotAppliedRecord::toJson() const
{
    return {{QStringLiteral("node"), node}, {QStringLiteral("reason"), reason}};
}

FaultNotAppliedRecord FaultNotAppliedRecord::fromJson(const QJsonObject& json)
{
    return {json.value(QStringLiteral("node")).toString(), json.value(QStringLiteral("reason")).toString()};
}

} // namespace etcddrill
