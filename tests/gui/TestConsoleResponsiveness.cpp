// The console never freezes, whatever the cluster does: with every etcd endpoint and probe target
// blackholed (a TCP server that accepts and never answers, so each call waits for its full deadline), a
// timer on the GUI thread keeps ticking every ~50 ms with no gap over 200 ms for 3 s, while the monitor and
// the probes are seen to run (the members come up down, the probes time out).
#include "ClusterStatusLine.h"
#include "ConsoleTestData.h"
#include "LatencyChartView.h"
#include "MainWindow.h"
#include "MemberCard.h"
#include "TopologyWidget.h"

#include <QElapsedTimer>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace etcddrill;
using etcddrill::test::ConsoleTestData;

class TestConsoleResponsiveness : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void eventLoopKeepsTurningWhileEndpointsHang();

private:
    QTemporaryDir m_settings;
};

void TestConsoleResponsiveness::initTestCase()
{
    ConsoleTestData::isolateSettings(m_settings.path());
}

void TestConsoleResponsiveness::eventLoopKeepsTurningWhileEndpointsHang()
{
    // Accepts connections (the kernel completes the handshake) and never reads or writes.
    QTcpServer blackhole;
    QVERIFY(blackhole.listen(QHostAddress(QStringLiteral("127.0.32.50")), 0));
    blackhole.setMaxPendingConnections(1000);
    const QString address = QStringLiteral("127.0.32.50:%1").arg(blackhole.serverPort());

    DrillConfig config = ConsoleTestData::config(3);
    for (NodeConfig& node : config.nodes) {
        node.etcdEndpoint = QStringLiteral("http://") + address;
        node.apiserverUrl.clear();
    }
    config.etcd.requestTimeout = std::chrono::milliseconds(1000);
    config.etcd.pollInterval = std::chrono::milliseconds(250);
    config.probes.targets[0].url = QStringLiteral("http://%1/readyz").arg(address);
    config.probes.targets[1].url = QStringLiteral("http://%1/readyz").arg(address);
    config.probes.interval = std::chrono::milliseconds(50);
    config.probes.timeout = std::chrono::milliseconds(700);

    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openConfig(config);

    QElapsedTimer clock;
    clock.start();
    qint64 last = 0;
    qint64 worstGap = 0;
    int ticks = 0;
    QTimer tick;
    tick.setInterval(50);
    QObject::connect(&tick, &QTimer::timeout, &tick, [&] {
        const qint64 now = clock.elapsed();
        worstGap = std::max(worstGap, now - last);
        last = now;
        ++ticks;
    });
    tick.start();
    QTest::qWait(3000); // the measured span, on purpose: the GUI thread's ticks while the work runs
    tick.stop();

    qInfo("ticks %d, worst gap %lld ms", ticks, worstGap);
    QVERIFY2(worstGap <= 200, qPrintable(QStringLiteral("the GUI thread stalled for %1 ms").arg(worstGap)));
    QVERIFY(ticks >= 40);
    // The work really ran meanwhile: polls hit their deadline, probes timed out.
    QVERIFY2(window.statusLine()->quorumText().contains(QStringLiteral("Quorum lost")),
             qPrintable(window.statusLine()->quorumText()));
    QCOMPARE(window.topology()->card(QStringLiteral("M1"))->role(), MemberRole::Kind::Down);
    QVERIFY(window.chart()->failureCount(QStringLiteral("vip")) > 0);
    QVERIFY(blackhole.hasPendingConnections()); // the calls did reach the blackhole
}

QTEST_MAIN(TestConsoleResponsiveness)
#include "TestConsoleResponsiveness.moc"
