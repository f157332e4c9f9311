// The fault's effect as the engine sees it: FaultFactory gives every fault kind of today (static pod,
// systemd, custom commands) the stops-answering effect; that effect is visible in a snapshot only where the
// target's endpoint does not answer; the texts of its four checks and step lines are pinned (they are what
// the journals of past drills say); and watching an endpoint where nothing listens reports took() with the
// connection error, and nothing cleared().
#include "FaultFactory.h"
#include "StopsAnsweringEffect.h"

#include <QTcpServer>
#include <QTest>

using namespace etcddrill;
using namespace std::chrono_literals;

class TestFaultEffect : public QObject
{
    Q_OBJECT

private slots:
    void everyFaultStopsTheMember();
    void visibleOnlyWhereTheTargetDoesNotAnswer();
    void checkTexts();
    void watchingAClosedPortReportsTook();

private:
    static NodeConfig m3(const QString& endpoint = QStringLiteral("https://127.0.0.1:2379"))
    {
        NodeConfig node;
        node.name = QStringLiteral("M3");
        node.etcdEndpoint = endpoint;
        return node;
    }
};

void TestFaultEffect::everyFaultStopsTheMember()
{
    for (DrillSettings::Fault fault :
         {DrillSettings::Fault::StaticPod, DrillSettings::Fault::Systemd, DrillSettings::Fault::Command}) {
        DrillSettings drill;
        drill.fault = fault;
        const std::unique_ptr<FaultAction> action = FaultFactory::action(drill, m3());
        QVERIFY(action);
        QCOMPARE(action->effect(), FaultEffectKind::StopsAnswering);
        const std::unique_ptr<FaultEffect> effect = FaultFactory::effect(*action, m3(), EtcdSettings{});
        QVERIFY(effect);
        QCOMPARE(effect->kind(), FaultEffectKind::StopsAnswering);
        QCOMPARE(FaultEffect::kindName(effect->kind()), QStringLiteral("stops-answering"));
    }
}

void TestFaultEffect::visibleOnlyWhereTheTargetDoesNotAnswer()
{
    StopsAnsweringEffect effect(m3(), TlsFiles{}, 500ms);
    ClusterSnapshot s;
    for (const char* name : {"M1", "M2", "M3"}) {
        MemberStatus status;
        status.nodeName = QString::fromLatin1(name);
        status.reachable = true;
        status.healthy = true;
        s.endpoints.append(status);
    }
    QVERIFY(!effect.visibleIn(s));
    s.endpoints[0].reachable = false; // another member down: not the effect
    QVERIFY(!effect.visibleIn(s));
    s.endpoints[0].reachable = true;
    s.endpoints[2].reachable = false;
    QVERIFY(effect.visibleIn(s));
    s.endpoints.removeLast(); // no endpoint reports M3 at all
    QVERIFY(effect.visibleIn(s));
}

void TestFaultEffect::checkTexts()
{
    StopsAnsweringEffect effect(m3(), TlsFiles{}, 500ms);
    const DrillCheck took = effect.tookCheck(1234ms, 30s);
    QCOMPARE(took.step, DrillStep::Id::StopTarget);
    QCOMPARE(took.status, DrillCheck::Status::Passed);
    QCOMPARE(took.name, QStringLiteral("target stopped"));
    QVERIFY2(took.measured.startsWith(QStringLiteral("M3's etcd stopped answering ")) &&
                 took.measured.endsWith(QStringLiteral(" after the stop command")),
             qPrintable(took.measured));
    QCOMPARE(took.expected, QStringLiteral("within 30s (drill.stop-timeout)"));

    const DrillCheck notTaken = effect.notTakenCheck(30s);
    QCOMPARE(notTaken.status, DrillCheck::Status::Failed);
    QVERIFY(!notTaken.overridable);
    QCOMPARE(notTaken.measured, QStringLiteral("M3's etcd still answers 30s after the stop command"));
    QCOMPARE(notTaken.expected, QStringLiteral("stops answering within 30s (drill.stop-timeout)"));
    QCOMPARE(effect.waitingToTake(30s).english(),
             QStringLiteral("waiting for M3's etcd to stop answering (at most 30s)"));

    const DrillCheck cleared = effect.clearedCheck(2s, 1min);
    QCOMPARE(cleared.step, DrillStep::Id::StartTarget);
    QCOMPARE(cleared.status, DrillCheck::Status::Passed);
    QCOMPARE(cleared.name, QStringLiteral("target answers"));
    QCOMPARE(cleared.expected, QStringLiteral("within 1m (drill.start-timeout)"));
    const DrillCheck notCleared = effect.notClearedCheck(1min);
    QCOMPARE(notCleared.status, DrillCheck::Status::Failed);
    QVERIFY2(notCleared.measured.startsWith(
                 QStringLiteral("M3's etcd does not answer 1m after the start command")),
             qPrintable(notCleared.measured));
    QCOMPARE(effect.waitingToClear(1min).english(),
             QStringLiteral("waiting for M3's etcd to answer (at most 1m)"));
    QVERIFY(effect.tookStepText(2s).english().startsWith(QStringLiteral("stopped after ")));
    QVERIFY(effect.clearedStepText(2s).english().startsWith(QStringLiteral("answers after ")));
}

void TestFaultEffect::watchingAClosedPortReportsTook()
{
    // A port that was just free: listen, note it, close, so nothing answers there.
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress(QStringLiteral("127.0.31.3")), 0));
        port = probe.serverPort();
    }
    StopsAnsweringEffect effect(m3(QStringLiteral("http://127.0.31.3:%1").arg(port)), TlsFiles{}, 500ms);
    QList<std::pair<std::chrono::steady_clock::time_point, QString>> took;
    int cleared = 0;
    connect(&effect, &FaultEffect::took, this,
            [&took](std::chrono::steady_clock::time_point at, const QString& detail) {
                took.append({at, detail});
            });
    connect(&effect, &FaultEffect::cleared, this, [&cleared] { ++cleared; });
    const auto before = std::chrono::steady_clock::now();
    effect.watch();
    QTRY_VERIFY_WITH_TIMEOUT(took.size() >= 1, 5000);
    effect.stop();
    QCOMPARE(cleared, 0);
    QVERIFY(took.first().first >= before);
    QVERIFY2(!took.first().second.isEmpty(), "took() says why the member does not answer");
    QVERIFY(!effect.lastError().isEmpty());
}

QTEST_GUILESS_MAIN(TestFaultEffect)
#include "TestFaultEffect.moc"
