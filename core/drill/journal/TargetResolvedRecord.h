// journal "target-resolved": the preflight chose the target node. Written once by DrillPreflight, after its
// etcd checks, when a configured node that answers with a member ID was found (otherwise a failed check
// "target" is written instead).
#pragma once

#include "JournalKind.h"

#include <QJsonObject>
#include <QString>

namespace etcddrill {

struct TargetResolvedRecord
{
    static constexpr JournalKind kKind = JournalKind::TargetResolved;

    QString node;
    QString memberId; // before the stop, hex (ClusterSnapshotJson::memberIdText)
    QString endpoint; // its etcd client URL
    QString how;      // "configured", "leader", "follower"
    bool wasLeader = false;

    QJsonObject toJson() const;
    static TargetResolvedRecord fromJson(const QJsonObject& json);
};

} // namespace etcddrill
