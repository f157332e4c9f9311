// The outage windows of a report, from the journal's outage-opened/-closed lines: one window per target at a
// time, a window closed without a recorded opening taken as it stands, its length from duration_ms (µs)
// when the line has it; a window never closed lasts to the target's last sample (or the journal's end
// without samples), its failed samples counted from the samples, and is marked closed = false.
// Thread: any. Owner: ReportBuilder, for one build.
#pragma once

#include "ReportModel.h"
#include "drill/JournalReadResult.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace etcddrill {

class ReportOutageWindows
{
public:
    void takeOpened(const JournalEntry& e);
    void takeClosed(const JournalEntry& e);
    // Ends the windows still open at endMonoMs (or their target's last sample in `series`) and sorts every
    // window by its start.
    void finish(const QList<RecordedSeries>& series, double endMonoMs);

    const QList<ReportOutage>& outages() const { return m_outages; }
    // The targets in order of their first outage.
    const QStringList& targetOrder() const { return m_order; }

private:
    QList<ReportOutage> m_outages;
    QStringList m_order;
    QHash<QString, int> m_open; // target -> index in m_outages of its open window
};

} // namespace etcddrill
