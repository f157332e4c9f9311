#include "RecoveredRecord.h"

#include "JournalNumbers.h"

namespace etcddrill {

QJsonObject RecoveredRecord::toJson() const
{
    QJsonObject json{{QStringLiteral("node"), node}};
    JournalNumbers::insert(json, QStringLiteral("recovery_ms"), recoveryMs);
    return json;
}

RecoveredRecord RecoveredRecord::fromJson(const QJsonObject& json)
{
    return {json.value(QStringLiteral("node")).toString(),
            JournalNumbers::integer(json, QStringLiteral("recovery_ms"))};
}

} // namespace etcddrill
