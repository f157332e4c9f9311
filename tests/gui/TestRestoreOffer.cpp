// What the console does around a drill rather than in it, without a cluster (endpoints on 127.0.38.5x-6x,
// where nothing listens): opening a config whose journal-dir holds a drill that stopped M3 and never restored
// it brings up a restore dialog that Escape and the close button cannot dismiss, and a banner with the
// `etcd-drill-cli recover` command that stays after "Later"; a journal whose fault was restored brings
// nothing. While a drill runs, opening another config, the lab or a replay is disabled and refused, and
// closing the window asks first. The steps dock opens wide enough to read a check.
#include "ConsoleTestData.h"
#include "DrillConsole.h"
#include "MainWindow.h"
#include "RestoreBanner.h"
#include "RestoreController.h"
#include "RestoreDialog.h"

#include "drill/JournalWriter.h"

#include <QAction>
#include <QDockWidget>
#include <QFile>
#include <QJsonArray>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace etcddrill;
using etcddrill::test::ConsoleTestData;

namespace {

QString writeConfig(const QString& path, const QString& cluster, int firstHost, const QString& journalDir)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    QString yaml = QStringLiteral("cluster: %1\nnodes:\n").arg(cluster);
    for (int i = 0; i < 3; ++i) {
        yaml += QStringLiteral("  - name: M%1\n    etcd: http://127.0.38.%2:2379\n")
                    .arg(i + 1)
                    .arg(firstHost + i);
    }
    yaml += QStringLiteral("drill:\n  journal-dir: %1\n").arg(journalDir);
    file.write(yaml.toUtf8());
    return path;
}

// A drill of `cluster` that stopped M3; restored: a fault-restored line follows.
bool writeJournal(const QString& folder, const QString& cluster, bool restored)
{
    JournalWriter writer;
    QString error;
    if (!writer.create(folder, &error))
        return false;
    writer.write(
        QStringLiteral("drill-started"),
        {{QStringLiteral("cluster"), cluster},
         {QStringLiteral("target_spec"), QStringLiteral("M3")},
         {QStringLiteral("fault"), QStringLiteral("static-pod")},
         {QStringLiteral("operator"), QJsonObject{{QStringLiteral("user"), QStringLiteral("alice")},
                                                  {QStringLiteral("host"), QStringLiteral("bastion")},
                                                  {QStringLiteral("pid"), 999999}}}});
    writer.write(QStringLiteral("fault-applied"),
                 {{QStringLiteral("node"), QStringLiteral("M3")},
                  {QStringLiteral("member_id"), QStringLiteral("82d94495644616d5")},
                  {QStringLiteral("start"), QJsonArray()}});
    if (restored)
        writer.write(QStringLiteral("fault-restored"), {{QStringLiteral("node"), QStringLiteral("M3")}});
    writer.close();
    return true;
}

} // namespace

class TestRestoreOffer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void offersToRestoreAnUnfinishedDrill();
    void noOfferWhenRestored();
    void openingIsRefusedDuringADrill();
    void stepsDockIsReadable();

private:
    QTemporaryDir m_settings;
    QTemporaryDir m_tmp;
};

void TestRestoreOffer::initTestCase()
{
    ConsoleTestData::isolateSettings(m_settings.path());
}

void TestRestoreOffer::offersToRestoreAnUnfinishedDrill()
{
    const QString journals = m_tmp.filePath(QStringLiteral("journals-a"));
    QVERIFY(writeJournal(journals + QStringLiteral("/staging-1"), QStringLiteral("staging"), false));
    // Another cluster's unfinished drill in the same folder is none of this config's business.
    QVERIFY(writeJournal(journals + QStringLiteral("/other-1"), QStringLiteral("other"), false));
    const QString config =
        writeConfig(m_tmp.filePath(QStringLiteral("a.yaml")), QStringLiteral("staging"), 51, journals);
    MainWindow window;
    window.setLanguage(QStringLiteral("en"));
    window.show();
    QVERIFY(window.openConfigFile(config));
    QTRY_VERIFY(window.restoreDialog() && window.restoreDialog()->isVisible());
    RestoreDialog* dialog = window.restoreDialog();
    const QString prompt = dialog->promptText();
    QVERIFY2(prompt.contains(QStringLiteral("A drill on staging started ")), qPrintable(prompt));
    QVERIFY2(prompt.contains(QStringLiteral("by alice@bastion stopped M3's etcd and never restored it.")),
             qPrintable(prompt));
    QVERIFY(prompt.contains(QStringLiteral("Restore now?")));
    QVERIFY(!prompt.contains(QStringLiteral("other")));
    QCOMPARE(window.restoreController()->unfinished().size(), 1);
    QVERIFY(window.restoreBanner()->isVisible());
    QVERIFY2(window.restoreBanner()->text().contains(QStringLiteral("etcd-drill-cli recover -c ") + config),
             qPrintable(window.restoreBanner()->text()));

    // Not dismissed by accident: Escape and the window's close do nothing.
    QTest::keyClick(dialog, Qt::Key_Escape);
    QVERIFY(dialog->isVisible());
    dialog->close();
    QVERIFY(dialog->isVisible());
    QVERIFY(!(dialog->windowFlags() & Qt::WindowCloseButtonHint));

    // Later: the dialog goes, the banner with the command line stays.
    QTest::mouseClick(dialog->laterButton(), Qt::LeftButton);
    QTRY_VERIFY(!window.restoreDialog());
    QVERIFY(window.restoreBanner()->isVisible());
    QVERIFY(window.restoreBanner()->restoreButton()->isEnabled());

    // Another config (no unfinished drill) takes the banner away.
    const QString clean = m_tmp.filePath(QStringLiteral("journals-empty"));
    const QString other =
        writeConfig(m_tmp.filePath(QStringLiteral("b.yaml")), QStringLiteral("staging"), 54, clean);
    QVERIFY(window.openConfigFile(other));
    QTRY_VERIFY(!window.restoreController()->isChecking());
    QTRY_VERIFY(!window.restoreBanner()->isVisible());
    QVERIFY(!window.restoreDialog());
}

