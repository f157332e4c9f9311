// The checks of step recovery, from the snapshot the recovery ends on: the target is the same member as
// before the stop, it has caught up (raft index lag within drill.max-index-lag), every member is healthy
// under one agreed leader, every probe target answers (when there are probes), and — when it recovered —
// how long that took against drill.hypothesis.max-recovery. Pure: unit-tested from hand-built snapshots.
// A value type with static functions; any thread.
#pragma once

#include "DrillCheck.h"

#include "etcd/ClusterSnapshot.h"

#include <QList>
#include <QStringList>
#include <chrono>
#include <optional>

namespace etcddrill {

class RecoveryChecks
{
public:
    struct Input
    {
        QString target;               // "M3"
        quint64 memberIdBefore = 0;   // the target's member ID before the stop
        quint64 memberIdAnswered = 0; // the ID its endpoint answered with after the start (0: unknown)
        qint64 maxIndexLag = 0;       // drill.max-index-lag
        std::optional<qsizetype> probeTargets; // how many probe targets; nullopt: no probes
        QStringList failingProbes;             // targets whose window is open or whose latest probe failed
        std::optional<std::chrono::milliseconds> recovery; // set when it recovered
        std::chrono::milliseconds settle{0};               // drill.settle
        std::chrono::milliseconds maxRecovery{0};          // drill.hypothesis.max-recovery
    };

    struct Result
    {
        QList<DrillCheck> checks;
        quint64 memberIdAfter = 0; // the target's member ID as the snapshot (or its endpoint) showed it
    };

    static Result of(const ClusterSnapshot& snapshot, const Input& input);
};

} // namespace etcddrill
