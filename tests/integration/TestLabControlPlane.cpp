// The lab's control plane end to end, as the runbook drives it: a real lab (3 etcd members, 3 apiserver
// simulators, haproxy on the VIP, nginx on the domain) on 127.0.24.x, checked with curl and /proc. M3's etcd
// manifest is moved away: M3's apiserver stays up but unready, haproxy's active check takes it out of the
// VIP within fall × inter, nginx's passive checks keep sending new connections to it; moved back, all three
// answer again. One lab for the whole suite (it takes seconds to start); --watch-pid and the fixture's
// destructor stop it also when a test fails or crashes.
#include "ConfigLoader.h"
#include "CurlClient.h"
#include "LabFixture.h"
#include "TestProcess.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>
#include <memory>

using namespace etcddrill;
using namespace etcddrill::test;

namespace {

const QString kBase = QStringLiteral("127.0.24.1");
const QString kVip = QStringLiteral("127.0.24.100");
const QString kDomainAddress = QStringLiteral("127.0.24.101");
const QString kDomain = QStringLiteral("k8s.lab.etcd-drill.test");
constexpr int kInterMs = 1000;
constexpr int kFall = 2;
constexpr int kRise = 2;
// On top of fall × inter: the apiserver's own detection (≤ 100 ms), one check's duration and a loaded CI box.
constexpr int kMarginMs = 1500;

QString node(int index)
{
    return QStringLiteral("M%1").arg(index + 1);
}

QString nodeUrl(int index, const QString& path)
{
    return QStringLiteral("https://127.0.24.%1:6443%2").arg(index + 1).arg(path);
}

QString vipUrl(const QString& path)
{
    return QStringLiteral("https://%1:6443%2").arg(kVip, path);
}

QString domainUrl(const QString& path)
{
    return QStringLiteral("https://%1:6443%2").arg(kDomain, path);
}

QStringList resolveDomain()
{
    return {QStringLiteral("--resolve"), QStringLiteral("%1:6443:%2").arg(kDomain, kDomainAddress)};
}

QList<QJsonObject> readGroundTruth(const QString& dir)
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

// Index of the first event matching after index `from`, -1 when none.
qsizetype findEvent(const QList<QJsonObject>& events, const QString& node, const QString& process,
                    const QString& event, qsizetype from = 0)
{
    for (qsizetype i = from; i < events.size(); ++i) {
        const QJsonObject& e = events.at(i);
        if (e.value(QStringLiteral("node")).toString() == node &&
            e.value(QStringLiteral("process")).toString() == process &&
            e.value(QStringLiteral("event")).toString() == event)
            return i;
    }
    return -1;
}

} // namespace

