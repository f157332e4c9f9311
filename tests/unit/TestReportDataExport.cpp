// ReportDataExport: the summary JSON and the samples CSV of a report, from the lab drill fixture and from a
// synthetic journal with secrets in it; existing files are not replaced unless asked; the summary is English
// data even when the report was built with the Chinese translation installed.
#include "ReportBuilder.h"
#include "ReportDataExport.h"
#include "ReportTestJournal.h"
#include "TestFiles.h"

#include "drill/DrillSampleReader.h"
#include "drill/JournalReader.h"
#include "i18n/TranslationLoader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>

using namespace etcddrill;

namespace {

QString fixtureFolder()
{
    return test::TestFiles::fixture(QStringLiteral("report/lab-drill"));
}

QByteArray readAll(const QString& path)
{
    return test::TestFiles::readText(path).toUtf8();
}

bool hasHan(const QString& text)
{
    for (const char32_t c : text.toUcs4()) {
        if (QChar::script(c) == QChar::Script_Han)
            return true;
    }
    return false;
}

// An interrupted drill with the fault still applied and failed writes, without samples.csv: findings,
// incomplete reasons and problems the builder writes itself.
ReportModel interruptedDrill()
{
    ReportTestJournal j;
    j.started();
    j.add(1000, QStringLiteral("fault-applied"), {{QStringLiteral("node"), QStringLiteral("M3")}});
    for (int i = 0; i < 2; ++i)
        j.add(2000 + 500 * i, QStringLiteral("write-check"),
              {{QStringLiteral("node"), QStringLiteral("M1")},
               {QStringLiteral("ok"), false},
               {QStringLiteral("latency_ms"), 1450.0},
               {QStringLiteral("error"), QStringLiteral("context deadline exceeded")}});
    return ReportBuilder::fromData(JournalReader::parse(j.bytes(), QStringLiteral("journal.jsonl")), nullptr);
}

} // namespace

class TestReportDataExport : public QObject
{
    Q_OBJECT

private slots:
    void summaryJsonOfTheLabDrill();
    void samplesCsvOfTheLabDrill();
    void samplesCsvFromTheModelWithoutAFile();
    void refusesToOverwrite();
    void incompleteDrillExportsItsState();
    void noSecretInAnyOutput();
    void summaryIsEnglishWhateverTheLanguage();
};

