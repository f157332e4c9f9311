// The report's figures of client impact, computed from what ReportBuilder collected: each probe target's
// kind and order (VIP, domain, the rest), its samples, failures and outage windows against its limit, the
// latency percentiles per phase of the drill, and how long the target took to catch up once it answered
// again (ReportBuilder's header says how each is defined). Pure functions of their arguments. Stateless; any
// thread.
#pragma once

#include "ReportModel.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace etcddrill {

class ReportImpactFigures
{
public:
    // "vip", "domain", "apiserver" (a "<node>-apiserver" target of a configured node) or "other". The
    // journal records no kind per probe target; these are the names the config reference and the lab use.
    static QString targetKind(const QString& target, const QStringList& nodes);
    // A way in for clients: the VIP or the domain (kind as targetKind() names it).
    static bool isWayIn(const QString& kind);
    // The targets that are ways in, in their order; every target when none is (a config that probes only
    // apiservers still gets its figures).
    static QStringList waysIn(const QStringList& targets, const QStringList& nodes);
    // VIP first, then the domain, then the rest (a stable sort keeps their order).
    static int kindOrder(const QString& kind);
    static void sortByKind(QList<RecordedSeries>* series, const QStringList& nodes);

    // What the probe-summary lines counted per target: used for a target without samples.
    struct SummaryCounts
    {
        QStringList targets; // in order of first mention
        QHash<QString, qint64> ok;
        QHash<QString, qint64> failed;
    };

    // One row per target: the series' targets in their order, then the targets only the summaries or the
    // outage lines name (outageOrder: in order of first outage), VIP and domain first.
    static QList<ReportTargetImpact> impact(const QList<RecordedSeries>& series,
                                            const QList<ReportOutage>& outages, const QStringList& nodes,
                                            const SummaryCounts& summary, const QStringList& outageOrder,
                                            const QHash<QString, double>& maxOutageByTarget);

    // "before" until the fault was applied, "during-fault" until the restore was issued, "after-restore" until
    // the target was back (the last recovered line), "after-recovery" to the end (the ImpactTracker's
    // phases); one row per series and phase that has samples, with the longest outage that began in the
    // phase and the part of the target's degraded periods that falls into it.
    static QList<ReportPhaseStats> phaseStats(const QList<RecordedSeries>& series,
                                              const QList<ReportOutage>& outages,
                                              const QList<ReportDegradedPeriod>& degraded,
                                              const std::optional<double>& faultAppliedMono,
                                              const std::optional<double>& restoreIssuedMono,
                                              const std::optional<double>& recoveredMono);

    // From answeringMono to the first snapshot in which `targetNode` is reachable with 0 <= index_lag <=
    // maxIndexLag (any lag when maxIndexLag < 0), or the recovered line when it comes first.
    static std::optional<double> catchUpMs(const QList<ReportSnapshot>& snapshots, const QString& targetNode,
                                           const std::optional<double>& answeringMono,
                                           const std::optional<double>& recoveredMono, qint64 maxIndexLag);

    // Nearest-rank percentile of sorted values (0 when there are none).
    static double percentile(const std::vector<float>& sorted, double p);
};

} // namespace etcddrill
