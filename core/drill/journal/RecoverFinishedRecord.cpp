#include "RecoverFinishedRecord.h"

namespace etcddrill {

QJsonObject RecoverFinishedRecord::toJson() const
{
    return {{QStringLiteral("status"), status}, {QStringLiteral("detail"), detail}};
}

RecoverFinishedRecord RecoverFinishedRecord::fromJson(const QJsonObject& json)
{
    return {json.value(QStringLiteral("status")).toString(), json.value(QStringLiteral("detail")).toString()};
}

} // namespace etcddrill
