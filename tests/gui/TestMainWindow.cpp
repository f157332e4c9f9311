// MainWindow as an operator meets it: opening a drill config from a file (title, recent files, the live
// session it starts), a broken file answered with a message naming the problem and not a crash, the
// File menu's replay and report actions (replay available, the report once there is a journal), the chart
// window and presenter mode from the View menu. Endpoints are loopback addresses where nothing listens
// (127.0.32.5x).
#include "AppearanceController.h"
#include "ConsoleTestData.h"
#include "LatencyChartView.h"
#include "MainWindow.h"
#include "MemberCard.h"
#include "RecentFiles.h"
#include "StartPage.h"
#include "TopologyWidget.h"
#include "session/LiveSession.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QHash>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPalette>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace etcddrill;
using etcddrill::test::ConsoleTestData;
using namespace std::chrono_literals;

namespace {

QAction* findAction(const MainWindow& window, const QString& text)
{
    for (QAction* action : window.findChildren<QAction*>()) {
        if (action->text() == text)
            return action;
    }
    return nullptr;
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& content)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(content);
    return file.fileName();
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void opensConfigFile();
    void reportsBrokenConfig();
    void replayAndReportActionsAndDocks();
    void chartWindowAndPresenterMode();
    void opensWithinTheScreen();
    void startPageWhenNoClusterIsOpen();

private:
    QTemporaryDir m_settings;
    QTemporaryDir m_files;
};

void TestMainWindow::initTestCase()
{
    ConsoleTestData::isolateSettings(m_settings.path());
}

void TestMainWindow::opensConfigFile()
{
    const QString path = writeFile(m_files, QStringLiteral("drill.yaml"),
                                   "cluster: staging\n"
                                   "nodes:\n"
                                   "  - name: M1\n    etcd: http://127.0.32.51:2379\n"
                                   "  - name: M2\n    etcd: http://127.0.32.52:2379\n"
                                   "  - name: M3\n    etcd: http://127.0.32.53:2379\n");
    QVERIFY(!path.isEmpty());
    MainWindow window;
    window.show();
    QVERIFY(window.openConfigFile(path));
    QVERIFY(window.windowTitle().contains(QStringLiteral("staging")));
    QCOMPARE(window.topology()->cards().size(), 3);
    QVERIFY(window.session());
    QVERIFY(window.session()->isRunning());
    QCOMPARE(RecentFiles().files().value(0), path);
    // Nothing listens there: the members come up down, the window stays live.
    QTRY_VERIFY_WITH_TIMEOUT(window.topology()->cards().at(0)->role() == MemberRole::Kind::Down, 5000);

    // Handing over to a drill engine: the session stops, the picture stays.
    window.stopLiveSession();
    QVERIFY(!window.session());
    QCOMPARE(window.topology()->cards().size(), 3);

    window.closeConfig();
    QVERIFY(window.topology()->cards().isEmpty());
    QVERIFY(!window.topology()->placeholderText().isEmpty());
}

void TestMainWindow::reportsBrokenConfig()
{
    const QString path =
        writeFile(m_files, QStringLiteral("broken.yaml"),
                  "cluster: staging\nnodes:\n  - name: M1\n    etcd: ftp://127.0.32.51:2379\n");
    MainWindow window;
    window.show();
    QVERIFY(!window.openConfigFile(path));
    QVERIFY(!window.session());
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = window.findChild<QMessageBox*>()) != nullptr);
    QVERIFY2(box->informativeText().contains(QStringLiteral("broken.yaml:4")),
             qPrintable(box->informativeText()));
    QVERIFY(box->informativeText().contains(QStringLiteral("ftp://")));
    box->close();
}

