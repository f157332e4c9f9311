// The foundation against a real three-member etcd cluster with mutual TLS (the embedded lab on 127.0.30.x):
// `status` agrees with etcdctl; the ClusterMonitor sees a killed leader replaced, a member stopped the
// kubeadm way (manifest moved) and brought back, a wrong CA, a refused port and a silent port — each within
// the bounds the foundation promises.
#include "LabFixture.h"

#include "config/ConfigLoader.h"
#include "etcd/ClusterMonitor.h"
#include "etcd/ClusterSnapshotJson.h"
#include "etcd/EtcdClient.h"
#include "lab/CertificateAuthority.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <csignal>
#include <functional>
#include <memory>

using namespace etcddrill;
using namespace etcddrill::test;
using namespace std::chrono_literals;

namespace {

// etcd's default --election-timeout (the lab does not change it) and the monitor's default poll interval.
constexpr int kElectionTimeoutMs = 1000;
constexpr int kPollIntervalMs = 500;

// etcdctl's JSON prints 64-bit IDs as bare numbers, which a double cannot hold: read them from the text.
QList<quint64> numbersAfter(const QString& json, const QString& key)
{
    QList<quint64> values;
    const QRegularExpression re(QStringLiteral("\"%1\":(\\d+)").arg(key));
    for (auto it = re.globalMatch(json); it.hasNext();)
        values.append(it.next().captured(1).toULongLong());
    return values;
}

// Waits (spinning the event loop) until a snapshot satisfies the predicate; returns the elapsed ms, or -1.
qint64 waitForSnapshot(ClusterMonitor& monitor, const std::function<bool(const ClusterSnapshot&)>& predicate,
                       int timeoutMs, ClusterSnapshot* matched = nullptr)
{
    QElapsedTimer timer;
    timer.start();
    bool found = false;
    auto connection =
        QObject::connect(&monitor, &ClusterMonitor::snapshotReady, [&](const ClusterSnapshot& s) {
            if (!found && predicate(s)) {
                found = true;
                if (matched)
                    *matched = s;
            }
        });
    while (!found && timer.elapsed() < timeoutMs)
        QTest::qWait(20);
    QObject::disconnect(connection);
    return found ? timer.elapsed() : -1;
}

const MemberStatus* endpointOf(const ClusterSnapshot& snapshot, const QString& node)
{
    for (const MemberStatus& status : snapshot.endpoints) {
        if (status.nodeName == node)
            return &status;
    }
    return nullptr;
}

} // namespace

class TestClusterMonitorLab : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void statusAgreesWithEtcdctl();
    void statusWorksFromEtcdctlVariablesAlone();
    void manifestMoveShowsMemberDownAndBack();
    void killedLeaderIsReplaced();
    void wrongCaIsATlsErrorWithinTheDeadline();
    void refusedAndSilentPortsAreDownWhileOthersReport();

private:
    DrillConfig labConfig() const;

    std::unique_ptr<LabFixture> m_lab;
};

void TestClusterMonitorLab::initTestCase()
{
    m_lab = std::make_unique<LabFixture>(QStringLiteral("127.0.30.1"));
    QString error;
    QVERIFY2(m_lab->up(&error), qPrintable(error));
}

void TestClusterMonitorLab::cleanupTestCase()
{
    m_lab.reset(); // lab down, and nothing of it left running
}

DrillConfig TestClusterMonitorLab::labConfig() const
{
    const ConfigLoadResult loaded = ConfigLoader().load(m_lab->drillConfig());
    if (!loaded.ok())
        qFatal("the lab's drill.yaml does not load: %s", qPrintable(loaded.errorText()));
    return *loaded.config;
}

