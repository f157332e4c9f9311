// When the drill's quorum stop condition fires, from the snapshots taken while the fault holds: when at most
// half the voters answer in two snapshots in a row (one lost Status answer on a busy machine is not a lost
// quorum), or when the members answer but no leader with a healthy majority shows up for longer than an
// election may take (drill.hypothesis.max-election) plus two request deadlines (for the health reads to see
// the new leader). Each answer says why, for the stop condition's reason.
// A value type fed one snapshot at a time; pure, unit-tested from hand-built snapshots. Any thread.
#pragma once

#include "etcd/ClusterSnapshot.h"
#include "i18n/LocalizedText.h"

#include <chrono>
#include <optional>

namespace etcddrill {

class QuorumLossRule
{
public:
    explicit QuorumLossRule(std::chrono::milliseconds grace) : m_grace(grace) {}

    // The reason the quorum counts as lost after `snapshot`; nullopt while it holds (or may still return).
    std::optional<LocalizedText> add(const ClusterSnapshot& snapshot);

private:
    std::chrono::milliseconds m_grace;
    int m_lostInARow = 0;
    std::optional<std::chrono::steady_clock::time_point> m_noQuorumSince;
};

} // namespace etcddrill
