#include "LockRecord.h"

namespace etcddrill {

QJsonObject LockRecord::toJson() const
{
    QJsonObject json{
        {QStringLiteral("event"), event}, {QStringLiteral("key"), key}, {QStringLiteral("detail"), detail}};
    if (!holder.isEmpty())
        json.insert(QStringLiteral("holder"), holder);
    return json;
}

LockRecord LockRecord::fromJson(const QJsonObject& json)
{
    return {json.value(QStringLiteral("event")).toString(), json.value(QStringLiteral("key")).toString(),
            json.value(QStringLiteral("detail")).toString(), json.value(QStringLiteral("holder")).toObject()};
}

} // namespace etcddrill
