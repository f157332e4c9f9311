// ImpactTracker with a ManualClock: outage windows (threshold 1 and more), open windows measured "so far",
// skipped and out-of-order samples, per-phase counts and latency percentiles, the JSON form.
#include "ImpactTracker.h"
#include "ManualClock.h"
#include "ProbeTextPool.h"

#include <QJsonArray>
#include <QTest>

using namespace etcddrill;
using namespace std::chrono_literals;

namespace {

using Outcome = ProbeSample::Outcome;

ProbeSample sampleAt(std::chrono::steady_clock::time_point start, Outcome outcome, quint32 totalUs = 1000)
{
    ProbeSample s;
    s.setStart(start);
    s.outcome = outcome;
    s.totalUs = totalUs;
    if (outcome == Outcome::Ok || outcome == Outcome::HttpError) {
        s.flags = ProbeSample::Connected | ProbeSample::TlsDone | ProbeSample::GotResponse;
        s.connectUs = totalUs / 10;
        s.tlsUs = totalUs / 2;
        s.ttfbUs = totalUs / 4;
        s.httpStatus = outcome == Outcome::Ok ? 200 : 503;
    }
    if (outcome == Outcome::Timeout)
        s.detailId = ProbeTextPool::intern(u"no answer within 1000 ms, waiting for the response");
    return s;
}

// Feeds `pattern` ('.' good, 'x' failed, 's' skipped) at 100 ms steps, advancing the clock to each start.
void feed(ImpactTracker& tracker, ManualClock& clock, const QString& target, QByteArrayView pattern)
{
    for (char c : pattern) {
        const Outcome outcome = c == '.' ? Outcome::Ok : c == 's' ? Outcome::Skipped : Outcome::Timeout;
        tracker.add(target, sampleAt(clock.now(), outcome));
        clock.advance(100ms);
    }
}

} // namespace

class TestImpactTracker : public QObject
{
    Q_OBJECT

private slots:
    void degradedRuleFromTheConfig();
    void noFailureNoWindow();
    void windowsFromFirstFailureToFirstGood();
    void thresholdAboveOne();
    void openWindowReportsDurationSoFar();
    void skippedSlotsNeitherOpenNorClose();
    void olderSampleDoesNotReopenWindow();
    void targetsAreSeparate();
    void percentilesPerPhase();
    void fourPhasesWithTheirOwnFigures();
    void phaseChosenByStartTimeNotArrival();
    void jsonForm();

private:
    ManualClock m_clock;
};

void TestImpactTracker::noFailureNoWindow()
{
    ImpactTracker tracker(m_clock);
    feed(tracker, m_clock, "vip", "......");
    const ImpactSummary s = tracker.summary("vip");
    QCOMPARE(s.samples, 6u);
    QCOMPARE(s.failed, 0u);
    QVERIFY(s.windows.isEmpty());
    QCOMPARE(s.totalImpact, 0us);
    QCOMPARE(tracker.summary("unknown").samples, 0u);
}

void TestImpactTracker::windowsFromFirstFailureToFirstGood()
{
    ImpactTracker tracker(m_clock);
    const auto t0 = m_clock.now();
    feed(tracker, m_clock, "vip", "..xxx..x.");
    const ImpactSummary s = tracker.summary("vip");
    QCOMPARE(s.samples, 9u);
    QCOMPARE(s.failed, 4u);
    QCOMPARE(s.windows.size(), 2);
    QCOMPARE(s.windows[0].start, t0 + 200ms);
    QCOMPARE(s.windows[0].end, t0 + 500ms);
    QCOMPARE(s.windows[0].duration, 300ms);
    QCOMPARE(s.windows[0].failedSamples, 3u);
    QCOMPARE(s.windows[0].firstOutcome, Outcome::Timeout);
    QCOMPARE(s.windows[0].firstDetail, QStringLiteral("no answer within 1000 ms, waiting for the response"));
    QVERIFY(!s.windows[0].open);
    QCOMPARE(s.windows[1].start, t0 + 700ms);
    QCOMPARE(s.windows[1].duration, 100ms);
    QCOMPARE(s.totalImpact, 400ms);
    QCOMPARE(s.longestWindow, 300ms);
    QCOMPARE(s.openWindows, 0);
}

