// The console on a live embedded lab (127.0.32.1), started the way an operator does (File ▸ Start embedded
// lab, i.e. LabStarter on a worker thread): the topology shows the leader and every apiserver ready, the
// chart fills with the VIP's and the domain's samples; when M3's etcd is stopped (its static pod manifest
// moved away, as in the runbook) its card turns Down within seconds. The window is grabbed as
// <build>/test-artifacts/console-lab.png. The lab is taken down in cleanupTestCase(), also after a failure,
// and dies with this process anyway (Lab::UpOptions::watchPid).
#include "ClusterConfigDialog.h"
#include "ClusterStatusLine.h"
#include "ConsoleTestData.h"
#include "EntryPointBox.h"
#include "LatencyChartView.h"
#include "MainWindow.h"
#include "MemberCard.h"
#include "TopologyWidget.h"
#include "lab/Lab.h"
#include "lab/LabLayout.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

using namespace etcddrill;
using etcddrill::test::ConsoleTestData;

class TestConsoleLab : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void showsLiveLab();
    void newConfigFromTheLabsCluster();

private:
    QTemporaryDir m_settings;
    QTemporaryDir m_tmp;
    LabLayout m_layout;
};

void TestConsoleLab::initTestCase()
{
    ConsoleTestData::isolateSettings(m_settings.path());
    QVERIFY(QDir().mkpath(QStringLiteral(ETCD_DRILL_TEST_ARTIFACTS)));
    m_layout.dir = m_tmp.filePath(QStringLiteral("lab"));
    m_layout.baseAddress = QStringLiteral("127.0.32.1");
}

void TestConsoleLab::cleanupTestCase()
{
    const LabResult down = Lab::down(m_layout.dir);
    if (!down.ok)
        qWarning("lab down: %s", qPrintable(down.message));
}

