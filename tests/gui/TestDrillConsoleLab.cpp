// A whole drill driven through the console on a real lab (127.0.34.1): Drill ▸ Start drill, the operator
// types the node name at both gates and clicks the stop/start button, and the verdict banner says the drill
// passed (the lab's domain behind nginx's http proxy, which passes the domain's error rate). Short timings
// (observation 3 s, settle 2 s) in a copy of the lab's drill.yaml. The window is
// grabbed at each step into <build>/test-artifacts/drill-console-<n>-<step>.png and each image is checked
// not to be blank. LabFixture takes the lab down, also after a failure.
#include "ClusterStatusLine.h"
#include "ConsoleTestData.h"
#include "DrillConsole.h"
#include "DrillStatusStrip.h"
#include "DrillStepsPanel.h"
#include "EntryPointBox.h"
#include "LabFixture.h"
#include "LatencyChartView.h"
#include "MainWindow.h"
#include "TimelinePanel.h"
#include "TopologyWidget.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSet>
#include <QTableView>
#include <QToolButton>
#include <QtTest>
#include <memory>

using namespace etcddrill;
using etcddrill::test::ConsoleTestData;
using etcddrill::test::LabFixture;

namespace {

// Blank: every pixel the same colour (a grab of an unpainted window).
bool isBlank(const QImage& image)
{
    if (image.isNull())
        return true;
    const QRgb first = image.pixel(0, 0);
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3)
            if (image.pixel(x, y) != first)
                return false;
    return true;
}

// English words in a text of the Chinese console: ASCII words outside the names, units and commands
// that stay as they are in any language. Addresses, paths, member IDs and anything with a digit are data.
QStringList englishWords(const QString& text)
{
    static const QSet<QString> allowed = {
        QStringLiteral("etcd"), QStringLiteral("etcdctl"), QStringLiteral("kubectl"),
        QStringLiteral("apiserver"), QStringLiteral("VIP"), QStringLiteral("vip"), QStringLiteral("domain"),
        QStringLiteral("lab"), QStringLiteral("HTTP"), QStringLiteral("HTTPS"), QStringLiteral("TLS"),
        QStringLiteral("DNS"), QStringLiteral("ID"), QStringLiteral("Raft"), QStringLiteral("raft"),
        QStringLiteral("kB"), QStringLiteral("MB"), QStringLiteral("GB"), QStringLiteral("readyz"),
        QStringLiteral("Pod"), QStringLiteral("Endpoints"), QStringLiteral("Kubernetes"),
        QStringLiteral("etcd-drill"), QStringLiteral("root"), QStringLiteral("vm"), QStringLiteral("PDF"),
        QStringLiteral("PNG"), QStringLiteral("CSV"), QStringLiteral("JSON"), QStringLiteral("SSH"),
        QStringLiteral("ssh"), QStringLiteral("drill"), QStringLiteral("yaml"), QStringLiteral("static-pod"),
        QStringLiteral("kube-system"), QStringLiteral("ConfigMap"),
        // etcd's API call the data-safety check names, as etcdctl and etcd's docs do
        QStringLiteral("HashKV"),
        // Kubernetes' own word as the apiserver reports it: a pod's phase
        QStringLiteral("Running"),
        // the commands a drill runs, shown as they run
        QStringLiteral("test"), QStringLiteral("mkdir"), QStringLiteral("mv")};
    QString rest = text;
    // URLs, hosts, paths, file names, member IDs, config keys (drill.target) and figures are data.
    static const QRegularExpression data(
        QStringLiteral(R"([^\s，。：；（）()]*[0-9/:@.][^\s，。：；（）()]*)"));
    rest.replace(data, QStringLiteral(" "));
    QStringList found;
    static const QRegularExpression word(QStringLiteral(R"([A-Za-z][A-Za-z_-]+)"));
    for (auto it = word.globalMatch(rest); it.hasNext();) {
        const QString w = it.next().captured();
        if (!allowed.contains(w) && !found.contains(w))
            found.append(w);
    }
    return found;
}

