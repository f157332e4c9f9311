#include "DataSafetyRecord.h"

namespace etcddrill {

QJsonObject DataSafetyRecord::toJson() const
{
    QJsonObject json = result.toJson();
    json.insert(QStringLiteral("verified"), verified);
    json.insert(QStringLiteral("lost_writes_allowed"), lostWritesAllowed);
    json.insert(QStringLiteral("hashes_required"), hashesRequired);
    return json;
}

DataSafetyRecord DataSafetyRecord::fromJson(const QJsonObject& json)
{
    DataSafetyRecord r;
    r.result = DataSafetyResult::fromJson(json);
    r.verified = json.value(QStringLiteral("verified")).toBool();
    r.lostWritesAllowed = json.value(QStringLiteral("lost_writes_allowed")).toInt();
    r.hashesRequired = json.value(QStringLiteral("hashes_required")).toBool(true);
    return r;
}

} // namespace etcddrill
