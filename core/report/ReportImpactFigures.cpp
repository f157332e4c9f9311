#include "ReportImpactFigures.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace etcddrill {

namespace {

const RecordedSeries* seriesOf(const QList<RecordedSeries>& series, const QString& target)
{
    for (const RecordedSeries& s : series) {
        if (s.target == target)
            return &s;
    }
    return nullptr;
}

} // namespace

QString ReportImpactFigures::targetKind(const QString& target, const QStringList& nodes)
{
    const QString lower = target.toLower();
    if (lower == QLatin1String("vip") || lower.contains(QLatin1String("vip")))
        return QStringLiteral("vip");
    if (lower == QLatin1String("domain") || lower.contains(QLatin1String("domain")) ||
        lower.contains(QLatin1String("dns")))
        return QStringLiteral("domain");
    if (target.endsWith(QLatin1String("-apiserver"))) {
        const QString node = target.left(target.size() - int(qstrlen("-apiserver")));
        if (nodes.isEmpty() || nodes.contains(node))
            return QStringLiteral("apiserver");
    }
    return QStringLiteral("other");
}

bool ReportImpactFigures::isWayIn(const QString& kind)
{
    return kind == QLatin1String("vip") || kind == QLatin1String("domain");
}

QStringList ReportImpactFigures::waysIn(const QStringList& targets, const QStringList& nodes)
{
    QStringList ways;
    for (const QString& target : targets) {
        if (isWayIn(targetKind(target, nodes)))
            ways.append(target);
    }
    return ways.isEmpty() ? targets : ways;
}

int ReportImpactFigures::kindOrder(const QString& kind)
{
    if (kind == QLatin1String("vip"))
        return 0;
    if (kind == QLatin1String("domain"))
        return 1;
    return 2;
}

void ReportImpactFigures::sortByKind(QList<RecordedSeries>* series, const QStringList& nodes)
{
    std::stable_sort(
        series->begin(), series->end(), [&nodes](const RecordedSeries& a, const RecordedSeries& b) {
            return kindOrder(targetKind(a.target, nodes)) < kindOrder(targetKind(b.target, nodes));
        });
}

QList<ReportTargetImpact> ReportImpactFigures::impact(const QList<RecordedSeries>& series,
                                                      const QList<ReportOutage>& outages,
                                                      const QStringList& nodes, const SummaryCounts& summary,
                                                      const QStringList& outageOrder,
                                                      const QHash<QString, double>& maxOutageByTarget)
{
    QStringList targets;
    for (const RecordedSeries& s : series)
        targets.append(s.target);
    QStringList rest = summary.targets;
    for (const QString& target : outageOrder) {
        if (!rest.contains(target))
            rest.append(target);
    }
    std::stable_sort(rest.begin(), rest.end(), [&nodes](const QString& a, const QString& b) {
        return kindOrder(targetKind(a, nodes)) < kindOrder(targetKind(b, nodes));
    });
    for (const QString& target : rest) {
        if (!targets.contains(target))
            targets.append(target);
    }
    QList<ReportTargetImpact> impacts;
    for (const QString& target : targets) {
        ReportTargetImpact impact;
        impact.target = target;
        impact.kind = targetKind(target, nodes);
        if (const RecordedSeries* s = seriesOf(series, target)) {
            for (const RecordedSample& sample : s->samples) {
                if (sample.outcome == ProbeSample::Outcome::Skipped)
                    continue;
                ++impact.samples;
                if (sample.isFailure())
                    ++impact.failedSamples;
            }
        } else {
            impact.samples = summary.ok.value(target) + summary.failed.value(target);
            impact.failedSamples = summary.failed.value(target);
        }
        for (const ReportOutage& o : outages) {
            if (o.target != target)
                continue;
            ++impact.windows;
            const double length = o.endMonoMs - o.startMonoMs;
            impact.totalOutageMs += length;
            impact.longestOutageMs = std::max(impact.longestOutageMs, length);
        }
        if (maxOutageByTarget.contains(target))
            impact.maxOutageMs = maxOutageByTarget.value(target);
        impacts.append(impact);
    }
    return impacts;
}

