#include "ReplayCursor.h"

#include <algorithm>

namespace etcddrill {

namespace {

// The index of the last element whose time is at or before monoMs, -1 when none (the list is in time order).
template <typename List, typename TimeOf> int lastAtOrBefore(const List& list, double monoMs, TimeOf timeOf)
{
    const auto end = std::upper_bound(list.cbegin(), list.cend(), monoMs,
                                      [&](double ms, const auto& item) { return ms < timeOf(item); });
    return int(end - list.cbegin()) - 1;
}

} // namespace

ReplayState ReplayCursor::at(const ReportModel& model, double monoMs)
{
    ReplayState state;
    state.snapshotIndex = snapshotAt(model, monoMs);
    state.sampleIndex.reserve(model.series.size());
    for (const RecordedSeries& series : model.series)
        state.sampleIndex.append(sampleAt(series, monoMs));
    // Outages are few (one per failed stretch) and in the order they were closed, not started: a plain scan.
    for (int i = 0; i < model.outages.size(); ++i) {
        const ReportOutage& outage = model.outages.at(i);
        if (isOpenAt(outage, monoMs))
            state.openOutage.insert(outage.target, i);
        else if (!state.openOutage.contains(outage.target))
            state.openOutage.insert(outage.target, -1);
    }
    state.timelineRow = timelineRowAt(model, monoMs);
    return state;
}

bool ReplayCursor::isOpenAt(const ReportOutage& outage, double monoMs)
{
    return outage.startMonoMs <= monoMs &&
           (monoMs < outage.endMonoMs || (!outage.closed && monoMs <= outage.endMonoMs));
}

int ReplayCursor::snapshotAt(const ReportModel& model, double monoMs)
{
    if (model.snapshots.isEmpty())
        return -1;
    const int index = lastAtOrBefore(model.snapshots, monoMs,
                                     [](const ReportSnapshot& snapshot) { return snapshot.monoMs; });
    return std::max(index, 0);
}

int ReplayCursor::sampleAt(const RecordedSeries& series, double monoMs)
{
    int index =
        lastAtOrBefore(series.samples, monoMs, [](const RecordedSample& sample) { return sample.monoMs; });
    while (index >= 0 && series.samples.at(index).outcome == ProbeSample::Outcome::Skipped)
        --index;
    return index;
}

int ReplayCursor::timelineRowAt(const ReportModel& model, double monoMs)
{
    return lastAtOrBefore(model.timeline, monoMs, [](const ReportTimelineRow& row) { return row.monoMs; });
}

} // namespace etcddrill
