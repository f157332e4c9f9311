// `etcd-drill-cli report` on real lab drills (127.0.37.1, the domain behind nginx's http proxy, short
// timings: observation 3 s, settle 2 s): a drill that passed (the domain's error rate within 1 %), exported
// as PDF, PNG pages, a summary PNG, CSV and JSON — pdftotext finds every section and the JSON's figures,
// pdftoppm renders every page, PNG pages have their size and are not blank, an existing file is not replaced
// without --force, a Chinese report has Chinese text; a drill interrupted after the stop (SIGINT: rolled
// back) says so and why; a truncated journal gives a report marked incomplete; no key or token of the lab
// appears in any output, also when a journal's command output holds them. LabFixture takes the lab down,
// also after a failure.
#include "LabFixture.h"
#include "TestFiles.h"
#include "TestProcess.h"

#include "i18n/DrillDuration.h"
#include "report/ReportRenderer.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QtTest>
#include <csignal>
#include <memory>

using namespace etcddrill;
using etcddrill::test::LabFixture;
using etcddrill::test::ProcessResult;
using etcddrill::test::TestFiles;
using etcddrill::test::TestProcess;

namespace {

ProcessResult report(const QStringList& arguments)
{
    return TestProcess::cli(QStringList{QStringLiteral("report")} + arguments, 60000);
}

QString pdfText(const QString& pdf)
{
    return TestProcess::run(QStringLiteral("pdftotext"),
                            {QStringLiteral("-layout"), pdf, QStringLiteral("-")})
        .out;
}

int pdfPages(const QString& pdf)
{
    const ProcessResult info = TestProcess::run(QStringLiteral("pdfinfo"), {pdf});
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info.out);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

// Grey-level variance over a grid of pixels: 0 for a blank page.
double variance(const QImage& image)
{
    double sum = 0;
    double squares = 0;
    qint64 n = 0;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3) {
            const double g = qGray(image.pixel(x, y));
            sum += g;
            squares += g * g;
            ++n;
        }
    }
    const double mean = sum / double(n);
    return squares / double(n) - mean * mean;
}

QByteArray readAll(const QString& file)
{
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestReportLab : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void pdfHasEverySectionAndTheJsonFigures();
    void pngPagesAndSummary();
    void csvHasEverySample();
    void refusesToOverwrite();
    void chineseReport();
    void rolledBackDrillSaysSoAndWhy();
    void truncatedJournalIsMarkedIncomplete();
    void noSecretInAnyOutput();

private:
    QString out(const QString& name) const { return m_tmp.filePath(QStringLiteral("out/") + name); }
    QStringList secrets() const;

    QTemporaryDir m_tmp;
    std::unique_ptr<LabFixture> m_lab;
    QString m_config;
    QString m_drill;
    QStringList m_outputs; // every file a report command wrote, checked for secrets at the end
};

void TestReportLab::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    QVERIFY(QDir().mkpath(m_tmp.filePath(QStringLiteral("out"))));
    // The fixed domain (nginx retries the next apiserver): the lab's drill passes, the domain's error rate
    // too.
    m_lab =
        std::make_unique<LabFixture>(QStringLiteral("127.0.37.1"), 3,
                                     QStringList{QStringLiteral("--domain-proxy"), QStringLiteral("http")});
    QString error;
    QVERIFY2(m_lab->up(&error), qPrintable(error));
    m_config = m_tmp.filePath(QStringLiteral("drill.yaml"));
    QVERIFY2(m_lab->writeQuickDrillConfig(m_config, m_tmp.filePath(QStringLiteral("journals")), &error),
             qPrintable(error));

    m_drill = m_tmp.filePath(QStringLiteral("drill"));
    const ProcessResult run =
        TestProcess::cli({QStringLiteral("run"), QStringLiteral("-c"), m_config, QStringLiteral("--confirm"),
                          QStringLiteral("M3"), QStringLiteral("--out"), m_drill},
                         180000);
    // A failure message is cut at about a thousand characters: the verdict is at the end of the output.
    if (run.exitCode != 0)
        qInfo().noquote() << "the lab drill's output, from its end:\n" << run.all().right(6000);
    QVERIFY2(run.exitCode == 0, "the lab drill did not pass: its output is above");
    QVERIFY(QFileInfo::exists(m_drill + QStringLiteral("/journal.jsonl")));
}

void TestReportLab::cleanupTestCase()
{
    if (m_lab)
        m_lab->down();
}

