// journal "snapshot": the cluster as one poll of the cluster monitor saw it at a moment of the drill (label).
// Written by DrillPreflight (preflight) and the engine (before-stop, target-down, end-of-observation,
// after-recovery, recovery-failed, after-rollback), only once the monitor has delivered a snapshot.
#pragma once

#include "JournalKind.h"

#include "etcd/ClusterSnapshot.h"

#include <QJsonObject>
#include <QString>

namespace etcddrill {

struct SnapshotRecord
{
    static constexpr JournalKind kKind = JournalKind::Snapshot;

    QString label;        // "preflight", "before-stop", "target-down", …
    QJsonObject snapshot; // ClusterSnapshotJson::toJson (the JSON of etcd-drill-cli status --json)

    static SnapshotRecord of(const QString& label, const ClusterSnapshot& snapshot);
    QJsonObject toJson() const;
    static SnapshotRecord fromJson(const QJsonObject& json);
};

} // namespace etcddrill