void TestClusterMonitorLab::statusAgreesWithEtcdctl()
{
    const ProcessResult ours = TestProcess::cli(
        {QStringLiteral("status"), QStringLiteral("-c"), m_lab->drillConfig(), QStringLiteral("--json")});
    QCOMPARE(ours.exitCode, 0);
    const QJsonObject status = QJsonDocument::fromJson(ours.out.toUtf8()).object();
    QCOMPARE(status.value(QStringLiteral("health")).toString(), QStringLiteral("healthy"));
    const QJsonArray endpoints = status.value(QStringLiteral("endpoints")).toArray();
    QCOMPARE(endpoints.size(), 3);

    const ProcessResult theirs = m_lab->etcdctl(
        {QStringLiteral("endpoint"), QStringLiteral("status"), QStringLiteral("-w"), QStringLiteral("json")});
    QCOMPARE(theirs.exitCode, 0);
    // etcdctl lists the endpoints in the order given, like our config; per entry: header.member_id,
    // header.raft_term, then status.leader.
    const QList<quint64> memberIds = numbersAfter(theirs.out, QStringLiteral("member_id"));
    const QList<quint64> leaders = numbersAfter(theirs.out, QStringLiteral("leader"));
    const QList<quint64> terms = numbersAfter(theirs.out, QStringLiteral("raft_term"));
    QCOMPARE(memberIds.size(), 3);
    QCOMPARE(leaders.size(), 3);
    QVERIFY(terms.size() >= 3);
    for (int i = 0; i < 3; ++i) {
        const QJsonObject endpoint = endpoints.at(i).toObject();
        QCOMPARE(endpoint.value(QStringLiteral("endpoint")).toString(), m_lab->endpoint(i));
        QCOMPARE(endpoint.value(QStringLiteral("member_id")).toString(),
                 ClusterSnapshotJson::memberIdText(memberIds[i]));
        QCOMPARE(endpoint.value(QStringLiteral("leader_id")).toString(),
                 ClusterSnapshotJson::memberIdText(leaders[i]));
        QCOMPARE(quint64(endpoint.value(QStringLiteral("raft_term")).toDouble()), terms[i]);
    }
    QCOMPARE(status.value(QStringLiteral("leader")).toObject().value(QStringLiteral("id")).toString(),
             ClusterSnapshotJson::memberIdText(leaders[0]));

    const ProcessResult list = m_lab->etcdctl(
        {QStringLiteral("member"), QStringLiteral("list"), QStringLiteral("-w"), QStringLiteral("json")});
    QCOMPARE(list.exitCode, 0);
    QList<quint64> listed = numbersAfter(list.out, QStringLiteral("ID"));
    QStringList ourMembers;
    for (const QJsonValue& member : status.value(QStringLiteral("members")).toArray())
        ourMembers << member.toObject().value(QStringLiteral("id")).toString();
    QStringList theirMembers;
    for (quint64 id : listed)
        theirMembers << ClusterSnapshotJson::memberIdText(id);
    ourMembers.sort();
    theirMembers.sort();
    QCOMPARE(ourMembers, theirMembers);
}

void TestClusterMonitorLab::statusWorksFromEtcdctlVariablesAlone()
{
    // As etcdctl users have it in their shell: no config file at all.
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("ETCDCTL_ENDPOINTS"), m_lab->endpoints().join(u','));
    environment.insert(QStringLiteral("ETCDCTL_CACERT"), m_lab->pkiFile(QStringLiteral("ca.crt")));
    environment.insert(QStringLiteral("ETCDCTL_CERT"),
                       m_lab->pkiFile(QStringLiteral("healthcheck-client.crt")));
    environment.insert(QStringLiteral("ETCDCTL_KEY"),
                       m_lab->pkiFile(QStringLiteral("healthcheck-client.key")));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(ETCD_DRILL_CLI), {QStringLiteral("status"), QStringLiteral("--json")});
    QVERIFY(process.waitForFinished(15000));
    const QByteArray out = process.readAllStandardOutput();
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    const QJsonObject status = QJsonDocument::fromJson(out).object();
    QCOMPARE(status.value(QStringLiteral("health")).toString(), QStringLiteral("healthy"));
    QCOMPARE(status.value(QStringLiteral("endpoints")).toArray().size(), 3);
    QCOMPARE(
        status.value(QStringLiteral("quorum")).toObject().value(QStringLiteral("healthy_voters")).toInt(), 3);

    // Without the variables and without -c, status says what to give it (exit 3), it does not guess.
    environment.remove(QStringLiteral("ETCDCTL_ENDPOINTS"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(ETCD_DRILL_CLI), {QStringLiteral("status")});
    QVERIFY(process.waitForFinished(15000));
    QCOMPARE(process.exitCode(), 3);
    QVERIFY(process.readAllStandardError().contains("ETCDCTL_ENDPOINTS"));
}