void TestReportLab::pdfHasEverySectionAndTheJsonFigures()
{
    const QString pdf = out(QStringLiteral("report.pdf"));
    QElapsedTimer timer;
    timer.start();
    const ProcessResult made =
        report({m_drill, QStringLiteral("-o"), pdf, QStringLiteral("--language"), QStringLiteral("en")});
    QVERIFY2(made.exitCode == 0, qPrintable(made.all()));
    qInfo("PDF in %lld ms (process included): %s", timer.elapsed(), qPrintable(made.out.trimmed()));
    m_outputs << pdf;
    const ProcessResult json = report({m_drill, QStringLiteral("-o"), out(QStringLiteral("summary.json"))});
    QVERIFY2(json.exitCode == 0, qPrintable(json.all()));
    m_outputs << out(QStringLiteral("summary.json"));

    const QString text = pdfText(pdf);
    for (const char* heading :
         {"etcd HA drill report", "Contents", "Verdict", "Client impact per way in", "Findings",
          "Drill details", "Key figures", "Topology and members", "Latency charts", "Client impact per phase",
          "Appendix: timeline", "Before the stop", "After recovery", "recovery", "after recovery",
          "Page 1 of"})
        QVERIFY2(text.contains(QLatin1String(heading)), heading);
    QVERIFY(text.contains(QStringLiteral("PASSED")));
    QVERIFY(text.contains(QStringLiteral("error rate of domain while the target was down")));

    // Behind the http proxy the domain loses no more than a blip while M3 is down.
    const QJsonObject drillSummary =
        QJsonDocument::fromJson(readAll(m_drill + QStringLiteral("/summary.json"))).object();
    bool sawDomain = false;
    for (const QJsonValue& value : drillSummary.value(QStringLiteral("impact")).toArray()) {
        const QJsonObject impact = value.toObject();
        if (impact.value(QStringLiteral("target")).toString() != QLatin1String("domain"))
            continue;
        sawDomain = true;
        qInfo("domain behind the http proxy: %lld of %lld probes failed, degraded %lld ms",
              impact.value(QStringLiteral("failed")).toInteger(),
              impact.value(QStringLiteral("samples")).toInteger(),
              impact.value(QStringLiteral("degradedMs")).toInteger());
        QVERIFY(impact.value(QStringLiteral("degradedMs")).toInteger() <= 2000);
    }
    QVERIFY(sawDomain);

    const QJsonObject summary =
        QJsonDocument::fromJson(readAll(out(QStringLiteral("summary.json")))).object();
    QVERIFY(!summary.isEmpty());
    QCOMPARE(summary[QStringLiteral("verdict")][QStringLiteral("outcome")].toString(),
             QStringLiteral("passed"));
    QCOMPARE(summary[QStringLiteral("header")][QStringLiteral("cluster")].toString(), QStringLiteral("lab"));
    const QJsonObject figures = summary[QStringLiteral("key_figures")].toObject();
    QVERIFY(figures[QStringLiteral("recovery_ms")].isDouble());
    for (const char* key : {"recovery_ms", "detect_stop_ms", "answered_ms", "catch_up_ms"}) {
        if (!figures[QLatin1String(key)].isDouble())
            continue;
        const QString figure = ReportRenderer::durationText(figures[QLatin1String(key)].toDouble());
        QVERIFY2(text.contains(figure),
                 qPrintable(QStringLiteral("%1 = %2").arg(QLatin1String(key), figure)));
    }
    const QJsonArray impact = summary[QStringLiteral("impact")].toArray();
    QVERIFY(impact.size() >= 2);
    for (const QJsonValue& value : impact) {
        const QJsonObject t = value.toObject();
        const QString target = t[QStringLiteral("target")].toString();
        const QString total = ReportRenderer::durationText(t[QStringLiteral("total_outage_ms")].toDouble());
        const QString samples = QString::number(t[QStringLiteral("samples")].toInteger());
        // The key figures' row of this target: its name, its probes and its total outage on one line.
        const QRegularExpression row(
            QStringLiteral("\\b%1\\s+%2\\s+%3\\s+\\d+\\s+%4")
                .arg(QRegularExpression::escape(target), samples,
                     QString::number(t[QStringLiteral("failed_samples")].toInteger()),
                     QRegularExpression::escape(total)));
        QVERIFY2(row.match(text).hasMatch(),
                 qPrintable(QStringLiteral("%1: %2 probes, %3 total").arg(target, samples, total)));
    }
    const QString writes = QStringLiteral("%1 passed, %2 failed")
                               .arg(figures[QStringLiteral("write_checks_passed")].toInt())
                               .arg(figures[QStringLiteral("write_checks_failed")].toInt());
    QVERIFY2(text.contains(writes), qPrintable(writes));

    // pdftoppm renders every page.
    const int pages = pdfPages(pdf);
    QVERIFY(pages > 3);
    const QString ppm = m_tmp.filePath(QStringLiteral("ppm"));
    QVERIFY(QDir().mkpath(ppm));
    const ProcessResult rendered = TestProcess::run(
        QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("50"), QStringLiteral("-png"), pdf,
                                     ppm + QStringLiteral("/p")});
    QVERIFY2(rendered.exitCode == 0, qPrintable(rendered.all()));
    QVERIFY2(rendered.err.trimmed().isEmpty(),
             qPrintable(rendered.err)); // poppler complains about broken PDFs
    QCOMPARE(int(QDir(ppm).entryList({QStringLiteral("*.png")}, QDir::Files).size()), pages);
}

