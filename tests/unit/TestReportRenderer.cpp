// ReportRenderer on hand-filled models and on the lab drill fixture (tests/data/report/lab-drill): what the
// pages say (collected from the text the renderer paints, through a recording paint device), how many pages
// there are, the table of contents, the verdict of a rolled-back and of an incomplete drill, the cap on
// command output, PNG page size and content, and that files are never replaced silently.
// QTEST_MAIN (not GUILESS): fonts and QPdfWriter need a QGuiApplication; CTest runs it offscreen.
#include "i18n/TranslationLoader.h"
#include "report/ReportBuilder.h"
#include "report/ReportDataExport.h"
#include "report/ReportFindings.h"
#include "report/ReportFormat.h"
#include "report/ReportRenderer.h"

#include <QFile>
#include <QJsonArray>
#include <QPaintDevice>
#include <QPaintEngine>
#include <QPainter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextItem>
#include <QTimeZone>

using namespace etcddrill;

namespace {

// A paint device that keeps the text drawn on it (and nothing else).
class TextRecorder : public QPaintDevice
{
public:
    class Engine : public QPaintEngine
    {
    public:
        QStringList texts;
        bool begin(QPaintDevice*) override { return true; }
        bool end() override { return true; }
        void updateState(const QPaintEngineState&) override {}
        void drawPixmap(const QRectF&, const QPixmap&, const QRectF&) override {}
        void drawTextItem(const QPointF&, const QTextItem& item) override { texts << item.text(); }
        void drawPath(const QPainterPath&) override {}
        void drawPolygon(const QPointF*, int, PolygonDrawMode) override {}
        Type type() const override { return QPaintEngine::User; }
    };

    QPaintEngine* paintEngine() const override { return &m_engine; }
    QStringList texts() const { return m_engine.texts; }
    void clear() { m_engine.texts.clear(); }

protected:
    int metric(PaintDeviceMetric metric) const override
    {
        switch (metric) {
        case PdmWidth:
            return 5953;
        case PdmHeight:
            return 8419;
        case PdmDpiX:
        case PdmDpiY:
        case PdmPhysicalDpiX:
        case PdmPhysicalDpiY:
            return 720;
        case PdmDepth:
            return 32;
        case PdmDevicePixelRatio:
            return 1;
        case PdmDevicePixelRatioScaled:
            return int(QPaintDevice::devicePixelRatioFScale());
        default:
            return 0;
        }
    }

private:
    mutable Engine m_engine;
};

QString pageText(const ReportRenderer& renderer, int page)
{
    TextRecorder recorder;
    QPainter painter(&recorder);
    renderer.paintPage(painter, page, QRectF(0, 0, 5953, 8419));
    painter.end();
    return recorder.texts().join(QLatin1Char('\n'));
}

// A journal as the engine writes it since texts carry their templates ("texts", core/drill/JournalWriter.h):
// lines taken from a lab drill, shortened.
// clang-format off
const char* const kJournalWithTexts = R"JSON(
{"seq":1,"time":"2026-11-26T00:47:56.333Z","mono_ms":1000,"type":"drill-started","cluster":"lab","config_file":"/tmp/lab/drill.yaml","fault":"static-pod","hypothesis":{"max_election_ms":5000,"max_recovery_ms":60000,"write_failures":0},"nodes":[{"name":"M1"},{"name":"M2"},{"name":"M3"}],"operator":{"host":"vm","pid":1,"user":"root"},"options":{"dry_run":true,"override_preflight":false},"target_spec":"M3","transport":"local","version":"0.1.0"}
{"seq":2,"time":"2026-11-26T00:47:56.334Z","mono_ms":1001,"type":"step","detail":"checking the cluster","state":"running","step":"preflight","texts":{"detail":{"context":"DrillText","source":"checking the cluster"}},"title":"Preflight"}
{"seq":3,"time":"2026-11-26T00:47:56.399Z","mono_ms":1066,"type":"check","expected":"no other drill on this cluster","measured":"taken by this console (/etcd-drill/lock)","name":"lock","overridable":false,"passed":true,"status":"passed","step":"preflight","texts":{"expected":{"context":"DrillText","source":"no other drill on this cluster"},"measured":{"args":["/etcd-drill/lock"],"context":"DrillText","source":"taken by this console (%1)"},"name":{"context":"DrillText","source":"lock"}}}
{"seq":4,"time":"2026-11-26T00:47:56.400Z","mono_ms":1067,"type":"check","expected":"healthy","measured":"healthy, leader, member c244ffd4ae94d02e, raft index 9, 20 ms","name":"etcd M1","passed":true,"status":"passed","step":"preflight","texts":{"expected":{"context":"DrillText","source":"healthy"},"measured":{"args":[{"context":"DrillText","source":"leader"},"c244ffd4ae94d02e","9","20 ms"],"context":"DrillText","source":"healthy, %1, member %2, raft index %3, %4"},"name":{"args":["M1"],"context":"DrillText","source":"etcd %1"}}}
{"seq":5,"time":"2026-11-26T00:47:56.500Z","mono_ms":1167,"type":"step","detail":"","state":"passed","step":"preflight","title":"Preflight"}
{"seq":6,"time":"2026-11-26T00:49:09.241Z","mono_ms":74000,"type":"verdict","passed":true,"lines":[{"expected":"at most 3s","informational":false,"measured":"no outage (712 probes)","name":"longest outage of vip","passed":true,"texts":{"expected":{"args":["3s"],"context":"DrillText","source":"at most %1"},"measured":{"args":["712"],"context":"DrillText","source":"no outage (%1 probes)"},"name":{"args":["vip"],"context":"DrillText","source":"longest outage of %1"}}}]}
{"seq":7,"time":"2026-11-26T00:49:09.256Z","mono_ms":74015,"type":"drill-finished","headline":"PASSED: M3 was stopped and recovered in 984 ms; every hypothesis held","outcome":"passed","reason":"","texts":{"headline":{"args":["M3","984 ms"],"context":"DrillText","source":"PASSED: %1 was stopped and recovered in %2; every hypothesis held"},"reason":""}}
)JSON";
// clang-format on

