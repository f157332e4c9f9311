#include "TargetAnsweringRecord.h"

#include "JournalNumbers.h"

namespace etcddrill {

QJsonObject TargetAnsweringRecord::toJson() const
{
    QJsonObject json{{QStringLiteral("node"), node}, {QStringLiteral("member_id"), memberId}};
    JournalNumbers::insert(json, QStringLiteral("after_ms"), afterMs);
    return json;
}

TargetAnsweringRecord TargetAnsweringRecord::fromJson(const QJsonObject& json)
{
    return {json.value(QStringLiteral("node")).toString(),
            JournalNumbers::integer(json, QStringLiteral("after_ms")),
            json.value(QStringLiteral("member_id")).toString()};
}

} // namespace etcddrill
