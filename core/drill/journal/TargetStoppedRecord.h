// journal "target-stopped": the target's etcd stopped answering. Written once by the engine, when the fault's
// effect (the endpoint watcher) first sees the target's client URL fail after fault-applied.
#pragma once

#include "JournalKind.h"

#include <QJsonObject>
#include <QString>
#include <optional>

namespace etcddrill {

struct TargetStoppedRecord
{
    static constexpr JournalKind kKind = JournalKind::TargetStopped;

    QString node;
    std::optional<qint64>
        afterMs;   // ms from the moment the stop command was issued (an integer); absent: unset
    QString error; // the watcher's error, e.g. "cannot connect to …: connection refused"

    QJsonObject toJson() const;
    static TargetStoppedRecord fromJson(const QJsonObject& json);
};

} // namespace etcddrill
