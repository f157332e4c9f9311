// journal "target-answering": the target's etcd answers again. Written once by the engine, when the fault's
// effect (the endpoint watcher) first sees it answer after the start commands were issued.
#pragma once

#include "JournalKind.h"

#include <QJsonObject>
#include <QString>

namespace etcddrill {

struct TargetAnsweringRecord
{
    static constexpr JournalKind kKind = JournalKind::TargetAnswering;

    QString node;
    qint64 afterMs = 0; // ms from the moment the start command was issued (an integer in the journal)
    QString memberId;   // the member ID it answers as, hex (ClusterSnapshotJson::memberIdText; "" unknown)

    QJsonObject toJson() const;
    static TargetAnsweringRecord fromJson(const QJsonObject& json);
};

} // namespace etcddrill
