// journal "cluster-event": a change in the cluster that the cluster monitor noticed between two polls
// (leader, term, quorum, a member down or up). Written by the engine right after the poll that showed it.
// The event's own time is not kept: the line's time and mono_ms say when it was written.
#pragma once

#include "i18n/LocalizedText.h"

#include "JournalKind.h"

#include "etcd/ClusterEvent.h"

#include <QJsonObject>
#include <QString>

namespace etcddrill {

struct ClusterEventRecord
{
    static constexpr JournalKind kKind = JournalKind::ClusterEvent;

    QString event; // ClusterEvent::kindName: "leader-changed", "member-down", "term-changed", …
    QString text;  // ClusterEvent::describe, English
    QString node;  // member-down/-up: the node; leader-changed: the new leader's; not written when empty
    // Written only with leader-changed:
    QString oldLeaderId; // hex
    QString newLeaderId; // hex
    QString oldNode;     // the old leader's node, may be empty
    // Written only with leader-changed and term-changed, as JSON numbers (doubles):
    quint64 oldTerm = 0;
    quint64 newTerm = 0;
    LocalizedText detail; // e.g. the error that made a member count as down; not written when empty

    static ClusterEventRecord of(const ClusterEvent& event);
    QJsonObject toJson() const;
    static ClusterEventRecord fromJson(const QJsonObject& json);
};

} // namespace etcddrill
