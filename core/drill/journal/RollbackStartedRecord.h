// journal "rollback-started": the target is being restored without a gate, after an abort, a stop condition
// or a stop that failed or did not take effect. Written by the engine when the rollback begins, or when the
// normal start command that was running at an abort has ended (then without restore_needed).
#pragma once

#include "JournalKind.h"

#include "i18n/LocalizedText.h"

#include <QJsonObject>
#include <QString>
#include <optional>

namespace etcddrill {

struct RollbackStartedRecord
{
    static constexpr JournalKind kKind = JournalKind::RollbackStarted;

    QString kind; // "abort", "stop-command", "stop-timeout", "quorum-lost", "outage", "write-failures"
    LocalizedText reason; // English in "reason"; "texts" always carries it (a plain string when verbatim)
    // True when the start commands still have to run, false when the target was already restored. Not
    // written when the abort came while the normal start command ran (it restored the target).
    std::optional<bool> restoreNeeded;

    QJsonObject toJson() const;
    static RollbackStartedRecord fromJson(const QJsonObject& json);
};

} // namespace etcddrill