QString allText(const ReportRenderer& renderer)
{
    QStringList pages;
    for (int i = 0; i < renderer.pageCount(); ++i)
        pages << pageText(renderer, i);
    return pages.join(QLatin1Char('\n'));
}

ReportModel baseModel()
{
    ReportModel m;
    m.journalFile = QStringLiteral("/drills/test/journal.jsonl");
    m.complete = true;
    m.cluster = QStringLiteral("prod-a");
    m.operatorUser = QStringLiteral("alice");
    m.host = QStringLiteral("ops1");
    m.toolVersion = QStringLiteral("9.9.9");
    m.etcdVersion = QStringLiteral("3.5.9");
    m.targetSpec = QStringLiteral("M3");
    m.targetNode = QStringLiteral("M3");
    m.fault = QStringLiteral("static-pod");
    m.transport = QStringLiteral("ssh");
    m.startedAt = QDateTime(QDate(2026, 11, 25), QTime(10, 0, 0), Qt::UTC);
    m.finishedAt = m.startedAt.addSecs(90);
    m.startMonoMs = 1'000'000;
    m.endMonoMs = 1'090'000;
    m.outcome = QStringLiteral("passed");
    m.headline = QStringLiteral("PASSED: M3 was stopped and recovered in 8.213 s; every hypothesis held");
    m.verdictPassed = true;
    // (Filled field by field: the struct grows, and aggregate initialisation warns about the fields left
    // out.)
    const auto hypothesis = [](const QString& name, const QString& expected, const QString& measured) {
        ReportHypothesisLine line;
        line.name = name;
        line.expected = expected;
        line.measured = measured;
        line.passed = true;
        return line;
    };
    m.hypothesis = {
        hypothesis(QStringLiteral("recovery"), QStringLiteral("at most 1m"), QStringLiteral("8.213 s")),
        hypothesis(QStringLiteral("write failures"), QStringLiteral("at most 0"), QStringLiteral("0 of 80"))};
    m.impact = {
        {QStringLiteral("vip"), QStringLiteral("vip"), 1800, 12, 2, 2345.0, 1500.0, 3000.0},
        {QStringLiteral("domain"), QStringLiteral("domain"), 1800, 40, 1, 4100.0, 4100.0, std::nullopt}};
    m.recoveryMs = 8213;
    m.detectStopMs = 412;
    m.answeredMs = 6100;
    m.catchUpMs = 2113;
    m.writeChecksPassed = 80;
    ReportSnapshot before;
    before.label = QStringLiteral("before-stop");
    before.monoMs = 1'005'000;
    before.time = m.startedAt.addSecs(5);
    before.health = QStringLiteral("healthy");
    before.leader = QStringLiteral("M1");
    for (int i = 1; i <= 3; ++i) {
        ReportMember member;
        member.node = QStringLiteral("M%1").arg(i);
        member.memberId = QStringLiteral("abc%1").arg(i);
        member.role = i == 1 ? QStringLiteral("leader") : QStringLiteral("follower");
        member.healthy = true;
        member.raftTerm = 4;
        member.raftIndex = 1000 + i;
        member.revision = 900;
        member.dbSizeBytes = 2 * 1024 * 1024;
        member.version = QStringLiteral("3.5.9");
        before.members << member;
    }
    m.snapshots << before;
    for (const QString& target : {QStringLiteral("vip"), QStringLiteral("domain")}) {
        RecordedSeries series;
        series.target = target;
        for (int i = 0; i < 1800; ++i) {
            RecordedSample sample;
            sample.monoMs = m.startMonoMs + i * 50.0;
            sample.totalMs = 5 + (i % 17);
            const bool down = i >= 600 && i < 640;
            sample.outcome = down ? ProbeSample::Outcome::ConnectionRefused : ProbeSample::Outcome::Ok;
            series.samples << sample;
        }
        m.series << series;
        m.outages << ReportOutage{target,
                                  m.startMonoMs + 30000,
                                  m.startMonoMs + 32000,
                                  40,
                                  QStringLiteral("during-fault"),
                                  QStringLiteral("connection-refused"),
                                  QString(),
                                  true};
    }
    m.markers = {
        {m.startMonoMs + 29000, QStringLiteral("stop-target"), QStringLiteral("2 Stop the target's etcd")},
        {m.startMonoMs + 60000, QStringLiteral("start-target"), QStringLiteral("4 Start the target's etcd")}};
    ReportPhaseStats down;
    down.phase = QStringLiteral("during-fault");
    down.target = QStringLiteral("vip");
    down.samples = 600;
    down.failed = 40;
    down.longestOutageMs = 4100;
    down.degradedMs = 4100;
    down.p50Ms = 12;
    down.p90Ms = 20;
    down.p99Ms = 21;
    down.maxMs = 22;
    m.phaseStats = {down};
    m.timeline << ReportTimelineRow{
        1,         m.startMonoMs, m.startedAt, QStringLiteral("step"), QStringLiteral("1 Preflight: running"),
        QString(), false};
    m.findings << ReportFinding{ReportFinding::Severity::Warning,
                                QStringLiteral("The domain kept sending clients to the stopped apiserver"),
                                QStringLiteral("40 failed probes over 4.100 s")};
    return m;
}

} // namespace

