// The embedded lab end to end, through etcd-drill-cli as a user runs it: real etcd members on 127.0.22.x,
// checked with etcdctl (not with our own client) and /proc. Every lab is started with --watch-pid <this test>
// and torn down in cleanup(), which also SIGKILLs whatever still names a test lab directory.
#include "ConfigLoader.h"
#include "LabLayout.h"
#include "LabReadiness.h"
#include "TestProcess.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>
#include <vector>

namespace {

// The shared runner (tests/support): blocking, with a deadline; isAlive and processesMentioning read /proc.
using CliResult = etcddrill::test::ProcessResult;
using etcddrill::test::TestProcess;

CliResult runProgram(const QString& program, const QStringList& arguments, int timeoutMs = 60000)
{
    return TestProcess::run(program, arguments, timeoutMs);
}

CliResult cli(const QStringList& arguments)
{
    return TestProcess::cli(arguments);
}

QString selfPid()
{
    return QString::number(QCoreApplication::applicationPid());
}

QString address(int lastOctet)
{
    return QStringLiteral("127.0.22.%1").arg(lastOctet);
}

bool isAlive(qint64 pid)
{
    return TestProcess::isAlive(pid);
}

// Every live process whose command line mentions dir: the supervisor (--dir D) and the members
// (--data-dir=D/…).
QList<qint64> processesMentioning(const QString& dir)
{
    return TestProcess::processesMentioning(dir);
}

QStringList endpointsOf(int baseOctet, int members = 3)
{
    QStringList endpoints;
    for (int i = 0; i < members; ++i)
        endpoints << QStringLiteral("https://%1:2379").arg(address(baseOctet + i));
    return endpoints;
}

CliResult etcdctl(const QString& dir, const QStringList& endpoints, const QStringList& arguments)
{
    const QString pki = dir + QStringLiteral("/pki/etcd/");
    QStringList all = {QStringLiteral("--endpoints=") + endpoints.join(u','),
                       QStringLiteral("--cacert=") + pki + QStringLiteral("ca.crt"),
                       QStringLiteral("--cert=") + pki + QStringLiteral("healthcheck-client.crt"),
                       QStringLiteral("--key=") + pki + QStringLiteral("healthcheck-client.key"),
                       QStringLiteral("--dial-timeout=2s"),
                       QStringLiteral("--command-timeout=3s")};
    return runProgram(QStringLiteral("etcdctl"), all + arguments, 20000);
}

// A uint64 field of `etcdctl endpoint status -w json`, read from the text: etcdctl prints IDs as JSON
// numbers beyond 2^53, which a double would round.
quint64 statusField(const QString& dir, const QString& endpoint, const QString& field)
{
    const CliResult result = etcdctl(
        dir, {endpoint},
        {QStringLiteral("endpoint"), QStringLiteral("status"), QStringLiteral("-w"), QStringLiteral("json")});
    const QString key = QStringLiteral("\"%1\":").arg(field);
    const qsizetype at = result.out.indexOf(key);
    if (at < 0)
        return 0;
    qsizetype end = at + key.size();
    while (end < result.out.size() && result.out.at(end).isDigit())
        ++end;
    return result.out.mid(at + key.size(), end - at - key.size()).toULongLong();
}

// The member ID the endpoint reports about itself (etcdctl endpoint status -w json).
quint64 memberIdAt(const QString& dir, const QString& endpoint)
{
    const CliResult result = etcdctl(
        dir, {endpoint},
        {QStringLiteral("endpoint"), QStringLiteral("status"), QStringLiteral("-w"), QStringLiteral("json")});
    const QJsonArray list = QJsonDocument::fromJson(result.out.toUtf8()).array();
    if (list.isEmpty())
        return 0;
    // etcdctl prints uint64 IDs as JSON numbers beyond 2^53; read the text, not a double.
    const QString text = result.out;
    const qsizetype at = text.indexOf(QStringLiteral("\"member_id\":"));
    if (at < 0)
        return 0;
    qsizetype end = at + 12;
    while (end < text.size() && text.at(end).isDigit())
        ++end;
    return text.mid(at + 12, end - at - 12).toULongLong();
}

QJsonObject statusJson(const QString& dir, int* exitCode = nullptr)
{
    const CliResult result = cli({QStringLiteral("lab"), QStringLiteral("status"), QStringLiteral("--dir"),
                                  dir, QStringLiteral("--json")});
    if (exitCode)
        *exitCode = result.exitCode;
    return QJsonDocument::fromJson(result.out.toUtf8()).object();
}

QJsonObject processOf(const QJsonObject& status, const QString& node, const QString& kind)
{
    for (const QJsonValue& value : status.value(QStringLiteral("processes")).toArray()) {
        const QJsonObject process = value.toObject();
        if (process.value(QStringLiteral("node")).toString() == node &&
            process.value(QStringLiteral("kind")).toString() == kind)
            return process;
    }
    return {};
}

QList<QJsonObject> groundTruth(const QString& dir)
{
    QList<QJsonObject> events;
    QFile file(dir + QStringLiteral("/ground-truth.jsonl"));
    if (!file.open(QIODevice::ReadOnly))
        return events;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (!line.isEmpty())
            events.append(QJsonDocument::fromJson(line).object());
    }
    return events;
}