void TestMainWindow::replayAndReportActionsAndDocks()
{
    MainWindow window;
    QAction* replay = findAction(window, QStringLiteral("Open &journal to replay…"));
    QAction* report = findAction(window, QStringLiteral("&Export report…"));
    QVERIFY(replay && report);
    // Replay is there at once; the report needs a journal (a replayed one or a finished drill's).
    QVERIFY(replay->isEnabled());
    QVERIFY(!report->isEnabled());
    QVERIFY(!window.closeReplayAction()->isEnabled());
    QVERIFY(replay->toolTip().contains(QStringLiteral("journal")));
    QVERIFY(window.menuBar()->findChild<QMenu*>(QStringLiteral("fileMenu"))->toolTipsVisible());

    // The steps and the timeline have their places; a later panel replaces the placeholder.
    QVERIFY(window.stepsDock()->findChild<QLabel*>(QStringLiteral("stepsPlaceholder")));
    auto* wizard = new QLabel(QStringLiteral("wizard"));
    window.setStepsPanel(wizard);
    QCOMPARE(window.stepsDock()->widget(), wizard);
    auto* timeline = new QLabel(QStringLiteral("timeline"));
    window.setTimelinePanel(timeline);
    QCOMPARE(window.timelineDock()->widget(), timeline);
}

void TestMainWindow::chartWindowAndPresenterMode()
{
    MainWindow window;
    window.show();
    QAction* oneMinute = findAction(window, QStringLiteral("1 minute"));
    QAction* fifteen = findAction(window, QStringLiteral("15 minutes"));
    QVERIFY(oneMinute && fifteen);
    fifteen->trigger();
    QCOMPARE(window.chart()->windowSpan(), std::chrono::milliseconds(15min));
    QVERIFY(fifteen->isChecked());
    oneMinute->trigger();
    QCOMPARE(window.chart()->windowSpan(), std::chrono::milliseconds(1min));

    const qreal normal = window.topology()->font().pointSizeF();
    QAction* presenter = window.findChild<QAction*>(QStringLiteral("presenterAction"));
    QCOMPARE(presenter->shortcut(), QKeySequence(Qt::Key_F11));
    // No key is bound twice (Qt fires neither action of an ambiguous shortcut), F11 least of all.
    QHash<QKeySequence, QString> owners;
    for (const QAction* action : window.findChildren<QAction*>()) {
        for (const QKeySequence& key : action->shortcuts()) {
            QVERIFY2(!owners.contains(key),
                     qPrintable(QStringLiteral("%1 is bound to both '%2' and '%3'")
                                    .arg(key.toString(), owners.value(key), action->text())));
            owners.insert(key, action->text());
        }
    }
    presenter->trigger();
    QVERIFY(window.appearance()->presenterMode());
    QVERIFY(window.appearance()->colors().lineWidth > ConsoleColors::make(false, false).lineWidth);
    QVERIFY(std::abs(window.topology()->font().pointSizeF() - normal * 1.6) < 0.5);
    // The drill history opened in presenter mode is read by the room too: the window's scaled font.
    window.findChild<QAction*>(QStringLiteral("historyAction"))->trigger();
    auto* history = window.findChild<QDialog*>(QStringLiteral("drillHistoryDialog"));
    QVERIFY(history);
    QVERIFY2(history->font().pointSizeF() > QApplication::font().pointSizeF() * 1.4,
             qPrintable(QString::number(history->font().pointSizeF())));
    history->close();
    // Disabled controls still look disabled in the presenter's high-contrast palette.
    const QPalette palette = QApplication::palette();
    QVERIFY(palette.color(QPalette::Disabled, QPalette::ButtonText) !=
            palette.color(QPalette::Active, QPalette::ButtonText));
    presenter->trigger();
    QVERIFY(!window.appearance()->presenterMode());
    QVERIFY(std::abs(window.topology()->font().pointSizeF() - normal) < 0.01);
    QCOMPARE(QSettings().value(QStringLiteral("ui/presenter")).toBool(), false); // F11 is remembered

    // `etcd-drill --presenter` is for this session: the next plain start is as the user left it.
    window.setPresenterMode(true, false);
    QVERIFY(window.appearance()->presenterMode());
    QVERIFY(presenter->isChecked());
    QCOMPARE(QSettings().value(QStringLiteral("ui/presenter")).toBool(), false);
    presenter->trigger(); // F11: off and on again, remembered
    presenter->trigger();
    QVERIFY(window.appearance()->presenterMode());
    QCOMPARE(QSettings().value(QStringLiteral("ui/presenter")).toBool(), true);
    presenter->trigger();
    QCOMPARE(QSettings().value(QStringLiteral("ui/presenter")).toBool(), false);
}

