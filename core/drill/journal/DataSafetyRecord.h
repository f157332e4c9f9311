// journal "data-safety": the client workload's puts checked after the recovery (or only cleaned up after a
// rollback that did not bring the target back), with the hypothesis it was judged against. Written once by
// DrillDataSafety at the end of the drill, before the verdict; the fields are DataSafetyResult's.
#pragma once

#include "JournalKind.h"

#include "workload/DataSafetyResult.h"

#include <QJsonObject>

namespace etcddrill {

struct DataSafetyRecord
{
    static constexpr JournalKind kKind = JournalKind::DataSafety;

    DataSafetyResult result;
    bool verified = false; // the checks ran; false: the keys were only deleted
    int lostWritesAllowed = 0;
    bool hashesRequired = true;

    QJsonObject toJson() const;
    static DataSafetyRecord fromJson(const QJsonObject& json);
};

} // namespace etcddrill
