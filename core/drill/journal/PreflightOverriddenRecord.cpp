#include "PreflightOverriddenRecord.h"

#include <QJsonArray>

namespace etcddrill {

QJsonObject PreflightOverriddenRecord::toJson() const
{
    return {{QStringLiteral("failed_checks"), QJsonArray::fromStringList(failedChecks)},
            {QStringLiteral("operator"), by.toJson()}};
}

PreflightOverriddenRecord PreflightOverriddenRecord::fromJson(const QJsonObject& json)
{
    PreflightOverriddenRecord r;
    for (const QJsonValue& check : json.value(QStringLiteral("failed_checks")).toArray())
        r.failedChecks.append(check.toString());
    r.by = OperatorIdentity::fromJson(json.value(QStringLiteral("operator")).toObject());
    return r;
}

} // namespace etcddrill
