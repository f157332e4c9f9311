// journal "recovered": the target rejoined as the same member and caught up. Written in step
// recovery when a snapshot shows it so (healthy as the same member ID within drill.max-index-lag, every
// member healthy, one agreed leader, every probe target answering); not after a rollback. When the recovery
// does not hold during drill.settle, a note says so and a later recovered line may follow: the last one
// counts.
#pragma once

#include "JournalKind.h"

#include <QJsonObject>
#include <QString>
#include <optional>

namespace etcddrill {

struct RecoveredRecord
{
    static constexpr JournalKind kKind = JournalKind::Recovered;

    QString node; // the target
    std::optional<qint64>
        recoveryMs; // ms from the start command to that snapshot (an integer); absent: unset

    QJsonObject toJson() const;
    static RecoveredRecord fromJson(const QJsonObject& json);
};

} // namespace etcddrill
