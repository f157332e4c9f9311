// What a replay shows at one moment of a recorded drill (ReplayCursor::at): indexes into the ReportModel it
// was computed from, so that the replay can compare two moments cheaply and present only what changed.
// A value type.
#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace etcddrill {

struct ReplayState
{
    // Index into ReportModel::snapshots: the last at or before t; before the first one, the first (the
    // cluster as the drill found it); -1 when the model has no snapshots.
    int snapshotIndex = -1;
    // Per ReportModel::series (same order): index of its last sample at or before t that is not Skipped
    // (a skipped slot says nothing about the target); -1 when there is none.
    QList<int> sampleIndex;
    // Per target that has any outage in ReportModel::outages: the index of the outage open at t, -1 when none
    // is. Targets without outages are absent.
    QHash<QString, int> openOutage;
    // Index into ReportModel::timeline: the last row at or before t, -1 when t is before the first row.
    int timelineRow = -1;
};

} // namespace etcddrill
