// FailureShareWindow, the abort-error-rate's window, on a ManualClock: no answer before a whole span was
// watched, the share over exactly the last span (older probes leave it), skipped slots not counted.
#include "FailureShareWindow.h"
#include "ManualClock.h"

#include <QTest>

using namespace etcddrill;
using namespace std::chrono_literals;

class TestFailureShareWindow : public QObject
{
    Q_OBJECT

    ManualClock m_clock;

    void feed(FailureShareWindow& w, QByteArrayView pattern) // '.' ok, 'x' failed, 's' skipped; 100 ms apart
    {
        for (char c : pattern) {
            ProbeSample s;
            s.setStart(m_clock.now());
            s.outcome = c == '.'   ? ProbeSample::Outcome::Ok
                        : c == 's' ? ProbeSample::Outcome::Skipped
                                   : ProbeSample::Outcome::Timeout;
            w.add(s);
            m_clock.advance(100ms);
        }
    }

private slots:
    void answersOnlyAfterAWholeSpan()
    {
        FailureShareWindow w(1s);
        QVERIFY(!w.share(m_clock.now()));
        feed(w, "xxxxx"); // 0.5 s of failures: 100 %, but not "for 1 s" yet
        QVERIFY(!w.share(m_clock.now()));
        feed(w, "xxxxx");
        QCOMPARE(w.share(m_clock.now()), std::optional<double>(1.0));
    }

    void shareOfTheLastSpan()
    {
        FailureShareWindow w(1s);
        feed(w, "xxxxxxxxxx"); // a second of failures ...
        feed(w, ".x.x.x.x.x"); // ... then half: only the last second counts
        QCOMPARE(w.share(m_clock.now()), std::optional<double>(0.5));
        feed(w, "..........");
        QCOMPARE(w.share(m_clock.now()), std::optional<double>(0.0));
    }

    void skippedSlotsDoNotCount()
    {
        FailureShareWindow w(1s);
        feed(w, "x.x.xsssss");
        QCOMPARE(w.share(m_clock.now()), std::optional<double>(0.6));
    }
};

QTEST_GUILESS_MAIN(TestFailureShareWindow)
#include "TestFailureShareWindow.moc"
