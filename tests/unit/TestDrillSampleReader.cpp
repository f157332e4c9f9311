// DrillSampleReader: samples.csv as DrillSampleLog writes it comes back row for row; quoted texts, a cut-off
// last row, damaged rows and a file that is not a samples file are handled without losing the rest.
#include "DrillSampleLog.h"
#include "DrillSampleReader.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace etcddrill;

class TestDrillSampleReader : public QObject
{
    Q_OBJECT

private slots:
    void roundTripThroughTheLog()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.filePath(QStringLiteral("samples.csv"));
        DrillSampleLog log;
        QString error;
        QVERIFY2(log.open(file, &error), qPrintable(error));
        QList<ProbeSample> vip;
        for (int i = 0; i < 3; ++i) {
            ProbeSample sample;
            sample.startNs = 5'000'000'000LL + i * 50'000'000LL;
            sample.totalUs = 1500 + quint32(i);
            sample.httpStatus = i == 1 ? 503 : 200;
            sample.outcome = i == 1 ? ProbeSample::Outcome::HttpError : ProbeSample::Outcome::Ok;
            vip.append(sample);
        }
        ProbeSample refused;
        refused.startNs = 5'010'000'000LL;
        refused.outcome = ProbeSample::Outcome::ConnectionRefused;
        log.append(QStringLiteral("vip"), vip);
        log.append(QStringLiteral("M3-apiserver"), {refused});
        log.close();

        const SampleReadResult result = DrillSampleReader::read(file);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.rows, 4);
        QVERIFY(result.problems.isEmpty());
        QVERIFY(!result.truncatedLastRow);
        QCOMPARE(result.series.size(), 2);
        QCOMPARE(result.series.at(0).target, QStringLiteral("vip"));
        const RecordedSeries* m3 = result.find(QStringLiteral("M3-apiserver"));
        QVERIFY(m3 != nullptr);
        QCOMPARE(m3->samples.size(), 1);
        QCOMPARE(m3->samples.at(0).outcome, ProbeSample::Outcome::ConnectionRefused);
        QVERIFY(m3->samples.at(0).isFailure());
        const QList<RecordedSample>& rows = result.series.at(0).samples;
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0).monoMs, 5000.0);
        QCOMPARE(rows.at(2).monoMs, 5100.0);
        QCOMPARE(rows.at(1).httpStatus, quint16(503));
        QCOMPARE(rows.at(1).outcome, ProbeSample::Outcome::HttpError);
        QVERIFY(qAbs(rows.at(2).totalMs - 1.502f) < 0.0005f);
        QVERIFY(!rows.at(0).isFailure());
    }

    void quotedTextsAndSharedTable()
    {
        const QByteArray content = DrillSampleLog::header() +
                                   "domain,10.000,tls-error,0,3.000,,1.000,,,0.100,0,,\"certificate, "
                                   "\"\"expired\"\"\nsecond line\"\n"
                                   "domain,20.000,ok,200,2.000,,1.000,0.500,0.400,0.100,1,M2,\n"
                                   "domain,30.000,ok,200,2.000,,1.000,0.500,0.400,0.100,1,M2,\n";
        const SampleReadResult result = DrillSampleReader::parse(content, QStringLiteral("samples.csv"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.rows, 3);
        const RecordedSeries& domain = result.series.at(0);
        QCOMPARE(domain.text(domain.samples.at(0).detail),
                 QStringLiteral("certificate, \"expired\"\nsecond line"));
        QCOMPARE(domain.text(domain.samples.at(1).backend), QStringLiteral("M2"));
        QCOMPARE(domain.samples.at(1).backend, domain.samples.at(2).backend);
        QCOMPARE(domain.texts.size(), 3); // "", the detail, "M2"
        QVERIFY(domain.samples.at(1).reusedConnection);
    }

    void truncatedAndDamagedRows()
    {
        const QByteArray content = DrillSampleLog::header() + "vip,10.000,ok,200,1.000,,,,,0.1,0,,\n" +
                                   "vip,eleven,ok,200,1.000,,,,,0.1,0,,\n" + "vip,12.000,ok,200\n" +
                                   "vip,13.000,sideways,200,1.000,,,,,0.1,0,,\n" +
                                   "vip,14.000,ok,200,1.000,,,,,0.1,0,,\n" + "vip,15.000,ok,2";
        const SampleReadResult result = DrillSampleReader::parse(content, QStringLiteral("/x/samples.csv"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.rows, 2);
        QVERIFY(result.truncatedLastRow);
        QCOMPARE(result.skippedRows, 3);
        QCOMPARE(result.problems.size(), 3);
        QVERIFY2(result.problems.at(0).startsWith(QStringLiteral("samples.csv:3: start_mono_ms")),
                 qPrintable(result.problems.at(0)));
        QVERIFY2(result.problems.at(1).startsWith(QStringLiteral("samples.csv:4: 4 columns")),
                 qPrintable(result.problems.at(1)));
        QVERIFY2(result.problems.at(2).contains(QStringLiteral("sideways")),
                 qPrintable(result.problems.at(2)));
        QCOMPARE(result.series.at(0).samples.at(1).monoMs, 14.0);
    }

    void notASamplesFile()
    {
        const SampleReadResult wrong =
            DrillSampleReader::parse("{\"seq\":1}\n", QStringLiteral("/x/journal.jsonl"));
        QVERIFY(!wrong.ok());
        QVERIFY2(wrong.error.startsWith(QStringLiteral("/x/journal.jsonl:1: not a samples file")),
                 qPrintable(wrong.error));
        const SampleReadResult missing = DrillSampleReader::read(QStringLiteral("/nonexistent/samples.csv"));
        QVERIFY(!missing.ok());
        QVERIFY(missing.error.contains(QStringLiteral("/nonexistent/samples.csv")));
        const SampleReadResult empty =
            DrillSampleReader::parse(DrillSampleLog::header(), QStringLiteral("s"));
        QVERIFY(empty.ok());
        QCOMPARE(empty.rows, 0);
    }

    void readsARealDrillQuickly()
    {
        // 360,000 rows: a one-hour drill at 20 Hz × 5 targets.
        QByteArray content = DrillSampleLog::header();
        content.reserve(40 * 360'000);
        const char* targets[] = {"vip", "domain", "M1-apiserver", "M2-apiserver", "M3-apiserver"};
        for (int i = 0; i < 72'000; ++i) {
            for (const char* target : targets) {
                content += target;
                content += ',' + QByteArray::number(1000.0 + i * 50.0, 'f', 3) +
                           ",ok,200,1.250,,0.100,0.400,0.500,0.050,1,M2,\n";
            }
        }
        QElapsedTimer timer;
        timer.start();
        const SampleReadResult result = DrillSampleReader::parse(content, QStringLiteral("samples.csv"));
        const qint64 elapsed = timer.elapsed();
        QCOMPARE(result.rows, 360'000);
        QCOMPARE(result.series.size(), 5);
        QCOMPARE(result.series.at(4).texts.size(), 2);
        qInfo("parsed 360,000 rows in %lld ms", elapsed);
    }
};

QTEST_GUILESS_MAIN(TestDrillSampleReader)
#include "TestDrillSampleReader.moc"