void TestReportLab::pngPagesAndSummary()
{
    const QString dir = out(QStringLiteral("pages/"));
    const ProcessResult made =
        report({m_drill, QStringLiteral("-o"), dir, QStringLiteral("--width"), QStringLiteral("1000"),
                QStringLiteral("--language"), QStringLiteral("en")});
    QVERIFY2(made.exitCode == 0, qPrintable(made.all()));
    const QStringList files = QDir(dir).entryList({QStringLiteral("report-*.png")}, QDir::Files);
    QCOMPARE(int(files.size()), pdfPages(out(QStringLiteral("report.pdf"))));
    for (const QString& name : files) {
        const QImage page(QDir(dir).filePath(name));
        QCOMPARE(page.size(), QSize(1000, 1414)); // A4 at 1000 px wide
        QVERIFY2(variance(page) > 50, qPrintable(name));
        m_outputs << QDir(dir).filePath(name);
    }

    const QString summary = out(QStringLiteral("chat.png"));
    const ProcessResult chat =
        report({m_drill, QStringLiteral("-o"), summary, QStringLiteral("--format"),
                QStringLiteral("summary-png"), QStringLiteral("--width"), QStringLiteral("800")});
    QVERIFY2(chat.exitCode == 0, qPrintable(chat.all()));
    const QImage image(summary);
    QCOMPARE(image.width(), 800);
    QVERIFY(image.height() > 800);
    QVERIFY(variance(image) > 50);
    m_outputs << summary;
}

void TestReportLab::csvHasEverySample()
{
    const QString csv = out(QStringLiteral("samples.csv"));
    const ProcessResult made = report({m_drill, QStringLiteral("-o"), csv});
    QVERIFY2(made.exitCode == 0, qPrintable(made.all()));
    m_outputs << csv;
    const QList<QByteArray> exported = readAll(csv).trimmed().split('\n');
    const QList<QByteArray> recorded =
        readAll(m_drill + QStringLiteral("/samples.csv")).trimmed().split('\n');
    QVERIFY(recorded.size() > 100);
    QCOMPARE(exported.size(), recorded.size());
    QVERIFY(exported.front().contains("relative_ms"));
}

void TestReportLab::refusesToOverwrite()
{
    const QString pdf = out(QStringLiteral("report.pdf"));
    const QByteArray before = readAll(pdf);
    QVERIFY(!before.isEmpty());
    const ProcessResult again = report({m_drill, QStringLiteral("-o"), pdf});
    QCOMPARE(again.exitCode, 3);
    QVERIFY2(again.err.contains(QStringLiteral("already exists")) && again.err.contains(pdf),
             qPrintable(again.all()));
    QCOMPARE(readAll(pdf), before);
    // PNG pages: one existing page refuses them all.
    const ProcessResult pages = report({m_drill, QStringLiteral("-o"), out(QStringLiteral("pages/"))});
    QCOMPARE(pages.exitCode, 3);
    const ProcessResult forced = report({m_drill, QStringLiteral("-o"), pdf, QStringLiteral("--force")});
    QVERIFY2(forced.exitCode == 0, qPrintable(forced.all()));
    QCOMPARE(pdfPages(pdf), pdfPages(pdf)); // still a readable PDF
    QVERIFY(pdfPages(pdf) > 3);
}

