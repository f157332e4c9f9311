// Turns a snapshot as the report holds it (ReportSnapshot: node names, roles, figures) back into the
// ClusterSnapshot the console's views take, so a replayed journal drives the same topology and status line as
// a live cluster. What the report does not keep (endpoint URLs, alarms, write checks) stays empty; the
// derived facts (leader, quorum, index lag) are derived again from what it does keep. `at` (steady clock) is
// left to the caller, which alone knows how the recording maps onto this process' clock. Stateless; any
// thread.
#pragma once

#include "ReportModel.h"
#include "config/DrillConfig.h"
#include "etcd/ClusterSnapshot.h"

namespace etcddrill {

class ReportSnapshotConverter
{
public:
    static ClusterSnapshot toClusterSnapshot(const ReportSnapshot& snapshot, quint64 sequence = 0);
    // The config a replay lays the console out by: the cluster's name, its nodes (from the snapshots and the
    // target) and its ways in (the probe series that are not a node's own apiserver). No endpoints: a replay
    // watches nothing.
    static DrillConfig toDrillConfig(const ReportModel& model);
    // "8e9e05c52164694d" (as journaled) -> the ID; 0 when empty or not hex.
    static quint64 memberId(const QString& hex);
};

} // namespace etcddrill
