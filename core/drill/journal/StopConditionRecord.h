// journal "stop-condition": a stop condition fired and the drill rolls back. Written (and fsynced) by the
// engine; stop conditions are only active from fault-applied until the start commands are issued.
#pragma once

#include "JournalKind.h"

#include "i18n/LocalizedText.h"

#include <QJsonObject>
#include <QString>

namespace etcddrill {

struct StopConditionRecord
{
    static constexpr JournalKind kKind = JournalKind::StopCondition;

    QString kind;         // "quorum-lost", "outage", "write-failures"
    LocalizedText reason; // English in "reason"; "texts" always carries it (a plain string when verbatim)

    QJsonObject toJson() const;
    static StopConditionRecord fromJson(const QJsonObject& json);
};

} // namespace etcddrill
