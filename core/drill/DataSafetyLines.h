// The verdict's lines for the client workload's checks (DataSafetyResult): acknowledged writes lost (against
// drill.hypothesis.lost-writes), changes behind the workload's back, revision order, the watch, the members'
// HashKV (required unless drill.hypothesis.hashes-agree is false) and, as information, what the clients
// paid per phase. Pure; DrillVerdict::compute() appends them.
#pragma once

#include "HypothesisLine.h"

#include "config/HypothesisSettings.h"
#include "workload/DataSafetyResult.h"

#include <QList>

namespace etcddrill {

class DataSafetyLines
{
public:
    static constexpr char kLostName[] = QT_TRANSLATE_NOOP("DrillText", "acknowledged writes lost");
    static constexpr char kForeignName[] =
        QT_TRANSLATE_NOOP("DrillText", "changes behind the workload's back");
    static constexpr char kOrderName[] = QT_TRANSLATE_NOOP("DrillText", "revision order of the writes");
    static constexpr char kWatchName[] = QT_TRANSLATE_NOOP("DrillText", "watch of the workload");
    static constexpr char kHashName[] = QT_TRANSLATE_NOOP("DrillText", "member hashes (HashKV)");
    static constexpr char kClientsName[] = QT_TRANSLATE_NOOP("DrillText", "what the workload's clients paid");

    static QList<HypothesisLine> of(const DataSafetyResult& result, const HypothesisSettings& hypothesis);
    // "missing", "overwritten", … of DataSafetyResult::Finding::what, as a face shows it.
    static LocalizedText findingName(const QString& what);
    // "e.g. /etcd-drill/workload/…/17 missing from M3's read": the first finding of these kinds.
    static LocalizedText example(const DataSafetyResult& result, const QStringList& kinds);
};

} // namespace etcddrill
