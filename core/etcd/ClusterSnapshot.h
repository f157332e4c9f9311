// The cluster as the ClusterMonitor saw it in one poll: every configured endpoint's status, the member list
// and the facts derived from them (leader, agreement, quorum, index lag). A value type; derive() is pure so
// the derivations are unit-tested from hand-built inputs.
#pragma once

#include "MemberInfo.h"
#include "MemberStatus.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <chrono>

namespace etcddrill {

struct ClusterSnapshot
{
    QDateTime wallTime;                       // for display and the journal
    std::chrono::steady_clock::time_point at; // for durations
    quint64 sequence = 0;                     // 1, 2, 3… per monitor

    QList<MemberStatus> endpoints; // in config order
    QList<MemberInfo> members;     // last member list any endpoint returned (may be from an earlier poll)

    // Derived facts (filled by derive()).
    quint64 leaderId = 0;      // the leader a majority of reachable members name; 0 when none
    bool leaderAgreed = false; // every reachable member names the same, non-zero leader
    quint64 raftTerm = 0;      // highest term any reachable member reports
    int healthyVoters = 0;     // healthy endpoints whose member is a voter (not a learner)
    int totalVoters = 0;       // voters in the member list, or the configured endpoint count when unknown
    bool quorumHeld = false;   // healthyVoters > totalVoters / 2 and a leader exists

    // The verdict behind `status`'s exit code and the console's headline: every endpoint healthy and quorum
    // held; quorum held with a member down; or quorum lost (which includes "nothing reachable").
    enum class Health { Healthy, Degraded, QuorumLost };
    Health health() const;

    // Fills the derived fields above and each endpoint's indexLag and memberName from endpoints and members.
    void derive();

    int indexOfMember(quint64 memberId) const; // index into endpoints, -1 if no endpoint reports that member
    const MemberStatus* leader() const;        // the endpoint that is the leader, nullptr if none reachable
    const MemberStatus* endpointOf(const QString& nodeName) const; // nullptr when no endpoint is that node's
};

} // namespace etcddrill

Q_DECLARE_METATYPE(etcddrill::ClusterSnapshot)