void TestConsoleLab::showsLiveLab()
{
    MainWindow window;
    window.resize(1600, 1000);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.startEmbeddedLab(m_layout);
    auto* dialog = window.findChild<QDialog*>(QStringLiteral("labStartDialog"));
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());

    // The lab comes up (seconds) while the window stays live; then its config opens.
    QTRY_VERIFY_WITH_TIMEOUT(window.topology()->cards().size() == 3, 60000);
    QTRY_VERIFY_WITH_TIMEOUT(window.statusLine()->quorumText().contains(QStringLiteral("Quorum held")),
                             15000);
    const auto leaders = [&] {
        int n = 0;
        for (const MemberCard* card : window.topology()->cards())
            n += card->role() == MemberRole::Kind::Leader;
        return n;
    };
    QTRY_COMPARE_WITH_TIMEOUT(leaders(), 1, 10000);
    for (const MemberCard* card : window.topology()->cards())
        QTRY_VERIFY_WITH_TIMEOUT(card->apiserverText().contains(QStringLiteral("ready")), 15000);
    QCOMPARE(window.topology()->entryPoints().size(), 2);
    QTRY_VERIFY_WITH_TIMEOUT(window.chart()->sampleCount(QStringLiteral("vip")) > 20, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(window.chart()->sampleCount(QStringLiteral("domain")) > 20, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(
        window.topology()->entryPoint(QStringLiteral("vip"))->statusText().startsWith(QStringLiteral("✔")),
        10000);

    // The runbook's step 2 by hand: move M3's manifest away.
    QVERIFY(QFile::rename(m_layout.manifestFile(2), m_layout.backupDir(2) + QStringLiteral("/etcd.yaml")));
    MemberCard* m3 = window.topology()->card(QStringLiteral("M3"));
    QTRY_COMPARE_WITH_TIMEOUT(m3->role(), MemberRole::Kind::Down, 20000);
    QVERIFY(m3->isHighlighted());
    QTRY_VERIFY_WITH_TIMEOUT(window.statusLine()->quorumText().contains(QStringLiteral("degraded")), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(m3->apiserverText().startsWith(QStringLiteral("✖")), 15000);
    QTest::qWait(1500); // a little history after the stop
    window.chart()->refreshNow();

    const QImage image = window.grab().toImage();
    const QString path =
        QDir(QStringLiteral(ETCD_DRILL_TEST_ARTIFACTS)).filePath(QStringLiteral("console-lab.png"));
    QVERIFY(image.save(path));
    qInfo("screenshot: %s", qPrintable(path));

    // And back (step 4), so the lab is whole again before it goes down.
    QVERIFY(QFile::rename(m_layout.backupDir(2) + QStringLiteral("/etcd.yaml"), m_layout.manifestFile(2)));
    QTRY_VERIFY_WITH_TIMEOUT(
        m3->role() == MemberRole::Kind::Follower || m3->role() == MemberRole::Kind::Leader, 30000);
}

// File ▸ New drill config from cluster… on the lab that showsLiveLab() started: the dialog reads the cluster
// through the lab's admin.conf on its worker thread, shows what it found, and "Open it" loads the new config.
void TestConsoleLab::newConfigFromTheLabsCluster()
{
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* action = window.findChild<QAction*>(QStringLiteral("fromClusterAction"));
    QVERIFY(action && action->isEnabled());
    action->trigger();
    auto* dialog = window.findChild<ClusterConfigDialog*>(QStringLiteral("clusterConfigDialog"));
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto* create = dialog->findChild<QPushButton*>(QStringLiteral("create"));
    auto* open = dialog->findChild<QPushButton*>(QStringLiteral("open"));
    auto* status = dialog->findChild<QLabel*>(QStringLiteral("status"));
    auto* transport = dialog->findChild<QComboBox*>(QStringLiteral("transport"));
    QVERIFY(create && open && status && transport);

    // A kubeconfig that is not there: nothing written, the message names the file.
    dialog->setKubeconfig(m_tmp.filePath(QStringLiteral("absent.conf")));
    const QString output = m_tmp.filePath(QStringLiteral("from-cluster.yaml"));
    dialog->setOutputPath(output);
    QTest::mouseClick(create, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("cannot read kubeconfig")), 10000);
    QVERIFY(status->text().contains(QStringLiteral("absent.conf")));
    QVERIFY(!open->isVisible());

    // The lab's own kubeconfig, the fault on this machine.
    dialog->setKubeconfig(m_layout.kubeconfigFile());
    transport->setCurrentIndex(1);
    QTest::mouseClick(create, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(open->isVisible(), 20000);
    const QString text = dialog->resultText();
    QVERIFY2(text.contains(QStringLiteral("M3: etcd https://127.0.32.3:2379 (kubeadm annotation)")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("probe domain: https://k8s.lab.etcd-drill.test:")),
             qPrintable(text));
    QVERIFY(QFile::exists(output));
    const QImage image = dialog->grab().toImage();
    QVERIFY(image.save(
        QDir(QStringLiteral(ETCD_DRILL_TEST_ARTIFACTS)).filePath(QStringLiteral("config-from-cluster.png"))));

    // "Open it" hands the file to the window, which watches the lab through it.
    QTest::mouseClick(open, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(window.topology()->cards().size() == 3, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(window.statusLine()->quorumText().contains(QStringLiteral("Quorum held")),
                             15000);

    // Again, over the file just written, without "replace": refused.
    action->trigger();
    auto* again = window.findChild<ClusterConfigDialog*>(QStringLiteral("clusterConfigDialog"));
    QVERIFY(again);
    again->setKubeconfig(m_layout.kubeconfigFile());
    again->setOutputPath(output);
    QTest::mouseClick(again->findChild<QPushButton*>(QStringLiteral("create")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(again->findChild<QLabel*>(QStringLiteral("status"))
                                 ->text()
                                 .contains(QStringLiteral("already exists")),
                             10000);
    again->close();
}

QTEST_MAIN(TestConsoleLab)
#include "TestConsoleLab.moc"
