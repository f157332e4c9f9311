// Duration: the text form of the config's durations, parsed and written back.
#include "Duration.h"

#include <QTest>

using namespace etcddrill;
using namespace std::chrono_literals;

class TestDuration : public QObject
{
    Q_OBJECT

private slots:
    void parsesValidDurations_data();
    void parsesValidDurations();
    void rejectsInvalidDurations_data();
    void rejectsInvalidDurations();
    void formatsShortest_data();
    void formatsShortest();
    void formatThenParseGivesTheSameValue();
};

void TestDuration::parsesValidDurations_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("milliseconds");
    QTest::newRow("ms") << "500ms" << qint64(500);
    QTest::newRow("s") << "1s" << qint64(1000);
    QTest::newRow("m") << "2m" << qint64(120000);
    QTest::newRow("h") << "1h" << qint64(3600000);
    QTest::newRow("m+s") << "1m30s" << qint64(90000);
    QTest::newRow("all units") << "1h2m3s4ms" << qint64(3723004);
    QTest::newRow("decimal s") << "1.5s" << qint64(1500);
    QTest::newRow("decimal h") << "0.25h" << qint64(900000);
    QTest::newRow("zero") << "0" << qint64(0);
    QTest::newRow("zero ms") << "0ms" << qint64(0);
    QTest::newRow("surrounding space") << "  250ms " << qint64(250);
    QTest::newRow("large") << "999999999h" << qint64(999999999) * 3600000;
}

void TestDuration::parsesValidDurations()
{
    QFETCH(QString, text);
    QFETCH(qint64, milliseconds);
    QString error;
    const auto value = Duration::parse(text, &error);
    QVERIFY2(value.has_value(), qPrintable(error));
    QCOMPARE(value->count(), milliseconds);
}

void TestDuration::rejectsInvalidDurations_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    const QString hint = QStringLiteral("write e.g. 500ms, 1s or 2m");
    QTest::newRow("words") << "5 seconds"
                           << "'5 seconds' is not a duration: " + hint;
    QTest::newRow("empty") << ""
                           << "'' is not a duration: " + hint;
    QTest::newRow("garbage") << "soon"
                             << "'soon' is not a duration: " + hint;
    QTest::newRow("negative") << "-1s"
                              << "'-1s' is not a duration: it is negative; " + hint;
    QTest::newRow("no unit") << "500"
                             << "'500' is not a duration: a unit is missing; " + hint;
    QTest::newRow("microseconds") << "250us"
                                  << "'250us' is not a duration: the smallest unit is ms; " + hint;
    QTest::newRow("sub-millisecond") << "1.5ms"
                                     << "'1.5ms' is not a duration: the smallest step is 1ms; " + hint;
    QTest::newRow("units out of order")
        << "30s1m"
        << "'30s1m' is not a duration: write the units once each, largest first (1m30s); " + hint;
    QTest::newRow("unit twice")
        << "1s1s"
        << "'1s1s' is not a duration: write the units once each, largest first (1m30s); " + hint;
    QTest::newRow("unknown unit") << "3d"
                                  << "'3d' is not a duration: " + hint;
    QTest::newRow("dot without digits") << "1.s"
                                        << "'1.s' is not a duration: " + hint;
    QTest::newRow("too large") << "9999999999h"
                               << "'9999999999h' is not a duration: the number is too large; " + hint;
    QTest::newRow("inner space") << "1m 30s"
                                 << "'1m 30s' is not a duration: " + hint;
}

void TestDuration::rejectsInvalidDurations()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!Duration::parse(text, &error).has_value());
    QCOMPARE(error, message);
    // A caller that does not want the message must not crash.
    QVERIFY(!Duration::parse(text).has_value());
}

void TestDuration::formatsShortest_data()
{
    QTest::addColumn<qint64>("milliseconds");
    QTest::addColumn<QString>("text");
    QTest::newRow("zero") << qint64(0) << "0s";
    QTest::newRow("ms") << qint64(250) << "250ms";
    QTest::newRow("fraction of a second stays in ms") << qint64(1500) << "1500ms";
    QTest::newRow("s") << qint64(1000) << "1s";
    QTest::newRow("m") << qint64(120000) << "2m";
    QTest::newRow("m+s") << qint64(90000) << "1m30s";
    QTest::newRow("h") << qint64(3600000) << "1h";
    QTest::newRow("h+s skips zero minutes") << qint64(3605000) << "1h5s";
    QTest::newRow("negative") << qint64(-2000) << "-2s";
}

void TestDuration::formatsShortest()
{
    QFETCH(qint64, milliseconds);
    QFETCH(QString, text);
    QCOMPARE(Duration::format(std::chrono::milliseconds{milliseconds}), text);
}

void TestDuration::formatThenParseGivesTheSameValue()
{
    for (const qint64 ms :
         {qint64(0), qint64(1), qint64(50), qint64(999), qint64(1000), qint64(1001), qint64(59999),
          qint64(60000), qint64(61000), qint64(3599000), qint64(3600001), qint64(86400000)}) {
        const QString text = Duration::format(std::chrono::milliseconds{ms});
        const auto back = Duration::parse(text);
        QVERIFY2(back.has_value(), qPrintable(text));
        QCOMPARE(back->count(), ms);
    }
}

QTEST_GUILESS_MAIN(TestDuration)
#include "TestDuration.moc"