// Every text a person sees in the window: labels, buttons, dock titles, the visible rows of the views.
QStringList visibleTexts(const QWidget& window)
{
    QStringList texts;
    for (const QWidget* w : window.findChildren<QWidget*>()) {
        if (!w->isVisible())
            continue;
        if (const auto* label = qobject_cast<const QLabel*>(w))
            texts << label->text();
        else if (const auto* button = qobject_cast<const QAbstractButton*>(w))
            texts << button->text();
        else if (const auto* dock = qobject_cast<const QDockWidget*>(w))
            texts << dock->windowTitle();
        else if (const auto* combo = qobject_cast<const QComboBox*>(w))
            texts << combo->currentText();
        else if (const auto* view = qobject_cast<const QAbstractItemView*>(w)) {
            const QAbstractItemModel* model = view->model();
            for (int row = 0; model && row < model->rowCount(); ++row)
                for (int column = 0; column < model->columnCount(); ++column)
                    texts << model->index(row, column).data().toString();
        }
    }
    return texts;
}

} // namespace

class TestDrillConsoleLab : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void drillPassesThroughTheConsole();
    void chineseDrillOnALaptopInPresenterMode();

private:
    bool shoot(MainWindow& window, const QString& name);
    void scan(MainWindow& window, const QString& stage);

    QStringList m_english; // "stage: word in text" found in the Chinese console

    QTemporaryDir m_settings;
    QTemporaryDir m_tmp;
    std::unique_ptr<LabFixture> m_lab;
    QStringList m_shots;
};

void TestDrillConsoleLab::initTestCase()
{
    ConsoleTestData::isolateSettings(m_settings.path());
    QVERIFY(QDir().mkpath(QStringLiteral(ETCD_DRILL_TEST_ARTIFACTS)));
    // The fixed domain (nginx retries the next apiserver), so that the lab's drill passes.
    m_lab =
        std::make_unique<LabFixture>(QStringLiteral("127.0.34.1"), 3,
                                     QStringList{QStringLiteral("--domain-proxy"), QStringLiteral("http")});
    QString error;
    QVERIFY2(m_lab->up(&error), qPrintable(error));
}

void TestDrillConsoleLab::cleanupTestCase()
{
    if (m_lab)
        m_lab->down();
}

bool TestDrillConsoleLab::shoot(MainWindow& window, const QString& name)
{
    window.chart()->refreshNow();
    QCoreApplication::processEvents();
    const QImage image = window.grab().toImage();
    const QString path =
        QDir(QStringLiteral(ETCD_DRILL_TEST_ARTIFACTS))
            .filePath(QStringLiteral("drill-console-%1-%2.png").arg(m_shots.size()).arg(name));
    if (isBlank(image) || !image.save(path))
        return false;
    m_shots.append(path);
    qInfo("screenshot: %s", qPrintable(path));
    return true;
}

void TestDrillConsoleLab::scan(MainWindow& window, const QString& stage)
{
    window.chart()->refreshNow();
    QCoreApplication::processEvents();
    for (const QString& text : visibleTexts(window)) {
        // Markup is not text; a command line ("$ mv … (locally, …)") is data up to its result.
        QString plain = QString(text).remove(QRegularExpression(QStringLiteral("<[^>]*>")));
        plain.remove(QRegularExpression(QStringLiteral(R"(\$ [^(\n]*)")));
        for (const QString& w : englishWords(plain)) {
            const QString entry =
                QStringLiteral("%1: \"%2\" in \"%3\"").arg(stage, w, plain.simplified().left(120));
            if (!m_english.contains(entry))
                m_english.append(entry);
        }
    }
    // The strip, the gate's buttons and the chart's axes are whole: a label that wants more room than it
    // has is cut or elided.
    for (const QAbstractButton* button : window.findChildren<QAbstractButton*>()) {
        if (button->isVisible() && !button->text().isEmpty() &&
            button->width() < button->sizeHint().width() - 1 && !qobject_cast<const QToolButton*>(button))
            m_english.append(QStringLiteral("%1: button cut \"%2\" (%3 < %4)")
                                 .arg(stage, button->text())
                                 .arg(button->width())
                                 .arg(button->sizeHint().width()));
    }
}