void TestReportLab::chineseReport()
{
    const QString pdf = out(QStringLiteral("report-zh.pdf"));
    const ProcessResult made =
        report({m_drill, QStringLiteral("-o"), pdf, QStringLiteral("--language"), QStringLiteral("zh_CN")});
    QVERIFY2(made.exitCode == 0, qPrintable(made.all()));
    m_outputs << pdf;
    const QString text = pdfText(pdf);
    const qsizetype han = text.count(QRegularExpression(QStringLiteral("\\p{Han}")));
    QVERIFY2(han >= 5, qPrintable(text.left(1500)));
    // Node names and figures are text a reader can search and copy, not only glyphs: the target's name and
    // the version come back out of the Chinese PDF as they went in.
    QVERIFY2(text.contains(QStringLiteral("M3")), qPrintable(text.left(1500)));
    QVERIFY2(text.contains(QStringLiteral(ETCD_DRILL_VERSION)), qPrintable(text.left(1500)));
    // The fonts are embedded, and one of them has the Han glyphs.
    const ProcessResult fonts = TestProcess::run(QStringLiteral("pdffonts"), {pdf});
    QVERIFY2(fonts.out.contains(QStringLiteral("CJK")), qPrintable(fonts.out));
}

void TestReportLab::rolledBackDrillSaysSoAndWhy()
{
    // Interrupted (as Ctrl+C) once the target is down: the drill starts it again and ends rolled back.
    const QString drill = m_tmp.filePath(QStringLiteral("interrupted"));
    QProcess run;
    run.setProcessChannelMode(QProcess::MergedChannels);
    run.start(QStringLiteral(ETCD_DRILL_CLI),
              {QStringLiteral("run"), QStringLiteral("-c"), m_config, QStringLiteral("--confirm"),
               QStringLiteral("M3"), QStringLiteral("--out"), drill});
    QVERIFY(run.waitForStarted());
    QByteArray output;
    QElapsedTimer timer;
    timer.start();
    while (!output.contains("observing the survivors") && timer.elapsed() < 90000 &&
           run.state() == QProcess::Running) {
        run.waitForReadyRead(500);
        output += run.readAll();
    }
    QVERIFY2(output.contains("observing the survivors"), output.constData());
    ::kill(pid_t(run.processId()), SIGINT);
    QVERIFY(run.waitForFinished(120000));
    output += run.readAll();
    QCOMPARE(run.exitCode(), 2);

    const QString pdf = out(QStringLiteral("interrupted.pdf"));
    const ProcessResult made =
        report({drill, QStringLiteral("-o"), pdf, QStringLiteral("--language"), QStringLiteral("en")});
    QVERIFY2(made.exitCode == 0, qPrintable(made.all()));
    m_outputs << pdf;
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(QStringLiteral("ROLLED BACK")), qPrintable(text.left(3000)));
    QVERIFY2(text.contains(QStringLiteral("The drill was rolled back")), qPrintable(text.left(3000)));
    QVERIFY(!text.contains(QStringLiteral("PASSED")));
}

void TestReportLab::truncatedJournalIsMarkedIncomplete()
{
    const QString cut = m_tmp.filePath(QStringLiteral("cut"));
    QVERIFY(QDir().mkpath(cut));
    const QByteArray journal = readAll(m_drill + QStringLiteral("/journal.jsonl"));
    // Cut in the middle of a line, as a crash mid-write leaves it.
    QVERIFY(TestFiles::writeText(cut + QStringLiteral("/journal.jsonl"),
                                 journal.left(journal.size() * 2 / 3 + 7)));
    QVERIFY(QFile::copy(m_drill + QStringLiteral("/samples.csv"), cut + QStringLiteral("/samples.csv")));
    const QString pdf = out(QStringLiteral("cut.pdf"));
    const ProcessResult made =
        report({cut, QStringLiteral("-o"), pdf, QStringLiteral("--language"), QStringLiteral("en")});
    QVERIFY2(made.exitCode == 0, qPrintable(made.all()));
    QVERIFY(made.err.contains(QStringLiteral("incomplete")));
    m_outputs << pdf;
    const QString text = pdfText(pdf);
    QVERIFY(text.contains(QStringLiteral("INCOMPLETE")));
    QVERIFY(text.contains(QStringLiteral("This report is incomplete")));
    QVERIFY(text.contains(QStringLiteral("Incomplete journal"))); // every page's footer
    QVERIFY(pdfPages(pdf) > 1);

    // No journal at all: nothing written, exit 1.
    const ProcessResult none = report({m_tmp.filePath(QStringLiteral("no-such-drill")), QStringLiteral("-o"),
                                       out(QStringLiteral("none.pdf"))});
    QCOMPARE(none.exitCode, 1);
    QVERIFY(!QFileInfo::exists(out(QStringLiteral("none.pdf"))));
}

