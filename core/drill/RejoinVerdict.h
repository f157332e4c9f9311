// What RejoinRule found in one ClusterSnapshot: nothing (the stopped member is back as the same member and
// caught up), or the first thing that is not there yet, in words (a LocalizedText in the "DrillText"
// context) and as a kind, and whether waiting longer can still help. A value type.
#pragma once

#include "i18n/LocalizedText.h"

#include <QString>

namespace etcddrill {

struct RejoinVerdict
{
    enum class Problem : quint8 {
        None,
        TargetMissing,   // the target's endpoint is not in the snapshot
        TargetUnhealthy, // the target does not answer the health read (yet)
        OtherMember,     // the target answers as another member ID than before the stop
        TargetBehind,    // the target is more raft entries behind the leader than allowed (or unknown)
        MemberUnhealthy, // another member does not answer the health read
        NoLeader,        // no leader, or the members do not agree on one
        MemberCount,     // the member list does not have the configured number of members
        MemberBehind,    // some member is too far behind the leader
        MemberAlarm,     // some member raises an alarm (NOSPACE, CORRUPT)
        NoQuorum,        // no quorum
    };

    Problem problem = Problem::None;
    // Waiting cannot help: the target came back as a different member (when the question treats that so).
    bool fatal = false;
    LocalizedText text; // empty when problem is None
    // The target as the snapshot shows it (0 / -1 when missing), for the faces' "back as member … n behind".
    quint64 memberId = 0;
    qint64 indexLag = -1;

    bool rejoined() const { return problem == Problem::None; }
};

} // namespace etcddrill