class TestReportRenderer : public QObject
{
    Q_OBJECT

private slots:
    // The data-safety line of the journal becomes its own section and findings: a lost write named by key.
    void dataSafetySectionAndFindings()
    {
        ReportModel m = baseModel();
        QVERIFY(!allText(ReportRenderer(m)).contains(QStringLiteral("Data safety")));
        DataSafetyRecord record;
        record.verified = true;
        DataSafetyResult& r = record.result;
        r.prefix = QStringLiteral("/etcd-drill/workload/d/");
        r.rate = 20;
        r.puts = r.acknowledged = 100;
        r.readDone = true;
        r.membersRead = {QStringLiteral("M1"), QStringLiteral("M2"), QStringLiteral("M3")};
        r.lost = 1;
        r.findings = {
            {QStringLiteral("missing"), r.prefix + QStringLiteral("17"), 0, QStringLiteral("M3"), 17}};
        r.watched = true;
        r.watchEvents = 100;
        r.watchOpens = {QStringLiteral("M3 from 10"), QStringLiteral("M1 from 42")};
        r.hashes = {{QStringLiteral("M1"), true, 7, 0, {}}, {QStringLiteral("M3"), true, 7, 0, {}}};
        r.hashesAgree = true;
        r.hashRevision = 150;
        r.phases = {{QStringLiteral("during-fault"), 100, 100, 0, 0, 2.5, 9.0}};
        r.cleanedUp = true;
        r.deleted = 100;
        m.dataSafety = record;
        m.findings = ReportFindings::derive(m, {});
        const QString text = allText(ReportRenderer(m));
        for (const char* expected : {"Data safety", "Acknowledged writes lost", "/etcd-drill/workload/d/17",
                                     "100 keys deleted", "1 of 100 acknowledged writes were lost"})
            QVERIFY2(text.contains(QLatin1String(expected)), expected);
        bool problem = false;
        for (const ReportFinding& f : m.findings)
            problem = problem || (f.severity == ReportFinding::Severity::Problem &&
                                  f.title.contains(QStringLiteral("acknowledged writes were lost")) &&
                                  f.evidence.contains(QStringLiteral("/etcd-drill/workload/d/17")));
        QVERIFY(problem);
    }

