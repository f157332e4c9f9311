// OutageTracker over an ImpactTracker with a ManualClock: opened/closed events per batch, in order (also a
// window that opens and closes within one batch, and several in one batch), threshold above one, skipped
// slots, the open window "so far", the latest probe's failure, the per-second counts, and degraded periods
// reported as states (opened once, closed once) however much the probes flicker.
#include "ImpactTracker.h"
#include "ManualClock.h"
#include "OutageTracker.h"

#include <QTest>

using namespace etcddrill;
using namespace std::chrono_literals;

namespace {

using Outcome = ProbeSample::Outcome;
using Kind = OutageTracker::Event::Kind;

// One batch from `pattern` ('.' good, 'x' failed, 's' skipped) at 100 ms steps from the clock's now; the
// clock ends after the last sample, as when the batch arrives.
QList<ProbeSample> batch(ManualClock& clock, QByteArrayView pattern, quint32 totalUs = 1000)
{
    QList<ProbeSample> samples;
    for (char c : pattern) {
        ProbeSample s;
        s.setStart(clock.now());
        s.outcome = c == '.' ? Outcome::Ok : c == 's' ? Outcome::Skipped : Outcome::ConnectionRefused;
        s.totalUs = totalUs;
        samples.append(s);
        clock.advance(100ms);
    }
    return samples;
}

QString kinds(const QList<OutageTracker::Event>& events)
{
    QString text;
    for (const OutageTracker::Event& e : events)
        text += e.kind == Kind::Opened ? u'O' : u'C';
    return text;
}

} // namespace

class TestOutageTracker : public QObject
{
    Q_OBJECT

private slots:
    void noFailureNoEvent();
    void opensInOneBatchClosesInAnother();
    void opensAndClosesInOneBatch();
    void closesOneAndOpensAnotherInOneBatch();
    void severalWindowsInOneBatch();
    void thresholdAboveOne();
    void skippedSlotsChangeNothing();
    void openWindowSoFar();
    void targetsAreSeparate();
    void countsPerSecond();
    void degradedPeriodsAsStates();

private:
    ManualClock m_clock;
};

void TestOutageTracker::noFailureNoEvent()
{
    ImpactTracker impact(m_clock);
    OutageTracker outages(impact);
    QVERIFY(outages.add("vip", batch(m_clock, "....")).isEmpty());
    QVERIFY(!outages.isOpen("vip"));
    QVERIFY(!outages.openWindow("vip"));
    QVERIFY(!outages.lastFailed("vip"));
    QCOMPARE(impact.summary("vip").samples, 4u); // the batch went into the ImpactTracker
    QVERIFY(!outages.isOpen("unknown"));
}

void TestOutageTracker::opensInOneBatchClosesInAnother()
{
    ImpactTracker impact(m_clock);
    OutageTracker outages(impact);
    const auto t0 = m_clock.now();
    QList<OutageTracker::Event> events = outages.add("vip", batch(m_clock, "..xx"));
    QCOMPARE(kinds(events), QStringLiteral("O"));
    QCOMPARE(events[0].window.start, t0 + 200ms);
    QVERIFY(events[0].window.open);
    QCOMPARE(events[0].window.firstOutcome, Outcome::ConnectionRefused);
    QVERIFY(outages.isOpen("vip"));
    QVERIFY(outages.lastFailed("vip"));

    QVERIFY(outages.add("vip", batch(m_clock, "xx")).isEmpty()); // still open: nothing new
    events = outages.add("vip", batch(m_clock, "x.."));
    QCOMPARE(kinds(events), QStringLiteral("C"));
    QVERIFY(!events[0].window.open);
    QCOMPARE(events[0].window.start, t0 + 200ms);
    QCOMPARE(events[0].window.end, t0 + 700ms);
    QCOMPARE(events[0].window.duration, 500ms);
    QCOMPARE(events[0].window.failedSamples, 5u);
    QVERIFY(!outages.isOpen("vip"));
    QVERIFY(!outages.lastFailed("vip"));
    QVERIFY(outages.add("vip", batch(m_clock, "...")).isEmpty());
}

