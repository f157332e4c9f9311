// How the topology names an etcd member's role. Read straight from what ClusterMonitor reported
// (MemberStatus): down means the health read failed (as ClusterEvent's member-down), leader/learner are the
// member's own answers. Every role has a word and a symbol, so it never depends on colour.
#pragma once

#include <QString>

namespace etcddrill {

struct MemberStatus;

class MemberRole
{
public:
    enum class Kind { Unknown, Leader, Follower, Learner, Down };

    // Unknown until a snapshot has reported on this member.
    static Kind of(const MemberStatus& status, bool polled);
    static QString text(Kind role);   // translated: "Leader", "Follower", …
    static QString symbol(Kind role); // "★", "●", "◐", "✖", "?"
};

} // namespace etcddrill
