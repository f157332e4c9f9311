#include "FaultAppliedRecord.h"

#include "RecordedCommand.h"

namespace etcddrill {

QJsonObject FaultAppliedRecord::toJson() const
{
    return {{QStringLiteral("node"), node},
            {QStringLiteral("member_id"), memberId},
            {QStringLiteral("endpoint"), endpoint},
            {QStringLiteral("start"), RecordedCommand::toJson(start)}};
}

FaultAppliedRecord FaultAppliedRecord::fromJson(const QJsonObject& json)
{
    FaultAppliedRecord r;
    r.node = json.value(QStringLiteral("node")).toString();
    r.memberId = json.value(QStringLiteral("member_id")).toString();
    r.endpoint = json.value(QStringLiteral("endpoint")).toString();
    r.start = RecordedCommand::fromJson(json.value(QStringLiteral("start")).toArray(), &r.startComplete);
    return r;
}

} // namespace etcddrill
