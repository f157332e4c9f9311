// journal "target-answering": the target's etcd answers again. Written once by the engine, when the fault's
// effect (the endpoint watcher) first sees it answer after the start commands were issued.
#pragma once

#include "JournalKind.h"

#include <QJsonObject>
#include <QString>
#include <optional>

namespace etcddrill {

struct TargetAnsweringRecord
{
    static constexpr JournalKind kKind = JournalKind::TargetAnswering;

    QString node;
    std::optional<qint64>
        afterMs;      // ms from the moment the start command was issued (an integer); absent: unset
    QString memberId; // the member ID it answers as, hex (ClusterSnapshotJson::memberIdText; "" unknown)

    QJsonObject toJson() const;
    static TargetAnsweringRecord fromJson(const QJsonObject& json);
};

} // namespace etcddrill
