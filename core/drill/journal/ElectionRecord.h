// journal "election": a leader election after the target stopped. Written once by the engine, only when the
// target was the leader, when a snapshot taken after the target stopped shows a new leader with a quorum.
#pragma once

#include "JournalKind.h"

#include <QJsonObject>
#include <QString>
#include <optional>

namespace etcddrill {

struct ElectionRecord
{
    static constexpr JournalKind kKind = JournalKind::Election;

    QString oldLeader;                // the target's node
    QString newLeader;                // the new leader's node (its member ID in hex when no node matches)
    quint64 term = 0;                 // the raft term of that snapshot (a JSON double)
    std::optional<qint64> durationMs; // ms from the stop command to that snapshot (an integer); absent: unset

    QJsonObject toJson() const;
    static ElectionRecord fromJson(const QJsonObject& json);
};

} // namespace etcddrill
