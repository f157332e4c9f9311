#include "ClusterSnapshot.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <tuple>

namespace etcddrill {

void ClusterSnapshot::derive()
{
    QHash<quint64, const MemberInfo*> memberById;
    for (const MemberInfo& member : members)
        memberById.insert(member.id, &member);

    for (MemberStatus& endpoint : endpoints) {
        endpoint.memberName.clear();
        if (endpoint.memberId == 0)
            continue;
        if (const MemberInfo* member = memberById.value(endpoint.memberId)) {
            endpoint.memberName = member->name;
            // The member list is authoritative; Status only says so from etcd 3.4 on and not for a down
            // member.
            endpoint.isLearner = member->isLearner;
        }
    }

    // Leader: the ID most reachable members name. Ties (only while an election is settling) go to the
    // candidate named by the member with the highest term, which is the more recent view, then to the
    // lower ID so that the choice is stable.
    QHash<quint64, int> votes;
    QHash<quint64, quint64> highestTermNaming;
    raftTerm = 0;
    int reachable = 0;
    bool allSame = true;
    quint64 firstNamed = 0;
    for (const MemberStatus& endpoint : endpoints) {
        if (!endpoint.reachable)
            continue;
        ++reachable;
        raftTerm = std::max(raftTerm, endpoint.raftTerm);
        if (endpoint.leaderId == 0) {
            allSame = false;
            continue;
        }
        ++votes[endpoint.leaderId];
        highestTermNaming[endpoint.leaderId] =
            std::max(highestTermNaming.value(endpoint.leaderId), endpoint.raftTerm);
        if (firstNamed == 0)
            firstNamed = endpoint.leaderId;
        else if (firstNamed != endpoint.leaderId)
            allSame = false;
    }
    // ~id: of two otherwise equal candidates the lower ID ranks higher.
    auto rank = [&](quint64 id) {
        return std::make_tuple(votes.value(id), highestTermNaming.value(id), ~id);
    };
    leaderId = 0;
    for (auto it = votes.cbegin(); it != votes.cend(); ++it) {
        if (leaderId == 0 || rank(it.key()) > rank(leaderId))
            leaderId = it.key();
    }
    leaderAgreed = reachable > 0 && allSame && firstNamed != 0;

    // Voters: learners do not vote, so they neither count towards the quorum nor hold it.
    totalVoters = 0;
    if (!members.isEmpty()) {
        for (const MemberInfo& member : members) {
            if (!member.isLearner)
                ++totalVoters;
        }
    } else {
        for (const MemberStatus& endpoint : endpoints) {
            if (!endpoint.isLearner)
                ++totalVoters;
        }
    }
    healthyVoters = 0;
    QSet<quint64> counted; // two endpoints of one member (a misconfiguration) must not count twice
    for (const MemberStatus& endpoint : endpoints) {
        if (!endpoint.healthy || endpoint.isLearner)
            continue;
        if (endpoint.memberId != 0) {
            if (counted.contains(endpoint.memberId))
                continue;
            counted.insert(endpoint.memberId);
        }
        ++healthyVoters;
    }
    quorumHeld = leaderId != 0 && healthyVoters > totalVoters / 2;

    const MemberStatus* leaderStatus = leader();
    const quint64 leaderIndex = leaderStatus ? leaderStatus->raftIndex : 0;
    for (MemberStatus& endpoint : endpoints) {
        if (!leaderStatus || !endpoint.reachable)
            endpoint.indexLag = -1;
        else
            endpoint.indexLag =
                endpoint.raftIndex >= leaderIndex ? 0 : qint64(leaderIndex - endpoint.raftIndex);
    }
}

ClusterSnapshot::Health ClusterSnapshot::health() const
{
    if (!quorumHeld)
        return Health::QuorumLost;
    for (const MemberStatus& endpoint : endpoints) {
        if (!endpoint.healthy)
            return Health::Degraded;
    }
    return Health::Healthy;
}

int ClusterSnapshot::indexOfMember(quint64 memberId) const
{
    if (memberId == 0)
        return -1;
    for (int i = 0; i < endpoints.size(); ++i) {
        if (endpoints[i].memberId == memberId)
            return i;
    }
    return -1;
}

const MemberStatus* ClusterSnapshot::leader() const
{
    if (leaderId == 0)
        return nullptr;
    for (const MemberStatus& endpoint : endpoints) {
        if (endpoint.reachable && endpoint.memberId == leaderId)
            return &endpoint;
    }
    return nullptr;
}

const MemberStatus* ClusterSnapshot::endpointOf(const QString& nodeName) const
{
    for (const MemberStatus& status : endpoints) {
        if (status.nodeName == nodeName)
            return &status;
    }
    return nullptr;
}

} // namespace etcddrill