void TestOutageTracker::opensAndClosesInOneBatch()
{
    ImpactTracker impact(m_clock);
    OutageTracker outages(impact);
    const auto t0 = m_clock.now();
    const QList<OutageTracker::Event> events = outages.add("vip", batch(m_clock, ".xx.."));
    QCOMPARE(kinds(events), QStringLiteral("OC"));
    // The opening as it was then, the closing with the whole window.
    QVERIFY(events[0].window.open);
    QCOMPARE(events[0].window.start, t0 + 100ms);
    QCOMPARE(events[0].window.end, t0 + 100ms);
    QCOMPARE(events[0].window.duration, 0us);
    QVERIFY(!events[1].window.open);
    QCOMPARE(events[1].window.start, t0 + 100ms);
    QCOMPARE(events[1].window.end, t0 + 300ms);
    QCOMPARE(events[1].window.duration, 200ms);
    QCOMPARE(events[1].window.failedSamples, 2u);
    QVERIFY(!outages.isOpen("vip"));
    QVERIFY(outages.add("vip", batch(m_clock, "..")).isEmpty());
}

void TestOutageTracker::closesOneAndOpensAnotherInOneBatch()
{
    ImpactTracker impact(m_clock);
    OutageTracker outages(impact);
    const auto t0 = m_clock.now();
    QCOMPARE(kinds(outages.add("vip", batch(m_clock, ".x"))), QStringLiteral("O"));
    // The open window closes first, then the next one opens (and stays open).
    const QList<OutageTracker::Event> events = outages.add("vip", batch(m_clock, ".xx"));
    QCOMPARE(kinds(events), QStringLiteral("CO"));
    QCOMPARE(events[0].window.start, t0 + 100ms);
    QCOMPARE(events[0].window.end, t0 + 200ms);
    QCOMPARE(events[1].window.start, t0 + 300ms);
    QVERIFY(events[1].window.open);
    QVERIFY(outages.isOpen("vip"));
    QCOMPARE(outages.openWindow("vip")->start, t0 + 300ms);
}

void TestOutageTracker::severalWindowsInOneBatch()
{
    ImpactTracker impact(m_clock);
    OutageTracker outages(impact);
    const auto t0 = m_clock.now();
    QCOMPARE(kinds(outages.add("vip", batch(m_clock, "x"))), QStringLiteral("O"));
    // A load balancer dropping one request in four: windows open and close within the batch, each
    // reported opened then closed, in order.
    const QList<OutageTracker::Event> events = outages.add("vip", batch(m_clock, ".x..x...x"));
    QCOMPARE(kinds(events), QStringLiteral("COCOCO"));
    QCOMPARE(events[0].window.start, t0);
    QCOMPARE(events[1].window.start, t0 + 200ms);
    QCOMPARE(events[2].window.start, t0 + 200ms);
    QCOMPARE(events[2].window.end, t0 + 300ms);
    QCOMPARE(events[3].window.start, t0 + 500ms);
    QCOMPARE(events[5].window.start, t0 + 900ms);
    QVERIFY(events[5].window.open);
    QVERIFY(outages.isOpen("vip"));
    QCOMPARE(impact.summary("vip").windows.size(), 4);
}

void TestOutageTracker::thresholdAboveOne()
{
    ImpactTracker impact(m_clock, 3);
    OutageTracker outages(impact);
    const auto t0 = m_clock.now();
    // A pair of failures stays below the threshold, yet the latest probe failed.
    QVERIFY(outages.add("vip", batch(m_clock, ".xx")).isEmpty());
    QVERIFY(!outages.isOpen("vip"));
    QVERIFY(outages.lastFailed("vip"));
    // The third failure in a row opens the window, which starts at the first of them.
    const QList<OutageTracker::Event> events = outages.add("vip", batch(m_clock, "x"));
    QCOMPARE(kinds(events), QStringLiteral("O"));
    QCOMPARE(events[0].window.start, t0 + 100ms);
    QCOMPARE(events[0].window.failedSamples, 3u);
}

void TestOutageTracker::skippedSlotsChangeNothing()
{
    ImpactTracker impact(m_clock);
    OutageTracker outages(impact);
    QCOMPARE(kinds(outages.add("vip", batch(m_clock, "x"))), QStringLiteral("O"));
    QVERIFY(outages.add("vip", batch(m_clock, "sss")).isEmpty());
    QVERIFY(outages.isOpen("vip"));
    QVERIFY(outages.lastFailed("vip")); // a skipped slot says nothing about the target
    QCOMPARE(kinds(outages.add("vip", batch(m_clock, "s.s"))), QStringLiteral("C"));
    QVERIFY(!outages.lastFailed("vip"));
}