class TestLabControlPlane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        for (const char* program : {"etcd", "curl"})
            QVERIFY2(!QStandardPaths::findExecutable(QLatin1String(program)).isEmpty(), program);
        for (const char* daemon : {"haproxy", "nginx"})
            QVERIFY2(!QStandardPaths::findExecutable(QLatin1String(daemon), {QStringLiteral("/usr/sbin")})
                          .isEmpty(),
                     daemon);
        m_lab = std::make_unique<LabFixture>(
            kBase, 3,
            QStringList{QStringLiteral("--haproxy-inter"), QStringLiteral("%1ms").arg(kInterMs),
                        QStringLiteral("--haproxy-fall"), QString::number(kFall),
                        QStringLiteral("--haproxy-rise"), QString::number(kRise)});
        QElapsedTimer started;
        started.start();
        QString error;
        QVERIFY2(m_lab->up(&error), qPrintable(error));
        qInfo("lab up (etcd, apiservers, VIP and domain ready) took %lld ms", started.elapsed());
        QFile tokenFile(m_lab->dir() + QStringLiteral("/pki/apiserver-token"));
        QVERIFY(tokenFile.open(QIODevice::ReadOnly));
        m_curl = std::make_unique<CurlClient>(m_lab->dir() + QStringLiteral("/pki/ca.crt"),
                                              tokenFile.readAll().trimmed());
    }

    void cleanupTestCase()
    {
        m_lab.reset(); // lab down, then SIGKILL of anything still naming the lab directory
    }

    void statusListsEveryProcess()
    {
        const QJsonObject status = statusJson();
        QCOMPARE(status.value(QStringLiteral("all_running")).toBool(), true);
        const QJsonArray processes = status.value(QStringLiteral("processes")).toArray();
        QCOMPARE(processes.size(), 1 + 3 * 2 + 2); // supervisor, etcd + apiserver per node, haproxy, nginx
        for (int i = 0; i < 3; ++i) {
            const QJsonObject apiserver = processOf(node(i), QStringLiteral("apiserver"));
            QCOMPARE(apiserver.value(QStringLiteral("state")).toString(), QStringLiteral("running"));
            QCOMPARE(apiserver.value(QStringLiteral("address")).toString(),
                     QStringLiteral("127.0.24.%1:6443").arg(i + 1));
            QVERIFY(TestProcess::isAlive(apiserver.value(QStringLiteral("pid")).toInteger()));
        }
        QCOMPARE(processOf(QString(), QStringLiteral("haproxy")).value(QStringLiteral("address")).toString(),
                 kVip + QStringLiteral(":6443"));
        QCOMPARE(processOf(QString(), QStringLiteral("nginx")).value(QStringLiteral("address")).toString(),
                 kDomainAddress + QStringLiteral(":6443"));
        const QJsonObject haproxy = status.value(QStringLiteral("haproxy")).toObject();
        QCOMPARE(haproxy.value(QStringLiteral("inter")).toString(), QStringLiteral("1s"));
        QCOMPARE(haproxy.value(QStringLiteral("fall")).toInt(), kFall);
        QCOMPARE(haproxy.value(QStringLiteral("rise")).toInt(), kRise);

        const ProcessResult table = TestProcess::cli(
            {QStringLiteral("lab"), QStringLiteral("status"), QStringLiteral("--dir"), m_lab->dir()});
        QCOMPARE(table.exitCode, 0);
        QVERIFY2(table.out.contains(QStringLiteral("haproxy")) && table.out.contains(QStringLiteral("nginx")),
                 qPrintable(table.out));
    }

    void drillConfigLoads()
    {
        const ConfigLoadResult loaded = ConfigLoader(QProcessEnvironment()).load(m_lab->drillConfig());
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorText()));
        const DrillConfig& config = *loaded.config;
        QCOMPARE(config.apiserver.tls.caFile, m_lab->dir() + QStringLiteral("/pki/ca.crt"));
        QCOMPARE(config.apiserver.tokenFile, m_lab->dir() + QStringLiteral("/pki/apiserver-token"));
        QCOMPARE(config.nodes.size(), 3);
        QCOMPARE(config.nodes.at(1).apiserverUrl, QStringLiteral("https://127.0.24.2:6443"));
        QCOMPARE(config.nodes.at(2).backupDir, m_lab->dir() + QStringLiteral("/M3/etcd-backup"));
        QVERIFY(config.probes.nodeApiservers);
        QCOMPARE(config.probes.targets.size(), 2);
        QCOMPARE(config.probes.targets.at(0).name, QStringLiteral("vip"));
        QCOMPARE(config.probes.targets.at(0).url, vipUrl(QStringLiteral("/readyz")));
        QCOMPARE(config.probes.targets.at(1).name, QStringLiteral("domain"));
        QCOMPARE(config.probes.targets.at(1).url, domainUrl(QStringLiteral("/readyz")));
        QCOMPARE(config.probes.targets.at(1).resolveAddress, kDomainAddress);
        QCOMPARE(config.drill.targetKind, DrillSettings::TargetKind::Node);
        QCOMPARE(config.drill.targetNode, QStringLiteral("M3"));
        QCOMPARE(config.drill.fault, DrillSettings::Fault::StaticPod);
        QCOMPARE(config.drill.transport, DrillSettings::Transport::Local);
        QCOMPARE(config.drill.manifestOn(config.nodes.at(2)),
                 m_lab->dir() + QStringLiteral("/M3/manifests/etcd.yaml"));
    }

    void everyApiserverAnswersWithItsNode()
    {
        for (int i = 0; i < 3; ++i) {
            const CurlAnswer ready =
                m_curl->request(QStringLiteral("GET"), nodeUrl(i, QStringLiteral("/readyz")), {}, false);
            QVERIFY2(ready.status == 200, qPrintable(ready.describe()));
            QCOMPARE(ready.body, QByteArray("ok"));
            QCOMPARE(ready.node, node(i));
            const CurlAnswer verbose = m_curl->get(nodeUrl(i, QStringLiteral("/readyz?verbose")));
            QVERIFY2(verbose.body.contains("[+]etcd ok\n") && verbose.body.endsWith("readyz check passed\n"),
                     qPrintable(verbose.describe()));
        }
        // Both ways in reach every apiserver (new connection per request, round robin).
        QSet<QString> viaVip;
        QSet<QString> viaDomain;
        for (int i = 0; i < 6; ++i) {
            const CurlAnswer vip = m_curl->get(vipUrl(QStringLiteral("/readyz")));
            QVERIFY2(vip.status == 200, qPrintable(vip.describe()));
            viaVip << vip.node;
            const CurlAnswer domain = m_curl->get(domainUrl(QStringLiteral("/readyz")), resolveDomain());
            QVERIFY2(domain.status == 200, qPrintable(domain.describe()));
            viaDomain << domain.node;
        }
        QCOMPARE(viaVip, (QSet<QString>{"M1", "M2", "M3"}));
        QCOMPARE(viaDomain, (QSet<QString>{"M1", "M2", "M3"}));
    }

    void objectsAreStoredInEtcd()
    {
        const QString collection = nodeUrl(0, QStringLiteral("/apis/apps/v1/namespaces/default/deployments"));
        const QByteArray deployment =
            R"({"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"nginx"},"spec":{"replicas":1}})";
        QCOMPARE(m_curl->request(QStringLiteral("POST"), collection, deployment, false).status, 401);
        const CurlAnswer created = m_curl->request(QStringLiteral("POST"), collection, deployment);
        QVERIFY2(created.status == 201, qPrintable(created.describe()));
        QVERIFY(!QJsonDocument::fromJson(created.body)
                     .object()
                     .value(QStringLiteral("metadata"))
                     .toObject()
                     .value(QStringLiteral("resourceVersion"))
                     .toString()
                     .isEmpty());
        QCOMPARE(m_curl->request(QStringLiteral("POST"), collection, deployment).status, 409);

        // Stored where kube-apiserver's etcd3 storage puts it, so every other apiserver sees it.
        const ProcessResult key =
            m_lab->etcdctl({QStringLiteral("get"), QStringLiteral("/registry/deployments/default/nginx"),
                            QStringLiteral("--print-value-only")});
        QVERIFY2(key.exitCode == 0 && key.out.contains(QStringLiteral("\"replicas\":1")),
                 qPrintable(key.all()));
        const QString object =
            nodeUrl(2, QStringLiteral("/apis/apps/v1/namespaces/default/deployments/nginx"));
        const CurlAnswer read = m_curl->get(object);
        QVERIFY2(read.status == 200 && read.node == QLatin1String("M3"), qPrintable(read.describe()));
        QCOMPARE(QJsonDocument::fromJson(read.body).object().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("Deployment"));
        QCOMPARE(m_curl->request(QStringLiteral("GET"), object, {}, false).status, 401);
        QCOMPARE(m_curl->request(QStringLiteral("DELETE"), object, {}, false).status, 401);
        QCOMPARE(m_curl->request(QStringLiteral("DELETE"), object).status, 200);
        QCOMPARE(m_curl->get(object).status, 404);
        QCOMPARE(m_curl->request(QStringLiteral("DELETE"), object).status, 404);

        const CurlAnswer pods = m_curl->get(
            nodeUrl(1, QStringLiteral("/api/v1/namespaces/kube-system/pods?labelSelector=component%3Detcd")));
        QVERIFY2(pods.status == 200, qPrintable(pods.describe()));
        QCOMPARE(QJsonDocument::fromJson(pods.body).object().value(QStringLiteral("items")).toArray().size(),
                 3);
        const CurlAnswer endpoints =
            m_curl->get(nodeUrl(1, QStringLiteral("/api/v1/namespaces/kube-system/endpoints/etcd")));
        QVERIFY2(endpoints.status == 200, qPrintable(endpoints.describe()));
        QCOMPARE(QJsonDocument::fromJson(endpoints.body)
                     .object()
                     .value(QStringLiteral("subsets"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("addresses"))
                     .toArray()
                     .size(),
                 3);
    }

    void stoppedEtcdTakesM3OutOfTheVipButNotTheDomain()
    {
        const qint64 m3Apiserver =
            processOf(node(2), QStringLiteral("apiserver")).value(QStringLiteral("pid")).toInteger();
        QVERIFY(m3Apiserver > 0);
        // A leader's loss makes the survivors' reads fail for an election; this test is about M3's apiserver
        // and the load balancers, so M3 must be a follower.
        QVERIFY(moveLeadershipAwayFrom(2));
        QElapsedTimer sinceStop;
        sinceStop.start();
        QString error;
        QVERIFY2(m_lab->stopMember(2, &error), qPrintable(error));

        // M3's apiserver keeps running but fails /readyz, naming the failed check.
        CurlAnswer m3;
        QTRY_VERIFY_WITH_TIMEOUT((m3 = m_curl->get(nodeUrl(2, QStringLiteral("/readyz")))).status == 500,
                                 5000);
        const qint64 unreadyMs = sinceStop.elapsed();
        QCOMPARE(m3.node, QStringLiteral("M3"));
        QVERIFY2(m3.body.contains("[-]etcd failed: reason withheld\n") &&
                     m3.body.endsWith("readyz check failed\n"),
                 qPrintable(m3.describe()));
        QVERIFY(TestProcess::isAlive(m3Apiserver));
        QTRY_VERIFY_WITH_TIMEOUT(findEvent(readGroundTruth(m_lab->dir()), QStringLiteral("M3"),
                                           QStringLiteral("apiserver"), QStringLiteral("unready")) >= 0,
                                 2000);

        // The VIP: new connections stop landing on M3 within fall × inter.
        struct Sample
        {
            qint64 ms;
            int status;
            QString node;
        };
        QList<Sample> samples;
        const qint64 window = qint64(kFall) * kInterMs + kMarginMs + 1500;
        while (sinceStop.elapsed() < window) {
            const CurlAnswer vip = m_curl->get(vipUrl(QStringLiteral("/readyz")));
            samples.append({sinceStop.elapsed(), vip.status, vip.node});
        }
        qint64 lastOnM3 = -1;
        int m3Failures = 0;
        for (const Sample& sample : std::as_const(samples)) {
            if (sample.node == QLatin1String("M3")) {
                lastOnM3 = sample.ms;
                m3Failures += sample.status != 200 ? 1 : 0;
            }
        }
        qInfo("M3 apiserver unready %lld ms after its etcd manifest moved; last VIP connection on M3 after "
              "%lld ms "
              "(%d of %lld VIP probes failed on M3; fall x inter = %d ms)",
              unreadyMs, lastOnM3, m3Failures, qint64(samples.size()), kFall * kInterMs);
        QVERIFY2(lastOnM3 <= unreadyMs + kFall * kInterMs + kMarginMs,
                 qPrintable(QStringLiteral("the VIP still sent a new connection to M3 %1 ms after the stop")
                                .arg(lastOnM3)));
        int afterwards = 0;
        for (const Sample& sample : std::as_const(samples)) {
            if (sample.ms > lastOnM3) {
                QVERIFY2(sample.status == 200 && sample.node != QLatin1String("M3"),
                         qPrintable(QStringLiteral("VIP at %1 ms: HTTP %2 from %3")
                                        .arg(sample.ms)
                                        .arg(sample.status)
                                        .arg(sample.node)));
                ++afterwards;
            }
        }
        QVERIFY2(afterwards >= 5, "too few VIP probes after M3 left it to tell");
        QFile haproxyLog(m_lab->dir() + QStringLiteral("/haproxy/haproxy.log"));
        QVERIFY(haproxyLog.open(QIODevice::ReadOnly));
        QVERIFY(haproxyLog.readAll().contains("Server apiservers/M3 is DOWN"));

        // The domain: nginx only notices failed connects, and M3 accepts connections: it keeps getting some.
        int domainOnM3 = 0;
        int domainOk = 0;
        for (int i = 0; i < 15; ++i) {
            const CurlAnswer domain = m_curl->get(domainUrl(QStringLiteral("/readyz")), resolveDomain());
            if (domain.node == QLatin1String("M3") && domain.status == 500)
                ++domainOnM3;
            else if (domain.status == 200 && domain.node != QLatin1String("M3"))
                ++domainOk;
            else
                QFAIL(qPrintable(domain.describe()));
        }
        qInfo("domain: %d of 15 new connections answered 500 by M3, %d answered 200 by M1/M2", domainOnM3,
              domainOk);
        QVERIFY(domainOnM3 >= 1);
        QVERIFY(domainOk >= 1);

        // The survivors serve; M3's apiserver cannot list without storage; kubelet removed the etcd-M3 pod.
        const CurlAnswer pods = m_curl->get(
            nodeUrl(0, QStringLiteral("/api/v1/namespaces/kube-system/pods?labelSelector=component%3Detcd")));
        QCOMPARE(QJsonDocument::fromJson(pods.body).object().value(QStringLiteral("items")).toArray().size(),
                 2);
        QCOMPARE(m_curl->get(nodeUrl(2, QStringLiteral("/api/v1/namespaces/kube-system/pods"))).status, 503);
        const CurlAnswer write = m_curl->request(
            QStringLiteral("POST"), vipUrl(QStringLiteral("/api/v1/namespaces/default/configmaps")),
            R"({"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"during-drill"}})");
        QVERIFY2(write.status == 201, qPrintable(write.describe()));

        // Back: M3 answers again, returns to the VIP after rise × inter, and every way in is all 200.
        sinceStop.restart();
        QVERIFY2(m_lab->startMember(2, &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(m_curl->get(nodeUrl(2, QStringLiteral("/readyz"))).status == 200, 20000);
        const qint64 readyMs = sinceStop.elapsed();
        const QList<QJsonObject> events = readGroundTruth(m_lab->dir());
        const qsizetype unready =
            findEvent(events, QStringLiteral("M3"), QStringLiteral("apiserver"), QStringLiteral("unready"));
        QVERIFY(findEvent(events, QStringLiteral("M3"), QStringLiteral("apiserver"), QStringLiteral("ready"),
                          unready + 1) > unready);
        QElapsedTimer back;
        back.start();
        CurlAnswer vip;
        while ((vip = m_curl->get(vipUrl(QStringLiteral("/readyz")))).node != QLatin1String("M3") &&
               back.elapsed() < kRise * kInterMs + 5000)
            QThread::msleep(20);
        QVERIFY2(vip.node == QLatin1String("M3"),
                 qPrintable(QStringLiteral("M3 did not return to the VIP; last answer %1; haproxy.log:\n%2")
                                .arg(vip.describe(), haproxyLogTail())));
        qInfo("M3 ready %lld ms after its manifest came back, in the VIP again after %lld ms (rise x inter = "
              "%d ms)",
              readyMs, sinceStop.elapsed(), kRise * kInterMs);
        QSet<QString> viaDomain;
        for (int i = 0; i < 9; ++i) {
            const CurlAnswer domain = m_curl->get(domainUrl(QStringLiteral("/readyz")), resolveDomain());
            QVERIFY2(domain.status == 200, qPrintable(domain.describe()));
            viaDomain << domain.node;
        }
        QCOMPARE(viaDomain, (QSet<QString>{"M1", "M2", "M3"}));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(m_curl->get(nodeUrl(i, QStringLiteral("/readyz"))).status, 200);
        QCOMPARE(processOf(node(2), QStringLiteral("apiserver")).value(QStringLiteral("pid")).toInteger(),
                 m3Apiserver);
    }

    void crashedLoadBalancerIsRestarted()
    {
        const qint64 haproxy =
            processOf(QString(), QStringLiteral("haproxy")).value(QStringLiteral("pid")).toInteger();
        QVERIFY(haproxy > 0);
        QCOMPARE(::kill(pid_t(haproxy), SIGKILL), 0);
        qint64 restarted = 0;
        QTRY_VERIFY_WITH_TIMEOUT(
            (restarted =
                 processOf(QString(), QStringLiteral("haproxy")).value(QStringLiteral("pid")).toInteger()) >
                    0 &&
                restarted != haproxy,
            5000);
        const QList<QJsonObject> events = readGroundTruth(m_lab->dir());
        QVERIFY(findEvent(events, QString(), QStringLiteral("haproxy"), QStringLiteral("exited")) >= 0);
        QTRY_VERIFY_WITH_TIMEOUT(m_curl->get(vipUrl(QStringLiteral("/readyz"))).status == 200, 5000);
    }

    void takenVipPortIsNamed()
    {
        // Another lab's plan on the same range: its VIP port is taken, which lab up checks before starting.
        QTemporaryDir other;
        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress(QStringLiteral("127.0.24.130")), 6443));
        const ProcessResult result = TestProcess::cli(
            {QStringLiteral("lab"), QStringLiteral("up"), QStringLiteral("--dir"), other.path(),
             QStringLiteral("--base-address"), QStringLiteral("127.0.24.31"), QStringLiteral("--watch-pid"),
             QString::number(QCoreApplication::applicationPid())});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("127.0.24.130:6443 (VIP (haproxy))")),
                 qPrintable(result.all()));
        QVERIFY(TestProcess::processesMentioning(other.path()).isEmpty());
    }

    void downLeavesNothing()
    {
        QList<qint64> pids;
        for (const QJsonValue& value : statusJson().value(QStringLiteral("processes")).toArray())
            pids << value.toObject().value(QStringLiteral("pid")).toInteger();
        QCOMPARE(pids.size(), 9);
        QVERIFY(!pids.contains(0));
        QElapsedTimer timer;
        timer.start();
        const ProcessResult down = TestProcess::cli(
            {QStringLiteral("lab"), QStringLiteral("down"), QStringLiteral("--dir"), m_lab->dir()});
        QVERIFY2(down.exitCode == 0, qPrintable(down.all()));
        qInfo("lab down took %lld ms", timer.elapsed());
        for (qint64 pid : std::as_const(pids))
            QVERIFY2(!TestProcess::isAlive(pid),
                     qPrintable(QStringLiteral("pid %1 survived lab down").arg(pid)));
        QVERIFY(TestProcess::processesMentioning(m_lab->dir()).isEmpty());
        int exitCode = -1;
        statusJson(&exitCode);
        QCOMPARE(exitCode, 2);
    }