void TestRestoreOffer::noOfferWhenRestored()
{
    const QString journals = m_tmp.filePath(QStringLiteral("journals-b"));
    QVERIFY(writeJournal(journals + QStringLiteral("/staging-2"), QStringLiteral("staging"), true));
    const QString config =
        writeConfig(m_tmp.filePath(QStringLiteral("c.yaml")), QStringLiteral("staging"), 57, journals);
    MainWindow window;
    window.show();
    QSignalSpy checked(window.restoreController(), &RestoreController::checked);
    QVERIFY(window.openConfigFile(config));
    QTRY_COMPARE(checked.size(), 1);
    QVERIFY(checked.first().first().value<QList<UnfinishedDrill>>().isEmpty());
    QVERIFY(!window.restoreBanner()->isVisible());
    QVERIFY(!window.restoreDialog());
}

void TestRestoreOffer::openingIsRefusedDuringADrill()
{
    const QString journals = m_tmp.filePath(QStringLiteral("journals-c"));
    const QString config =
        writeConfig(m_tmp.filePath(QStringLiteral("d.yaml")), QStringLiteral("staging"), 61, journals);
    const QString other =
        writeConfig(m_tmp.filePath(QStringLiteral("e.yaml")), QStringLiteral("staging"), 64, journals);
    MainWindow window;
    window.setLanguage(QStringLiteral("en"));
    window.show();
    QVERIFY(window.openConfigFile(config));
    QVERIFY(window.openAction()->isEnabled());
    QVERIFY(window.labAction()->isEnabled());
    QVERIFY(window.replayAction()->isEnabled());
    QVERIFY(window.recentMenu()->isEnabled());
    window.startDrill();
    QVERIFY(window.drillConsole() && window.drillConsole()->isStarted());
    // Until the engine answers (queued), the drill runs: nothing may replace it.
    QVERIFY(window.isDrillRunning());
    QVERIFY(!window.openAction()->isEnabled());
    QVERIFY(!window.labAction()->isEnabled());
    QVERIFY(!window.replayAction()->isEnabled());
    QVERIFY(!window.recentMenu()->isEnabled());
    QVERIFY(!window.startDrillAction()->isEnabled());
    // Triggered anyway (a shortcut, a script): refused with a message, the open config stays.
    QVERIFY(!window.openConfigFile(other));
    QVERIFY(!window.openReplay(m_tmp.path()));
    auto* refusal = window.findChild<QMessageBox*>(QStringLiteral("drillRunningRefusal"));
    QVERIFY(refusal);
    QVERIFY2(refusal->text().contains(QStringLiteral("A drill on staging is running")),
             qPrintable(refusal->text()));
    QVERIFY(window.windowTitle().contains(QStringLiteral("d.yaml")));

    // Closing asks; "No" keeps the window.
    bool asked = false;
    QTimer::singleShot(0, &window, [&] {
        auto* box = window.findChild<QMessageBox*>(QStringLiteral("closeDuringDrill"));
        if (!box)
            return;
        asked = box->text().contains(QStringLiteral("etcd-drill-cli recover -c "));
        box->button(QMessageBox::No)->click();
    });
    QVERIFY(window.isDrillRunning()); // no event processed since the start: the engine has not answered
    QVERIFY(!window.close());
    QVERIFY(asked);
    QVERIFY(window.isVisible());

    // The preflight fails (nothing answers): the drill ends and everything is allowed again.
    QTRY_VERIFY_WITH_TIMEOUT(window.drillConsole()->isFinished(), 90000);
    QVERIFY(window.openAction()->isEnabled());
    QVERIFY(window.labAction()->isEnabled());
    QVERIFY(window.replayAction()->isEnabled());
    QVERIFY(window.startDrillAction()->isEnabled());
    // Its journal is the one File ▸ Export report… works on.
    QVERIFY2(window.exportJournal().startsWith(journals), qPrintable(window.exportJournal()));
    QVERIFY(window.exportAction()->isEnabled());
}

void TestRestoreOffer::stepsDockIsReadable()
{
    MainWindow window;
    window.resize(1600, 1000);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const int em = QFontMetrics(window.stepsDock()->font()).horizontalAdvance(QLatin1Char('M'));
    QTRY_VERIFY2(window.stepsDock()->width() >= 36 * em,
                 qPrintable(QStringLiteral("%1 px, em %2").arg(window.stepsDock()->width()).arg(em)));
    QVERIFY(window.stepsDock()->width() <= window.width() / 2);
    // Presenter mode: the font grows, the dock still leaves the topology and chart most of the window.
    window.setPresenterMode(true);
    QCoreApplication::processEvents();
    const int presenterEm = QFontMetrics(window.stepsDock()->font()).horizontalAdvance(QLatin1Char('M'));
    QVERIFY(presenterEm > em);
    QVERIFY(window.stepsDock()->minimumWidth() >= std::min(24 * presenterEm, window.width() * 45 / 100));
    QVERIFY(window.stepsDock()->width() <= window.width() / 2 + 10);
    window.setPresenterMode(false);
}

QTEST_MAIN(TestRestoreOffer)
#include "TestRestoreOffer.moc"
