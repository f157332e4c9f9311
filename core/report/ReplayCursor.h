// Which recorded facts were true at a moment t of a drill: the snapshot, each probe series' last answer, the
// open outages and the timeline row that a replay shows at t. Kept out of the replay's widgets so that this
// selection is tested headlessly (TestReplayCursor); ReplayController only presents its ReplayState.
// Stateless; any thread.
#pragma once

#include "report/ReplayState.h"
#include "report/ReportModel.h"

namespace etcddrill {

class ReplayCursor
{
public:
    // The state at monoMs (CLOCK_MONOTONIC ms, the journal's clock). Snapshots, timeline rows and each
    // series' samples are in time order (journal and file order), so they are found by binary search.
    static ReplayState at(const ReportModel& model, double monoMs);

    // An outage is open from its start up to, not including, its end; one the journal ends inside
    // (closed == false) stays open up to and including its end (the last sample's time), so that the end of
    // the replay still shows it.
    static bool isOpenAt(const ReportOutage& outage, double monoMs);

    static int snapshotAt(const ReportModel& model, double monoMs);
    static int sampleAt(const RecordedSeries& series, double monoMs);
    static int timelineRowAt(const ReportModel& model, double monoMs);
};

} // namespace etcddrill