void TestClusterMonitorLab::manifestMoveShowsMemberDownAndBack()
{
    ClusterMonitor monitor(labConfig());
    monitor.start();
    ClusterSnapshot before;
    QVERIFY(waitForSnapshot(
                monitor,
                [](const ClusterSnapshot& s) { return s.health() == ClusterSnapshot::Health::Healthy; },
                10000, &before) >= 0);
    const quint64 m3Id = endpointOf(before, QStringLiteral("M3"))->memberId;
    QVERIFY(m3Id != 0);

    QString error;
    QVERIFY2(m_lab->stopMember(2, &error), qPrintable(error));
    ClusterSnapshot degraded;
    const qint64 downMs = waitForSnapshot(
        monitor,
        [](const ClusterSnapshot& s) {
            const MemberStatus* m3 = endpointOf(s, QStringLiteral("M3"));
            return m3 && !m3->healthy && s.quorumHeld && s.healthyVoters == 2 && s.totalVoters == 3;
        },
        5000, &degraded);
    qInfo("M3 seen down with quorum 2/3 held %lld ms after its manifest was moved", downMs);
    QVERIFY2(downMs >= 0 && downMs <= 2000, "M3 down and quorum 2/3 must show within 2 s");
    QCOMPARE(degraded.health(), ClusterSnapshot::Health::Degraded);

    // The CLI reports the same state with exit code 1 (degraded).
    const ProcessResult cliStatus =
        TestProcess::cli({QStringLiteral("status"), QStringLiteral("-c"), m_lab->drillConfig()});
    QCOMPARE(cliStatus.exitCode, 1);
    QVERIFY2(cliStatus.out.contains(QStringLiteral("held (2/3 healthy voters)")), qPrintable(cliStatus.out));

    QVERIFY2(m_lab->startMember(2, &error), qPrintable(error));
    ClusterSnapshot recovered;
    const qint64 upMs = waitForSnapshot(
        monitor,
        [](const ClusterSnapshot& s) {
            const MemberStatus* m3 = endpointOf(s, QStringLiteral("M3"));
            return s.health() == ClusterSnapshot::Health::Healthy && s.healthyVoters == 3 && m3 &&
                   m3->indexLag >= 0 && m3->indexLag <= 5;
        },
        20000, &recovered);
    qInfo("M3 back, 3/3 healthy and caught up %lld ms after its manifest was moved back", upMs);
    QVERIFY2(upMs >= 0, "M3 must come back healthy and caught up");
    QCOMPARE(endpointOf(recovered, QStringLiteral("M3"))->memberId, m3Id); // same member, same data
}

