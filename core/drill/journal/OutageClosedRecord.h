// journal "outage-closed": a probe target answers again, its outage window closed. Written by
// ProbeImpactRecorder when the first good probe after the failures is seen (with outage-opened in the same
// batch when the window opened and closed inside it). A window still open when the drill ends has none.
#pragma once

#include "JournalKind.h"

#include <QJsonObject>
#include <QString>

namespace etcddrill {

struct OutageClosedRecord
{
    static constexpr JournalKind kKind = JournalKind::OutageClosed;

    QString target;           // probe target name
    qint64 startMonoMs = 0;   // CLOCK_MONOTONIC ms (whole) at the start of the first failed probe
    qint64 endMonoMs = 0;     // CLOCK_MONOTONIC ms (whole) at the start of the first good probe after them
    double durationMs = 0;    // the window's length, ms with µs resolution (a fractional JSON number)
    qint64 failedSamples = 0; // failed probes in the window
    QString phase;            // impactPhaseName when it opened: "before", "during-fault", "after-restore"
    QString firstOutcome;     // ProbeSample::outcomeName of the first failed probe
    QString firstDetail;      // its detail, may be empty (always written)

    QJsonObject toJson() const;
    static OutageClosedRecord fromJson(const QJsonObject& json);
};

} // namespace etcddrill
