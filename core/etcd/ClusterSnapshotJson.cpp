#include "ClusterSnapshotJson.h"

#include "ClusterEventDetector.h"

#include <QJsonArray>

namespace etcddrill {

namespace {

double milliseconds(std::chrono::microseconds duration)
{
    return static_cast<double>(duration.count()) / 1000.0;
}

QJsonObject endpointJson(const MemberStatus& status)
{
    QJsonObject json{
        {QStringLiteral("node"), status.nodeName},
        {QStringLiteral("endpoint"), status.endpoint},
        {QStringLiteral("reachable"), status.reachable},
        {QStringLiteral("healthy"), status.healthy},
        {QStringLiteral("member_id"), ClusterSnapshotJson::memberIdText(status.memberId)},
        {QStringLiteral("member_name"), status.memberName},
        {QStringLiteral("version"), status.version},
        {QStringLiteral("leader_id"), ClusterSnapshotJson::memberIdText(status.leaderId)},
        {QStringLiteral("is_leader"), status.isLeader()},
        {QStringLiteral("is_learner"), status.isLearner},
        // Raft counters stay below 2^53 for the lifetime of any real cluster, so numbers are safe here.
        {QStringLiteral("raft_term"), static_cast<double>(status.raftTerm)},
        {QStringLiteral("raft_index"), static_cast<double>(status.raftIndex)},
        {QStringLiteral("raft_applied_index"), static_cast<double>(status.raftAppliedIndex)},
        {QStringLiteral("index_lag"), static_cast<double>(status.indexLag)},
        {QStringLiteral("revision"), static_cast<double>(status.revision)},
        {QStringLiteral("db_size"), static_cast<double>(status.dbSize)},
        {QStringLiteral("db_size_in_use"), static_cast<double>(status.dbSizeInUse)},
        {QStringLiteral("alarms"), QJsonArray::fromStringList(status.alarms)},
        {QStringLiteral("latency_ms"), milliseconds(status.latency)},
    };
    if (!status.error.isEmpty()) {
        // The English for readers of the journal; its template under "texts" (LocalizedText::fromField).
        json.insert(QStringLiteral("error"), status.error.english());
        if (status.error.isTranslatable())
            json.insert(QStringLiteral("texts"),
                        QJsonObject{{QStringLiteral("error"), status.error.toJson()}});
        json.insert(QStringLiteral("grpc_code"), status.grpcCode);
    }
    if (status.writeChecked) {
        QJsonObject write{{QStringLiteral("ok"), status.writeOk},
                          {QStringLiteral("latency_ms"), milliseconds(status.writeLatency)}};
        if (!status.writeError.isEmpty())
            write.insert(QStringLiteral("error"), status.writeError.english());
        json.insert(QStringLiteral("write_check"), write);
    }
    return json;
}

QJsonObject memberJson(const MemberInfo& member)
{
    return QJsonObject{
        {QStringLiteral("id"), ClusterSnapshotJson::memberIdText(member.id)},
        {QStringLiteral("name"), member.name},
        {QStringLiteral("peer_urls"), QJsonArray::fromStringList(member.peerUrls)},
        {QStringLiteral("client_urls"), QJsonArray::fromStringList(member.clientUrls)},
        {QStringLiteral("is_learner"), member.isLearner},
    };
}

} // namespace

QString ClusterSnapshotJson::memberIdText(quint64 id)
{
    return id == 0 ? QString() : QString::number(id, 16);
}

QString ClusterSnapshotJson::healthName(ClusterSnapshot::Health health)
{
    switch (health) {
    case ClusterSnapshot::Health::Healthy:
        return QStringLiteral("healthy");
    case ClusterSnapshot::Health::Degraded:
        return QStringLiteral("degraded");
    case ClusterSnapshot::Health::QuorumLost:
        break;
    }
    return QStringLiteral("quorum-lost");
}

QJsonObject ClusterSnapshotJson::toJson(const ClusterSnapshot& snapshot)
{
    QJsonArray endpoints;
    for (const MemberStatus& status : snapshot.endpoints)
        endpoints.append(endpointJson(status));
    QJsonArray members;
    for (const MemberInfo& member : snapshot.members)
        members.append(memberJson(member));
    return QJsonObject{
        {QStringLiteral("time"), snapshot.wallTime.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("sequence"), static_cast<double>(snapshot.sequence)},
        {QStringLiteral("health"), healthName(snapshot.health())},
        {QStringLiteral("leader"),
         QJsonObject{{QStringLiteral("id"), memberIdText(snapshot.leaderId)},
                     {QStringLiteral("node"), ClusterEventDetector::nodeNameOf(snapshot, snapshot.leaderId)},
                     {QStringLiteral("agreed"), snapshot.leaderAgreed}}},
        {QStringLiteral("raft_term"), static_cast<double>(snapshot.raftTerm)},
        {QStringLiteral("quorum"), QJsonObject{{QStringLiteral("held"), snapshot.quorumHeld},
                                               {QStringLiteral("healthy_voters"), snapshot.healthyVoters},
                                               {QStringLiteral("total_voters"), snapshot.totalVoters}}},
        {QStringLiteral("endpoints"), endpoints},
        {QStringLiteral("members"), members},
    };
}

QJsonObject ClusterSnapshotJson::toJson(const ClusterEvent& event)
{
    QJsonObject json{
        {QStringLiteral("time"), event.wallTime.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("event"), ClusterEvent::kindName(event.kind)},
        {QStringLiteral("text"), event.describe()},
    };
    if (!event.nodeName.isEmpty())
        json.insert(QStringLiteral("node"), event.nodeName);
    if (event.kind == ClusterEvent::Kind::LeaderChanged) {
        json.insert(QStringLiteral("old_leader_id"), memberIdText(event.oldLeaderId));
        json.insert(QStringLiteral("new_leader_id"), memberIdText(event.newLeaderId));
        json.insert(QStringLiteral("old_node"), event.oldNodeName);
    }
    if (event.kind == ClusterEvent::Kind::LeaderChanged || event.kind == ClusterEvent::Kind::TermChanged) {
        json.insert(QStringLiteral("old_term"), static_cast<double>(event.oldTerm));
        json.insert(QStringLiteral("new_term"), static_cast<double>(event.newTerm));
    }
    if (!event.detail.isEmpty())
        json.insert(QStringLiteral("detail"), event.detail.english());
    return json;
}

} // namespace etcddrill
