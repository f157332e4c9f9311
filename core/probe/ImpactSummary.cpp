#include "ImpactSummary.h"

#include <QJsonArray>
#include <QStringList>

namespace etcddrill {

namespace {

double millisBetween(std::chrono::steady_clock::time_point from, std::chrono::steady_clock::time_point to)
{
    return std::chrono::duration<double, std::milli>(to - from).count();
}

double millis(std::chrono::microseconds d)
{
    return double(d.count()) / 1000.0;
}

QString formatMs(double ms)
{
    return ms >= 1000.0 ? QStringLiteral("%1 s").arg(ms / 1000.0, 0, 'f', 3)
                        : QStringLiteral("%1 ms").arg(ms, 0, 'f', 1);
}

QString latencyLine(const QString& label, const LatencyPercentiles& l)
{
    return QStringLiteral("%1 p50 %2 p90 %3 p99 %4 max %5")
        .arg(label, formatMs(l.p50Us / 1000.0), formatMs(l.p90Us / 1000.0), formatMs(l.p99Us / 1000.0),
             formatMs(l.maxUs / 1000.0));
}

} // namespace

QJsonObject ImpactSummary::toJson() const
{
    QJsonArray windowArray;
    for (const OutageWindow& w : windows) {
        windowArray.append(QJsonObject{
            {QStringLiteral("startMs"), millisBetween(origin, w.start)},
            {QStringLiteral("endMs"),
             w.open ? QJsonValue(QJsonValue::Null) : QJsonValue(millisBetween(origin, w.end))},
            {QStringLiteral("open"), w.open},
            {QStringLiteral("durationMs"), millis(w.duration)},
            {QStringLiteral("failedSamples"), qint64(w.failedSamples)},
            {QStringLiteral("phase"), impactPhaseName(w.phase)},
            {QStringLiteral("firstOutcome"), ProbeSample::outcomeName(w.firstOutcome)},
            {QStringLiteral("firstDetail"), w.firstDetail},
        });
    }
    QJsonArray periodArray;
    for (const DegradedPeriod& p : degraded) {
        periodArray.append(QJsonObject{
            {QStringLiteral("startMs"), millisBetween(origin, p.start)},
            {QStringLiteral("endMs"), millisBetween(origin, p.end)},
            {QStringLiteral("open"), p.open},
            {QStringLiteral("probes"), qint64(p.probes)},
            {QStringLiteral("failed"), qint64(p.failed)},
            {QStringLiteral("share"), p.share()},
            {QStringLiteral("kind"), DegradedPeriod::kindName(p.kind())},
            {QStringLiteral("failedBackends"), QJsonArray::fromStringList(p.failedBackends)},
        });
    }
    QJsonObject phaseObject;
    for (const PhaseImpact& p : phases) {
        const QJsonObject latency{
            {QStringLiteral("dns"), p.dns.toJson()},     {QStringLiteral("connect"), p.connect.toJson()},
            {QStringLiteral("tls"), p.tls.toJson()},     {QStringLiteral("ttfb"), p.ttfb.toJson()},
            {QStringLiteral("total"), p.total.toJson()},
        };
        phaseObject.insert(impactPhaseName(p.phase), QJsonObject{
                                                         {QStringLiteral("samples"), qint64(p.samples)},
                                                         {QStringLiteral("failed"), qint64(p.failed)},
                                                         {QStringLiteral("skipped"), qint64(p.skipped)},
                                                         {QStringLiteral("availability"), p.availability()},
                                                         {QStringLiteral("longestOutageMs"),
                                                          millis(p.longestOutage)},
                                                         {QStringLiteral("degradedMs"),
                                                          qint64(p.degradedTime.count())},
                                                         {QStringLiteral("latency"), latency},
                                                     });
    }
    return QJsonObject{
        {QStringLiteral("target"), target},
        {QStringLiteral("samples"), qint64(samples)},
        {QStringLiteral("failed"), qint64(failed)},
        {QStringLiteral("skipped"), qint64(skipped)},
        {QStringLiteral("impactMs"), millis(totalImpact)},
        {QStringLiteral("longestWindowMs"), millis(longestWindow)},
        {QStringLiteral("openWindows"), openWindows},
        {QStringLiteral("windows"), windowArray},
        {QStringLiteral("degraded"), periodArray},
        {QStringLiteral("degradedMs"), qint64(degradedTime.count())},
        {QStringLiteral("phases"), phaseObject},
    };
}

QString ImpactSummary::describe() const
{
    QStringList lines;
    const double percent = samples ? 100.0 * double(failed) / double(samples) : 0.0;
    QString head = QStringLiteral("%1: %2 probes, %3 failed (%4 %)")
                       .arg(target)
                       .arg(samples)
                       .arg(failed)
                       .arg(percent, 0, 'f', 2);
    if (windows.isEmpty())
        head += QStringLiteral(", no outage");
    else
        head += QStringLiteral(", impact %1 in %2 window(s), longest %3%4")
                    .arg(formatMs(millis(totalImpact)))
                    .arg(windows.size())
                    .arg(formatMs(millis(longestWindow)))
                    .arg(openWindows ? QStringLiteral(", STILL FAILING") : QString());
    if (skipped)
        head += QStringLiteral(", %1 skipped").arg(skipped);
    lines << head;
    for (const OutageWindow& w : windows) {
        lines << QStringLiteral("  window at +%1 (%2): %3%4, %5 failed probes, first: %6%7")
                     .arg(formatMs(millisBetween(origin, w.start)), impactPhaseName(w.phase),
                          formatMs(millis(w.duration)), w.open ? QStringLiteral(" so far, open") : QString())
                     .arg(w.failedSamples)
                     .arg(ProbeSample::outcomeName(w.firstOutcome),
                          w.firstDetail.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(w.firstDetail));
    }
    for (const PhaseImpact& p : phases) {
        if (p.samples == 0 && p.skipped == 0)
            continue;
        QString line = QStringLiteral("  %1: %2 probes, %3 failed (%4 %)")
                           .arg(impactPhaseName(p.phase))
                           .arg(p.samples)
                           .arg(p.failed)
                           .arg(100.0 * p.errorRate(), 0, 'f', 2);
        if (p.longestOutage.count() > 0)
            line += QStringLiteral(", longest outage %1").arg(formatMs(millis(p.longestOutage)));
        if (p.degradedTime.count() > 0)
            line += QStringLiteral(", degraded %1").arg(formatMs(double(p.degradedTime.count())));
        lines << line;
        if (p.total.count > 0)
            lines << QStringLiteral("    ") + latencyLine(QStringLiteral("total"), p.total);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace etcddrill