void TestOutageTracker::openWindowSoFar()
{
    ImpactTracker impact(m_clock);
    OutageTracker outages(impact);
    const auto t0 = m_clock.now();
    outages.add("domain", batch(m_clock, ".x"));
    m_clock.set(t0 + 2600ms);
    std::optional<OutageWindow> open = outages.openWindow("domain");
    QVERIFY(open);
    QVERIFY(open->open);
    QCOMPARE(open->start, t0 + 100ms);
    QCOMPARE(open->duration, 2500ms);
    m_clock.advance(1s);
    QCOMPARE(outages.openWindow("domain")->duration, 3500ms);
    QCOMPARE(outages.openWindow("domain")->duration, impact.summary("domain").windows.constLast().duration);
}

void TestOutageTracker::targetsAreSeparate()
{
    ImpactTracker impact(m_clock);
    OutageTracker outages(impact);
    const auto t0 = m_clock.now();
    QCOMPARE(kinds(outages.add("domain", batch(m_clock, "x"))), QStringLiteral("O"));
    m_clock.set(t0);
    QVERIFY(outages.add("vip", batch(m_clock, ".")).isEmpty());
    QVERIFY(outages.isOpen("domain"));
    QVERIFY(!outages.isOpen("vip"));
    QCOMPARE(kinds(outages.add("domain", batch(m_clock, "."))), QStringLiteral("C"));
}

void TestOutageTracker::countsPerSecond()
{
    ImpactTracker impact(m_clock);
    OutageTracker outages(impact);
    outages.add("vip", batch(m_clock, "..s", 2500));
    outages.add("vip", batch(m_clock, "x", 1000000)); // a timeout's total is its deadline: it counts
    outages.add("domain", batch(m_clock, ".", 100000));
    OutageTracker::Second second = outages.takeSecond("vip");
    QCOMPARE(second.ok, 2);
    QCOMPARE(second.failed, 1);
    QCOMPARE(second.maxMs, 1000.0);
    second = outages.takeSecond("vip"); // a new second starts empty
    QCOMPARE(second.ok, 0);
    QCOMPARE(second.failed, 0);
    QCOMPARE(second.maxMs, 0.0);
    QCOMPARE(outages.takeSecond("domain").maxMs, 100.0);
    QCOMPARE(outages.takeSecond("unknown").ok, 0);
}

// One degraded period for a partial outage that flickers (one probe in three failing): Opened once, Closed
// once a whole window after the last failure — never an event per flickering window; a short full outage
// opens and closes within one batch.
void TestOutageTracker::degradedPeriodsAsStates()
{
    ImpactTracker impact(m_clock);
    OutageTracker outages(impact);
    outages.add("domain", batch(m_clock, QByteArray(50, '.')));
    QVERIFY(outages.takeDegradedChanges("domain").isEmpty());
    int opened = 0;
    int closed = 0;
    for (int i = 0; i < 30; ++i) {
        const QList<OutageTracker::Event> windows = outages.add("domain", batch(m_clock, "x.."));
        QCOMPARE(kinds(windows), QStringLiteral("OC")); // a window per flicker ...
        for (const OutageTracker::DegradedChange& change : outages.takeDegradedChanges("domain"))
            (change.opened ? opened : closed)++;
    }
    QCOMPARE(opened, 1); // ... but one state
    QCOMPARE(closed, 0);
    QVERIFY(outages.isDegraded("domain"));
    // Below the threshold once at most 2 of the window's 50 probes failed, and then for a whole window.
    outages.add("domain", batch(m_clock, QByteArray(120, '.')));
    const QList<OutageTracker::DegradedChange> end = outages.takeDegradedChanges("domain");
    QCOMPARE(end.size(), 1);
    QVERIFY(!end[0].opened && !end[0].period.open);
    QVERIFY(qAbs(end[0].period.share() - 1.0 / 3.0) < 0.02);
    QVERIFY(!outages.isDegraded("domain"));

    outages.add("vip", batch(m_clock, QByteArray(50, '.') + QByteArray(20, 'x') + QByteArray(120, '.')));
    const QList<OutageTracker::DegradedChange> vip = outages.takeDegradedChanges("vip");
    QCOMPARE(vip.size(), 2);
    QVERIFY(vip[0].opened && !vip[1].opened);
    QCOMPARE(vip[1].period.kind(), DegradedPeriod::Kind::Full);
}

QTEST_GUILESS_MAIN(TestOutageTracker)
#include "TestOutageTracker.moc"