void TestMainWindow::opensWithinTheScreen()
{
    // A first start (no saved geometry) on a screen smaller than 1400×900 (the offscreen one is 800×600):
    // the window fits the available area instead of running off it.
    QSettings().remove(QStringLiteral("ui/geometry"));
    MainWindow window;
    const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
    QVERIFY2(window.width() <= available.width() && window.height() <= available.height(),
             qPrintable(QStringLiteral("%1×%2 on %3×%4")
                            .arg(window.width())
                            .arg(window.height())
                            .arg(available.width())
                            .arg(available.height())));
}

void TestMainWindow::startPageWhenNoClusterIsOpen()
{
    const QString config = writeFile(m_files, QStringLiteral("start.yaml"),
                                     "cluster: start\n"
                                     "nodes:\n"
                                     "  - name: M1\n    etcd: http://127.0.32.61:2379\n"
                                     "  - name: M2\n    etcd: http://127.0.32.62:2379\n"
                                     "  - name: M3\n    etcd: http://127.0.32.63:2379\n");
    RecentFiles().clear();
    RecentFiles().add(config);
    RecentFiles drills(QStringLiteral("recentDrills"));
    drills.clear();
    drills.add(m_files.filePath(QStringLiteral("gone/journal.jsonl")));

    MainWindow window;
    window.setLanguage(QStringLiteral("en"));
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    StartPage* page = window.startPage();
    QVERIFY(page->isVisible());
    QVERIFY(!window.chart()->isVisible()); // no empty chart under a line of text
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        window.setLanguage(language);
        QCoreApplication::processEvents();
        // Every button whole, at 1366×768, in both languages; the page needs no more than it has.
        for (QPushButton* button : {page->labButton(), page->openButton(), page->replayButton()}) {
            QVERIFY(button->isVisible() && button->isEnabled());
            QVERIFY2(button->width() >= button->sizeHint().width(),
                     qPrintable(QStringLiteral("%1: %2 < %3")
                                    .arg(button->text())
                                    .arg(button->width())
                                    .arg(button->sizeHint().width())));
        }
        QVERIFY2(
            page->minimumSizeHint().height() <= page->height(),
            qPrintable(QStringLiteral("%1 > %2").arg(page->minimumSizeHint().height()).arg(page->height())));
        const QString shot = QStringLiteral(ETCD_DRILL_TEST_ARTIFACTS "/start-page-%1.png").arg(language);
        QVERIFY(QDir().mkpath(QStringLiteral(ETCD_DRILL_TEST_ARTIFACTS)));
        QVERIFY(window.grab().save(shot));
    }
    window.setLanguage(QStringLiteral("en"));
    QCoreApplication::processEvents();
    // The recent config opens with a click; a drill whose folder is gone is shown greyed, not dropped.
    QCOMPARE(page->recentConfigs()->count(), 1);
    QCOMPARE(page->recentDrills()->count(), 1);
    QListWidgetItem* gone = page->recentDrills()->item(0);
    QVERIFY(!(gone->flags() & Qt::ItemIsEnabled));
    QVERIFY2(gone->text().contains(QStringLiteral("no longer there")), qPrintable(gone->text()));
    emit page->recentConfigs()->itemActivated(page->recentConfigs()->item(0));
    QVERIFY(window.session() && window.session()->isRunning());
    QVERIFY(!page->isVisible());
    QVERIFY(window.chart()->isVisible());
    QCOMPARE(window.topology()->cards().size(), 3);
    // Closing the cluster brings the page back.
    window.closeConfig();
    QVERIFY(page->isVisible());
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