void TestReportDataExport::summaryJsonOfTheLabDrill()
{
    const ReportModel m = ReportBuilder::build(fixtureFolder(), nullptr);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("report-summary.json"));
    QString error;
    QVERIFY2(ReportDataExport::writeSummaryJson(m, file, &error), qPrintable(error));
    QJsonParseError parse;
    const QJsonObject json = QJsonDocument::fromJson(readAll(file), &parse).object();
    QCOMPARE(parse.error, QJsonParseError::NoError);
    QCOMPARE(json.value(QStringLiteral("format")).toString(), QStringLiteral("etcd-drill-report-summary"));
    QCOMPARE(json.value(QStringLiteral("format_version")).toInt(), 1);
    QCOMPARE(json.value(QStringLiteral("complete")).toBool(), true);
    const QJsonObject header = json.value(QStringLiteral("header")).toObject();
    QCOMPARE(header.value(QStringLiteral("cluster")).toString(), QStringLiteral("lab"));
    QCOMPARE(header.value(QStringLiteral("operator")).toString(), QStringLiteral("root"));
    QCOMPARE(header.value(QStringLiteral("etcd_version")).toString(), QStringLiteral("3.4.23"));
    QCOMPARE(header.value(QStringLiteral("started_at")).toString(),
             QStringLiteral("2026-11-25T23:21:47.773Z"));
    QCOMPARE(header.value(QStringLiteral("duration_ms")).toDouble(), 74479.0);
    const QJsonObject verdict = json.value(QStringLiteral("verdict")).toObject();
    QCOMPARE(verdict.value(QStringLiteral("outcome")).toString(), QStringLiteral("passed"));
    QCOMPARE(verdict.value(QStringLiteral("passed")).toBool(), true);
    QCOMPARE(verdict.value(QStringLiteral("rolled_back")).toBool(), false);
    QCOMPARE(json.value(QStringLiteral("hypothesis")).toArray().size(), 8);
    const QJsonObject figures = json.value(QStringLiteral("key_figures")).toObject();
    QVERIFY(figures.value(QStringLiteral("election_ms")).isNull());
    QCOMPARE(figures.value(QStringLiteral("detect_stop_ms")).toDouble(), 96.0);
    QCOMPARE(figures.value(QStringLiteral("answered_ms")).toDouble(), 1035.0);
    QCOMPARE(figures.value(QStringLiteral("recovery_ms")).toDouble(), 1450.0);
    QCOMPARE(figures.value(QStringLiteral("catch_up_ms")).toDouble(), 407.0);
    QCOMPARE(figures.value(QStringLiteral("write_checks_passed")).toInt(), 123);
    QCOMPARE(figures.value(QStringLiteral("write_checks_failed")).toInt(), 0);
    const QJsonArray impact = json.value(QStringLiteral("impact")).toArray();
    QCOMPARE(impact.size(), 5);
    const QJsonObject domain = impact.at(1).toObject();
    QCOMPARE(domain.value(QStringLiteral("target")).toString(), QStringLiteral("domain"));
    QCOMPARE(domain.value(QStringLiteral("failed_samples")).toInt(), 205);
    QCOMPARE(domain.value(QStringLiteral("windows")).toInt(), 205);
    QCOMPARE(domain.value(QStringLiteral("total_outage_ms")).toDouble(), 20521.044);
    QVERIFY(domain.value(QStringLiteral("max_outage_ms")).isNull());
    QCOMPARE(json.value(QStringLiteral("outages")).toArray().size(), 213);
    // 5 targets × 4 phases: the fixture's settle (after its recovered line) is a phase of its own.
    QCOMPARE(json.value(QStringLiteral("phase_stats")).toArray().size(), 20);
    const QJsonArray findings = json.value(QStringLiteral("findings")).toArray();
    QCOMPARE(findings.size(), m.findings.size());
    QCOMPARE(findings.first().toObject().value(QStringLiteral("severity")).toString(),
             QStringLiteral("problem"));
    for (const QJsonValue& value : findings)
        qInfo().noquote() << value.toObject().value(QStringLiteral("severity")).toString()
                          << value.toObject().value(QStringLiteral("title")).toString() << "|"
                          << value.toObject().value(QStringLiteral("evidence")).toString();
}

void TestReportDataExport::samplesCsvOfTheLabDrill()
{
    const ReportModel m = ReportBuilder::build(fixtureFolder(), nullptr);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("samples-export.csv"));
    QString error;
    QVERIFY2(ReportDataExport::writeSamplesCsv(m, file, &error), qPrintable(error));
    const QList<QByteArray> lines = readAll(file).split('\n');
    const QList<QByteArray> original = readAll(fixtureFolder() + QStringLiteral("/samples.csv")).split('\n');
    QCOMPARE(lines.size(), original.size()); // every row, same order
    QCOMPARE(lines.first(), original.first() + ",relative_ms");
    // Rows are the original ones plus the time since the drill's start (first probe 55.6 ms after it).
    QCOMPARE(lines.at(1), original.at(1) + ",55.624");
    QCOMPARE(lines.at(2000).left(original.at(2000).size()), original.at(2000));
    // 13 columns of samples.csv plus relative_ms on every row.
    for (int i = 1; i < lines.size() - 1; ++i)
        QCOMPARE(lines.at(i).count(','), 13);
}

void TestReportDataExport::samplesCsvFromTheModelWithoutAFile()
{
    ReportModel m = ReportBuilder::build(fixtureFolder(), nullptr);
    m.samplesFile.clear(); // as for a model built with fromData() from samples read elsewhere
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("samples.csv"));
    QString error;
    QVERIFY2(ReportDataExport::writeSamplesCsv(m, file, &error), qPrintable(error));
    const QList<QByteArray> lines = readAll(file).split('\n');
    QCOMPARE(lines.size(), 3720 + 2);
    QCOMPARE(lines.at(1), QByteArray("vip,7166590.624,ok,200,56.589,,,,,,0,M3,,55.624"));
    // The first 13 columns read back as samples.
    QByteArray withoutRelative;
    for (const QByteArray& line : lines) {
        if (line.isEmpty())
            continue;
        withoutRelative += line.left(line.lastIndexOf(',')) + '\n';
    }
    const SampleReadResult back = DrillSampleReader::parse(withoutRelative, QStringLiteral("samples.csv"));
    QVERIFY2(back.ok(), qPrintable(back.error));
    QCOMPARE(back.rows, qint64(3720));
    QCOMPARE(back.skippedRows, qint64(0));
}