    void shortReportHasEverySectionAndFigure()
    {
        const ReportRenderer renderer(baseModel());
        QVERIFY(renderer.pageCount() >= 1);
        const QString text = allText(renderer);
        for (const char* heading : {"etcd HA drill report", "Verdict", "Findings", "Client impact per way in",
                                    "Drill details", "Key figures", "Topology and members", "Latency charts",
                                    "Client impact per phase", "Appendix: timeline"})
            QVERIFY2(text.contains(QLatin1String(heading)), heading);
        // Page 1 is for someone who was not on the call: the verdict, what clients felt per way in with the
        // chart of all ways in, the findings; the drill's facts and the rest from page 2, the timeline last.
        const QString first = pageText(renderer, 0);
        for (const char* onFirst :
             {"Verdict", "Findings", "The domain kept sending clients", "Client impact per way in",
              "Error rate while down", "Failed probes per way in, share per second", "target M3", "alice"})
            QVERIFY2(first.contains(QLatin1String(onFirst)), onFirst);
        QVERIFY(!first.contains(QLatin1String("Drill details")));
        QVERIFY(!first.contains(QLatin1String("Appendix: timeline")));
        QVERIFY(text.indexOf(QLatin1String("Verdict")) <
                text.indexOf(QLatin1String("Client impact per way in")));
        QVERIFY(text.indexOf(QLatin1String("Client impact per way in")) <
                text.indexOf(QLatin1String("Findings")));
        QVERIFY(text.indexOf(QLatin1String("Drill details")) < text.indexOf(QLatin1String("Key figures")));
        QVERIFY(text.lastIndexOf(QLatin1String("Appendix: timeline")) >
                text.lastIndexOf(QLatin1String("Client impact per phase")));
        // The phase table names the phases in words and has the phase's own outage and degraded time.
        QVERIFY(text.contains(QLatin1String("target down")));
        QVERIFY(text.contains(QStringLiteral("40 (6.67 %)")));
        QVERIFY(text.contains(QStringLiteral("PASSED")));
        QVERIFY(text.contains(ReportRenderer::durationText(8213))); // recovery
        QCOMPARE(ReportRenderer::durationText(8213), QStringLiteral("8.2 s"));
        QVERIFY(text.contains(ReportRenderer::durationText(2345))); // vip's total outage
        QVERIFY(text.contains(QStringLiteral("alice")));
        QVERIFY(text.contains(QStringLiteral("abc2")));
        QVERIFY(text.contains(QStringLiteral("The domain kept sending clients")));
        QVERIFY(text.contains(QStringLiteral("Page 1 of %1").arg(renderer.pageCount())));
    }

