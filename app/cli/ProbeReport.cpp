#include "ProbeReport.h"

#include "drill/DrillDuration.h"

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

QStringList ProbeReport::phaseLines(const ImpactSummary& summary)
{
    static const char* const titles[impactPhaseCount] = {"before the stop", "target down", "recovery",
                                                         "after recovery"};
    QStringList lines;
    for (const PhaseImpact& p : summary.phases) {
        if (p.samples == 0)
            continue;
        QString line = QStringLiteral("    %1 %2 probes, %3 failed (%4 %)")
                           .arg(QLatin1String(titles[size_t(p.phase)]), -16)
                           .arg(p.samples)
                           .arg(p.failed)
                           .arg(100.0 * p.errorRate(), 0, 'f', 2);
        if (p.longestOutage.count() > 0)
            line += QStringLiteral(", longest outage ") + formatMs(double(p.longestOutage.count()) / 1000.0);
        if (p.degradedTime.count() > 0)
            line += QStringLiteral(", degraded ") + formatMs(double(p.degradedTime.count()));
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
        return full ? QStringLiteral("%1: DOWN, every probe failing").arg(target)
                    : QStringLiteral("%1: DEGRADED, %2 of %3 probes failed since the first failure")
                          .arg(target)
                          .arg(period.failed)
                          .arg(period.probes);
    return QStringLiteral("%1: ok again after %2 %3 (%4 of %5 probes failed, %6 %%7)")
        .arg(target, DrillDuration::text(period.duration()).english(),
             full ? QStringLiteral("down") : QStringLiteral("degraded"))
        .arg(period.failed)
        .arg(period.probes)
        .arg(qRound(period.share() * 100.0))
        .arg(period.failedBackends.isEmpty()
                 ? QString()
                 : QStringLiteral("; failing backends: ") + period.failedBackends.join(QStringLiteral(", ")));
}

} // namespace etcddrill
