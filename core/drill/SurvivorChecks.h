// The checks of step verify-survivors from the first snapshot in which the survivors lead without the
// target: when the target was the leader, that a new one was elected within drill.hypothesis.max-election
// (the election is timed from the stop command); otherwise that a survivor leads; and that quorum held.
// Pure: unit-tested from hand-built snapshots. A value type with a static function; any thread.
#pragma once

#include "DrillCheck.h"

#include "etcd/ClusterSnapshot.h"

#include <QList>
#include <chrono>
#include <optional>

namespace etcddrill {

class SurvivorChecks
{
public:
    // `election`: from the stop command to `snapshot`, when the target was the leader; nullopt when it was a
    // follower.
    static QList<DrillCheck> of(const ClusterSnapshot& snapshot,
                                std::optional<std::chrono::milliseconds> election,
                                std::chrono::milliseconds maxElection);
};

} // namespace etcddrill
