// The rule "the stopped member is back as the same member and caught up", asked of a ClusterSnapshot by the
// three places that wait for a drill's target to return:
//  - AfterStart: the drill's recovery step, after the start command (DrillEngine). The strictest: the target
//    answers as the member it was (another member ID is fatal, checked as soon as the target reports one),
//    every member is healthy under one agreed leader, the member list is complete, no member is more than
//    max-index-lag behind and none raises an alarm.
//  - AfterRollback: the rollback after an abort (DrillEngine): the target is healthy, the same member
//    (another one is not fatal here: the rollback waits until its own deadline), caught up, and the
//    cluster holds its quorum.
//  - AfterRecover: `recover` of a drill whose console died (DrillRecovery): as AfterRollback, but another
//    member ID is fatal, and only checked when the journal recorded the member ID.
// Each question keeps the words its journals always had (the English of the templates, which are the
// translations' ids), so the same problem may read slightly differently in each.
//
// Pure: static functions of their arguments; any thread.
#pragma once

#include "RejoinVerdict.h"

#include "etcd/ClusterSnapshot.h"

#include <QString>

namespace etcddrill {

class RejoinRule
{
public:
    enum class Question { AfterStart, AfterRollback, AfterRecover };

    struct Expected
    {
        QString node;           // the config's name of the target's node ("M3")
        quint64 memberId = 0;   // its member ID before the stop; 0: not known, any member ID will do
        qint64 maxIndexLag = 0; // drill.max-index-lag
        qsizetype members = 0;  // the configured member count (config.nodes), asked by AfterStart only
    };

    // The first problem in `snapshot`, or a verdict whose rejoined() is true.
    static RejoinVerdict check(Question question, const ClusterSnapshot& snapshot, const Expected& expected);
};

} // namespace etcddrill
