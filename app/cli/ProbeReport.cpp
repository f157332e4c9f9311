#include "ProbeReport.h"

#include "i18n/DrillDuration.h"

#include <QStringList>
#include <algorithm>

namespace etcddrill {

namespace {

QString backendList(const QMap<QString, quint64>& backends)
{
    QStringList parts;
    for (auto it = backends.cbegin(); it != backends.cend(); ++it)
        parts << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
    return parts.join(QStringLiteral(", "));
}

QString percentiles(const QString& label, const LatencyPercentiles& latency)
{
    return QStringLiteral("%1 p50 %2 p99 %3 max %4")
        .arg(label, ProbeReport::formatMs(latency.p50Us / 1000.0),
             ProbeReport::formatMs(latency.p99Us / 1000.0), ProbeReport::formatMs(latency.maxUs / 1000.0));
}

} // namespace

QString ProbeReport::formatMs(double ms)
{
    return ms >= 1000.0 ? QStringLiteral("%1 s").arg(ms / 1000.0, 0, 'f', 3)
                        : QStringLiteral("%1 ms").arg(ms, 0, 'f', 1);
}

QString ProbeReport::secondLine(const QString& clock, const QString& target, int nameWidth,
                                const ProbeSecond& second,
                                std::optional<std::chrono::microseconds> openOutage)
{
    QString line = QStringLiteral("%1  %2 %3 ok %4 failed")
                       .arg(clock, target.leftJustified(nameWidth))
                       .arg(second.ok, 3)
                       .arg(second.failed, 3);
    if (!second.totalUs.empty()) {
        std::vector<quint32> sorted = second.totalUs;
        std::sort(sorted.begin(), sorted.end());
        // Nearest rank, as LatencyHistogram.
        const quint32 p50 = sorted.at((sorted.size() + 1) / 2 - 1);
        line +=
            QStringLiteral("  p50 %1  max %2").arg(formatMs(p50 / 1000.0), formatMs(sorted.back() / 1000.0));
    }
    if (second.skipped)
        line += QStringLiteral("  %1 skipped").arg(second.skipped);
    if (!second.backends.isEmpty())
        line += QStringLiteral("  from ") + backendList(second.backends);
    if (openOutage)
        line += QStringLiteral("  OUTAGE %1 so far").arg(formatMs(double(openOutage->count()) / 1000.0));
    if (second.failed)
        line += QStringLiteral("  last failure: ") + second.lastFailure;
    return line;
}

QString ProbeReport::finalText(const ImpactSummary& summary, const QString& url,
                               const QMap<QString, quint64>& backends)
{
    QStringList lines = summary.describe().split(QLatin1Char('\n'));
    if (!lines.isEmpty())
        lines.first() += QStringLiteral("  [%1]").arg(url);
    for (const PhaseImpact& phase : summary.phases) {
        if (phase.total.count == 0)
            continue;
        QStringList parts;
        if (phase.dns.count)
            parts << percentiles(QStringLiteral("dns"), phase.dns);
        if (phase.connect.count)
            parts << percentiles(QStringLiteral("connect"), phase.connect);
        if (phase.tls.count)
            parts << percentiles(QStringLiteral("tls"), phase.tls);
        parts << percentiles(QStringLiteral("ttfb"), phase.ttfb);
        lines << QStringLiteral("  %1 phases: %2")
                     .arg(impactPhaseName(phase.phase), parts.join(QStringLiteral("; ")));
    }
    if (!backends.isEmpty())
        lines << QStringLiteral("  answered by: ") + backendList(backends);
    return lines.join(QLatin1Char('\n'));
}

QString ProbeReport::headLine(const ImpactSummary& summary)
{
    const double percent = summary.samples ? 100.0 * double(summary.failed) / double(summary.samples) : 0.0;
    QString head = tr("%1: %2 probes, %3 failed (%4 %)")
                       .arg(summary.target)
                       .arg(summary.samples)
                       .arg(summary.failed)
                       .arg(percent, 0, 'f', 2);
    if (summary.windows.isEmpty())
        head += tr(", no outage");
    else
        head += tr(", impact %1 in %2 window(s), longest %3")
                    .arg(DrillDuration::text(summary.totalImpact).translated())
                    .arg(summary.windows.size())
                    .arg(DrillDuration::text(summary.longestWindow).translated());
    if (summary.openWindows)
        head += tr(", STILL FAILING");
    if (summary.skipped)
        head += tr(", %1 skipped").arg(summary.skipped);
    return head;
}

QStringList ProbeReport::phaseLines(const ImpactSummary& summary)
{
    static const char* const titles[impactPhaseCount] = {
        QT_TRANSLATE_NOOP("ProbeReport", "before the stop"), QT_TRANSLATE_NOOP("ProbeReport", "target down"),
        QT_TRANSLATE_NOOP("ProbeReport", "recovery"), QT_TRANSLATE_NOOP("ProbeReport", "after recovery")};
    QStringList lines;
    for (const PhaseImpact& p : summary.phases) {
        if (p.samples == 0)
            continue;
        QString line = QStringLiteral("    %1 ").arg(tr(titles[size_t(p.phase)]), -16) +
                       tr("%1 probes, %2 failed (%3 %)")
                           .arg(p.samples)
                           .arg(p.failed)
                           .arg(100.0 * p.errorRate(), 0, 'f', 2);
        if (p.longestOutage.count() > 0)
            line += tr(", longest outage %1").arg(DrillDuration::text(p.longestOutage).translated());
        if (p.degradedTime.count() > 0)
            line += tr(", degraded %1").arg(DrillDuration::text(p.degradedTime).translated());
        lines << line;
    }
    return lines;
}

QJsonObject ProbeReport::finalJson(const ImpactSummary& summary, const QString& url,
                                   const QMap<QString, quint64>& backends)
{
    QJsonObject object = summary.toJson();
    object.insert(QStringLiteral("url"), url);
    QJsonObject answered;
    for (auto it = backends.cbegin(); it != backends.cend(); ++it)
        answered.insert(it.key(), qint64(it.value()));
    object.insert(QStringLiteral("backends"), answered);
    return object;
}

QString ProbeReport::degradedText(const QString& target, const DegradedPeriod& period, bool opened)
{
    const bool full = period.kind() == DegradedPeriod::Kind::Full;
    if (opened)
        return full ? tr("%1: DOWN, every probe failing").arg(target)
                    : tr("%1: DEGRADED, %2 of %3 probes failed since the first failure")
                          .arg(target)
                          .arg(period.failed)
                          .arg(period.probes);
    const QString after = DrillDuration::text(period.duration()).translated();
    const QString backends =
        period.failedBackends.isEmpty()
            ? QString()
            : tr("; failing backends: %1").arg(period.failedBackends.join(QStringLiteral(", ")));
    return (full ? tr("%1: ok again after %2 down (%3 of %4 probes failed, %5 %%6)")
                 : tr("%1: ok again after %2 degraded (%3 of %4 probes failed, %5 %%6)"))
        .arg(target, after)
        .arg(period.failed)
        .arg(period.probes)
        .arg(qRound(period.share() * 100.0))
        .arg(backends);
}

} // namespace etcddrill
