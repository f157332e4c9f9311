// journal "target-stopped": the target's etcd stopped answering. Written once by the engine, when the fault's
// effect (the endpoint watcher) first sees the target's client URL fail after fault-applied.
#pragma once

#include "JournalKind.h"

#include <QJsonObject>
#include <QString>

namespace etcddrill {

struct TargetStoppedRecord
{
    static constexpr JournalKind kKind = JournalKind::TargetStopped;

    QString node;
    qint64 afterMs = 0; // ms from the moment the stop command was issued (an integer in the journal)
    QString error;      // the watcher's error, e.g. "cannot connect to …: connection refused"

    QJsonObject toJson() const;
    static TargetStoppedRecord fromJson(const QJsonObject& json);
};

} // namespace etcddrill
