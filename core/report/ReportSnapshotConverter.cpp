#include "ReportSnapshotConverter.h"

#include "config/ProbeSettings.h"

namespace etcddrill {

quint64 ReportSnapshotConverter::memberId(const QString& hex)
{
    bool ok = false;
    const quint64 id = hex.toULongLong(&ok, 16);
    return ok ? id : 0;
}

ClusterSnapshot ReportSnapshotConverter::toClusterSnapshot(const ReportSnapshot& snapshot, quint64 sequence)
{
    ClusterSnapshot cluster;
    cluster.wallTime = snapshot.time;
    cluster.sequence = sequence;

    quint64 leaderId = 0;
    for (const ReportMember& member : snapshot.members) {
        if (!snapshot.leader.isEmpty() && member.node == snapshot.leader)
            leaderId = memberId(member.memberId);
    }
    bool everyIdKnown = true;
    for (const ReportMember& member : snapshot.members) {
        MemberStatus status;
        status.nodeName = member.node;
        const QString role = member.role;
        // A member that answered has a role; "down" and "unknown" are the ones that did not.
        status.reachable = role == QLatin1String("leader") || role == QLatin1String("follower") ||
                           role == QLatin1String("learner");
        status.healthy = member.healthy;
        status.error = member.error;
        if (!status.healthy && status.error.isEmpty() && !status.reachable)
            status.error = QStringLiteral("down");
        status.memberId = memberId(member.memberId);
        everyIdKnown &= status.memberId != 0;
        status.version = member.version;
        status.leaderId = status.reachable ? leaderId : 0;
        status.raftTerm = member.raftTerm > 0 ? quint64(member.raftTerm) : 0;
        status.raftIndex = member.raftIndex > 0 ? quint64(member.raftIndex) : 0;
        status.raftAppliedIndex = status.raftIndex;
        status.revision = std::max<qint64>(member.revision, 0);
        status.dbSize = std::max<qint64>(member.dbSizeBytes, 0);
        status.isLearner = role == QLatin1String("learner");
        status.latency =
            std::chrono::microseconds(member.latencyMs > 0 ? qint64(member.latencyMs * 1000) : 0);
        cluster.endpoints.append(status);
    }
    // The member list gives names and the voter count; without every ID (a member down since before the
    // drill) the endpoints count the voters instead, which is what derive() falls back to.
    if (everyIdKnown) {
        for (const MemberStatus& status : std::as_const(cluster.endpoints)) {
            MemberInfo info;
            info.id = status.memberId;
            info.name = status.nodeName;
            info.isLearner = status.isLearner;
            cluster.members.append(info);
        }
    }
    cluster.derive();
    return cluster;
}

DrillConfig ReportSnapshotConverter::toDrillConfig(const ReportModel& model)
{
    DrillConfig config;
    config.clusterName = model.cluster;
    config.sourceFile = model.configFile;
    QStringList nodes;
    for (const ReportSnapshot& snapshot : model.snapshots) {
        for (const ReportMember& member : snapshot.members) {
            if (!member.node.isEmpty() && !nodes.contains(member.node))
                nodes.append(member.node);
        }
    }
    if (!model.targetNode.isEmpty() && !nodes.contains(model.targetNode))
        nodes.append(model.targetNode);
    for (const QString& name : std::as_const(nodes)) {
        NodeConfig node;
        node.name = name;
        config.nodes.append(node);
    }
    for (const RecordedSeries& series : model.series) {
        bool nodeTarget = false;
        for (const QString& name : std::as_const(nodes))
            nodeTarget |= series.target == ProbeSettings::nodeApiserverTargetName(name);
        if (nodeTarget)
            continue;
        ProbeTargetConfig target;
        target.name = series.target;
        target.url = model.probeUrls.value(series.target);
        config.probes.targets.append(target);
    }
    return config;
}

} // namespace etcddrill
