// journal "degraded-opened": a probe target is degraded — over the sliding window (5 s) more than the
// threshold (5 %) of its probes failed (DegradedPeriodDetector). Written by ProbeImpactRecorder when the
// period opens, so the line's mono_ms is later than start_mono_ms; the counts are those at the opening.
#pragma once

#include "JournalKind.h"

#include <QJsonObject>
#include <QString>

namespace etcddrill {

struct DegradedOpenedRecord
{
    static constexpr JournalKind kKind = JournalKind::DegradedOpened;

    QString target;         // probe target name
    qint64 startMonoMs = 0; // CLOCK_MONOTONIC ms (whole) at the start of the period's first failed probe
    QString phase;          // impactPhaseName at the start: "before", "during-fault", "after-restore"
    qint64 probes = 0;      // probes from the first failed one to the latest failed one
    qint64 failed = 0;
    double share = 0; // failed / probes, 0 to 1

    QJsonObject toJson() const;
    static DegradedOpenedRecord fromJson(const QJsonObject& json);
};

} // namespace etcddrill
