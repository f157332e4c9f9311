// journal "fault-not-applied": the stop command was refused or never ran, so the target is running.
#pragma once

#include "JournalKind.h"

#include <QJsonObject>
#include <QString>

namespace etcddrill {

struct FaultNotAppliedRecord
{
    static constexpr JournalKind kKind = JournalKind::FaultNotApplied;

    QString node;
    QString reason; // English, redacted by the writer's caller

    QJsonObject toJson() const;
    static FaultNotAppliedRecord fromJson(const QJsonObject& json);
};

} // namespace etcddrill
