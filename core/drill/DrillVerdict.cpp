#include "DrillVerdict.h"

#include "DataSafetyLines.h"
#include "DrillText.h"
#include "i18n/DrillDuration.h"

#include "config/Duration.h"

#include <QJsonArray>

namespace etcddrill {

namespace {

LocalizedText tx(const char* source)
{
    return DrillText::make(source);
}

template <class... Args> LocalizedText tx(const char* source, const Args&... args)
{
    return DrillText::make(source, args...);
}

LocalizedText atMost(std::chrono::milliseconds limit)
{
    return tx(QT_TRANSLATE_NOOP("DrillText", "at most %1"), Duration::format(limit));
}

HypothesisLine outageLine(const DrillMeasurements::TargetOutage& outage)
{
    HypothesisLine line;
    const LocalizedText name = tx(QT_TRANSLATE_NOOP("DrillText", "longest outage of %1"), outage.target);
    LocalizedText measured;
    if (outage.windows == 0) {
        measured = tx(QT_TRANSLATE_NOOP("DrillText", "no outage (%1 probes)"), qint64(outage.samples));
    } else {
        const LocalizedText still = outage.stillFailing
                                        ? tx(QT_TRANSLATE_NOOP("DrillText", ", still failing at the end"))
                                        : LocalizedText();
        measured =
            outage.windows == 1
                ? tx(QT_TRANSLATE_NOOP("DrillText", "%1 (%2 window, %3 in total, %4 of %5 probes failed)%6"),
                     DrillDuration::precise(outage.longest), outage.windows,
                     DrillDuration::text(outage.total), qint64(outage.failed), qint64(outage.samples), still)
                : tx(QT_TRANSLATE_NOOP("DrillText", "%1 (%2 windows, %3 in total, %4 of %5 probes failed)%6"),
                     DrillDuration::precise(outage.longest), outage.windows,
                     DrillDuration::text(outage.total), qint64(outage.failed), qint64(outage.samples), still);
    }
    if (!outage.maxOutage) {
        line.setTexts(name, tx(QT_TRANSLATE_NOOP("DrillText", "no limit (no max-outage)")), measured);
        line.informational = true;
        line.passed = true;
        return line;
    }
    line.setTexts(name, atMost(*outage.maxOutage), measured);
    // A window still open at the end is an outage that did not end: it fails even when it is short so far.
    line.passed = outage.longest <= *outage.maxOutage && !outage.stillFailing;
    return line;
}

HypothesisLine errorRateLine(const DrillMeasurements::TargetOutage& o)
{
    HypothesisLine line;
    const LocalizedText degraded = o.degradedPeriods == 0
                                       ? tx(QT_TRANSLATE_NOOP("DrillText", "never degraded"))
                                       : tx(QT_TRANSLATE_NOOP("DrillText", "degraded for %1 in %2 period(s)"),
                                            DrillDuration::text(o.degradedTime), o.degradedPeriods);
    line.setTexts(tx(HypothesisLine::kErrorRateName, o.target),
                  tx(QT_TRANSLATE_NOOP("DrillText", "at most %1 %"), DrillText::percent(*o.maxErrorRate)),
                  tx(QT_TRANSLATE_NOOP("DrillText", "%1 % (%2 of %3 probes failed; %4)"),
                     DrillText::percent(o.errorRate()), qint64(o.failed), qint64(o.samples), degraded));
    line.passed = o.errorRate() <= *o.maxErrorRate;
    return line;
}

HypothesisLine availabilityLine(const DrillMeasurements::TargetOutage& o)
{
    HypothesisLine line;
    line.setTexts(tx(HypothesisLine::kAvailabilityName, o.target),
                  tx(QT_TRANSLATE_NOOP("DrillText", "at least %1 %"), DrillText::percent(*o.minAvailability)),
                  tx(QT_TRANSLATE_NOOP("DrillText", "%1 % (%2 of %3 probes succeeded)"),
                     DrillText::percent(o.availability()), qint64(o.drillSamples - o.drillFailed),
                     qint64(o.drillSamples)));
    line.passed = o.availability() >= *o.minAvailability;
    return line;
}

} // namespace

QStringList DrillVerdict::failures() const
{
    QStringList names;
    for (const HypothesisLine& line : lines) {
        if (!line.passed)
            names.append(line.name);
    }
    return names;
}

QList<LocalizedText> DrillVerdict::failureTexts() const
{
    QList<LocalizedText> names;
    for (const HypothesisLine& line : lines) {
        if (!line.passed)
            names.append(line.nameText.isEmpty() ? LocalizedText(line.name) : line.nameText);
    }
    return names;
}

DrillVerdict DrillVerdict::compute(const DrillMeasurements& measured, const HypothesisSettings& hypothesis)
{
    DrillVerdict verdict;
    for (const DrillMeasurements::TargetOutage& outage : measured.outages) {
        verdict.lines.append(outageLine(outage));
        if (outage.maxErrorRate)
            verdict.lines.append(errorRateLine(outage));
        if (outage.minAvailability)
            verdict.lines.append(availabilityLine(outage));
    }

    HypothesisLine writes;
    writes.setTexts(tx(QT_TRANSLATE_NOOP("DrillText", "write failures")),
                    tx(QT_TRANSLATE_NOOP("DrillText", "at most %1"), hypothesis.writeFailures),
                    tx(QT_TRANSLATE_NOOP("DrillText", "%1 of %2 write checks failed"), measured.writeFailures,
                       measured.writeChecks));
    writes.passed = measured.writeFailures <= hypothesis.writeFailures;
    verdict.lines.append(writes);

    HypothesisLine election;
    const LocalizedText electionName = tx(QT_TRANSLATE_NOOP("DrillText", "leader election"));
    if (!measured.targetWasLeader) {
        election.setTexts(
            electionName, atMost(hypothesis.maxElection),
            tx(QT_TRANSLATE_NOOP("DrillText", "not measured: the target was a follower, the leader stayed")));
        election.informational = true;
    } else if (!measured.election) {
        election.setTexts(electionName, atMost(hypothesis.maxElection),
                          tx(QT_TRANSLATE_NOOP("DrillText", "no new leader was seen")));
        election.passed = false;
    } else {
        election.setTexts(electionName, atMost(hypothesis.maxElection),
                          DrillDuration::precise(*measured.election));
        election.passed = *measured.election <= hypothesis.maxElection;
    }
    verdict.lines.append(election);

    HypothesisLine recovery;
    const LocalizedText recoveryName = tx(QT_TRANSLATE_NOOP("DrillText", "recovery"));
    if (!measured.recovery) {
        const LocalizedText problem = measured.recoveryProblemText.isEmpty()
                                          ? LocalizedText(measured.recoveryProblem)
                                          : measured.recoveryProblemText;
        recovery.setTexts(recoveryName, atMost(hypothesis.maxRecovery),
                          measured.recoveryProblem.isEmpty()
                              ? tx(QT_TRANSLATE_NOOP("DrillText", "did not recover"))
                              : tx(QT_TRANSLATE_NOOP("DrillText", "did not recover: %1"), problem));
        recovery.passed = false;
    } else {
        recovery.setTexts(recoveryName, atMost(hypothesis.maxRecovery),
                          DrillDuration::precise(*measured.recovery));
        recovery.passed = *measured.recovery <= hypothesis.maxRecovery;
    }
    verdict.lines.append(recovery);
    if (measured.dataSafety)
        verdict.lines.append(DataSafetyLines::of(*measured.dataSafety, hypothesis));
    return verdict;
}

QJsonObject DrillVerdict::toJson() const
{
    QJsonArray array;
    for (const HypothesisLine& line : lines)
        array.append(line.toJson());
    return QJsonObject{{QStringLiteral("passed"), passed()}, {QStringLiteral("lines"), array}};
}

QString DrillVerdict::describe() const
{
    QStringList text;
    for (const HypothesisLine& line : lines)
        text.append(line.describe());
    text.append(passed()
                    ? QStringLiteral("Hypothesis held: PASSED")
                    : QStringLiteral("Hypothesis failed: %1").arg(failures().join(QStringLiteral(", "))));
    return text.join(QLatin1Char('\n'));
}

} // namespace etcddrill

namespace etcddrill {

QString DrillVerdict::describeTranslated() const
{
    QStringList text;
    for (const HypothesisLine& line : lines)
        text.append(line.describeTranslated());
    text.append(passed()
                    ? DrillText::make(QT_TRANSLATE_NOOP("DrillText", "Hypothesis held: PASSED")).translated()
                    : DrillText::make(QT_TRANSLATE_NOOP("DrillText", "Hypothesis failed: %1"),
                                      DrillText::join(failureTexts()))
                          .translated());
    return text.join(QLatin1Char('\n'));
}

} // namespace etcddrill