QList<ReportPhaseStats> ReportImpactFigures::phaseStats(const QList<RecordedSeries>& series,
                                                        const QList<ReportOutage>& outages,
                                                        const QList<ReportDegradedPeriod>& degraded,
                                                        const std::optional<double>& faultAppliedMono,
                                                        const std::optional<double>& restoreIssuedMono,
                                                        const std::optional<double>& recoveredMono)
{
    struct Bounds
    {
        QString name;
        double from;
        double to;
    };
    QList<Bounds> phases;
    const double inf = std::numeric_limits<double>::infinity();
    if (!faultAppliedMono) {
        phases.append({QStringLiteral("before"), -inf, inf});
    } else {
        phases.append({QStringLiteral("before"), -inf, *faultAppliedMono});
        const double restore = restoreIssuedMono.value_or(inf);
        phases.append({QStringLiteral("during-fault"), *faultAppliedMono, restore});
        if (restoreIssuedMono) {
            const bool back = recoveredMono && *recoveredMono >= restore;
            const double recovered = back ? *recoveredMono : inf;
            phases.append({QStringLiteral("after-restore"), restore, recovered});
            if (back)
                phases.append({QStringLiteral("after-recovery"), recovered, inf});
        }
    }
    QList<ReportPhaseStats> all;
    for (const RecordedSeries& s : series) {
        for (const Bounds& phase : phases) {
            ReportPhaseStats stats;
            stats.phase = phase.name;
            stats.target = s.target;
            std::vector<float> ok;
            for (const RecordedSample& sample : s.samples) {
                if (sample.monoMs < phase.from || sample.monoMs >= phase.to ||
                    sample.outcome == ProbeSample::Outcome::Skipped)
                    continue;
                ++stats.samples;
                if (sample.isFailure())
                    ++stats.failed;
                else
                    ok.push_back(sample.totalMs);
            }
            if (stats.samples == 0)
                continue;
            for (const ReportOutage& o : outages) {
                if (o.target == s.target && o.startMonoMs >= phase.from && o.startMonoMs < phase.to)
                    stats.longestOutageMs = std::max(stats.longestOutageMs, o.endMonoMs - o.startMonoMs);
            }
            for (const ReportDegradedPeriod& p : degraded) {
                if (p.target == s.target)
                    stats.degradedMs +=
                        std::max(0.0, std::min(p.endMonoMs, phase.to) - std::max(p.startMonoMs, phase.from));
            }
            std::sort(ok.begin(), ok.end());
            stats.p50Ms = percentile(ok, 50);
            stats.p90Ms = percentile(ok, 90);
            stats.p99Ms = percentile(ok, 99);
            stats.maxMs = ok.empty() ? 0 : ok.back();
            all.append(stats);
        }
    }
    return all;
}

std::optional<double> ReportImpactFigures::catchUpMs(const QList<ReportSnapshot>& snapshots,
                                                     const QString& targetNode,
                                                     const std::optional<double>& answeringMono,
                                                     const std::optional<double>& recoveredMono,
                                                     qint64 maxIndexLag)
{
    if (!answeringMono)
        return std::nullopt;
    std::optional<double> caughtUp = recoveredMono;
    for (const ReportSnapshot& snap : snapshots) {
        if (snap.monoMs < *answeringMono || (caughtUp && snap.monoMs >= *caughtUp))
            continue;
        for (const ReportMember& member : snap.members) {
            if (member.node != targetNode || member.role == QLatin1String("down") || member.indexLag < 0)
                continue;
            if (maxIndexLag < 0 || member.indexLag <= maxIndexLag) {
                caughtUp = snap.monoMs;
                break;
            }
        }
    }
    if (!caughtUp)
        return std::nullopt;
    return std::max(0.0, *caughtUp - *answeringMono);
}

double ReportImpactFigures::percentile(const std::vector<float>& sorted, double p)
{
    if (sorted.empty())
        return 0;
    const size_t rank = size_t(std::ceil(p / 100.0 * double(sorted.size())));
    return sorted.at(std::clamp<size_t>(rank, 1, sorted.size()) - 1);
}

} // namespace etcddrill
