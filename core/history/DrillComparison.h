// A drill against the previous drill of its cluster: each key figure next to its previous value — the
// verdict, per way in (probe target) the longest outage and the error rate, the election, the recovery, the
// catch-up, failed write checks and the data-safety checks (lost writes, members' hashes) — marked worse when
// it got worse by more than a margin, better when it improved by as much. The margins keep noise out:
// durations count when they moved by more than 500 ms and by more than 25 %, error rates by more than half a
// percentage point and 25 %, counts (lost writes, failed write checks) by any amount, and the verdict when it
// went from passed to anything else. What `run` prints at its end, the report's comparison table and the
// console's history show. Stateless; any thread.
#pragma once

#include "DrillHistoryEntry.h"
#include "report/ComparedFigure.h"
#include "report/ReportComparison.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <optional>

namespace etcddrill {

class DrillComparison
{
public:
    static constexpr double kDurationMarginMs = 500.0;
    static constexpr double kRateMargin = 0.005; // half a percentage point
    static constexpr double kRelativeMargin = 0.25;

    static QList<ComparedFigure> compare(const DrillHistoryEntry& current, const DrillHistoryEntry& previous);
    static bool anyWorse(const QList<ComparedFigure>& figures);
    static ReportComparison toReport(const DrillHistoryEntry& previous, const QList<ComparedFigure>& figures);
    // The drill in `drillFolder` against the previous drill of its cluster in its journal folder (the
    // folder's parent) and `moreFolders`; nullopt when there is none (or the drill cannot be read).
    static std::optional<ReportComparison> forDrill(const QString& drillFolder,
                                                    const QStringList& moreFolders = {});
    // {"previous": {folder, started_at, outcome}, "figures": [...], "worse": n}
    static QJsonObject toJson(const DrillHistoryEntry& previous, const QList<ComparedFigure>& figures);
};

} // namespace etcddrill