private:
    QString haproxyLogTail() const
    {
        QFile log(m_lab->dir() + QStringLiteral("/haproxy/haproxy.log"));
        if (!log.open(QIODevice::ReadOnly))
            return log.errorString();
        QStringList lines;
        for (const QByteArray& line : log.readAll().split('\n')) {
            if (!line.contains("apiserver-vip")) // the per-connection lines
                lines << QString::fromUtf8(line);
        }
        return lines.mid(std::max<qsizetype>(0, lines.size() - 15)).join(QLatin1Char('\n'));
    }

    // etcdctl's simple output: "endpoint, id, version, db size, is leader, is learner, …" and
    // "id, status, name, peer urls, client urls, is learner".
    bool moveLeadershipAwayFrom(int index) const
    {
        const QStringList endpoint = {m_lab->endpoint(index)};
        const ProcessResult status =
            m_lab->etcdctl({QStringLiteral("endpoint"), QStringLiteral("status")}, endpoint);
        const QStringList fields = status.out.trimmed().split(QStringLiteral(", "));
        if (status.exitCode != 0 || fields.size() < 5) {
            qWarning("etcdctl endpoint status: %s", qPrintable(status.all()));
            return false;
        }
        if (fields.at(4) != QLatin1String("true"))
            return true;
        const ProcessResult members = m_lab->etcdctl({QStringLiteral("member"), QStringLiteral("list")});
        QString target;
        for (const QString& line : members.out.split(QLatin1Char('\n'))) {
            const QStringList member = line.split(QStringLiteral(", "));
            if (member.size() > 2 && member.at(2) == node((index + 1) % 3))
                target = member.at(0);
        }
        const ProcessResult moved = m_lab->etcdctl({QStringLiteral("move-leader"), target}, endpoint);
        qInfo("%s led the cluster; moved leadership to %s: %s", qPrintable(node(index)),
              qPrintable(node((index + 1) % 3)), qPrintable(moved.out.trimmed()));
        return moved.exitCode == 0;
    }

    QJsonObject statusJson(int* exitCode = nullptr) const
    {
        const ProcessResult result =
            TestProcess::cli({QStringLiteral("lab"), QStringLiteral("status"), QStringLiteral("--dir"),
                              m_lab->dir(), QStringLiteral("--json")});
        if (exitCode)
            *exitCode = result.exitCode;
        return QJsonDocument::fromJson(result.out.toUtf8()).object();
    }

    QJsonObject processOf(const QString& nodeName, const QString& kind) const
    {
        for (const QJsonValue& value : statusJson().value(QStringLiteral("processes")).toArray()) {
            const QJsonObject process = value.toObject();
            if (process.value(QStringLiteral("node")).toString() == nodeName &&
                process.value(QStringLiteral("kind")).toString() == kind)
                return process;
        }
        return {};
    }

    std::unique_ptr<LabFixture> m_lab;
    std::unique_ptr<CurlClient> m_curl;
};

QTEST_GUILESS_MAIN(TestLabControlPlane)
#include "TestLabControlPlane.moc"
