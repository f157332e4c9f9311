#include "FaultRestoredRecord.h"

namespace etcddrill {

QJsonObject FaultRestoredRecord::toJson() const
{
    QJsonObject json{{QStringLiteral("node"), node}};
    if (!by.isEmpty())
        json.insert(QStringLiteral("by"), by);
    return json;
}

FaultRestoredRecord FaultRestoredRecord::fromJson(const QJsonObject& json)
{
    return {json.value(QStringLiteral("node")).toString(), json.value(QStringLiteral("by")).toString()};
}

} // namespace etcddrill
