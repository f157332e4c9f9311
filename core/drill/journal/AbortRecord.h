// journal "abort": the operator aborted the drill (Ctrl+C, the console's Abort, a wrong --confirm). Written
// (and fsynced) by the engine before it ends the preflight or rolls back.
#pragma once

#include "JournalKind.h"
#include "OperatorIdentity.h"

#include <QJsonObject>
#include <QString>

namespace etcddrill {

struct AbortRecord
{
    static constexpr JournalKind kKind = JournalKind::Abort;

    QString reason; // English; "aborted by the operator" unless the face gave one (no "texts")
    OperatorIdentity by;

    QJsonObject toJson() const;
    static AbortRecord fromJson(const QJsonObject& json);
};

} // namespace etcddrill