bool hasEvent(const QList<QJsonObject>& events, const QString& node, const QString& event, qint64 pid)
{
    for (const QJsonObject& e : events) {
        if (e.value(QStringLiteral("node")).toString() == node &&
            e.value(QStringLiteral("event")).toString() == event &&
            e.value(QStringLiteral("pid")).toInteger() == pid &&
            e.value(QStringLiteral("process")).toString() == "etcd" &&
            e.value(QStringLiteral("time")).toString().endsWith(u'Z') &&
            e.value(QStringLiteral("mono_ms")).toInteger() > 0)
            return true;
    }
    return false;
}

} // namespace

class TestLab : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(QStringLiteral(ETCD_DRILL_CLI)).isExecutable(), ETCD_DRILL_CLI);
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("etcd")).isEmpty(), "etcd must be on PATH");
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("etcdctl")).isEmpty(),
                 "etcdctl must be on PATH");
    }

    void cleanup()
    {
        // Runs also when a test function failed half-way: nothing may survive it.
        for (const auto& dir : m_dirs) {
            cli({QStringLiteral("lab"), QStringLiteral("down"), QStringLiteral("--dir"), dir->path()});
            const QList<qint64> left = processesMentioning(dir->path());
            for (qint64 pid : left)
                ::kill(pid_t(pid), SIGKILL);
            QTRY_VERIFY_WITH_TIMEOUT(processesMentioning(dir->path()).isEmpty(), 3000);
            QVERIFY2(left.isEmpty(), "lab down left processes behind");
        }
        m_dirs.clear();
    }

    void statusWithoutLab()
    {
        const QString dir = newDir();
        int exitCode = -1;
        const QJsonObject status = statusJson(dir, &exitCode);
        QCOMPARE(exitCode, 2);
        QCOMPARE(status.value(QStringLiteral("presence")).toString(), QStringLiteral("no-lab"));
        const CliResult down =
            cli({QStringLiteral("lab"), QStringLiteral("down"), QStringLiteral("--dir"), dir});
        QCOMPARE(down.exitCode, 0); // idempotent
    }

    void upRefusesBadInput()
    {
        const QString dir = newDir();
        CliResult result = up(dir, 1, {QStringLiteral("--base-address"), QStringLiteral("10.0.0.1")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("loopback")), qPrintable(result.all()));

        result = up(dir, 1, {QStringLiteral("--members"), QStringLiteral("2")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("--members")), qPrintable(result.all()));

        QFile stranger(dir + QStringLiteral("/notes.txt"));
        QVERIFY(stranger.open(QIODevice::WriteOnly));
        stranger.close();
        result = up(dir, 1);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("not empty")), qPrintable(result.all()));
        QVERIFY(QFile::exists(dir + QStringLiteral("/notes.txt")));
        QVERIFY(processesMentioning(dir).isEmpty());

        result = cli({QStringLiteral("lab"), QStringLiteral("up"), QStringLiteral("--no-such-option")});
        QCOMPARE(result.exitCode, 3);
    }

    void drillLifecycle()
    {
        const QString dir = newDir();
        const int base = 1;
        const CliResult started = up(dir, base);
        QCOMPARE(started.exitCode, 0);
        QVERIFY2(started.out.contains(dir + QStringLiteral("/drill.yaml")), qPrintable(started.all()));
        // drill.yaml is a config the drill itself accepts, pointing at this lab.
        const etcddrill::ConfigLoadResult config =
            etcddrill::ConfigLoader(QProcessEnvironment()).load(dir + QStringLiteral("/drill.yaml"));
        QVERIFY2(config.ok(), qPrintable(config.errorText()));
        QCOMPARE(config.config->nodes.size(), 3);
        QCOMPARE(config.config->nodes.at(2).etcdEndpoint,
                 QStringLiteral("https://%1:2379").arg(address(base + 2)));
        QCOMPARE(config.config->drill.manifestOn(config.config->nodes.at(2)),
                 dir + QStringLiteral("/M3/manifests/etcd.yaml"));
        // The VIP carries haproxy's bound as its hypothesis: fall (2) checks inter (1 s) apart, plus one.
        QCOMPARE(config.config->probes.targets.at(0).name, QStringLiteral("vip"));
        QCOMPARE(config.config->probes.targets.at(0).maxOutage, std::chrono::milliseconds(3000));
        QVERIFY(!config.config->probes.targets.at(1).maxOutage.has_value());

        const QStringList endpoints = endpointsOf(base);
        const CliResult health =
            etcdctl(dir, endpoints, {QStringLiteral("endpoint"), QStringLiteral("health")});
        QVERIFY2(health.exitCode == 0, qPrintable(health.all()));

        // M1 leads from the start, so the runbook's drill (stop M3) stops a follower every time: etcdctl
        // says so. Moved away by etcdctl move-leader, LabReadiness::makeLeader (our MoveLeader call) brings
        // it back.
        const quint64 m1 = memberIdAt(dir, endpoints.at(0));
        const quint64 m3 = memberIdAt(dir, endpoints.at(2));
        QVERIFY(m1 != 0 && m3 != 0);
        QCOMPARE(statusField(dir, endpoints.at(2), QStringLiteral("leader")), m1);
        const CliResult moved =
            etcdctl(dir, endpoints.mid(0, 1), {QStringLiteral("move-leader"), QString::number(m3, 16)});
        QVERIFY2(moved.exitCode == 0, qPrintable(moved.all()));
        QTRY_COMPARE_WITH_TIMEOUT(statusField(dir, endpoints.at(0), QStringLiteral("leader")), m3, 5000);
        {
            QString error;
            const std::optional<etcddrill::LabLayout> layout = etcddrill::LabLayout::load(dir, &error);
            QVERIFY2(layout, qPrintable(error));
            etcddrill::LabReadiness readiness(*layout);
            QVERIFY2(readiness.makeLeader(0, &error), qPrintable(error));
        }
        QCOMPARE(statusField(dir, endpoints.at(1), QStringLiteral("leader")), m1);

        int exitCode = -1;
        QJsonObject status = statusJson(dir, &exitCode);
        QCOMPARE(exitCode, 0);
        QCOMPARE(status.value(QStringLiteral("presence")).toString(), QStringLiteral("running"));
        // The supervisor, etcd and apiserver per node, haproxy and nginx.
        QCOMPARE(status.value(QStringLiteral("processes")).toArray().size(), 1 + 3 * 2 + 2);
        QVERIFY(processOf(status, QString(), QStringLiteral("supervisor"))
                    .value(QStringLiteral("pid"))
                    .toInteger() > 0);
        for (int i = 0; i < 3; ++i) {
            const QJsonObject member =
                processOf(status, QStringLiteral("M%1").arg(i + 1), QStringLiteral("etcd"));
            QCOMPARE(member.value(QStringLiteral("state")).toString(), QStringLiteral("running"));
            QCOMPARE(member.value(QStringLiteral("address")).toString(),
                     address(base + i) + QStringLiteral(":2379"));
            QVERIFY(isAlive(member.value(QStringLiteral("pid")).toInteger()));
        }

        // The runbook's step 2: move M3's manifest away.
        const QString m3Endpoint = endpoints.at(2);
        const quint64 m3Id = memberIdAt(dir, m3Endpoint);
        QVERIFY(m3Id != 0);
        const qint64 m3Pid = processOf(status, QStringLiteral("M3"), QStringLiteral("etcd"))
                                 .value(QStringLiteral("pid"))
                                 .toInteger();
        const QString manifest = dir + QStringLiteral("/M3/manifests/etcd.yaml");
        const QString backup = dir + QStringLiteral("/M3/etcd-backup/etcd.yaml");
        QElapsedTimer stopWatch;
        stopWatch.start();
        QVERIFY(QFile::rename(manifest, backup));
        QTRY_VERIFY_WITH_TIMEOUT(!isAlive(m3Pid), 2500);
        qInfo("M3 gone %lld ms after its manifest was moved", stopWatch.elapsed());
        QTRY_VERIFY_WITH_TIMEOUT(
            hasEvent(groundTruth(dir), QStringLiteral("M3"), QStringLiteral("stopped"), m3Pid), 2000);
        status = statusJson(dir, &exitCode);
        QCOMPARE(exitCode, 1);
        QCOMPARE(processOf(status, QStringLiteral("M3"), QStringLiteral("etcd"))
                     .value(QStringLiteral("state"))
                     .toString(),
                 QStringLiteral("stopped"));
        // Two of three keep the quorum.
        const CliResult degraded =
            etcdctl(dir, endpoints.mid(0, 2), {QStringLiteral("endpoint"), QStringLiteral("health")});
        QVERIFY2(degraded.exitCode == 0, qPrintable(degraded.all()));

        // Step 4: move it back; same data dir, same member.
        QVERIFY(QFile::rename(backup, manifest));
        qint64 newPid = 0;
        QTRY_VERIFY_WITH_TIMEOUT(
            (newPid = processOf(statusJson(dir), QStringLiteral("M3"), QStringLiteral("etcd"))
                          .value(QStringLiteral("pid"))
                          .toInteger()) > 0,
            5000);
        QVERIFY(newPid != m3Pid);
        QVERIFY(hasEvent(groundTruth(dir), QStringLiteral("M3"), QStringLiteral("started"), newPid));
        QTRY_VERIFY_WITH_TIMEOUT(
            etcdctl(dir, {m3Endpoint}, {QStringLiteral("endpoint"), QStringLiteral("health")}).exitCode == 0,
            15000);
        QCOMPARE(memberIdAt(dir, m3Endpoint), m3Id);
        const CliResult members =
            etcdctl(dir, {endpoints.first()}, {QStringLiteral("member"), QStringLiteral("list")});
        QCOMPARE(members.out.count(QStringLiteral(", started, ")), 3);
        status = statusJson(dir, &exitCode);
        QCOMPARE(exitCode, 0);

        const CliResult down =
            cli({QStringLiteral("lab"), QStringLiteral("down"), QStringLiteral("--dir"), dir});
        QVERIFY2(down.exitCode == 0, qPrintable(down.all()));
        QVERIFY2(processesMentioning(dir).isEmpty(), "lab down left processes of the lab behind");
        statusJson(dir, &exitCode);
        QCOMPARE(exitCode, 2);
    }

    void killedSupervisorTakesItsMembersAlong()
    {
        const QString dir = newDir();
        const int base = 11;
        QCOMPARE(up(dir, base).exitCode, 0);
        const QJsonObject status = statusJson(dir);
        const qint64 supervisor = processOf(status, QString(), QStringLiteral("supervisor"))
                                      .value(QStringLiteral("pid"))
                                      .toInteger();
        QList<qint64> members;
        for (int i = 1; i <= 3; ++i)
            members << processOf(status, QStringLiteral("M%1").arg(i), QStringLiteral("etcd"))
                           .value(QStringLiteral("pid"))
                           .toInteger();
        QVERIFY(supervisor > 0);
        QVERIFY(!members.contains(0));

        const CliResult again = up(dir, base);
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(QStringLiteral("already running")), qPrintable(again.all()));

        QCOMPARE(::kill(pid_t(supervisor), SIGKILL), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!isAlive(supervisor), 2000);
        // PR_SET_PDEATHSIG: the members die with it.
        QTRY_VERIFY_WITH_TIMEOUT(!isAlive(members[0]) && !isAlive(members[1]) && !isAlive(members[2]), 2000);
        int exitCode = -1;
        statusJson(dir, &exitCode);
        QCOMPARE(exitCode, 2);

        const CliResult restarted = up(dir, base);
        QVERIFY2(restarted.exitCode == 0, qPrintable(restarted.all()));
        const CliResult health =
            etcdctl(dir, endpointsOf(base), {QStringLiteral("endpoint"), QStringLiteral("health")});
        QVERIFY2(health.exitCode == 0, qPrintable(health.all()));
    }

    void takenPortIsNamed()
    {
        const QString dir = newDir();
        const int base = 21;
        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress(address(base + 1)), 2379));
        const CliResult result = up(dir, base);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(address(base + 1) + QStringLiteral(":2379")), qPrintable(result.all()));
        QVERIFY2(result.err.contains(QStringLiteral("--port-offset")), qPrintable(result.all()));
        QVERIFY(!QFile::exists(dir + QStringLiteral("/lab.json")));
        QVERIFY(processesMentioning(dir).isEmpty());
    }

    void labEndsWithTheWatchedProcess()
    {
        const QString dir = newDir();
        QProcess owner;
        owner.start(QStringLiteral("sleep"), {QStringLiteral("60")});
        QVERIFY(owner.waitForStarted());
        const CliResult result =
            cli({QStringLiteral("lab"), QStringLiteral("up"), QStringLiteral("--dir"), dir,
                 QStringLiteral("--base-address"), address(31), QStringLiteral("--members"),
                 QStringLiteral("1"), QStringLiteral("--watch-pid"), QString::number(owner.processId())});
        QVERIFY2(result.exitCode == 0, qPrintable(result.all()));
        // The supervisor, one member, its apiserver, haproxy and nginx.
        QCOMPARE(processesMentioning(dir).size(), 5);
        owner.kill();
        QVERIFY(owner.waitForFinished());
        QTRY_VERIFY_WITH_TIMEOUT(processesMentioning(dir).isEmpty(), 5000);
    }

private:
    QString newDir()
    {
        m_dirs.push_back(std::make_unique<QTemporaryDir>());
        return m_dirs.back()->path();
    }

    CliResult up(const QString& dir, int baseOctet, const QStringList& extra = {})
    {
        return cli(QStringList{QStringLiteral("lab"), QStringLiteral("up"), QStringLiteral("--dir"), dir,
                               QStringLiteral("--base-address"), address(baseOctet),
                               QStringLiteral("--watch-pid"), selfPid()} +
                   extra);
    }

    std::vector<std::unique_ptr<QTemporaryDir>> m_dirs;
};

QTEST_GUILESS_MAIN(TestLab)
#include "TestLab.moc"
