// journal "fault-restored": the start commands succeeded. `by` is "recover" when etcd-drill-cli recover
// restored it, empty when the drill did.
#pragma once

#include "JournalKind.h"

#include <QJsonObject>
#include <QString>

namespace etcddrill {

struct FaultRestoredRecord
{
    static constexpr JournalKind kKind = JournalKind::FaultRestored;
    static constexpr char kByRecover[] = "recover";

    QString node;
    QString by;

    QJsonObject toJson() const;
    static FaultRestoredRecord fromJson(const QJsonObject& json);
};

} // namespace etcddrill
