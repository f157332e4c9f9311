#include "TargetStoppedRecord.h"

#include "JournalNumbers.h"

namespace etcddrill {

QJsonObject TargetStoppedRecord::toJson() const
{
    QJsonObject json{{QStringLiteral("node"), node}, {QStringLiteral("error"), error}};
    JournalNumbers::insert(json, QStringLiteral("after_ms"), afterMs);
    return json;
}

TargetStoppedRecord TargetStoppedRecord::fromJson(const QJsonObject& json)
{
    return {json.value(QStringLiteral("node")).toString(),
            JournalNumbers::integer(json, QStringLiteral("after_ms")),
            json.value(QStringLiteral("error")).toString()};
}

} // namespace etcddrill
