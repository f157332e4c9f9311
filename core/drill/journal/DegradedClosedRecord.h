// journal "degraded-closed": a probe target is no longer degraded — the share of failed probes stayed at or
// below the threshold for a whole window. The period ends at its last failed probe. A period still open
// when the drill ends has no degraded-closed (summary.json's impact has it, open).
#pragma once

#include "JournalKind.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace etcddrill {

struct DegradedClosedRecord
{
    static constexpr JournalKind kKind = JournalKind::DegradedClosed;

    QString target;
    qint64 startMonoMs = 0; // as in degraded-opened
    qint64 endMonoMs = 0;   // CLOCK_MONOTONIC ms (whole) at the start of the period's last failed probe
    QString phase;          // impactPhaseName at the start
    qint64 probes = 0;      // from the first to the last failed probe, both included
    qint64 failed = 0;
    double share = 0;           // failed / probes, 0 to 1
    QString kind;               // "partial" (some probes answered) or "full" (every probe failed)
    QStringList failedBackends; // the backends that answered the failed probes, where they say (may be empty)

    QJsonObject toJson() const;
    static DegradedClosedRecord fromJson(const QJsonObject& json);
};

} // namespace etcddrill