void TestReportDataExport::refusesToOverwrite()
{
    const ReportModel m = ReportBuilder::build(fixtureFolder(), nullptr);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString json = dir.filePath(QStringLiteral("summary.json"));
    const QString csv = dir.filePath(QStringLiteral("samples.csv"));
    QVERIFY(test::TestFiles::writeText(json, "keep me"));
    QVERIFY(QFile::copy(json, csv));
    QString error;
    QVERIFY(!ReportDataExport::writeSummaryJson(m, json, &error));
    QVERIFY2(error.contains(json) && error.contains(QLatin1String("already exists")), qPrintable(error));
    error.clear();
    QVERIFY(!ReportDataExport::writeSamplesCsv(m, csv, &error));
    QVERIFY(error.contains(csv));
    QCOMPARE(readAll(json), QByteArray("keep me"));
    QCOMPARE(readAll(csv), QByteArray("keep me"));
    QVERIFY2(ReportDataExport::writeSummaryJson(m, json, &error, true), qPrintable(error));
    QVERIFY(readAll(json).startsWith('{'));
    QVERIFY2(ReportDataExport::writeSamplesCsv(m, csv, &error, true), qPrintable(error));
    QVERIFY(readAll(csv).startsWith("target,"));
    // A folder that does not exist: an error naming the file, no crash.
    QVERIFY(
        !ReportDataExport::writeSummaryJson(m, dir.filePath(QStringLiteral("no/such/summary.json")), &error));
    QVERIFY(error.contains(QLatin1String("no/such/summary.json")));
}

void TestReportDataExport::incompleteDrillExportsItsState()
{
    ReportTestJournal j;
    j.started();
    j.add(1000, QStringLiteral("fault-applied"), {{QStringLiteral("node"), QStringLiteral("M3")}});
    const ReportModel m =
        ReportBuilder::fromData(JournalReader::parse(j.bytes(), QStringLiteral("journal.jsonl")), nullptr);
    const QJsonObject json = ReportDataExport::summaryJson(m);
    QCOMPARE(json.value(QStringLiteral("complete")).toBool(), false);
    QVERIFY(!json.value(QStringLiteral("incomplete_reasons")).toArray().isEmpty());
    const QJsonObject verdict = json.value(QStringLiteral("verdict")).toObject();
    QCOMPARE(verdict.value(QStringLiteral("outcome")).toString(), QStringLiteral("incomplete"));
    QVERIFY(verdict.value(QStringLiteral("passed")).isNull());
    QVERIFY(json.value(QStringLiteral("header")).toObject().value(QStringLiteral("finished_at")).isNull());
    QVERIFY(
        json.value(QStringLiteral("key_figures")).toObject().value(QStringLiteral("recovery_ms")).isNull());
}