void TestDrillConsoleLab::chineseDrillOnALaptopInPresenterMode()
{
    const QString file = m_tmp.filePath(QStringLiteral("drill-zh.yaml"));
    QString error;
    QVERIFY2(m_lab->writeQuickDrillConfig(file, m_tmp.filePath(QStringLiteral("journals-zh")), &error),
             qPrintable(error));
    MainWindow window;
    window.setLanguage(QStringLiteral("zh_CN"));
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.setPresenterMode(true);
    QVERIFY(window.openConfigFile(file));
    QTest::qWait(1500);
    scan(window, QStringLiteral("live"));
    window.startDrillAction()->trigger();
    DrillStepsPanel* panel = window.drillConsole()->stepsPanel();
    QTRY_VERIFY_WITH_TIMEOUT(panel->gate().has_value(), 60000);
    scan(window, QStringLiteral("stop gate"));
    QVERIFY(shoot(window, QStringLiteral("zh-laptop-stop-gate")));
    QTest::keyClicks(panel->gateEdit(), panel->gate()->node);
    QTest::mouseClick(panel->gateButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(panel->targetStopped(), 20000);
    QTest::qWait(1500);
    scan(window, QStringLiteral("target down"));
    // The three cards fit side by side at 1366×768 in presenter mode, M3's "Down" included.
    auto* topologyScroll = window.findChild<QScrollArea*>(QStringLiteral("topologyScroll"));
    QVERIFY(topologyScroll);
    QVERIFY2(!topologyScroll->horizontalScrollBar()->isVisible(),
             qPrintable(QStringLiteral("topology %1 px wide in a %2 px view")
                            .arg(window.topology()->minimumSizeHint().width())
                            .arg(topologyScroll->viewport()->width())));
    // The chart keeps a third of the window at 1366×768 in presenter mode.
    QVERIFY2(
        window.chart()->height() >= window.height() / 3 - 2,
        qPrintable(QStringLiteral("chart %1 px of %2").arg(window.chart()->height()).arg(window.height())));
    QVERIFY(shoot(window, QStringLiteral("zh-laptop-target-down")));
    QTRY_VERIFY_WITH_TIMEOUT(panel->gate().has_value() && panel->gate()->step == DrillStep::Id::StartTarget,
                             60000);
    scan(window, QStringLiteral("start gate"));
    QTest::keyClicks(panel->gateEdit(), panel->gate()->node);
    QTest::mouseClick(panel->gateButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!panel->bannerText().isEmpty() && window.drillConsole()->isFinished(), 90000);
    QTest::qWait(1000);
    scan(window, QStringLiteral("verdict"));
    QVERIFY(shoot(window, QStringLiteral("zh-laptop-verdict")));
    for (const QString& entry : std::as_const(m_english))
        qInfo("english in the Chinese console: %s", qPrintable(entry));
    QVERIFY2(m_english.isEmpty(), qPrintable(m_english.join(QStringLiteral("\n"))));
}

void TestDrillConsoleLab::drillPassesThroughTheConsole()
{
    const QString file = m_tmp.filePath(QStringLiteral("drill.yaml"));
    QString error;
    QVERIFY2(m_lab->writeQuickDrillConfig(file, m_tmp.filePath(QStringLiteral("journals")), &error),
             qPrintable(error));

    MainWindow window;
    window.setLanguage(QStringLiteral("en"));
    window.resize(1600, 1000);
    window.show();
    QVERIFY(window.openConfigFile(file));
    QVERIFY(window.startDrillAction()->isEnabled());
    window.startDrillAction()->trigger();
    QVERIFY(window.drillConsole());
    QVERIFY(window.drillConsole()->isStarted());
    QVERIFY(!window.session()); // the live session made way for the engine
    DrillStepsPanel* panel = window.drillConsole()->stepsPanel();
    QCOMPARE(window.stepsDock()->widget(), panel);
    QCOMPARE(window.timelineDock()->widget(), window.drillConsole()->timelinePanel());
    DrillStatusStrip* strip = window.drillConsole()->statusStrip();
    QVERIFY(strip->isVisible());
    // Before the stop command nothing has changed: the red button only cancels.
    QCOMPARE(strip->buttonText(), QStringLiteral("Cancel drill"));
    QVERIFY(shoot(window, QStringLiteral("started")));

    // Gate 1: stop. Wrong text first: the button stays disabled.
    QTRY_VERIFY_WITH_TIMEOUT(panel->gate().has_value(), 60000);
    QCOMPARE(panel->gate()->step, DrillStep::Id::StopTarget);
    const QString node = panel->gate()->node;
    QVERIFY(!node.isEmpty());
    QTest::keyClicks(panel->gateEdit(), node.toLower());
    QVERIFY(!panel->gateButton()->isEnabled());
    panel->gateEdit()->clear();
    QTest::keyClicks(panel->gateEdit(), node);
    QVERIFY(panel->gateButton()->isEnabled());
    QVERIFY(panel->abortButton()->isVisible() && panel->abortButton()->isEnabled());
    // The strip says what the operator must do next.
    QCOMPARE(strip->actionText(), QStringLiteral("Type %1 to stop etcd on %1").arg(node));
    QVERIFY2(strip->stepText().startsWith(QStringLiteral("Step 2/5")), qPrintable(strip->stepText()));
    QVERIFY(shoot(window, QStringLiteral("stop-gate")));
    QTest::mouseClick(panel->gateButton(), Qt::LeftButton);

    // Target down: abort is there while the survivors are watched.
    QTRY_VERIFY_WITH_TIMEOUT(panel->targetStopped(), 20000);
    QVERIFY(panel->abortButton()->isVisible() && panel->abortButton()->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(
        panel->stepText(DrillStep::Id::VerifySurvivors).contains(QStringLiteral("running")), 30000);
    QTest::qWait(1500); // time passes on purpose: a little history of the survivors for the screenshot
    // How long the target has been down, the observation's countdown, the cluster in a word, and the red
    // button now restores.
    QVERIFY2(strip->clockText().contains(QStringLiteral("%1 down 00:0").arg(node)),
             qPrintable(strip->clockText()));
    QTRY_VERIFY_WITH_TIMEOUT(strip->clockText().contains(QStringLiteral("left")), 5000);
    QVERIFY2(strip->clusterText().startsWith(QStringLiteral("degraded 2/3")),
             qPrintable(strip->clusterText()));
    QCOMPARE(strip->buttonText(), QStringLiteral("Abort and restore"));
    QVERIFY(shoot(window, QStringLiteral("target-down")));

    // Gate 2: start.
    QTRY_VERIFY_WITH_TIMEOUT(panel->gate().has_value() && panel->gate()->step == DrillStep::Id::StartTarget,
                             60000);
    QVERIFY(!panel->gateButton()->isEnabled());
    QTest::keyClicks(panel->gateEdit(), panel->gate()->node);
    QVERIFY(panel->gateButton()->isEnabled());
    QVERIFY(shoot(window, QStringLiteral("start-gate")));
    QTest::mouseClick(panel->gateButton(), Qt::LeftButton);

    QTRY_VERIFY_WITH_TIMEOUT(panel->stepText(DrillStep::Id::Recovery).contains(QStringLiteral("running")),
                             60000);
    QVERIFY(shoot(window, QStringLiteral("recovery")));

    QTRY_VERIFY_WITH_TIMEOUT(!panel->bannerText().isEmpty() && window.drillConsole()->isFinished(), 90000);
    if (!panel->bannerText().contains(QStringLiteral("passed"), Qt::CaseInsensitive)) {
        // Say why: the timeline's rows about the ways in.
        const QAbstractItemModel* rows = window.drillConsole()->timelinePanel()->model();
        for (int row = 0; row < rows->rowCount(); ++row) {
            const QString text = rows->index(row, rows->columnCount() - 1).data().toString();
            if (text.contains(QStringLiteral("domain")) || text.contains(QStringLiteral("vip")))
                qInfo("timeline: %s %s", qPrintable(rows->index(row, 0).data().toString()), qPrintable(text));
        }
    }
    QVERIFY2(panel->bannerText().contains(QStringLiteral("passed"), Qt::CaseInsensitive),
             qPrintable(panel->bannerText()));
    QVERIFY(!panel->targetStopped());
    QVERIFY(!window.chart()->markers().isEmpty());
    // The strip is the verdict banner, with what clients felt per way in.
    QVERIFY(strip->showsVerdict());
    QVERIFY2(strip->verdictText().startsWith(QStringLiteral("PASSED")), qPrintable(strip->verdictText()));
    QVERIFY2(strip->verdictText().contains(QStringLiteral("domain: ")), qPrintable(strip->verdictText()));
    QVERIFY(strip->buttonText().isEmpty());
    // What was open ends with the drill: no way in stays "degraded", no band grows on.
    for (EntryPointBox* box : window.topology()->entryPoints())
        QVERIFY2(!box->isDegraded() && !box->inOutage(), qPrintable(box->statusText()));
    for (const ChartOutageBand& band : window.chart()->outageBands())
        QVERIFY(!band.open);
    // Always live: the live session takes the views over again and a snapshot newer than the verdict
    // reaches the cards.
    const auto verdictAt = std::chrono::steady_clock::now();
    QTRY_VERIFY_WITH_TIMEOUT(window.session() != nullptr, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(
        window.topology()->lastSnapshotAt() && *window.topology()->lastSnapshotAt() > verdictAt, 15000);
    QVERIFY(shoot(window, QStringLiteral("verdict")));

    // The timeline has the drill's events; a click moves the chart off live to that moment.
    TimelinePanel* timeline = window.drillConsole()->timelinePanel();
    QVERIFY(timeline->model()->rowCount() > 5);
    // Every row says something whole: no bare trailing colon where a reason was missing.
    const int eventColumn = timeline->model()->columnCount() - 1;
    for (int row = 0; row < timeline->model()->rowCount(); ++row) {
        const QString text = timeline->model()->index(row, eventColumn).data().toString().trimmed();
        QVERIFY2(!text.endsWith(u':'), qPrintable(text));
    }
    QVERIFY(window.chart()->followLive());
    const QModelIndex first = timeline->view()->model()->index(0, 0);
    QTest::mouseClick(timeline->view()->viewport(), Qt::LeftButton, {},
                      timeline->view()->visualRect(first).center());
    QVERIFY(!window.chart()->followLive());
    // Filtered to the gates: only gate rows remain; gates and the verdict: one row more.
    timeline->setShownKinds({DrillTimelineModel::Kind::Gate});
    const int gates = timeline->view()->model()->rowCount();
    QVERIFY(gates >= 2);
    QVERIFY(gates < timeline->model()->rowCount());
    timeline->setShownKinds({DrillTimelineModel::Kind::Gate, DrillTimelineModel::Kind::Verdict});
    QVERIFY(timeline->view()->model()->rowCount() > gates);
    QVERIFY(timeline->view()->model()->rowCount() < timeline->model()->rowCount());
    QCOMPARE(m_shots.size(), 6);
    m_shots.clear();
}

QTEST_MAIN(TestDrillConsoleLab)
#include "TestDrillConsoleLab.moc"
