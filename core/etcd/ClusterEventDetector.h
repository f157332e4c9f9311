// Compares two consecutive ClusterSnapshots and names what changed: leader, term, members going down or
// coming back, quorum lost or regained. Pure (no state, no clock): the ClusterMonitor calls it once per
// snapshot, tests call it with hand-built pairs.
//
// Rules:
// - A member is "up" when its endpoint is healthy (the `etcdctl endpoint health` read succeeded), "down"
//   otherwise; endpoints are matched between snapshots by their configured endpoint string.
// - First snapshot (previous has no endpoints, e.g. default-constructed): only what is already wrong is
//   reported — member-down for each unhealthy endpoint and quorum-lost if there is no quorum — so a start
//   against a healthy cluster is silent instead of a storm of member-up events.
// - leader-changed whenever the derived leader ID differs (including to or from "none"); it carries the term
//   change, so term-changed is only reported when the term moved under the same leader (and both terms are
//   known).
// - Order within one detection: member-down/up (config order), quorum-lost, leader-changed, term-changed,
//   quorum-regained — the order in which an operator would tell the story.
#pragma once

#include "ClusterEvent.h"
#include "ClusterSnapshot.h"

#include <QList>

namespace etcddrill {

class ClusterEventDetector
{
public:
    static QList<ClusterEvent> detect(const ClusterSnapshot& previous, const ClusterSnapshot& current);

    // The node name for a member ID as seen in a snapshot: the configured node name of the endpoint that
    // reports that ID, else the member list's name; empty when unknown.
    static QString nodeNameOf(const ClusterSnapshot& snapshot, quint64 memberId);
    // nodeNameOf(), or the member ID in hex when no node has that member.
    static QString nodeOrMemberId(const ClusterSnapshot& snapshot, quint64 memberId);
};

} // namespace etcddrill
