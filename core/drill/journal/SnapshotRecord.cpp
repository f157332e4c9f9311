#include "SnapshotRecord.h"

#include "etcd/ClusterSnapshotJson.h"

namespace etcddrill {

SnapshotRecord SnapshotRecord::of(const QString& label, const ClusterSnapshot& snapshot)
{
    return {label, ClusterSnapshotJson::toJson(snapshot)};
}

QJsonObject SnapshotRecord::toJson() const
{
    return {{QStringLiteral("label"), label}, {QStringLiteral("snapshot"), snapshot}};
}

SnapshotRecord SnapshotRecord::fromJson(const QJsonObject& json)
{
    return {json.value(QStringLiteral("label")).toString(),
            json.value(QStringLiteral("snapshot")).toObject()};
}

} // namespace etcddrill