void TestReportDataExport::noSecretInAnyOutput()
{
    const QString keyBody = QStringLiteral("MIIEowIBAAKCAQEAx3Ubbk2Zq8QS0ThisIsNotARealKeyButLooksLikeOne");
    const QString token = QStringLiteral("sk-abcdefghijklmnopqrstuvwxyz0123456789TOKEN");
    ReportTestJournal j;
    j.started();
    j.command(
        100, QStringLiteral("preflight"), QStringLiteral("kubectl get secret"), 1,
        QStringLiteral("-----BEGIN RSA PRIVATE KEY-----\n%1\n-----END RSA PRIVATE KEY-----\n").arg(keyBody),
        QStringLiteral("error: Authorization: Bearer %1").arg(token));
    j.add(200, QStringLiteral("check"),
          {{QStringLiteral("name"), QStringLiteral("kubernetes readyz")},
           {QStringLiteral("passed"), false},
           {QStringLiteral("measured"), QStringLiteral("401")},
           {QStringLiteral("detail"), QStringLiteral("token=%1").arg(token)}});
    QByteArray csv = "target,start_mono_ms,outcome,http_status,total_ms,dns_ms,connect_ms,tls_ms,ttfb_ms,"
                     "start_lag_ms,reused_connection,backend,detail\n";
    csv +=
        QStringLiteral("vip,1000300.000,http-error,401,5.000,,1.000,2.000,1.000,0.100,0,M1,\"Bearer %1\"\n")
            .arg(token)
            .toUtf8();
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(test::TestFiles::writeText(dir.filePath(QStringLiteral("journal.jsonl")), j.bytes()));
    QVERIFY(test::TestFiles::writeText(dir.filePath(QStringLiteral("samples.csv")), csv));

    QString error;
    ReportModel m = ReportBuilder::build(dir.path(), &error);
    QVERIFY(error.isEmpty());
    const QString json = dir.filePath(QStringLiteral("out.json"));
    const QString out = dir.filePath(QStringLiteral("out.csv"));
    QVERIFY2(ReportDataExport::writeSummaryJson(m, json, &error), qPrintable(error));
    QVERIFY2(ReportDataExport::writeSamplesCsv(m, out, &error), qPrintable(error));
    m.samplesFile.clear();
    const QString fromModel = dir.filePath(QStringLiteral("out-model.csv"));
    QVERIFY2(ReportDataExport::writeSamplesCsv(m, fromModel, &error), qPrintable(error));
    for (const QString& file : {json, out, fromModel}) {
        const QByteArray bytes = readAll(file);
        QVERIFY2(!bytes.isEmpty(), qPrintable(file));
        QVERIFY2(!bytes.contains(keyBody.toUtf8()), qPrintable(file));
        QVERIFY2(!bytes.contains(token.toUtf8()),
                 qPrintable(file + QStringLiteral(": ") + QString::fromUtf8(bytes)));
    }
    QVERIFY(readAll(out).contains("[redacted]"));
}

void TestReportDataExport::summaryIsEnglishWhateverTheLanguage()
{
    const std::function<ReportModel()> builds[] = {
        [] { return ReportBuilder::build(fixtureFolder(), nullptr); },
        interruptedDrill,
    };
    for (const auto& build : builds) {
        const ReportModel english = build();
        const QJsonObject englishJson = ReportDataExport::summaryJson(english);
        QVERIFY(!english.findings.isEmpty());

        TranslationLoader loader;
        QString error;
        QVERIFY2(loader.load(QStringLiteral("zh_CN"), &error), qPrintable(error));
        const ReportModel chinese = build();
        const QJsonObject chineseJson = ReportDataExport::summaryJson(chinese);
        loader.unload();

        // The report shows Chinese…
        QCOMPARE(chinese.findings.size(), english.findings.size());
        for (const ReportFinding& f : chinese.findings)
            QVERIFY2(hasHan(f.title), qPrintable(f.title));
        // …the summary is the English one, in every field.
        const QByteArray bytes = QJsonDocument(chineseJson).toJson();
        QVERIFY2(!hasHan(QString::fromUtf8(bytes)), bytes.constData());
        for (const QString& key : {QStringLiteral("findings"), QStringLiteral("incomplete_reasons"),
                                   QStringLiteral("problems"), QStringLiteral("verdict")})
            QCOMPARE(chineseJson.value(key), englishJson.value(key));
        QCOMPARE(chineseJson, englishJson);
    }
    // The interrupted drill did list translated reasons and problems (so the loop above compared them).
    TranslationLoader loader;
    QVERIFY(loader.load(QStringLiteral("zh_CN")));
    const ReportModel chinese = interruptedDrill();
    QVERIFY(!chinese.incompleteReasons.isEmpty() && hasHan(chinese.incompleteReasons.join(u' ')));
    QVERIFY(!chinese.problems.isEmpty() && hasHan(chinese.problems.join(u' ')));
    bool quotesWrites = false;
    for (const ReportFinding& f : chinese.findings)
        quotesWrites |= f.evidence.contains(QLatin1String("context deadline exceeded"));
    QVERIFY(quotesWrites);
}

QTEST_GUILESS_MAIN(TestReportDataExport)
#include "TestReportDataExport.moc"
