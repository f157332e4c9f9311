// journal "probe-summary": once a second, the probe counts per target and the cluster in a few words. Written
// by the engine every second from the start of the drill to its end, only when the drill has probe targets.
// The JSON is DrillProgress::toJson's (the phase's total length is not in it).
#pragma once

#include "DrillProgress.h"
#include "JournalKind.h"

#include <QJsonObject>

namespace etcddrill {

struct ProbeSummaryRecord
{
    static constexpr JournalKind kKind = JournalKind::ProbeSummary;

    // step, phase, second (whole seconds since the start), elapsed_ms (in the phase), health, healthy_voters,
    // total_voters, leader, write_checks, write_failures; targets: target, ok, failed (probes in this
    // second), max_ms (fractional ms), and outage_so_far_ms (integer ms) only while a window is open.
    DrillProgress progress;

    QJsonObject toJson() const;
    static ProbeSummaryRecord fromJson(const QJsonObject& json);
};

} // namespace etcddrill
