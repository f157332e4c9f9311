#include "ReportSnapshotReader.h"

#include "ReportJournalFields.h"
#include "drill/Redactor.h"

#include <QJsonArray>
#include <QSet>

namespace etcddrill {

namespace {

using F = ReportJournalFields;

} // namespace

QString ReportSnapshotReader::nodeName(const QJsonObject& endpoint) const
{
    QString node = F::text(endpoint, QStringLiteral("node"));
    if (node.isEmpty())
        node = m_nodeByEndpoint.value(F::text(endpoint, QStringLiteral("endpoint")));
    if (node.isEmpty())
        node = F::text(endpoint, QStringLiteral("member_name"));
    if (node.isEmpty())
        node = F::text(endpoint, QStringLiteral("endpoint"));
    return node;
}

std::optional<ReportSnapshot> ReportSnapshotReader::read(const JournalEntry& e, const QString& label,
                                                         const QJsonObject& json)
{
    if (json.isEmpty())
        return std::nullopt;
    ReportSnapshot snap;
    snap.label = label.isEmpty() ? QStringLiteral("snapshot") : label;
    snap.monoMs = double(e.monoMs);
    snap.time = e.time;
    snap.health = F::text(json, QStringLiteral("health"));
    const QJsonObject leader = json.value(QStringLiteral("leader")).toObject();
    const QString leaderId = F::text(leader, QStringLiteral("id"));
    snap.leader = F::text(leader, QStringLiteral("node"));
    QSet<QString> seenIds;
    for (const QJsonValue& value : json.value(QStringLiteral("endpoints")).toArray()) {
        const QJsonObject ep = value.toObject();
        ReportMember member;
        member.node = nodeName(ep);
        member.memberId = F::text(ep, QStringLiteral("member_id"));
        const bool reachable = ep.value(QStringLiteral("reachable")).toBool(true);
        member.healthy = ep.value(QStringLiteral("healthy")).toBool();
        member.error = Redactor::redact(F::text(ep, QStringLiteral("error")));
        if (!reachable)
            member.role = QStringLiteral("down");
        else if (ep.value(QStringLiteral("is_leader")).toBool())
            member.role = QStringLiteral("leader");
        else if (ep.value(QStringLiteral("is_learner")).toBool())
            member.role = QStringLiteral("learner");
        else if (ep.contains(QStringLiteral("is_leader")))
            member.role = QStringLiteral("follower");
        else
            member.role = QStringLiteral("unknown");
        if (reachable) {
            member.raftTerm = F::integer(ep, QStringLiteral("raft_term"), -1);
            member.raftIndex = F::integer(ep, QStringLiteral("raft_index"), -1);
            member.revision = F::integer(ep, QStringLiteral("revision"), -1);
            member.dbSizeBytes = F::integer(ep, QStringLiteral("db_size"), -1);
        }
        member.indexLag = F::integer(ep, QStringLiteral("index_lag"), -1);
        member.latencyMs = F::number(ep, QStringLiteral("latency_ms")).value_or(-1);
        member.version = F::text(ep, QStringLiteral("version"));
        if (reachable && !member.version.isEmpty() && !m_etcdVersions.contains(member.version))
            m_etcdVersions.append(member.version);
        if (snap.leader.isEmpty() && !leaderId.isEmpty() && member.memberId == leaderId)
            snap.leader = member.node;
        seenIds.insert(member.memberId);
        snap.members.append(member);
    }
    // Members the member list knows but no endpoint reported (no node configured for them).
    for (const QJsonValue& value : json.value(QStringLiteral("members")).toArray()) {
        const QJsonObject info = value.toObject();
        const QString id = F::text(info, QStringLiteral("id"));
        if (id.isEmpty() || seenIds.contains(id))
            continue;
        ReportMember member;
        member.memberId = id;
        member.node = F::text(info, QStringLiteral("name"));
        member.role = info.value(QStringLiteral("is_learner")).toBool() ? QStringLiteral("learner")
                                                                        : QStringLiteral("unknown");
        member.error = tr("no endpoint of this member was polled");
        snap.members.append(member);
    }
    return snap;
}

} // namespace etcddrill