void TestClusterMonitorLab::killedLeaderIsReplaced()
{
    ClusterMonitor monitor(labConfig());
    monitor.start();
    ClusterSnapshot before;
    QVERIFY(waitForSnapshot(
                monitor,
                [](const ClusterSnapshot& s) {
                    return s.health() == ClusterSnapshot::Health::Healthy && s.leaderAgreed;
                },
                15000, &before) >= 0);
    const MemberStatus* leader = before.leader();
    QVERIFY(leader);
    const quint64 oldLeader = leader->memberId;
    const int leaderIndex = before.indexOfMember(oldLeader);
    const qint64 pid = m_lab->etcdPid(leaderIndex);
    QVERIFY2(pid > 0, "the leader's etcd pid must be known from lab status");

    QSignalSpy events(&monitor, &ClusterMonitor::clusterEvent);
    QVERIFY(::kill(pid_t(pid), SIGKILL) == 0);
    // Keep it down: its node agent would restart it within its 500 ms back-off, and a restarted member with
    // an up-to-date log may win the next election itself. Moving the manifest away stops the restart.
    QString error;
    QVERIFY2(m_lab->stopMember(leaderIndex, &error), qPrintable(error));
    const qint64 electedMs = waitForSnapshot(
        monitor,
        [&](const ClusterSnapshot& s) { return s.leaderId != 0 && s.leaderId != oldLeader && s.quorumHeld; },
        10000);
    // etcd's followers campaign after a randomized timeout in [election, 2 × election); the monitor needs up
    // to two polls to see the result; 500 ms more for a split vote's retry or a loaded two-core CI machine.
    const int bound = 2 * kElectionTimeoutMs + 2 * kPollIntervalMs + 500;
    qInfo("new leader seen %lld ms after SIGKILL of the leader (bound %d ms)", electedMs, bound);
    QVERIFY2(electedMs >= 0 && electedMs <= bound,
             "a new leader must show within the election timeout plus two polls");
    bool leaderChanged = false;
    for (const QList<QVariant>& event : events)
        leaderChanged |= event.at(0).value<ClusterEvent>().kind == ClusterEvent::Kind::LeaderChanged;
    QVERIFY2(leaderChanged, "a leader-changed event must be emitted");

    QVERIFY2(m_lab->startMember(leaderIndex, &error), qPrintable(error));
    QVERIFY(waitForSnapshot(
                monitor,
                [](const ClusterSnapshot& s) { return s.health() == ClusterSnapshot::Health::Healthy; },
                20000) >= 0);
}

void TestClusterMonitorLab::wrongCaIsATlsErrorWithinTheDeadline()
{
    QTemporaryDir tmp;
    QString error;
    const auto otherCa = CertificateAuthority::create(QStringLiteral("not the lab's CA"), &error);
    QVERIFY2(otherCa, qPrintable(error));
    const QString caFile = tmp.filePath(QStringLiteral("other-ca.crt"));
    QVERIFY2(otherCa->writeCa(caFile, tmp.filePath(QStringLiteral("other-ca.key")), &error),
             qPrintable(error));

    DrillConfig config = labConfig();
    config.etcd.tls.caFile = caFile;
    ClusterMonitor monitor(config);
    QSignalSpy snapshots(&monitor, &ClusterMonitor::snapshotReady);
    QElapsedTimer timer;
    timer.start();
    monitor.pollOnce();
    QVERIFY(snapshots.wait(static_cast<int>(config.etcd.requestTimeout.count()) + 1000));
    qInfo("wrong CA reported after %lld ms", timer.elapsed());
    QVERIFY(timer.elapsed() <= config.etcd.requestTimeout.count() + 500);
    const ClusterSnapshot snapshot = snapshots.first().at(0).value<ClusterSnapshot>();
    for (const MemberStatus& status : snapshot.endpoints) {
        QVERIFY(!status.healthy);
        QVERIFY2(status.error.english().contains(QStringLiteral("TLS")), qPrintable(status.error.english()));
    }
    QCOMPARE(snapshot.health(), ClusterSnapshot::Health::QuorumLost);
}

