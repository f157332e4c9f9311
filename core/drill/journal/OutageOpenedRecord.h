// journal "outage-opened": a probe target stopped answering, an outage window opened (after
// probes.outage-threshold consecutive failed probes; it starts at the first failure of that run). Written by
// ProbeImpactRecorder when the failure is seen, so the line's mono_ms is later than start_mono_ms.
#pragma once

#include "JournalKind.h"

#include <QJsonObject>
#include <QString>

namespace etcddrill {

struct OutageOpenedRecord
{
    static constexpr JournalKind kKind = JournalKind::OutageOpened;

    QString target;         // probe target name
    qint64 startMonoMs = 0; // CLOCK_MONOTONIC ms (whole) at the start of the first failed probe
    QString phase;          // impactPhaseName: "before", "during-fault", "after-restore"
    QString firstOutcome;   // ProbeSample::outcomeName of the first failed probe
    QString firstDetail;    // its detail, may be empty (always written)

    QJsonObject toJson() const;
    static OutageOpenedRecord fromJson(const QJsonObject& json);
};

} // namespace etcddrill