void TestImpactTracker::thresholdAboveOne()
{
    ImpactTracker tracker(m_clock, 3);
    const auto t0 = m_clock.now();
    // Two isolated failures and a pair stay below the threshold; the run of four opens a window that starts
    // at its first failure.
    feed(tracker, m_clock, "vip", ".x.xx..xxxx..");
    const ImpactSummary s = tracker.summary("vip");
    QCOMPARE(s.failed, 7u);
    QCOMPARE(s.windows.size(), 1);
    QCOMPARE(s.windows[0].start, t0 + 700ms);
    QCOMPARE(s.windows[0].end, t0 + 1100ms);
    QCOMPARE(s.windows[0].failedSamples, 4u);
    QCOMPARE(s.totalImpact, 400ms);

    tracker.setFailuresToOpen(2);
    QCOMPARE(tracker.failuresToOpen(), 2);
    feed(tracker, m_clock, "vip", "xx.");
    QCOMPARE(tracker.summary("vip").windows.size(), 2);
}

void TestImpactTracker::openWindowReportsDurationSoFar()
{
    ImpactTracker tracker(m_clock);
    const auto t0 = m_clock.now();
    feed(tracker, m_clock, "domain", "..xxx");
    m_clock.set(t0 + 2700ms);
    ImpactSummary s = tracker.summary("domain");
    QCOMPARE(s.windows.size(), 1);
    QVERIFY(s.windows[0].open);
    QCOMPARE(s.openWindows, 1);
    QCOMPARE(s.windows[0].duration, 2500ms);
    QCOMPARE(s.totalImpact, 2500ms);
    QVERIFY(s.describe().contains(QStringLiteral("STILL FAILING")));

    m_clock.advance(1s); // still open, still growing
    QCOMPARE(tracker.summary("domain").windows[0].duration, 3500ms);

    tracker.add("domain", sampleAt(m_clock.now(), Outcome::Ok));
    s = tracker.summary("domain");
    QVERIFY(!s.windows[0].open);
    QCOMPARE(s.windows[0].duration, 3500ms);
    QCOMPARE(s.windows[0].failedSamples, 3u);
}

void TestImpactTracker::skippedSlotsNeitherOpenNorClose()
{
    ImpactTracker tracker(m_clock);
    const auto t0 = m_clock.now();
    feed(tracker, m_clock, "vip", ".ssxsx.");
    const ImpactSummary s = tracker.summary("vip");
    QCOMPARE(s.samples, 4u);
    QCOMPARE(s.skipped, 3u);
    QCOMPARE(s.failed, 2u);
    QCOMPARE(s.windows.size(), 1);
    QCOMPARE(s.windows[0].start, t0 + 300ms);
    QCOMPARE(s.windows[0].end, t0 + 600ms);
    QCOMPARE(s.windows[0].failedSamples, 2u);
}

void TestImpactTracker::olderSampleDoesNotReopenWindow()
{
    ImpactTracker tracker(m_clock);
    const auto t0 = m_clock.now();
    feed(tracker, m_clock, "vip", "..");
    tracker.add("vip", sampleAt(t0, Outcome::Timeout));
    const ImpactSummary s = tracker.summary("vip");
    QCOMPARE(s.failed, 1u);
    QVERIFY(s.windows.isEmpty());
}

void TestImpactTracker::targetsAreSeparate()
{
    ImpactTracker tracker(m_clock);
    const auto t0 = m_clock.now();
    tracker.add("vip", sampleAt(t0, Outcome::Ok));
    tracker.add("domain", sampleAt(t0, Outcome::ConnectionRefused));
    tracker.add("vip", sampleAt(t0 + 100ms, Outcome::Ok));
    tracker.add("domain", sampleAt(t0 + 100ms, Outcome::Ok));
    QCOMPARE(tracker.targets(), (QStringList{"vip", "domain"}));
    const QList<ImpactSummary> all = tracker.summaries();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all[0].target, QStringLiteral("vip"));
    QVERIFY(all[0].windows.isEmpty());
    QCOMPARE(all[1].windows.size(), 1);
    QCOMPARE(all[1].windows[0].firstOutcome, Outcome::ConnectionRefused);

    tracker.clear();
    QVERIFY(tracker.targets().isEmpty());
}