void TestClusterMonitorLab::refusedAndSilentPortsAreDownWhileOthersReport()
{
    // A port that accepts TCP and then never says a word (a blackholed or wedged member).
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress(QStringLiteral("127.0.30.51")), 2379));
    QList<QTcpSocket*> held; // parented to the server: kept open, never answered
    connect(&silent, &QTcpServer::newConnection, &silent, [&] {
        while (QTcpSocket* socket = silent.nextPendingConnection())
            held.append(socket);
    });

    DrillConfig config = labConfig();
    {
        // The client alone, twice: the first call meets gRPC's connect attempt timing out, the second the
        // channel's remembered failure. Both must say "no answer", not blame TLS files.
        QString error;
        auto client = EtcdClient::create(QStringLiteral("https://127.0.30.51:2379"), config.etcd.tls,
                                         config.etcd.requestTimeout, &error);
        QVERIFY2(client, qPrintable(error));
        for (int attempt = 0; attempt < 3; ++attempt) {
            EtcdHealthResult result;
            bool done = false;
            client->health([&](const EtcdHealthResult& r) {
                result = r;
                done = true;
            });
            QTRY_VERIFY_WITH_TIMEOUT(done, 3000);
            qInfo("silent TLS port, attempt %d: code %d, raw '%s' -> '%s'", attempt, result.grpcCode,
                  qPrintable(result.grpcMessage), qPrintable(result.error.english()));
            QVERIFY2(result.error.english().contains(QStringLiteral("no answer")),
                     qPrintable(result.error.english()));
        }
    }
    NodeConfig refused;
    refused.name = QStringLiteral("refused");
    refused.etcdEndpoint = QStringLiteral("https://127.0.30.50:2379"); // nothing listens there
    NodeConfig blackhole;
    blackhole.name = QStringLiteral("silent");
    blackhole.etcdEndpoint = QStringLiteral("https://127.0.30.51:2379");
    config.nodes << refused << blackhole;

    ClusterMonitor monitor(config);
    QList<ClusterSnapshot> seen;
    connect(&monitor, &ClusterMonitor::snapshotReady, this,
            [&](const ClusterSnapshot& s) { seen.append(s); });
    QElapsedTimer timer;
    timer.start();
    monitor.start();
    const qint64 deadline = config.etcd.requestTimeout.count();
    qint64 refusedDownAt = -1;
    qint64 silentDownAt = -1;
    while (timer.elapsed() < 4000) {
        QTest::qWait(20);
        if (seen.isEmpty())
            continue;
        const ClusterSnapshot& last = seen.last();
        if (refusedDownAt < 0 && !endpointOf(last, QStringLiteral("refused"))->error.isEmpty())
            refusedDownAt = timer.elapsed();
        if (silentDownAt < 0 && !endpointOf(last, QStringLiteral("silent"))->error.isEmpty())
            silentDownAt = timer.elapsed();
    }
    monitor.stop();
    qInfo("refused port down after %lld ms, silent port down after %lld ms (deadline %lld ms); %lld "
          "snapshots in 4 s",
          refusedDownAt, silentDownAt, deadline, qint64(seen.size()));
    QVERIFY(refusedDownAt >= 0 && refusedDownAt <= deadline + kPollIntervalMs);
    QVERIFY(silentDownAt >= 0 && silentDownAt <= deadline + kPollIntervalMs);
    QVERIFY2(endpointOf(seen.last(), QStringLiteral("refused"))
                 ->error.english()
                 .contains(QStringLiteral("refused")),
             qPrintable(endpointOf(seen.last(), QStringLiteral("refused"))->error.english()));
    QVERIFY2(endpointOf(seen.last(), QStringLiteral("silent"))
                 ->error.english()
                 .contains(QStringLiteral("no answer")),
             qPrintable(endpointOf(seen.last(), QStringLiteral("silent"))->error.english()));
    // The three lab members kept reporting on every poll, undisturbed by the two bad ones.
    QVERIFY2(seen.size() >= 4000 / kPollIntervalMs - 1, "snapshots must keep coming every poll interval");
    for (const ClusterSnapshot& s : seen.mid(1)) {
        for (const QString& node : {QStringLiteral("M1"), QStringLiteral("M2"), QStringLiteral("M3")})
            QVERIFY2(endpointOf(s, node)->healthy, qPrintable(node + QStringLiteral(" stopped reporting")));
        QVERIFY(s.quorumHeld);
        QCOMPARE(s.totalVoters, 3); // the member list, not the configured endpoints, defines the voters
    }
}

QTEST_GUILESS_MAIN(TestClusterMonitorLab)
#include "TestClusterMonitorLab.moc"
