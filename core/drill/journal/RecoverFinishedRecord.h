// journal "recover-finished": etcd-drill-cli recover ended, restored or failed. Written by DrillRecovery as
// the last line it appends ("failed" after fault-restored: the start commands ran but the target did not
// rejoin in time, or came back as a different member).
#pragma once

#include "JournalKind.h"

#include <QJsonObject>
#include <QString>

namespace etcddrill {

struct RecoverFinishedRecord
{
    static constexpr JournalKind kKind = JournalKind::RecoverFinished;
    static constexpr char kRestored[] = "restored"; // the target answers as the same member, caught up
    static constexpr char kFailed[] = "failed";

    QString status; // kRestored or kFailed
    QString detail; // English: what was seen, or what failed

    QJsonObject toJson() const;
    static RecoverFinishedRecord fromJson(const QJsonObject& json);
};

} // namespace etcddrill