    void longTimelineFlowsWithContents()
    {
        ReportModel m = baseModel();
        for (int i = 0; i < 400; ++i)
            m.timeline << ReportTimelineRow{i + 2,
                                            m.startMonoMs + i * 100.0,
                                            m.startedAt.addMSecs(i * 100),
                                            QStringLiteral("check"),
                                            QStringLiteral("check number %1").arg(i),
                                            QString(),
                                            i % 50 == 0};
        const ReportRenderer renderer(m);
        QVERIFY2(renderer.pageCount() > 4, qPrintable(QString::number(renderer.pageCount())));
        QVERIFY(renderer.hasTableOfContents());
        // Page 1 stays the summary; the contents open page 2.
        QVERIFY(!pageText(renderer, 0).contains(QStringLiteral("Contents")));
        QVERIFY(pageText(renderer, 1).contains(QStringLiteral("Contents")));
        // The contents' page numbers are where the sections really start.
        const auto sections = renderer.sections();
        QCOMPARE(sections.size(), 9); // no Data safety section without a workload
        for (const auto& [title, page] : sections) {
            QVERIFY(page >= 1 && page <= renderer.pageCount());
            QVERIFY2(pageText(renderer, page - 1).contains(title), qPrintable(title));
        }
        const QString all = allText(renderer);
        QVERIFY(all.contains(QStringLiteral("check number 0")));
        QVERIFY(all.contains(QStringLiteral("check number 399")));
        // The timeline's header is repeated on the pages it continues on.
        QVERIFY(pageText(renderer, renderer.pageCount() - 2).contains(QStringLiteral("Time (UTC)")));
        QVERIFY(pageText(renderer, renderer.pageCount() - 1)
                    .contains(QStringLiteral("Page %1 of %1").arg(renderer.pageCount())));

        ReportModel shortOne = baseModel();
        QVERIFY(!ReportRenderer(shortOne).hasTableOfContents());
    }

    void rolledBackSaysSoAndWhy()
    {
        ReportModel m = baseModel();
        m.outcome = QStringLiteral("aborted");
        m.headline = QStringLiteral("ABORTED: vip failed for longer than its abort-outage");
        m.rolledBack = true;
        m.rollbackKind = QStringLiteral("outage");
        m.rollbackReason = QStringLiteral("vip unreachable for 12.000 s (abort-outage 10s)");
        m.verdictPassed = false;
        const QString text = allText(ReportRenderer(m));
        QVERIFY(text.contains(QStringLiteral("ROLLED BACK")));
        QVERIFY(text.contains(QStringLiteral("rolled back (outage)")));
        QVERIFY(text.contains(QStringLiteral("vip unreachable for 12.000 s")));
        QVERIFY(!text.contains(QStringLiteral("PASSED")));
    }

    void incompleteIsMarkedOnEveryPage()
    {
        ReportModel m = baseModel();
        m.complete = false;
        m.outcome = QStringLiteral("incomplete");
        m.headline = QString();
        m.verdictPassed.reset();
        m.finishedAt = QDateTime();
        m.incompleteReasons = {QStringLiteral("the journal ends at 10:00:45 without drill-finished")};
        const ReportRenderer renderer(m);
        const QString text = allText(renderer);
        QVERIFY(text.contains(QStringLiteral("INCOMPLETE")));
        QVERIFY(text.contains(QStringLiteral("the journal ends at 10:00:45 without drill-finished")));
        for (int i = 0; i < renderer.pageCount(); ++i)
            QVERIFY(pageText(renderer, i).contains(QStringLiteral("Incomplete journal")));
    }

    void longCommandOutputIsCapped()
    {
        ReportModel m = baseModel();
        QStringList output;
        for (int i = 1; i <= 100; ++i)
            output << QStringLiteral("output line %1").arg(i);
        m.timeline << ReportTimelineRow{9,
                                        m.startMonoMs + 100,
                                        m.startedAt,
                                        QStringLiteral("command"),
                                        QStringLiteral("journalctl -u etcd"),
                                        output.join(QLatin1Char('\n')),
                                        false};
        const QString text = allText(ReportRenderer(m));
        QVERIFY(text.contains(QStringLiteral("output line 40")));
        QVERIFY(!text.contains(QStringLiteral("output line 41")));
        QVERIFY2(text.contains(QStringLiteral("60 more line")), qPrintable(text.right(2000)));
    }

