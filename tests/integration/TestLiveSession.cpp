// LiveSession against a real embedded lab (127.0.32.21): snapshots with a leader and probe samples of every
// way in arrive on the owner's thread; stopping M3's etcd shows as a member-down event and an outage window
// on M3's apiserver that closes once it is back; after stop() nothing more arrives.
#include "LabFixture.h"
#include "config/ConfigLoader.h"
#include "session/LiveSession.h"

#include <QSet>
#include <QSignalSpy>
#include <QThread>
#include <QtTest>

using namespace etcddrill;
using etcddrill::test::LabFixture;

class TestLiveSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void watchesClusterAndProbes();
    void reportsMemberOutage();

private:
    std::unique_ptr<LabFixture> m_lab;
    DrillConfig m_config;
};

void TestLiveSession::initTestCase()
{
    m_lab = std::make_unique<LabFixture>(QStringLiteral("127.0.32.21"));
    QString error;
    QVERIFY2(m_lab->up(&error), qPrintable(error));
    const ConfigLoadResult loaded = ConfigLoader().load(m_lab->drillConfig());
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorText()));
    m_config = *loaded.config;
}

void TestLiveSession::cleanupTestCase()
{
    m_lab.reset(); // lab down, also after a failure
}

void TestLiveSession::watchesClusterAndProbes()
{
    LiveSession session(m_config);
    QSet<QString> targetsSeen;
    QSet<QString> healthyTargets;
    bool offThread = false;
    ClusterSnapshot last;
    connect(&session, &LiveSession::clusterSnapshot, this, [&](const ClusterSnapshot& s) {
        offThread |= QThread::currentThread() != thread();
        last = s;
    });
    connect(&session, &LiveSession::probeSamples, this,
            [&](const QString& target, const QList<ProbeSample>& s) {
                offThread |= QThread::currentThread() != thread();
                targetsSeen.insert(target);
                if (!s.isEmpty() && s.last().outcome == ProbeSample::Outcome::Ok)
                    healthyTargets.insert(target);
            });
    QSignalSpy targets(&session, &LiveSession::probeTargetsReady);
    QSignalSpy problems(&session, &LiveSession::probesUnavailable);
    session.start();
    QVERIFY(session.isRunning());

    QTRY_VERIFY_WITH_TIMEOUT(last.sequence > 0 && last.quorumHeld && last.leaderId != 0, 10000);
    QCOMPARE(last.healthyVoters, 3);
    QTRY_COMPARE_WITH_TIMEOUT(targets.count(), 1, 5000);
    const auto planned = targets.first().first().value<QList<ProbeTarget>>();
    QCOMPARE(planned.size(), 5); // vip, domain, M1..M3-apiserver
    const QSet<QString> expected = {QStringLiteral("vip"), QStringLiteral("domain"),
                                    QStringLiteral("M1-apiserver"), QStringLiteral("M2-apiserver"),
                                    QStringLiteral("M3-apiserver")};
    QTRY_VERIFY_WITH_TIMEOUT(healthyTargets == expected, 10000);
    QCOMPARE(targetsSeen, expected);
    QVERIFY(problems.isEmpty());
    QVERIFY(!offThread); // queued to the owner's thread

    session.stop();
    QVERIFY(!session.isRunning());
    const quint64 stoppedAt = last.sequence;
    targetsSeen.clear();
    QTest::qWait(1200); // more than two poll intervals and many probe batches
    QCOMPARE(last.sequence, stoppedAt);
    QVERIFY(targetsSeen.isEmpty());
}

void TestLiveSession::reportsMemberOutage()
{
    LiveSession session(m_config);
    QList<ClusterEvent> events;
    QStringList opened;
    QStringList closed;
    ClusterSnapshot last;
    connect(&session, &LiveSession::clusterEvent, this, [&](const ClusterEvent& e) { events.append(e); });
    connect(&session, &LiveSession::clusterSnapshot, this, [&](const ClusterSnapshot& s) { last = s; });
    connect(&session, &LiveSession::outageWindowOpened, this,
            [&](const QString& target, const OutageWindow& window) {
                QVERIFY(window.open);
                opened.append(target);
            });
    connect(&session, &LiveSession::outageWindowClosed, this,
            [&](const QString& target, const OutageWindow& window) {
                QVERIFY(!window.open);
                QVERIFY(window.end > window.start);
                closed.append(target);
            });
    session.start();
    QTRY_VERIFY_WITH_TIMEOUT(last.sequence > 0 && last.healthyVoters == 3, 10000);

    QString error;
    QVERIFY2(m_lab->stopMember(2, &error), qPrintable(error));
    const auto memberDown = [&] {
        return std::any_of(events.cbegin(), events.cend(), [](const ClusterEvent& e) {
            return e.kind == ClusterEvent::Kind::MemberDown && e.nodeName == QLatin1String("M3");
        });
    };
    QTRY_VERIFY_WITH_TIMEOUT(memberDown(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(opened.contains(QStringLiteral("M3-apiserver")), 20000);
    QVERIFY(last.quorumHeld);

    QVERIFY2(m_lab->startMember(2, &error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(closed.contains(QStringLiteral("M3-apiserver")), 40000);
    QTRY_VERIFY_WITH_TIMEOUT(last.healthyVoters == 3, 20000);
}

QTEST_GUILESS_MAIN(TestLiveSession)
#include "TestLiveSession.moc"
