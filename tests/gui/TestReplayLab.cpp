// The console on a real embedded lab (127.0.38.1, the domain behind nginx's http proxy): a whole drill run
// headless (`etcd-drill-cli run`, short timings) is replayed from its folder — the slider puts M3 down
// inside the fault window and back after the recovery, the chart holds every recorded sample, a timeline
// click moves the slider —; then M3's manifest is moved away by hand and a journal written here says a drill
// did it and died: opening the config offers the restore, "Restore now" puts the manifest back through
// DrillRecovery and M3's etcd runs again. LabFixture takes the lab down, also after a failure.
#include "ConsoleTestData.h"
#include "LabFixture.h"
#include "LatencyChartView.h"
#include "MainWindow.h"
#include "MemberCard.h"
#include "ReplayBar.h"
#include "ReplayController.h"
#include "RestoreBanner.h"
#include "RestoreController.h"
#include "RestoreDialog.h"
#include "TimelinePanel.h"
#include "TopologyWidget.h"

#include "config/ConfigLoader.h"
#include "drill/DrillRecovery.h"
#include "drill/JournalWriter.h"

#include <QDir>
#include <QJsonArray>
#include <QPushButton>
#include <QSlider>
#include <QSysInfo>
#include <QTableView>
#include <QtTest>
#include <memory>

using namespace etcddrill;
using etcddrill::test::ConsoleTestData;
using etcddrill::test::LabFixture;
using etcddrill::test::TestProcess;

class TestReplayLab : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void replaysALabDrill();
    void restoresAMemberAnEarlierDrillLeftStopped();

private:
    QTemporaryDir m_settings;
    QTemporaryDir m_tmp;
    std::unique_ptr<LabFixture> m_lab;
    QString m_config;
    QString m_m3MemberId;
};

void TestReplayLab::initTestCase()
{
    ConsoleTestData::isolateSettings(m_settings.path());
    // The fixed domain (nginx retries the next apiserver), so that the replayed drill passed.
    m_lab =
        std::make_unique<LabFixture>(QStringLiteral("127.0.38.1"), 3,
                                     QStringList{QStringLiteral("--domain-proxy"), QStringLiteral("http")});
    QString error;
    QVERIFY2(m_lab->up(&error), qPrintable(error));
    m_config = m_tmp.filePath(QStringLiteral("drill.yaml"));
    QVERIFY2(m_lab->writeQuickDrillConfig(m_config, m_tmp.filePath(QStringLiteral("journals")), &error),
             qPrintable(error));
}

void TestReplayLab::cleanupTestCase()
{
    if (m_lab)
        m_lab->down();
}

void TestReplayLab::replaysALabDrill()
{
    const QString out = m_tmp.filePath(QStringLiteral("drill"));
    const auto run =
        TestProcess::cli({QStringLiteral("run"), QStringLiteral("-c"), m_config, QStringLiteral("--confirm"),
                          QStringLiteral("M3"), QStringLiteral("--out"), out},
                         240000);
    QVERIFY2(run.exitCode == 0,
             qPrintable(run.all().right(6000))); // the verdict and its reasons are at the end

    MainWindow window;
    window.setLanguage(QStringLiteral("en"));
    window.resize(1600, 1000);
    window.show();
    QSignalSpy finished(&window, &MainWindow::replayLoadFinished);
    QVERIFY(window.openReplay(out));
    QVERIFY(window.isLoadingReplay());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QVERIFY(finished.first().first().toBool());
    QVERIFY(window.isReplaying());
    ReplayController* replay = window.replay();
    const ReportModel& model = replay->model();
    QVERIFY2(model.complete, qPrintable(model.incompleteReasons.join(QLatin1Char('\n'))));
    QCOMPARE(model.targetNode, QStringLiteral("M3"));
    m_m3MemberId = model.targetMemberId;
    QCOMPARE(window.topology()->cards().size(), 3);
    QVERIFY(window.noticeText().isEmpty());

    const ReportSnapshot* down = nullptr;
    const ReportSnapshot* after = nullptr;
    for (const ReportSnapshot& snapshot : model.snapshots) {
        if (snapshot.label == QLatin1String("target-down") && !down)
            down = &snapshot;
        if (snapshot.label == QLatin1String("after-recovery"))
            after = &snapshot;
    }
    QVERIFY(down && after);
    MemberCard* m3 = window.topology()->card(QStringLiteral("M3"));
    QVERIFY(m3);
    QVERIFY(m3->role() != MemberRole::Kind::Down); // the drill's start

    // The slider, moved as an operator would, into the fault window: M3 down.
    QSlider* slider = window.replayBar()->slider();
    slider->setValue(int(down->monoMs - model.startMonoMs) + 50);
    QVERIFY(std::abs(replay->position() - (down->monoMs + 50)) < 1.0);
    QCOMPARE(m3->role(), MemberRole::Kind::Down);
    // What the operator sees there, kept in <build>/test-artifacts/ for a look.
    window.chart()->refreshNow();
    QCoreApplication::processEvents();
    const QImage shot = window.grab().toImage();
    QVERIFY(QDir().mkpath(QStringLiteral(ETCD_DRILL_TEST_ARTIFACTS)));
    QVERIFY(!shot.isNull());
    QVERIFY(shot.save(
        QDir(QStringLiteral(ETCD_DRILL_TEST_ARTIFACTS)).filePath(QStringLiteral("replay-fault-window.png"))));
    bool painted = false; // not one colour all over (an unpainted grab)
    for (int y = 0; y < shot.height() && !painted; y += 7)
        for (int x = 0; x < shot.width() && !painted; x += 7)
            painted = shot.pixel(x, y) != shot.pixel(0, 0);
    QVERIFY(painted);
    // After the recovery: back.
    slider->setValue(int(after->monoMs - model.startMonoMs) + 50);
    QVERIFY(m3->role() == MemberRole::Kind::Follower || m3->role() == MemberRole::Kind::Leader);

    // The chart holds what samples.csv recorded.
    QVERIFY(!model.series.isEmpty());
    for (const RecordedSeries& series : model.series) {
        qsizetype recorded = 0;
        for (const RecordedSample& sample : series.samples)
            recorded += sample.outcome != ProbeSample::Outcome::Skipped;
        QCOMPARE(window.chart()->sampleCount(series.target), recorded);
    }
    QVERIFY(window.chart()->sampleCount(QStringLiteral("vip")) > 20); // 10 Hz over the short drill
    QCOMPARE(window.chart()->markers().size(), model.markers.size());

    // A timeline row clicked moves the slider to its moment.
    TimelinePanel* timeline = window.replayTimelinePanel();
    QVERIFY(timeline);
    QCOMPARE(timeline->model()->rowCount(), model.timeline.size());
    int target = -1;
    for (int i = 0; i < model.timeline.size(); ++i) {
        if (model.timeline.at(i).monoMs > down->monoMs) {
            target = i;
            break;
        }
    }
    QVERIFY(target >= 0);
    QTableView* view = timeline->view();
    const QModelIndex index = view->model()->index(target, 0);
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    QVERIFY(std::abs(replay->position() - model.timeline.at(target).monoMs) < 1.0);
    QCOMPARE(slider->value(), int(std::llround(model.timeline.at(target).monoMs - model.startMonoMs)));

    // The replayed drill's report can be exported.
    QVERIFY(window.exportAction()->isEnabled());
    window.closeReplay();
    QVERIFY(!window.isReplaying());
}