    void pngPagesHaveTheSizeAndContent()
    {
        const ReportRenderer renderer(baseModel());
        const QImage page = renderer.pageImage(0, 800);
        QCOMPARE(page.width(), 800);
        QCOMPARE(page.height(), 1131); // A4: 800 × 297/210
        int dark = 0;
        for (int y = 0; y < page.height(); y += 2) {
            for (int x = 0; x < page.width(); x += 2)
                dark += qGray(page.pixel(x, y)) < 128;
        }
        QVERIFY2(dark > 2000, qPrintable(QString::number(dark)));
        const QImage summary = renderer.summaryImage(640);
        QCOMPARE(summary.width(), 640);
        QVERIFY(summary.height() > 640);
    }

    void neverOverwritesSilently()
    {
        QTemporaryDir dir;
        const ReportRenderer renderer(baseModel());
        const QString pdf = dir.filePath(QStringLiteral("r.pdf"));
        ReportOutputResult first = renderer.writePdf(pdf, false);
        QVERIFY2(first.ok, qPrintable(first.error));
        QVERIFY(first.bytes > 1000);
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(5) == "%PDF-");
        f.close();
        const QDateTime written = QFileInfo(pdf).lastModified();
        const ReportOutputResult again = renderer.writePdf(pdf, false);
        QVERIFY(!again.ok);
        QVERIFY(again.refusedExisting);
        QVERIFY(again.error.contains(pdf));
        QCOMPARE(QFileInfo(pdf).lastModified(), written);
        QVERIFY(renderer.writePdf(pdf, true).ok);