void TestImpactTracker::percentilesPerPhase()
{
    ImpactTracker tracker(m_clock);
    const auto t0 = m_clock.now();
    const auto fault = t0 + 100s;
    const auto restore = t0 + 200s;
    tracker.setPhase(ImpactPhase::DuringFault, fault);
    tracker.setPhase(ImpactPhase::AfterRestore, restore);
    QCOMPARE(tracker.phaseAt(t0), ImpactPhase::Before);
    QCOMPARE(tracker.phaseAt(fault), ImpactPhase::DuringFault);
    QCOMPARE(tracker.phaseAt(restore + 1s), ImpactPhase::AfterRestore);

    // Before: totals 10, 20, …, 1000 ms (100 values, shuffled); nearest rank p50 = 500, p90 = 900, p99 = 990.
    QList<quint32> totals;
    for (quint32 i = 1; i <= 100; ++i)
        totals.append(i * 10'000);
    std::reverse(totals.begin(), totals.begin() + 50);
    for (qsizetype i = 0; i < totals.size(); ++i)
        tracker.add("vip", sampleAt(t0 + i * 100ms, Outcome::Ok, totals[i]));
    // During the fault: 10 answers of 200 µs (exact in the histogram), 5 timeouts that must not count as
    // latency.
    for (int i = 0; i < 15; ++i)
        tracker.add("vip", sampleAt(fault + i * 100ms, i % 3 == 2 ? Outcome::Timeout : Outcome::Ok, 200));
    // After restore: one HTTP 503 answer, which is a failure with a latency.
    tracker.add("vip", sampleAt(restore, Outcome::HttpError, 4000));

    const ImpactSummary s = tracker.summary("vip");
    const auto near = [](quint32 actual, quint32 expected) {
        return std::abs(double(actual) - double(expected)) <= double(expected) * 0.004;
    };
    const PhaseImpact& before = s.phase(ImpactPhase::Before);
    QCOMPARE(before.samples, 100u);
    QCOMPARE(before.failed, 0u);
    QCOMPARE(before.total.count, 100u);
    QVERIFY2(near(before.total.p50Us, 500'000), qPrintable(QString::number(before.total.p50Us)));
    QVERIFY2(near(before.total.p90Us, 900'000), qPrintable(QString::number(before.total.p90Us)));
    QVERIFY2(near(before.total.p99Us, 990'000), qPrintable(QString::number(before.total.p99Us)));
    QCOMPARE(before.total.maxUs, 1'000'000u);
    QVERIFY(near(before.tls.p50Us, 250'000));
    QVERIFY(near(before.connect.p90Us, 90'000));
    QVERIFY(near(before.ttfb.p99Us, 247'500));
    QCOMPARE(before.dns.count, 0u); // no name was resolved

    const PhaseImpact& during = s.phase(ImpactPhase::DuringFault);
    QCOMPARE(during.samples, 15u);
    QCOMPARE(during.failed, 5u);
    QCOMPARE(during.total.count, 10u);
    QCOMPARE(during.total.p50Us, 200u);
    QCOMPARE(during.total.p99Us, 200u);
    QCOMPARE(during.total.maxUs, 200u);

    const PhaseImpact& after = s.phase(ImpactPhase::AfterRestore);
    QCOMPARE(after.samples, 1u);
    QCOMPARE(after.failed, 1u);
    QCOMPARE(after.total.count, 1u);
    QCOMPARE(after.total.p50Us, 4000u);
    QCOMPARE(after.total.maxUs, 4000u);

    QCOMPARE(s.samples, 116u);
    QCOMPARE(s.failed, 6u);
    // The timeouts at slots 2, 5, 8, 11 are windows that open and close during the fault; the one at slot 14
    // is still open when the 503 arrives after the restore, so it stays one window, opened during the fault.
    QCOMPARE(s.windows.size(), 5);
    QCOMPARE(s.windows[0].phase, ImpactPhase::DuringFault);
    QCOMPARE(s.windows[0].duration, 100ms);
    QCOMPARE(s.windows[4].phase, ImpactPhase::DuringFault);
    QVERIFY(s.windows[4].open);
    QCOMPARE(s.windows[4].failedSamples, 2u);
}

void TestImpactTracker::fourPhasesWithTheirOwnFigures()
{
    // Before 0–10 s, target down 10–20 s, recovery from 20 s, back at 25 s, the recovery did not hold at
    // 27 s (back to the recovery), back again at 28 s and settled to the end at 40 s. A probe every 100 ms.
    ImpactTracker tracker(m_clock);
    const auto t0 = m_clock.now();
    tracker.setPhase(ImpactPhase::DuringFault, t0 + 10s);
    tracker.setPhase(ImpactPhase::AfterRestore, t0 + 20s);
    tracker.setPhase(ImpactPhase::AfterRecovery, t0 + 25s);
    tracker.setPhase(ImpactPhase::AfterRestore, t0 + 27s);
    tracker.setPhase(ImpactPhase::AfterRecovery, t0 + 28s);
    for (int i = 0; i < 400; ++i) {
        // While down one probe in four fails (a degraded period, 25 %, windows of one probe); in the recovery
        // three in a row at 21.0 s (a 300 ms window); after it two in a row at 33.0 s (200 ms, 4 % of a
        // 5 s window: no period).
        const bool failed = (i >= 100 && i < 200 && i % 4 == 0) || (i >= 210 && i < 213) || i == 330 ||
                            i == 331;
        tracker.add("domain", sampleAt(t0 + i * 100ms, failed ? Outcome::Timeout : Outcome::Ok));
    }
    const ImpactSummary s = tracker.summary("domain");
    QCOMPARE(s.degraded.size(), 1);
    QCOMPARE(s.degraded[0].start, t0 + 10s);
    QCOMPARE(s.degraded[0].end, t0 + 21200ms);

    const PhaseImpact& before = s.phase(ImpactPhase::Before);
    QCOMPARE(before.samples, 100u);
    QCOMPARE(before.failed, 0u);
    QCOMPARE(before.availability(), 1.0);
    QCOMPARE(before.longestOutage, 0us);
    QCOMPARE(before.degradedTime, 0ms);

    const PhaseImpact& down = s.phase(ImpactPhase::DuringFault);
    QCOMPARE(down.samples, 100u);
    QCOMPARE(down.failed, 25u);
    QCOMPARE(down.errorRate(), 0.25);
    QCOMPARE(down.longestOutage, 100ms);
    QCOMPARE(down.degradedTime, 10s); // the period from 10 s to the start command at 20 s

    const PhaseImpact& recovery = s.phase(ImpactPhase::AfterRestore);
    QCOMPARE(recovery.samples, 60u); // 20–25 s and 27–28 s
    QCOMPARE(recovery.failed, 3u);
    QCOMPARE(recovery.longestOutage, 300ms);
    QCOMPARE(recovery.degradedTime, 1200ms); // the period's tail, 20 s to its last failure at 21.2 s

    const PhaseImpact& after = s.phase(ImpactPhase::AfterRecovery);
    QCOMPARE(after.samples, 140u); // 25–27 s and 28–40 s
    QCOMPARE(after.failed, 2u);
    QCOMPARE(after.longestOutage, 200ms);
    QCOMPARE(after.degradedTime, 0ms);

    const QJsonObject phases = s.toJson().value("phases").toObject();
    QCOMPARE(phases.keys().size(), 4);
    const QJsonObject downJson = phases.value("during-fault").toObject();
    QCOMPARE(downJson.value("availability").toDouble(), 0.75);
    QCOMPARE(downJson.value("degradedMs").toInteger(), 10000);
    QCOMPARE(phases.value("after-restore").toObject().value("longestOutageMs").toDouble(), 300.0);
    QCOMPARE(phases.value("after-recovery").toObject().value("samples").toInteger(), 140);
}

void TestImpactTracker::phaseChosenByStartTimeNotArrival()
{
    ImpactTracker tracker(m_clock);
    const auto t0 = m_clock.now();
    tracker.setPhase(ImpactPhase::DuringFault, t0 + 1s);
    // A probe that started before the fault and finished (arrived) after it still belongs to Before.
    tracker.add("vip", sampleAt(t0 + 900ms, Outcome::Timeout));
    tracker.add("vip", sampleAt(t0 + 1s, Outcome::Ok));
    const ImpactSummary s = tracker.summary("vip");
    QCOMPARE(s.phase(ImpactPhase::Before).failed, 1u);
    QCOMPARE(s.phase(ImpactPhase::DuringFault).samples, 1u);
    QCOMPARE(s.windows.value(0).phase, ImpactPhase::Before);
}

void TestImpactTracker::jsonForm()
{
    ManualClock clock;
    ImpactTracker tracker(clock);
    const auto t0 = clock.now();
    tracker.setPhase(ImpactPhase::DuringFault, t0 + 200ms);
    feed(tracker, clock, "vip", "..xx.x");
    clock.set(t0 + 1000ms);
    const QJsonObject json = tracker.summary("vip").toJson();
    QCOMPARE(json["target"].toString(), QStringLiteral("vip"));
    QCOMPARE(json["samples"].toInteger(), 6);
    QCOMPARE(json["failed"].toInteger(), 3);
    QCOMPARE(json["impactMs"].toDouble(), 200.0 + 500.0);
    QCOMPARE(json["longestWindowMs"].toDouble(), 500.0);
    QCOMPARE(json["openWindows"].toInt(), 1);
    const QJsonArray windows = json["windows"].toArray();
    QCOMPARE(windows.size(), 2);
    QCOMPARE(windows[0]["startMs"].toDouble(), 200.0);
    QCOMPARE(windows[0]["endMs"].toDouble(), 400.0);
    QCOMPARE(windows[0]["phase"].toString(), QStringLiteral("during-fault"));
    QCOMPARE(windows[0]["firstOutcome"].toString(), QStringLiteral("timeout"));
    QVERIFY(windows[1]["open"].toBool());
    QVERIFY(windows[1]["endMs"].isNull());
    const QJsonObject before = json["phases"]["before"].toObject();
    QCOMPARE(before["samples"].toInteger(), 2);
    QCOMPARE(before["latency"]["total"]["count"].toInteger(), 2);
    QCOMPARE(before["latency"]["total"]["p50Ms"].toDouble(), 1.0);
    QVERIFY(json["phases"].toObject().contains(QStringLiteral("after-restore")));
}

// probes.degraded-window and -threshold reach the detector: one probe in ten failing is degraded under a 5 %
// threshold (the default) and not under 20 %; the summary carries the periods and their time.
void TestImpactTracker::degradedRuleFromTheConfig()
{
    ManualClock clock;
    ImpactTracker byDefault(clock);
    ImpactTracker lenient(clock);
    lenient.setDegradedRule(2s, 0.2);
    for (int i = 0; i < 10; ++i) {
        feed(byDefault, clock, QStringLiteral("domain"), "x.........");
        clock.advance(-1000ms); // the same seconds for the other tracker
        feed(lenient, clock, QStringLiteral("domain"), "x.........");
    }
    const ImpactSummary degraded = byDefault.summary(QStringLiteral("domain"));
    QCOMPARE(degraded.degraded.size(), 1);
    QVERIFY(degraded.degraded.first().open);
    QVERIFY(degraded.degradedTime > 8s);
    QVERIFY(degraded.toJson().value(QStringLiteral("degraded")).toArray().size() == 1);
    QVERIFY(lenient.summary(QStringLiteral("domain")).degraded.isEmpty());
}

QTEST_GUILESS_MAIN(TestImpactTracker)
#include "TestImpactTracker.moc"