void TestReplayLab::restoresAMemberAnEarlierDrillLeftStopped()
{
    QVERIFY2(!m_m3MemberId.isEmpty(), "needs the member ID the replayed drill recorded");
    QString error;
    QVERIFY2(m_lab->stopMember(2, &error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(m_lab->etcdPid(2) == 0, 20000);

    // A drill on this host whose console died after stopping M3 (its pid no longer runs).
    const ConfigLoadResult loaded = ConfigLoader(QProcessEnvironment()).load(m_config);
    QVERIFY(loaded.ok());
    JournalWriter writer;
    QVERIFY2(writer.create(QDir(loaded.config->drill.journalDir).filePath(QStringLiteral("died")), &error),
             qPrintable(error));
    writer.write(
        QStringLiteral("drill-started"),
        {{QStringLiteral("cluster"), loaded.config->clusterName},
         {QStringLiteral("target_spec"), QStringLiteral("M3")},
         {QStringLiteral("fault"), QStringLiteral("static-pod")},
         {QStringLiteral("operator"), QJsonObject{{QStringLiteral("user"), QStringLiteral("root")},
                                                  {QStringLiteral("host"), QSysInfo::machineHostName()},
                                                  {QStringLiteral("pid"), 999999}}}});
    writer.write(QStringLiteral("fault-applied"), {{QStringLiteral("node"), QStringLiteral("M3")},
                                                   {QStringLiteral("member_id"), m_m3MemberId},
                                                   {QStringLiteral("start"), QJsonArray()}});
    writer.close();

    MainWindow window;
    window.setLanguage(QStringLiteral("en"));
    window.show();
    QVERIFY(window.openConfigFile(m_config));
    QTRY_VERIFY_WITH_TIMEOUT(window.restoreDialog() && window.restoreDialog()->isVisible(), 10000);
    RestoreDialog* dialog = window.restoreDialog();
    QVERIFY2(dialog->promptText().contains(QStringLiteral("stopped M3's etcd and never restored it")),
             qPrintable(dialog->promptText()));
    QVERIFY(window.restoreBanner()->isVisible());
    QTest::mouseClick(dialog->restoreButton(), Qt::LeftButton);
    QVERIFY(window.restoreController()->isRestoring());
    QVERIFY(!window.startDrillAction()->isEnabled());
    QVERIFY(!window.restoreBanner()->restoreButton()->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->resultText().isEmpty(), 150000);
    QVERIFY2(dialog->resultText().startsWith(QStringLiteral("✔ Restored")),
             qPrintable(dialog->resultText() + QLatin1Char('\n') + dialog->progressText()));
    QVERIFY(dialog->progressText().contains(QStringLiteral("Running")));
    QVERIFY(!window.restoreBanner()->isVisible());
    QVERIFY(window.startDrillAction()->isEnabled());
    QVERIFY(m_lab->etcdPid(2) > 0);
    QTest::mouseClick(dialog->closeButton(), Qt::LeftButton);
    QTRY_VERIFY(!window.restoreDialog());
    // Nothing is left to offer.
    QCOMPARE(DrillRecovery::findUnfinished(*loaded.config, {}).size(), 0);
}

QTEST_MAIN(TestReplayLab)
#include "TestReplayLab.moc"