        // PNG pages: one existing page file refuses them all.
        const QString pattern = dir.filePath(QStringLiteral("p.png"));
        const QStringList files = ReportFormatNames::pngPageFiles(pattern, renderer.pageCount());
        QVERIFY(QFile(files.back()).open(QIODevice::WriteOnly));
        const ReportOutputResult pages = renderer.writePngPages(pattern, 400, false);
        QVERIFY(pages.refusedExisting);
        QVERIFY(!QFileInfo::exists(files.front()));
        const ReportOutputResult forced = renderer.writePngPages(pattern, 400, true);
        QVERIFY2(forced.ok, qPrintable(forced.error));
        QCOMPARE(forced.files, files);
    }

    void labDrillFixture()
    {
        QString error;
        const ReportModel model =
            ReportBuilder::build(QStringLiteral(ETCD_DRILL_TEST_DATA "/report/lab-drill"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const ReportRenderer renderer(model);
        QVERIFY(renderer.pageCount() > 3);
        const QString text = allText(renderer);
        QVERIFY(text.contains(QStringLiteral("PASSED")));
        if (model.recoveryMs)
            QVERIFY(text.contains(ReportRenderer::durationText(*model.recoveryMs)));
        for (const ReportTargetImpact& t : model.impact)
            QVERIFY2(text.contains(ReportRenderer::durationText(t.totalOutageMs)), qPrintable(t.target));
        QVERIFY(!text.contains(QStringLiteral("PRIVATE KEY")));

        // A truncated copy of the journal: still a report, marked incomplete, no crash.
        QTemporaryDir dir;
        QFile in(QStringLiteral(ETCD_DRILL_TEST_DATA "/report/lab-drill/journal.jsonl"));
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QByteArray all = in.readAll();
        QFile out(dir.filePath(QStringLiteral("journal.jsonl")));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(all.left(all.size() / 2));
        out.close();
        const ReportModel cut = ReportBuilder::build(dir.path(), &error);
        QVERIFY(!cut.complete);
        const ReportRenderer cutRenderer(cut);
        const QString cutText = allText(cutRenderer);
        QVERIFY(cutText.contains(QStringLiteral("INCOMPLETE")));
        QVERIFY(cutText.contains(QStringLiteral("This report is incomplete")));
        QVERIFY(cutRenderer.writePdf(dir.filePath(QStringLiteral("cut.pdf")), false).ok);
    }

    // The engine's texts (step titles, check names and values, hypothesis lines, the headline) follow the
    // report's language when the journal carries their templates; the English report has no Chinese in it,
    // and the model's English fields (the JSON export) stay English whatever the language.
    void engineTextsFollowTheLanguage()
    {
        QTemporaryDir dir;
        QFile journal(dir.filePath(QStringLiteral("journal.jsonl")));
        QVERIFY(journal.open(QIODevice::WriteOnly));
        journal.write(QByteArray(kJournalWithTexts).trimmed() + '\n');
        journal.close();
        const QString english =
            QStringLiteral("PASSED: M3 was stopped and recovered in 984 ms; every hypothesis held");

        TranslationLoader loader;
        QString error;
        QVERIFY2(loader.load(QStringLiteral("zh_CN"), &error), qPrintable(error));
        const ReportModel zhModel = ReportBuilder::build(dir.path(), &error);
        ReportRenderOptions zhOptions;
        zhOptions.language = QStringLiteral("zh_CN");
        // (Qt paints a Latin and a Han run as separate text items: join them.)
        const QString zh = allText(ReportRenderer(zhModel, zhOptions)).remove(QLatin1Char('\n'));
        QVERIFY2(zh.contains(QStringLiteral("1 预检: 进行中 — 正在检查集群")), qPrintable(zh));
        QVERIFY2(zh.contains(QStringLiteral(
                     "演练锁: 已由本控制台获取（/etcd-drill/lock）（预期：该集群上没有其他演练）")),
                 qPrintable(zh));
        QVERIFY2(zh.contains(QStringLiteral("etcd M1: 健康，领导者，成员 c244ffd4ae94d02e")), qPrintable(zh));
        QVERIFY2(zh.contains(QStringLiteral("vip 的最长中断")), qPrintable(zh));
        QVERIFY2(zh.contains(QStringLiteral("通过：M3 已停止并在 984 ms 内恢复；所有假设均成立")),
                 qPrintable(zh));
        QVERIFY2(!zh.contains(QStringLiteral("Preflight")), qPrintable(zh));
        QCOMPARE(zhModel.headline, english);
        QCOMPARE(zhModel.hypothesis.value(0).name, QStringLiteral("longest outage of vip"));
        const QJsonObject zhJson = ReportDataExport::summaryJson(zhModel);

        loader.unload();
        const ReportModel enModel = ReportBuilder::build(dir.path(), &error);
        const QString en = allText(ReportRenderer(enModel)).remove(QLatin1Char('\n'));
        QVERIFY2(en.contains(QStringLiteral("1 Preflight: running — checking the cluster")), qPrintable(en));
        QVERIFY2(en.contains(QStringLiteral("lock: taken by this console (/etcd-drill/lock)")),
                 qPrintable(en));
        QVERIFY2(en.contains(QStringLiteral("longest outage of vip")), qPrintable(en));
        QVERIFY2(en.contains(english), qPrintable(en));
        const QRegularExpression han(QStringLiteral("\\p{Han}"));
        QVERIFY2(!han.match(en).hasMatch(), qPrintable(han.match(en).captured()));

        // The JSON export's engine texts are the same in both languages.
        const QJsonObject enJson = ReportDataExport::summaryJson(enModel);
        QCOMPARE(zhJson.value(QStringLiteral("verdict")), enJson.value(QStringLiteral("verdict")));
        QCOMPARE(zhJson.value(QStringLiteral("hypothesis")), enJson.value(QStringLiteral("hypothesis")));
        QCOMPARE(
            enJson.value(QStringLiteral("verdict")).toObject().value(QStringLiteral("headline")).toString(),
            english);
    }

    void chineseUsesCjkFont()
    {
        ReportRenderOptions options;
        options.language = QStringLiteral("zh_CN");
        const ReportRenderer renderer(baseModel(), options);
        // The long date in the report's language.
        // (Qt paints a Latin and a Han run as separate text items: join them.)
        const QString text = allText(renderer).remove(QLatin1Char('\n'));
        QVERIFY2(text.contains(QStringLiteral("2026年11月25日")), qPrintable(text.left(800)));
    }
};

QTEST_MAIN(TestReportRenderer)
#include "TestReportRenderer.moc"
