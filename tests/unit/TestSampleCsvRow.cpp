// SampleCsvRow: RFC 4180 quoting of texts and UTF-8 fields, ms with three decimals, empty fields, the line.
#include "SampleCsvRow.h"

#include <QTest>

using namespace etcddrill;

class TestSampleCsvRow : public QObject
{
    Q_OBJECT

private slots:
    void quotesOnlyWhenNeeded();
    void numbersAndEmptyFields();
};

void TestSampleCsvRow::quotesOnlyWhenNeeded()
{
    QCOMPARE(SampleCsvRow::escape("plain text"), QByteArray("plain text"));
    QCOMPARE(SampleCsvRow::escape(""), QByteArray(""));
    QCOMPARE(SampleCsvRow::escape("a,b"), QByteArray("\"a,b\""));
    QCOMPARE(SampleCsvRow::escape("he said \"no\""), QByteArray("\"he said \"\"no\"\"\""));
    QCOMPARE(SampleCsvRow::escape("line\nbreak"), QByteArray("\"line\nbreak\""));
    QCOMPARE(SampleCsvRow::escape("cr\rhere"), QByteArray("\"cr\rhere\""));
    const QByteArray line =
        SampleCsvRow().text(QStringLiteral("M,3")).text(QStringLiteral("ü")).utf8("x\"y").line();
    QCOMPARE(line, QByteArray("\"M,3\",\xc3\xbc,\"x\"\"y\"\n"));
}

void TestSampleCsvRow::numbersAndEmptyFields()
{
    const QByteArray line = SampleCsvRow()
                                .empty()
                                .ms(-49.6824)
                                .microsAsMs(12345)
                                .microsAsMs(0)
                                .number(503)
                                .empty()
                                .ms(7166590.6246)
                                .empty()
                                .line();
    QCOMPARE(line, QByteArray(",-49.682,12.345,0.000,503,,7166590.625,\n"));
    QCOMPARE(SampleCsvRow().line(), QByteArray("\n"));
}

QTEST_GUILESS_MAIN(TestSampleCsvRow)
#include "TestSampleCsvRow.moc"
