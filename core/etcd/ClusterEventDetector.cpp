#include "ClusterEventDetector.h"

#include "ClusterSnapshotJson.h"

namespace etcddrill {

namespace {

QString nameOfEndpoint(const MemberStatus& endpoint)
{
    if (!endpoint.nodeName.isEmpty())
        return endpoint.nodeName;
    if (!endpoint.memberName.isEmpty())
        return endpoint.memberName;
    return endpoint.endpoint;
}

QString voterCount(const ClusterSnapshot& snapshot)
{
    return QStringLiteral("%1 of %2 voters healthy").arg(snapshot.healthyVoters).arg(snapshot.totalVoters);
}

} // namespace

QString ClusterEventDetector::nodeOrMemberId(const ClusterSnapshot& snapshot, quint64 memberId)
{
    const QString name = nodeNameOf(snapshot, memberId);
    return name.isEmpty() ? ClusterSnapshotJson::memberIdText(memberId) : name;
}

QString ClusterEventDetector::nodeNameOf(const ClusterSnapshot& snapshot, quint64 memberId)
{
    if (memberId == 0)
        return {};
    const int index = snapshot.indexOfMember(memberId);
    if (index >= 0 && !snapshot.endpoints[index].nodeName.isEmpty())
        return snapshot.endpoints[index].nodeName;
    for (const MemberInfo& member : snapshot.members) {
        if (member.id == memberId)
            return member.name;
    }
    return {};
}

QList<ClusterEvent> ClusterEventDetector::detect(const ClusterSnapshot& previous,
                                                 const ClusterSnapshot& current)
{
    QList<ClusterEvent> events;
    auto make = [&current](ClusterEvent::Kind kind) {
        ClusterEvent event;
        event.kind = kind;
        event.wallTime = current.wallTime;
        event.at = current.at;
        return event;
    };

    const bool first = previous.endpoints.isEmpty();

    for (const MemberStatus& now : current.endpoints) {
        const MemberStatus* before = nullptr;
        for (const MemberStatus& candidate : previous.endpoints) {
            if (candidate.endpoint == now.endpoint) {
                before = &candidate;
                break;
            }
        }
        const bool wasHealthy = before ? before->healthy : true; // unseen so far: only report it if down
        if (wasHealthy && !now.healthy) {
            ClusterEvent event = make(ClusterEvent::Kind::MemberDown);
            event.nodeName = nameOfEndpoint(now);
            event.detail = now.error;
            events.append(event);
        } else if (!wasHealthy && now.healthy) {
            ClusterEvent event = make(ClusterEvent::Kind::MemberUp);
            event.nodeName = nameOfEndpoint(now);
            events.append(event);
        }
    }

    if (first) {
        if (!current.quorumHeld) {
            ClusterEvent event = make(ClusterEvent::Kind::QuorumLost);
            event.detail = voterCount(current);
            events.append(event);
        }
        return events;
    }

    if (previous.quorumHeld && !current.quorumHeld) {
        ClusterEvent event = make(ClusterEvent::Kind::QuorumLost);
        event.detail = voterCount(current);
        events.append(event);
    }

    bool leaderChanged = false;
    if (previous.leaderId != current.leaderId) {
        leaderChanged = true;
        ClusterEvent event = make(ClusterEvent::Kind::LeaderChanged);
        event.oldLeaderId = previous.leaderId;
        event.newLeaderId = current.leaderId;
        event.oldTerm = previous.raftTerm;
        event.newTerm = current.raftTerm;
        event.nodeName = nodeNameOf(current, current.leaderId);
        event.oldNodeName = nodeNameOf(previous, previous.leaderId);
        if (event.oldNodeName.isEmpty())
            event.oldNodeName = nodeNameOf(current, previous.leaderId);
        events.append(event);
    }

    if (!leaderChanged && previous.raftTerm != 0 && current.raftTerm != 0 &&
        previous.raftTerm != current.raftTerm) {
        ClusterEvent event = make(ClusterEvent::Kind::TermChanged);
        event.oldTerm = previous.raftTerm;
        event.newTerm = current.raftTerm;
        event.nodeName = nodeNameOf(current, current.leaderId);
        events.append(event);
    }

    if (!previous.quorumHeld && current.quorumHeld) {
        ClusterEvent event = make(ClusterEvent::Kind::QuorumRegained);
        event.detail = voterCount(current);
        events.append(event);
    }
    return events;
}

} // namespace etcddrill