QStringList TestReportLab::secrets() const
{
    // A line from the middle of every private key of the lab, and the apiserver's bearer token.
    QStringList found;
    QDirIterator it(m_lab->dir(), {QStringLiteral("*.key")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QList<QByteArray> lines = readAll(it.next()).split('\n');
        if (lines.size() > 3)
            found << QString::fromLatin1(lines.at(lines.size() / 2).trimmed());
    }
    const QString token =
        QString::fromUtf8(readAll(m_lab->dir() + QStringLiteral("/pki/apiserver-token"))).trimmed();
    if (!token.isEmpty())
        found << token;
    return found;
}

void TestReportLab::noSecretInAnyOutput()
{
    const QStringList secrets = this->secrets();
    QVERIFY2(secrets.size() >= 3, qPrintable(secrets.join(QLatin1Char(','))));

    // A copy of the drill whose first command output holds a private key and the token, as a careless
    // command might print them: the report must not carry them.
    const QString leaky = m_tmp.filePath(QStringLiteral("leaky"));
    QVERIFY(QDir().mkpath(leaky));
    QByteArray journal = readAll(m_drill + QStringLiteral("/journal.jsonl"));
    QList<QByteArray> lines = journal.split('\n');
    const QString keyFile = [this] {
        QDirIterator it(m_lab->dir(), {QStringLiteral("*.key")}, QDir::Files, QDirIterator::Subdirectories);
        return it.hasNext() ? it.next() : QString();
    }();
    const QString key = QString::fromLatin1(readAll(keyFile));
    bool planted = false;
    for (QByteArray& line : lines) {
        QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o[QStringLiteral("type")].toString() != QLatin1String("command-finished"))
            continue;
        o[QStringLiteral("stdout")] =
            key + QStringLiteral("\nAuthorization: Bearer ") + secrets.back() + QStringLiteral("\n");
        line = QJsonDocument(o).toJson(QJsonDocument::Compact);
        planted = true;
        break;
    }
    QVERIFY2(planted, "no command line in the journal");
    QVERIFY(TestFiles::writeText(leaky + QStringLiteral("/journal.jsonl"), lines.join('\n')));
    QVERIFY(QFile::copy(m_drill + QStringLiteral("/samples.csv"), leaky + QStringLiteral("/samples.csv")));
    for (const QString& name :
         {QStringLiteral("leaky.pdf"), QStringLiteral("leaky.json"), QStringLiteral("leaky.csv")}) {
        const ProcessResult made = report({leaky, QStringLiteral("-o"), out(name)});
        QVERIFY2(made.exitCode == 0, qPrintable(made.all()));
        m_outputs << out(name);
    }
    const ProcessResult png = report({leaky, QStringLiteral("-o"), out(QStringLiteral("leaky-pages/"))});
    QVERIFY2(png.exitCode == 0, qPrintable(png.all()));
    // The leaky report shows that command's output (redacted), so the check below has something to look at.
    QVERIFY(pdfText(out(QStringLiteral("leaky.pdf"))).contains(QStringLiteral("Authorization")));

    for (const QString& file : m_outputs) {
        const QString text =
            file.endsWith(QLatin1String(".pdf")) ? pdfText(file) : QString::fromUtf8(readAll(file));
        if (file.endsWith(QLatin1String(".png")))
            continue; // images: covered by the PDF with the same pages
        // The Redactor leaves the PEM markers around "[redacted]" (so a reader sees what was there); nothing
        // else may name a private key.
        QString rest = text;
        rest.remove(QRegularExpression(QStringLiteral(
            "-*BEGIN ([A-Z]+ )?PRIVATE KEY-*\\s*\\[redacted\\]\\s*-*END ([A-Z]+ )?PRIVATE KEY-*")));
        QVERIFY2(!rest.contains(QStringLiteral("PRIVATE KEY")), qPrintable(file));
        for (const QString& secret : secrets)
            QVERIFY2(!text.contains(secret), qPrintable(QStringLiteral("%1 holds a secret").arg(file)));
    }
}

QTEST_GUILESS_MAIN(TestReportLab)
#include "TestReportLab.moc"
