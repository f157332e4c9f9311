#include "DrillVerdict.h"

#include "DrillDuration.h"

#include "config/Duration.h"

#include <QJsonArray>

namespace etcddrill {

namespace {

QString atMost(std::chrono::milliseconds limit)
{
    return QStringLiteral("at most %1").arg(Duration::format(limit));
}

HypothesisLine outageLine(const DrillMeasurements::TargetOutage& outage)
{
    HypothesisLine line;
    line.name = QStringLiteral("longest outage of %1").arg(outage.target);
    if (outage.windows == 0) {
        line.measured = QStringLiteral("no outage (%1 probes)").arg(outage.samples);
    } else {
        line.measured =
            QStringLiteral("%1 (%2 window%3, %4 in total, %5 of %6 probes failed)%7")
                .arg(DrillDuration::text(outage.longest))
                .arg(outage.windows)
                .arg(outage.windows == 1 ? QString() : QStringLiteral("s"))
                .arg(DrillDuration::text(outage.total))
                .arg(outage.failed)
                .arg(outage.samples)
                .arg(outage.stillFailing ? QStringLiteral(", still failing at the end") : QString());
    }
    if (!outage.maxOutage) {
        line.expected = QStringLiteral("no limit (no max-outage)");
        line.informational = true;
        line.passed = true;
        return line;
    }
    line.expected = atMost(*outage.maxOutage);
    // A window still open at the end is an outage that did not end: it fails even when it is short so far.
    line.passed = outage.longest <= *outage.maxOutage && !outage.stillFailing;
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

DrillVerdict DrillVerdict::compute(const DrillMeasurements& measured, const HypothesisSettings& hypothesis)
{
    DrillVerdict verdict;
    for (const DrillMeasurements::TargetOutage& outage : measured.outages)
        verdict.lines.append(outageLine(outage));

    HypothesisLine writes;
    writes.name = QStringLiteral("write failures");
    writes.expected = QStringLiteral("at most %1").arg(hypothesis.writeFailures);
    writes.measured =
        QStringLiteral("%1 of %2 write checks failed").arg(measured.writeFailures).arg(measured.writeChecks);
    writes.passed = measured.writeFailures <= hypothesis.writeFailures;
    verdict.lines.append(writes);

    HypothesisLine election;
    election.name = QStringLiteral("leader election");
    election.expected = atMost(hypothesis.maxElection);
    if (!measured.targetWasLeader) {
        election.measured = QStringLiteral("not measured: the target was a follower, the leader stayed");
        election.informational = true;
    } else if (!measured.election) {
        election.measured = QStringLiteral("no new leader was seen");
        election.passed = false;
    } else {
        election.measured = DrillDuration::text(*measured.election);
        election.passed = *measured.election <= hypothesis.maxElection;
    }
    verdict.lines.append(election);

    HypothesisLine recovery;
    recovery.name = QStringLiteral("recovery");
    recovery.expected = atMost(hypothesis.maxRecovery);
    if (!measured.recovery) {
        recovery.measured = measured.recoveryProblem.isEmpty()
                                ? QStringLiteral("did not recover")
                                : QStringLiteral("did not recover: %1").arg(measured.recoveryProblem);
        recovery.passed = false;
    } else {
        recovery.measured = DrillDuration::text(*measured.recovery);
        recovery.passed = *measured.recovery <= hypothesis.maxRecovery;
    }
    verdict.lines.append(recovery);
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
