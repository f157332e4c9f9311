// journal "gate-confirmed": the operator confirmed a gate by typing the node name. Written (and fsynced) by
// the engine before the stop or start commands of that gate run.
#pragma once

#include "JournalKind.h"
#include "OperatorIdentity.h"

#include <QJsonObject>
#include <QString>

namespace etcddrill {

struct GateConfirmedRecord
{
    static constexpr JournalKind kKind = JournalKind::GateConfirmed;

    QString step; // DrillStep::idName: "stop-target", "start-target"
    QString node; // the node name that was typed
    OperatorIdentity by;
    QString confirmedAt; // UTC, ISO 8601 with ms (Qt::ISODateWithMs)

    QJsonObject toJson() const;
    static GateConfirmedRecord fromJson(const QJsonObject& json);
};

} // namespace etcddrill
