#include "ClusterEventRecord.h"

#include "etcd/ClusterSnapshotJson.h"

namespace etcddrill {

namespace {

bool hasLeader(const QString& event)
{
    return event == ClusterEvent::kindName(ClusterEvent::Kind::LeaderChanged);
}

bool hasTerms(const QString& event)
{
    return hasLeader(event) || event == ClusterEvent::kindName(ClusterEvent::Kind::TermChanged);
}

} // namespace

ClusterEventRecord ClusterEventRecord::of(const ClusterEvent& event)
{
    ClusterEventRecord r;
    r.event = ClusterEvent::kindName(event.kind);
    r.text = event.describe();
    r.node = event.nodeName;
    r.oldLeaderId = ClusterSnapshotJson::memberIdText(event.oldLeaderId);
    r.newLeaderId = ClusterSnapshotJson::memberIdText(event.newLeaderId);
    r.oldNode = event.oldNodeName;
    r.oldTerm = event.oldTerm;
    r.newTerm = event.newTerm;
    r.detail = event.detail;
    return r;
}

QJsonObject ClusterEventRecord::toJson() const
{
    QJsonObject json{{QStringLiteral("event"), event}, {QStringLiteral("text"), text}};
    if (!node.isEmpty())
        json.insert(QStringLiteral("node"), node);
    if (hasLeader(event)) {
        json.insert(QStringLiteral("old_leader_id"), oldLeaderId);
        json.insert(QStringLiteral("new_leader_id"), newLeaderId);
        json.insert(QStringLiteral("old_node"), oldNode);
    }
    if (hasTerms(event)) {
        json.insert(QStringLiteral("old_term"), static_cast<double>(oldTerm));
        json.insert(QStringLiteral("new_term"), static_cast<double>(newTerm));
    }
    if (!detail.isEmpty())
        json.insert(QStringLiteral("detail"), detail.english());
    if (detail.isTranslatable())
        json.insert(QStringLiteral("texts"), QJsonObject{{QStringLiteral("detail"), detail.toJson()}});
    return json;
}

ClusterEventRecord ClusterEventRecord::fromJson(const QJsonObject& json)
{
    ClusterEventRecord r;
    r.event = json.value(QStringLiteral("event")).toString();
    r.text = json.value(QStringLiteral("text")).toString();
    r.node = json.value(QStringLiteral("node")).toString();
    r.oldLeaderId = json.value(QStringLiteral("old_leader_id")).toString();
    r.newLeaderId = json.value(QStringLiteral("new_leader_id")).toString();
    r.oldNode = json.value(QStringLiteral("old_node")).toString();
    r.oldTerm = quint64(json.value(QStringLiteral("old_term")).toDouble());
    r.newTerm = quint64(json.value(QStringLiteral("new_term")).toDouble());
    r.detail = LocalizedText::fromField(json, QStringLiteral("detail"));
    return r;
}

} // namespace etcddrill
