// Journal replay without a cluster: a hand-filled ReportModel drives the console's views through
// ReplayController (the topology follows the slider's moment — M3 down inside the fault window, back after
// the recovery —, the chart holds every recorded sample with a cursor at t, a timeline click moves t, the
// steps list grows with t), the ReplayBar's slider and play button, and MainWindow's replay of journal files
// written here with JournalWriter: a file that is not a journal is refused with a message naming it, a
// journal cut off mid-line opens with an "incomplete journal" notice, and closing the replay brings back
// the docks' live panels. No process is started.
#include "ClusterStatusLine.h"
#include "ConsoleTestData.h"
#include "LatencyChartView.h"
#include "MainWindow.h"
#include "MemberCard.h"
#include "ReplayBar.h"
#include "ReplayController.h"
#include "ReplayStepsPanel.h"
#include "ReportExportDialog.h"
#include "TimelinePanel.h"
#include "TopologyWidget.h"

#include "drill/JournalWriter.h"
#include "probe/ManualClock.h"
#include "report/ReportModel.h"
#include "report/ReportSnapshotConverter.h"

#include <QAction>
#include <QDockWidget>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QSlider>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

using namespace etcddrill;
using etcddrill::test::ConsoleTestData;

namespace {

constexpr double kStart = 5'000'000;      // the journal's mono_ms at drill-started
constexpr double kStop = kStart + 10'000; // M3 stopped
constexpr double kBack = kStart + 40'000; // M3 back and caught up
constexpr double kEnd = kStart + 60'000;

ReportMember member(const QString& node, const QString& role, int index)
{
    ReportMember m;
    m.node = node;
    m.role = role;
    m.healthy = role != QLatin1String("down");
    m.memberId = role == QLatin1String("down") ? QString() : QString::number(0x1000 + index, 16);
    m.raftTerm = m.healthy ? 2 : -1;
    m.raftIndex = m.healthy ? 100 : -1;
    m.error = m.healthy ? QString() : QStringLiteral("connection refused");
    return m;
}

ReportSnapshot snapshot(double at, const QString& label, bool m3Down)
{
    ReportSnapshot s;
    s.label = label;
    s.monoMs = at;
    s.time = QDateTime(QDate(2026, 11, 25), QTime(23, 0), Qt::UTC).addMSecs(qint64(at - kStart));
    s.health = m3Down ? QStringLiteral("degraded") : QStringLiteral("healthy");
    s.leader = QStringLiteral("M1");
    s.members = {
        member(QStringLiteral("M1"), QStringLiteral("leader"), 1),
        member(QStringLiteral("M2"), QStringLiteral("follower"), 2),
        member(QStringLiteral("M3"), m3Down ? QStringLiteral("down") : QStringLiteral("follower"), 3)};
    return s;
}

ReportTimelineRow row(double at, const QString& kind, const QString& text, bool failed = false)
{
    ReportTimelineRow r;
    r.monoMs = at;
    r.time = QDateTime(QDate(2026, 11, 25), QTime(23, 0), Qt::UTC).addMSecs(qint64(at - kStart));
    r.kind = kind;
    r.text = text;
    r.failed = failed;
    return r;
}

ReportModel handModel()
{
    ReportModel model;
    model.journalFile = QStringLiteral("/nowhere/journal.jsonl");
    model.complete = true;
    model.cluster = QStringLiteral("staging");
    model.operatorUser = QStringLiteral("root");
    model.host = QStringLiteral("m1");
    model.targetSpec = QStringLiteral("M3");
    model.targetNode = QStringLiteral("M3");
    model.startedAt = QDateTime(QDate(2026, 11, 25), QTime(23, 0), Qt::UTC);
    model.finishedAt = model.startedAt.addMSecs(60'000);
    model.startMonoMs = kStart;
    model.endMonoMs = kEnd;
    model.outcome = QStringLiteral("passed");
    model.headline = QStringLiteral("PASSED: M3 stopped and recovered in 8.2 s; every hypothesis held");
    model.snapshots = {snapshot(kStart + 100, QStringLiteral("preflight"), false),
                       snapshot(kStop + 1'000, QStringLiteral("target-down"), true),
                       snapshot(kBack, QStringLiteral("after-recovery"), false)};
    // The VIP every 100 ms; refused for half a second after the stop.
    RecordedSeries vip;
    vip.target = QStringLiteral("vip");
    vip.texts << QStringLiteral("M1");
    for (int i = 0; i < 600; ++i) {
        RecordedSample sample;
        sample.monoMs = kStart + i * 100.0;
        sample.totalMs = 3.5f;
        const bool failed = sample.monoMs >= kStop && sample.monoMs < kStop + 500;
        sample.outcome = failed ? ProbeSample::Outcome::ConnectionRefused : ProbeSample::Outcome::Ok;
        sample.httpStatus = failed ? 0 : 200;
        sample.backend = failed ? 0 : 1;
        vip.samples.append(sample);
    }
    model.series = {vip};
    ReportOutage outage;
    outage.target = QStringLiteral("vip");
    outage.startMonoMs = kStop;
    outage.endMonoMs = kStop + 500;
    outage.failedSamples = 5;
    outage.firstOutcome = QStringLiteral("connection-refused");
    model.outages = {outage};
    model.markers = {ReportMarker{kStart, QStringLiteral("preflight"), QStringLiteral("1 Preflight")},
                     ReportMarker{kStop, QStringLiteral("stop-target"), QStringLiteral("2 Stop")}};
    model.timeline = {row(kStart, QStringLiteral("step"), QStringLiteral("Preflight: running")),
                      row(kStart + 200, QStringLiteral("check"), QStringLiteral("etcd M1: healthy")),
                      row(kStop - 100, QStringLiteral("gate"), QStringLiteral("Confirmed: stop M3")),
                      row(kStop, QStringLiteral("command"), QStringLiteral("Running locally: mv etcd.yaml")),
                      row(kStop, QStringLiteral("outage"), QStringLiteral("vip stopped answering")),
                      row(kBack, QStringLiteral("step"), QStringLiteral("Recovery: passed")),
                      row(kEnd, QStringLiteral("verdict"), model.headline)};
    return model;
}

QString writeJournal(const QString& folder, bool truncate)
{
    ManualClock clock;
    JournalWriter writer(&clock);
    QString error;
    if (!writer.create(folder, &error))
        return {};
    QJsonObject started{
        {QStringLiteral("cluster"), QStringLiteral("staging")},
        {QStringLiteral("target_spec"), QStringLiteral("M3")},
        {QStringLiteral("fault"), QStringLiteral("static-pod")},
        {QStringLiteral("transport"), QStringLiteral("local")},
        {QStringLiteral("operator"), QJsonObject{{QStringLiteral("user"), QStringLiteral("root")},
                                                 {QStringLiteral("host"), QStringLiteral("m1")},
                                                 {QStringLiteral("pid"), 999999}}}};
    writer.write(QStringLiteral("drill-started"), started);
    clock.advance(std::chrono::milliseconds(200));
    writer.write(QStringLiteral("step"),
                 {{QStringLiteral("step"), QStringLiteral("preflight")},
                  {QStringLiteral("state"), QStringLiteral("running")},
                  {QStringLiteral("title"), QStringLiteral("Preflight")},
                  {QStringLiteral("detail"), QStringLiteral("checking the cluster")}});
    clock.advance(std::chrono::milliseconds(300));
    writer.write(QStringLiteral("check"), {{QStringLiteral("step"), QStringLiteral("preflight")},
                                           {QStringLiteral("name"), QStringLiteral("etcd M1")},
                                           {QStringLiteral("status"), QStringLiteral("passed")},
                                           {QStringLiteral("passed"), true},
                                           {QStringLiteral("measured"), QStringLiteral("healthy")},
                                           {QStringLiteral("expected"), QStringLiteral("healthy")}});
    writer.close();
    if (truncate) {
        QFile file(writer.filePath());
        if (!file.open(QIODevice::Append))
            return {};
        file.write("{\"seq\":4,\"time\":\"2026-11-25T23:00:01.000Z\",\"mono_ms\":12");
    }
    return writer.filePath();
}

} // namespace

class TestReplay : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void controllerFollowsThePosition();
    void replayBarMovesAndPlays();
    void nonJournalFileGivesClearError();
    void truncatedJournalOpensWithNotice();

private:
    QTemporaryDir m_settings;
    QTemporaryDir m_files;
};

void TestReplay::initTestCase()
{
    ConsoleTestData::isolateSettings(m_settings.path());
}

void TestReplay::controllerFollowsThePosition()
{
    const ReportModel model = handModel();
    TopologyWidget topology;
    LatencyChartView chart;
    ClusterStatusLine status;
    TimelinePanel timeline;
    ReplayStepsPanel steps;
    chart.resize(900, 400);
    chart.show();
    timeline.resize(600, 400);
    timeline.show();
    const DrillConfig config = ReportSnapshotConverter::toDrillConfig(model);
    QCOMPARE(config.nodes.size(), 3);
    QCOMPARE(config.probes.targets.size(), 1); // the VIP; no node apiserver series here
    topology.setConfig(config);
    ReplayController replay(&topology, &chart, &status);
    replay.setPanels(&timeline, &steps);
    QSignalSpy moved(&replay, &ReplayController::positionChanged);
    replay.setModel(model);
    QCOMPARE(replay.position(), kStart);
    QCOMPARE(replay.snapshotIndex(), 0);
    QCOMPARE(topology.card(QStringLiteral("M3"))->role(), MemberRole::Kind::Follower);
    QCOMPARE(topology.card(QStringLiteral("M1"))->role(), MemberRole::Kind::Leader);
    QVERIFY(status.quorumText().contains(QStringLiteral("Quorum held")));

    // The chart holds every recorded sample, the outage band and the markers; the cursor sits at t.
    QCOMPARE(chart.sampleCount(QStringLiteral("vip")), 600);
    QCOMPARE(chart.failureCount(QStringLiteral("vip")), 5);
    QCOMPARE(chart.outageBands().size(), 1);
    QVERIFY(!chart.outageBands().first().open);
    QCOMPARE(chart.markers().size(), 2);
    QVERIFY(chart.timeCursor().has_value());
    QVERIFY(!chart.followLive());
    // Times land at the clock times they were recorded at.
    QCOMPARE(replay.wallTime(kStop), model.startedAt.addMSecs(10'000));
    QVERIFY(std::abs(replay.monoMs(replay.steadyTime(kStop + 1234.0)) - (kStop + 1234.0)) < 0.01);

    // Inside the fault window: M3 down, the quorum degraded, the VIP's outage shown.
    replay.setPosition(kStop + 2'000);
    QCOMPARE(replay.snapshotIndex(), 1);
    QCOMPARE(topology.card(QStringLiteral("M3"))->role(), MemberRole::Kind::Down);
    QVERIFY2(status.quorumText().contains(QStringLiteral("degraded")), qPrintable(status.quorumText()));
    QCOMPARE(status.elapsedText(), QStringLiteral("Drill: 00:00:12"));
    const qint64 cursorMs = std::chrono::duration_cast<std::chrono::milliseconds>(
                                replay.steadyTime(kStop + 2'000) - *chart.timeCursor())
                                .count();
    QCOMPARE(cursorMs, 0);
    const QDateTime atCursor = replay.wallTime(kStop + 2'000);
    QVERIFY(chart.visibleStart() <= atCursor && atCursor <= chart.visibleEnd());

    // After the recovery: M3 is back.
    replay.setPosition(kBack + 1'000);
    QCOMPARE(replay.snapshotIndex(), 2);
    QCOMPARE(topology.card(QStringLiteral("M3"))->role(), MemberRole::Kind::Follower);
    // Back into the window: down again (the slider goes both ways).
    replay.setPosition(kStop + 5'000);
    QCOMPARE(topology.card(QStringLiteral("M3"))->role(), MemberRole::Kind::Down);
    // Clamped to the drill.
    replay.setPosition(kEnd + 99'000);
    QCOMPARE(replay.position(), kEnd);
    QVERIFY(moved.size() >= 4);

    // The steps list grows with t: step, check, gate at the stop; everything at the end.
    replay.setPosition(kStart + 500);
    QCOMPARE(steps.shownRowCount(), 2);
    replay.setPosition(kEnd);
    QCOMPARE(steps.shownRowCount(), 5); // command and outage rows are the timeline's
    QVERIFY(steps.headerText().contains(QStringLiteral("PASSED")));

    // The timeline lists every row; a click moves the replay to the row's moment.
    QCOMPARE(timeline.model()->rowCount(), model.timeline.size());
    QTableView* view = timeline.view();
    const QModelIndex gate = view->model()->index(2, 0);
    view->scrollTo(gate);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(gate).center());
    QVERIFY2(std::abs(replay.position() - (kStop - 100)) < 1.0,
             qPrintable(QString::number(replay.position() - kStart)));
    QCOMPARE(topology.card(QStringLiteral("M3"))->role(), MemberRole::Kind::Follower);
    // And a steps line does the same.
    QListWidgetItem* check = steps.list()->item(1);
    QTest::mouseClick(steps.list()->viewport(), Qt::LeftButton, {},
                      steps.list()->visualItemRect(check).center());
    QVERIFY(std::abs(replay.position() - (kStart + 200)) < 1.0);
}

void TestReplay::replayBarMovesAndPlays()
{
    ReplayBar bar;
    bar.show();
    bar.setRange(kStart, kEnd, QDateTime(QDate(2026, 11, 25), QTime(23, 0), Qt::UTC));
    QSignalSpy moved(&bar, &ReplayBar::positionChanged);
    QCOMPARE(bar.slider()->maximum(), 60'000);
    QVERIFY(bar.timeText().startsWith(QStringLiteral("00:00.0 / 01:00.0")));
    bar.slider()->setValue(12'500);
    QCOMPARE(moved.size(), 1);
    QCOMPARE(moved.first().first().toDouble(), kStart + 12'500);
    QVERIFY2(bar.timeText().startsWith(QStringLiteral("00:12.5")), qPrintable(bar.timeText()));
    // The controller answering does not echo.
    bar.setPosition(kStart + 20'000);
    QCOMPARE(moved.size(), 1);
    QCOMPARE(bar.slider()->value(), 20'000);

    // 60×: a minute of drill in about a second; it stops at the end.
    bar.setSpeed(60);
    QCOMPARE(bar.speed(), 60);
    QTest::mouseClick(bar.playButton(), Qt::LeftButton);
    QVERIFY(bar.isPlaying());
    QTRY_VERIFY_WITH_TIMEOUT(bar.position() > kStart + 25'000, 3000);
    QTRY_VERIFY_WITH_TIMEOUT(!bar.isPlaying(), 5000);
    QCOMPARE(bar.position(), kEnd);
    QVERIFY(moved.size() > 3);
}

void TestReplay::nonJournalFileGivesClearError()
{
    QFile file(m_files.filePath(QStringLiteral("notes.txt")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("cluster: staging\nnodes: []\n");
    file.close();
    MainWindow window;
    window.setLanguage(QStringLiteral("en"));
    window.show();
    QSignalSpy finished(&window, &MainWindow::replayLoadFinished);
    QVERIFY(window.openReplay(file.fileName()));
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY(!window.isReplaying());
    auto* box = window.findChild<QMessageBox*>(QStringLiteral("replayError"));
    QVERIFY(box);
    QVERIFY2(box->text().contains(file.fileName()), qPrintable(box->text()));
    QVERIFY2(box->informativeText().contains(QStringLiteral("journal")), qPrintable(box->informativeText()));
    QVERIFY(box->informativeText().contains(QStringLiteral("journal.jsonl")));
    box->close();

    // A folder without any journal: the same kind of answer.
    QSignalSpy again(&window, &MainWindow::replayLoadFinished);
    QVERIFY(window.openReplay(m_files.filePath(QStringLiteral("no-such-drill"))));
    QTRY_COMPARE(again.size(), 1);
    QCOMPARE(again.first().first().toBool(), false);
    QTRY_VERIFY(window.findChild<QMessageBox*>(QStringLiteral("replayError")));
}

void TestReplay::truncatedJournalOpensWithNotice()
{
    const QString journal = writeJournal(m_files.filePath(QStringLiteral("cut")), true);
    QVERIFY(!journal.isEmpty());
    MainWindow window;
    window.setLanguage(QStringLiteral("en"));
    window.show();
    QWidget* liveSteps = window.stepsDock()->widget();
    const auto liveSpan = window.chart()->windowSpan();
    QWidget* liveTimeline = window.timelineDock()->widget();
    QVERIFY(window.replayAction()->isEnabled());
    QVERIFY(!window.closeReplayAction()->isEnabled());
    QVERIFY(!window.exportAction()->isEnabled());
    QSignalSpy finished(&window, &MainWindow::replayLoadFinished);
    QVERIFY(window.openReplay(m_files.filePath(QStringLiteral("cut")))); // the folder
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(finished.first().first().toBool());
    QVERIFY(window.isReplaying());
    QVERIFY2(window.noticeText().contains(QStringLiteral("Incomplete journal")),
             qPrintable(window.noticeText()));
    QVERIFY(window.replayStepsPanel());
    QVERIFY(window.replayStepsPanel()->headerText().contains(QStringLiteral("Incomplete journal")));
    QVERIFY(window.replayBar()->isVisible());
    QVERIFY(window.windowTitle().contains(QStringLiteral("replay")));
    // Half a second of drill: the chart shows its shortest replay window, not the live five minutes.
    QCOMPARE(window.chart()->windowSpan(), std::chrono::milliseconds(30'000));
    // Read-only: no drill action while replaying; the report of this journal can be exported.
    QVERIFY(!window.prepareDrillAction()->isEnabled());
    QVERIFY(!window.startDrillAction()->isEnabled());
    QVERIFY(!window.prepareDrill());
    QVERIFY(window.closeReplayAction()->isEnabled());
    QVERIFY(window.exportAction()->isEnabled());
    QCOMPARE(window.exportJournal(), journal);
    window.exportAction()->trigger();
    auto* exportDialog = window.findChild<ReportExportDialog*>();
    QVERIFY(exportDialog);
    QVERIFY(exportDialog->isVisible());
    QCOMPARE(exportDialog->journalFile(), journal);
    exportDialog->close();
    QCOMPARE(window.stepsDock()->widget(), window.replayStepsPanel());
    QVERIFY(window.statusBar()
                ->findChild<QLabel*>(QStringLiteral("replayStatus"))
                ->text()
                .startsWith(QStringLiteral("Replay: staging")));

    window.closeReplayAction()->trigger();
    QVERIFY(!window.isReplaying());
    QVERIFY(!window.replayBar()->isVisible());
    QCOMPARE(window.stepsDock()->widget(), liveSteps);
    QCOMPARE(window.chart()->windowSpan(), liveSpan);
    QCOMPARE(window.timelineDock()->widget(), liveTimeline);
    QVERIFY(liveSteps->isVisible());
    QVERIFY(window.prepareDrillAction()->isEnabled());
    QVERIFY(!window.exportAction()->isEnabled());
    QVERIFY(window.noticeText().isEmpty());
}

QTEST_MAIN(TestReplay)
#include "TestReplay.moc"
