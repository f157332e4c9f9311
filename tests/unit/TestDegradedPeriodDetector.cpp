// DegradedPeriodDetector with probes every 100 ms on a ManualClock: a lone failure (no period), one probe
// in four failing (a partial period at about 25 %, closed a window after the last failure), exactly at the
// threshold (no period), a hard outage (a full period), a gap without samples (neither opens nor closes),
// a period still open at the end, the backends that failed, and skipped slots (not counted).
#include "DegradedPeriodDetector.h"
#include "ManualClock.h"
#include "ProbeTextPool.h"

#include <QTest>

using namespace etcddrill;
using namespace std::chrono_literals;

class TestDegradedPeriodDetector : public QObject
{
    Q_OBJECT

    ManualClock m_clock;

    ProbeSample sample(bool failed, QStringView backend = {})
    {
        ProbeSample s;
        s.setStart(m_clock.now());
        s.outcome = failed ? ProbeSample::Outcome::HttpError : ProbeSample::Outcome::Ok;
        s.httpStatus = failed ? 503 : 200;
        if (!backend.isEmpty())
            s.backendId = ProbeTextPool::intern(backend);
        m_clock.advance(100ms);
        return s;
    }
    // `count` probes; every `every`-th one fails (0: none).
    QList<DegradedPeriodDetector::Change> feed(DegradedPeriodDetector& d, int count, int every)
    {
        QList<DegradedPeriodDetector::Change> changes;
        for (int i = 0; i < count; ++i) {
            const auto change =
                d.add(sample(every > 0 && i % every == 0, QStringLiteral("M%1").arg(i % 3 + 1)));
            if (change != DegradedPeriodDetector::Change::None)
                changes.append(change);
        }
        return changes;
    }

private slots:
    void loneFailureOpensNothing()
    {
        DegradedPeriodDetector d; // 5 s, 5 %
        feed(d, 100, 0);
        QCOMPARE(d.add(sample(true)), DegradedPeriodDetector::Change::None);
        feed(d, 100, 0);
        QVERIFY(d.periods().isEmpty());
        // Even as the very first sample, when the share is 100 %.
        DegradedPeriodDetector first;
        QCOMPARE(first.add(sample(true)), DegradedPeriodDetector::Change::None);
        feed(first, 60, 0);
        QVERIFY(first.periods().isEmpty());
    }

    void oneInFourIsOnePartialPeriod()
    {
        DegradedPeriodDetector d;
        feed(d, 50, 0);
        const auto start = m_clock.now();
        const auto opened = feed(d, 400, 4); // 40 s with one probe in four failing
        const auto lastFailure = m_clock.now() - 400ms;
        QCOMPARE(opened, QList<DegradedPeriodDetector::Change>{DegradedPeriodDetector::Change::Opened});
        QVERIFY(d.isOpen());
        QCOMPARE(feed(d, 200, 0),
                 QList<DegradedPeriodDetector::Change>{DegradedPeriodDetector::Change::Closed});
        QCOMPARE(d.periods().size(), 1);
        const DegradedPeriod& p = d.periods().first();
        QVERIFY(!p.open);
        QCOMPARE(p.start, start);
        QCOMPARE(p.end, lastFailure);
        QCOMPARE(p.failed, quint64(100));
        QCOMPARE(p.probes, quint64(397)); // first to last failed probe
        QVERIFY2(qAbs(p.share() - 0.25) < 0.01, qPrintable(QString::number(p.share())));
        QCOMPARE(p.kind(), DegradedPeriod::Kind::Partial);
        QCOMPARE(d.degradedTime(), 39600ms);
        QCOMPARE(p.failedBackends.size(), 3);
    }

    void exactlyAtTheThresholdIsNotDegraded()
    {
        DegradedPeriodDetector d(5s, 0.2);
        feed(d, 50, 0);
        feed(d, 400, 5); // every window of 50 probes holds 10 failed ones: 20 %, not above 20 %
        QVERIFY(d.periods().isEmpty());
        DegradedPeriodDetector lower(5s, 0.19);
        feed(lower, 50, 0);
        feed(lower, 400, 5);
        QCOMPARE(lower.periods().size(), 1);
    }

    void hardOutageIsAFullPeriod()
    {
        DegradedPeriodDetector d;
        feed(d, 50, 0);
        feed(d, 30, 1); // 3 s, every probe fails
        feed(d, 60, 0);
        QCOMPARE(d.periods().size(), 1);
        QCOMPARE(d.periods().first().kind(), DegradedPeriod::Kind::Full);
        QCOMPARE(d.periods().first().failed, quint64(30));
        QCOMPARE(d.periods().first().duration(), 2900ms);
    }

    void gapWithoutSamplesNeitherOpensNorCloses()
    {
        DegradedPeriodDetector d;
        feed(d, 50, 0);
        feed(d, 50, 2); // half fail: open
        QVERIFY(d.isOpen());
        m_clock.advance(20s);                                                // nothing comes
        QCOMPARE(d.add(sample(true)), DegradedPeriodDetector::Change::None); // still failing after the gap
        QVERIFY(d.isOpen());
        QCOMPARE(d.periods().size(), 1);
        // Recovered after a gap: the period ends at the failure before it, once a window of good probes
        // passed.
        const auto lastFailure = m_clock.now() - 100ms;
        m_clock.advance(20s);
        feed(d, 60, 0);
        QVERIFY(!d.isOpen());
        QCOMPARE(d.periods().first().end, lastFailure);
    }

    void periodOpenAtTheEnd()
    {
        DegradedPeriodDetector d;
        feed(d, 50, 0);
        feed(d, 100, 3);
        QVERIFY(d.isOpen());
        QVERIFY(d.periods().last().open);
        QVERIFY(d.windowShare() > 0.3);
        QVERIFY(d.degradedTime() > 9s);
    }

    void skippedSlotsDoNotCount()
    {
        DegradedPeriodDetector d;
        for (int i = 0; i < 100; ++i) {
            ProbeSample s = sample(false);
            s.outcome = ProbeSample::Outcome::Skipped;
            d.add(s);
        }
        d.add(sample(true));
        d.add(sample(true)); // two failures, and nothing else counted in the window
        QCOMPARE(d.periods().size(), 1);
        QCOMPARE(d.periods().first().probes, quint64(2));
    }
};

QTEST_GUILESS_MAIN(TestDegradedPeriodDetector)
#include "TestDegradedPeriodDetector.moc"
