// The lab's value types without processes: the address plan and its validation, the etcd command line,
// lab.json, the static pod manifest (round trip and error positions), ground truth lines, state.json and the
// /proc command-line matching that decides which pids the lab may kill.
#include "GroundTruthEvent.h"
#include "Lab.h"
#include "LabLayout.h"
#include "LabProcessFinder.h"
#include "LabState.h"
#include "StaticPodManifest.h"

#include <QTemporaryDir>
#include <QTest>

using namespace etcddrill;

class TestLabLayout : public QObject
{
    Q_OBJECT

private slots:
    void addressPlan()
    {
        LabLayout layout;
        layout.dir = QStringLiteral("/tmp/lab");
        QVERIFY(layout.validate(nullptr));
        QCOMPARE(layout.nodeName(0), QStringLiteral("M1"));
        QCOMPARE(layout.nodeAddress(0), QStringLiteral("127.0.10.1"));
        QCOMPARE(layout.nodeAddress(2), QStringLiteral("127.0.10.3"));
        QCOMPARE(layout.vipAddress(), QStringLiteral("127.0.10.100"));
        QCOMPARE(layout.domainAddress(), QStringLiteral("127.0.10.101"));
        QCOMPARE(layout.etcdClientUrl(1), QStringLiteral("https://127.0.10.2:2379"));
        QCOMPARE(layout.indexOfNode(QStringLiteral("M3")), 2);
        QCOMPARE(layout.indexOfNode(QStringLiteral("M4")), -1);
        QCOMPARE(layout.initialCluster(),
                 QStringLiteral("M1=https://127.0.10.1:2380,M2=https://127.0.10.2:2380,"
                                "M3=https://127.0.10.3:2380"));
        QCOMPARE(layout.etcdBindings().size(), 9);

        layout.portOffset = 100;
        layout.baseAddress = QStringLiteral("127.0.22.40");
        QCOMPARE(layout.etcdPeerUrl(2), QStringLiteral("https://127.0.22.42:2480"));
        QCOMPARE(layout.etcdMetricsUrl(0), QStringLiteral("http://127.0.22.40:2481"));
        QCOMPARE(layout.apiserverPort(), 6543);
        QCOMPARE(layout.manifestFile(2), QStringLiteral("/tmp/lab/M3/manifests/etcd.yaml"));
        QCOMPARE(layout.backupDir(2), QStringLiteral("/tmp/lab/M3/etcd-backup"));
        QCOMPARE(layout.serverCertFile(0), QStringLiteral("/tmp/lab/pki/etcd/M1/server.crt"));
        QCOMPARE(layout.clientKeyFile(), QStringLiteral("/tmp/lab/pki/etcd/healthcheck-client.key"));
    }

    void validation_data()
    {
        QTest::addColumn<QString>("dir");
        QTest::addColumn<QString>("base");
        QTest::addColumn<int>("members");
        QTest::addColumn<int>("offset");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("relative dir") << "lab"
                                      << "127.0.10.1" << 3 << 0 << "absolute";
        QTest::newRow("not loopback") << "/l"
                                      << "10.0.0.1" << 3 << 0 << "loopback";
        QTest::newRow("not an address") << "/l"
                                        << "localhost" << 3 << 0 << "IPv4";
        QTest::newRow("no room for domain") << "/l"
                                            << "127.0.10.200" << 3 << 0 << "154";
        QTest::newRow("even members") << "/l"
                                      << "127.0.10.1" << 4 << 0 << "--members";
        QTest::newRow("negative offset") << "/l"
                                         << "127.0.10.1" << 3 << -1 << "--port-offset";
        QTest::newRow("offset too big") << "/l"
                                        << "127.0.10.1" << 3 << 60000 << "--port-offset";
    }

    void validation()
    {
        QFETCH(QString, dir);
        QFETCH(QString, base);
        QFETCH(int, members);
        QFETCH(int, offset);
        QFETCH(QString, mentions);
        LabLayout layout;
        layout.dir = dir;
        layout.baseAddress = base;
        layout.members = members;
        layout.portOffset = offset;
        QString error;
        QVERIFY(!layout.validate(&error));
        QVERIFY2(error.contains(mentions), qPrintable(error));
    }

    void etcdCommandHasTheKubeadmFlags()
    {
        LabLayout layout;
        layout.dir = QStringLiteral("/tmp/lab");
        layout.clusterToken = QStringLiteral("tok");
        layout.etcdBinary = QStringLiteral("/usr/bin/etcd");
        const QStringList command = layout.etcdCommand(1);
        QCOMPARE(command.first(), QStringLiteral("/usr/bin/etcd"));
        for (const QString& flag :
             {QStringLiteral("--name=M2"), QStringLiteral("--data-dir=/tmp/lab/M2/data"),
              QStringLiteral("--listen-client-urls=https://127.0.10.2:2379"),
              QStringLiteral("--advertise-client-urls=https://127.0.10.2:2379"),
              QStringLiteral("--listen-peer-urls=https://127.0.10.2:2380"),
              QStringLiteral("--initial-advertise-peer-urls=https://127.0.10.2:2380"),
              QStringLiteral("--initial-cluster-state=new"), QStringLiteral("--initial-cluster-token=tok"),
              QStringLiteral("--client-cert-auth=true"), QStringLiteral("--peer-client-cert-auth=true"),
              QStringLiteral("--trusted-ca-file=/tmp/lab/pki/etcd/ca.crt"),
              QStringLiteral("--peer-cert-file=/tmp/lab/pki/etcd/M2/peer.crt"),
              QStringLiteral("--listen-metrics-urls=http://127.0.10.2:2381")})
            QVERIFY2(command.contains(flag), qPrintable(flag));
    }

    void controlPlanePlan()
    {
        LabLayout layout;
        layout.dir = QStringLiteral("/tmp/lab");
        layout.apiserverBinary = QStringLiteral("/usr/bin/etcd-drill-lab-apiserver");
        layout.haproxyBinary = QStringLiteral("/usr/sbin/haproxy");
        layout.nginxBinary = QStringLiteral("/usr/sbin/nginx");
        QCOMPARE(layout.apiserverUrl(1), QStringLiteral("https://127.0.10.2:6443"));
        QCOMPARE(layout.vipUrl(), QStringLiteral("https://127.0.10.100:6443"));
        QCOMPARE(layout.domainUrl(), QStringLiteral("https://k8s.lab.etcd-drill.test:6443"));
        // etcd's 9, an apiserver per node, the VIP and the domain.
        const QList<LabBinding> bindings = layout.bindings();
        QCOMPARE(bindings.size(), 9 + 3 + 2);
        QCOMPARE(bindings.last().address, QStringLiteral("127.0.10.101"));
        QCOMPARE(bindings.last().port, 6443);

        const QList<StaticPodSpec> pods = layout.staticPods();
        QStringList order;
        for (const StaticPodSpec& pod : pods)
            order << (pod.node.isEmpty() ? QStringLiteral("-") : pod.node) + QLatin1Char('/') + pod.kind;
        QCOMPARE(order, (QStringList{"M1/etcd", "M1/apiserver", "M2/etcd", "M2/apiserver", "M3/etcd",
                                     "M3/apiserver", "-/haproxy", "-/nginx"}));
        QCOMPARE(pods.at(3).manifestFile, QStringLiteral("/tmp/lab/M2/manifests/kube-apiserver.yaml"));
        QCOMPARE(pods.at(3).address, QStringLiteral("127.0.10.2:6443"));
        QCOMPARE(pods.at(6).manifestFile, QStringLiteral("/tmp/lab/manifests/haproxy.yaml"));
        QCOMPARE(pods.at(6).address, QStringLiteral("127.0.10.100:6443"));
        QCOMPARE(pods.at(7).logFile, QStringLiteral("/tmp/lab/nginx/nginx.log"));

        const QStringList apiserver = layout.apiserverCommand(1);
        QCOMPARE(apiserver.first(), layout.apiserverBinary);
        for (const QString& flag : {QStringLiteral("--node=M2"), QStringLiteral("--listen=127.0.10.2:6443"),
                                    QStringLiteral("--etcd=https://127.0.10.2:2379"),
                                    QStringLiteral("--ca=/tmp/lab/pki/etcd/ca.crt"),
                                    QStringLiteral("--cert=/tmp/lab/pki/M2/apiserver-etcd-client.crt"),
                                    QStringLiteral("--tls-cert=/tmp/lab/pki/M2/apiserver.crt"),
                                    QStringLiteral("--token-file=/tmp/lab/pki/apiserver-token"),
                                    QStringLiteral("--state-file=/tmp/lab/state.json"),
                                    QStringLiteral("--ground-truth=/tmp/lab/ground-truth.jsonl")})
            QVERIFY2(apiserver.contains(flag), qPrintable(flag));
        QCOMPARE(layout.haproxyCommand(),
                 (QStringList{"/usr/sbin/haproxy", "-db", "-f", "/tmp/lab/haproxy/haproxy.cfg"}));
        QCOMPARE(layout.nginxCommand().mid(0, 5), (QStringList{"/usr/sbin/nginx", "-p", "/tmp/lab/nginx/",
                                                               "-c", "/tmp/lab/nginx/nginx.conf"}));

        // Every kind of pod is recognised by its own files, and only this lab's.
        QVERIFY(LabProcessFinder::isPodOf(apiserver, layout, QStringLiteral("apiserver")));
        QVERIFY(LabProcessFinder::isPodOf(layout.haproxyCommand(), layout, QStringLiteral("haproxy")));
        QVERIFY(LabProcessFinder::isPodOf(layout.nginxCommand(), layout, QStringLiteral("nginx")));
        QVERIFY(LabProcessFinder::isPodOf(
            QStringList{QStringLiteral("nginx: master process /usr/sbin/nginx -p /tmp/lab/nginx/ -c "
                                       "/tmp/lab/nginx/nginx.conf")},
            layout, QStringLiteral("nginx")));
        QVERIFY(!LabProcessFinder::isPodOf(layout.haproxyCommand(), layout, QStringLiteral("nginx")));
        LabLayout other = layout;
        other.dir = QStringLiteral("/tmp/lab2");
        QVERIFY(!LabProcessFinder::isAnyPodOf(apiserver, other));
        QVERIFY(!LabProcessFinder::isAnyPodOf(layout.haproxyCommand(), other));
        QVERIFY(LabProcessFinder::isAnyPodOf(layout.etcdCommand(0), layout));
    }

    void haproxyOptionsAreValidated()
    {
        LabLayout layout;
        layout.dir = QStringLiteral("/tmp/lab");
        QString error;
        layout.haproxyInter = std::chrono::milliseconds(50);
        QVERIFY(!layout.validate(&error));
        QVERIFY2(error.contains(QStringLiteral("--haproxy-inter")), qPrintable(error));
        layout.haproxyInter = std::chrono::milliseconds(1000);
        layout.haproxyFall = 0;
        QVERIFY(!layout.validate(&error));
        QVERIFY2(error.contains(QStringLiteral("--haproxy-fall")), qPrintable(error));
        layout.haproxyFall = 2;
        QVERIFY(layout.validate(&error));
    }

    void layoutFileRoundTrip()
    {
        QTemporaryDir dir;
        LabLayout layout;
        layout.dir = dir.path();
        layout.baseAddress = QStringLiteral("127.0.22.50");
        layout.members = 5;
        layout.portOffset = 7;
        layout.clusterToken = QStringLiteral("t");
        layout.etcdBinary = QStringLiteral("/usr/bin/etcd");
        layout.apiserverBinary = QStringLiteral("/usr/bin/etcd-drill-lab-apiserver");
        layout.haproxyBinary = QStringLiteral("/usr/sbin/haproxy");
        layout.nginxBinary = QStringLiteral("/usr/sbin/nginx");
        layout.haproxyInter = std::chrono::milliseconds(1500);
        layout.haproxyFall = 3;
        layout.haproxyRise = 4;
        QString error;
        QVERIFY2(layout.save(&error), qPrintable(error));
        const auto loaded = LabLayout::load(dir.path(), &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(*loaded, layout);

        QVERIFY(!LabLayout::load(dir.path() + QStringLiteral("/nowhere"), &error));
        QVERIFY2(error.contains(QStringLiteral("no lab")), qPrintable(error));
    }

    void manifestRoundTrip()
    {
        StaticPodManifest manifest;
        manifest.podName = QStringLiteral("etcd-M1");
        manifest.labels = {{QStringLiteral("component"), QStringLiteral("etcd")}};
        manifest.containerName = QStringLiteral("etcd");
        manifest.command = {QStringLiteral("/usr/bin/etcd"), QStringLiteral("--name=M1"),
                            QStringLiteral("--initial-cluster=M1=https://127.0.0.1:2380"),
                            QStringLiteral("a: b # c")};
        const QByteArray yaml = manifest.toYaml();
        QVERIFY(yaml.contains("kind: Pod"));
        QVERIFY(yaml.contains("namespace: kube-system"));
        QString error;
        const auto parsed = StaticPodManifest::parse(yaml, QStringLiteral("etcd.yaml"), &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(*parsed, manifest);
    }

    void manifestErrors_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("syntax") << QByteArray("kind: Pod\nspec:\n  containers: [\n") << "etcd.yaml:";
        QTest::newRow("not a pod") << QByteArray("kind: Deployment\n") << "kind must be Pod";
        QTest::newRow("no containers") << QByteArray("kind: Pod\nspec: {}\n") << "spec.containers";
        QTest::newRow("no command")
            << QByteArray("kind: Pod\nspec:\n  containers:\n    - name: etcd\n      image: x\n") << "command";
        QTest::newRow("nested arg") << QByteArray(
                                           "kind: Pod\nspec:\n  containers:\n    - command:\n      - [a]\n")
                                    << "etcd.yaml:5";
    }

    void manifestErrors()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, mentions);
        QString error;
        QVERIFY(!StaticPodManifest::parse(yaml, QStringLiteral("etcd.yaml"), &error));
        QVERIFY2(error.contains(mentions), qPrintable(error));
    }

    void groundTruthLine()
    {
        const GroundTruthEvent event =
            GroundTruthEvent::now(QStringLiteral("M3"), QStringLiteral("etcd"), QStringLiteral("stopped"),
                                  4242, QStringLiteral("say \"why\"\n"));
        const QByteArray line = event.toJsonLine();
        QVERIFY(!line.contains('\n'));
        QVERIFY2(line.startsWith("{\"time\":\""), line.constData());
        QVERIFY(line.contains("\"mono_ms\":"));
        const auto parsed = GroundTruthEvent::fromJsonLine(line);
        QVERIFY(parsed);
        QCOMPARE(parsed->node, QStringLiteral("M3"));
        QCOMPARE(parsed->event, QStringLiteral("stopped"));
        QCOMPARE(parsed->pid, 4242);
        QCOMPARE(parsed->monoMs, event.monoMs);
        QCOMPARE(parsed->detail, event.detail);
        QCOMPARE(parsed->time.toMSecsSinceEpoch(), event.time.toMSecsSinceEpoch());
        QVERIFY(!GroundTruthEvent::fromJsonLine("not json"));
    }

    void stateFileRoundTrip()
    {
        QTemporaryDir dir;
        LabState state;
        state.supervisorPid = 12;
        state.updated = QDateTime::currentDateTimeUtc();
        LabProcessState member;
        member.node = QStringLiteral("M1");
        member.kind = QStringLiteral("etcd");
        member.pid = 13;
        member.address = QStringLiteral("127.0.10.1:2379");
        member.state = LabProcessState::State::Stopping;
        member.detail = QStringLiteral("manifest removed");
        state.processes = {member};
        QString error;
        QVERIFY2(state.write(dir.filePath(QStringLiteral("state.json")), &error), qPrintable(error));
        const auto read = LabState::read(dir.filePath(QStringLiteral("state.json")), &error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(read->supervisorPid, 12);
        QCOMPARE(read->processes.size(), 1);
        QCOMPARE(read->processes.first(), member);
    }

    void processMatching()
    {
        LabLayout layout;
        layout.dir = QStringLiteral("/tmp/lab");
        const QString dir = layout.dir;
        QVERIFY(LabProcessFinder::isSupervisorOf(
            QStringList{QStringLiteral("/usr/bin/etcd-drill-cli"), QStringLiteral("lab"),
                        QStringLiteral("supervise"), QStringLiteral("--dir"), dir},
            dir));
        QVERIFY(!LabProcessFinder::isSupervisorOf(
            QStringList{QStringLiteral("etcd-drill-cli"), QStringLiteral("lab"), QStringLiteral("supervise"),
                        QStringLiteral("--dir"), dir + QStringLiteral("2")},
            dir));
        QVERIFY(!LabProcessFinder::isSupervisorOf(
            QStringList{QStringLiteral("vim"), QStringLiteral("--dir"), dir}, dir));
        QVERIFY(LabProcessFinder::isEtcdOf(
            QStringList{QStringLiteral("/usr/bin/etcd"), QStringLiteral("--data-dir=/tmp/lab/M2/data")},
            layout));
        QVERIFY(!LabProcessFinder::isEtcdOf(
            QStringList{QStringLiteral("/usr/bin/etcd"), QStringLiteral("--data-dir=/tmp/lab2/M2/data")},
            layout));
        QVERIFY(!LabProcessFinder::isEtcdOf(
            QStringList{QStringLiteral("/usr/bin/less"), QStringLiteral("--data-dir=/tmp/lab/M2/data")},
            layout));
        QVERIFY(!LabProcessFinder::isAlive(0));
        QVERIFY(LabProcessFinder::isAlive(QCoreApplication::applicationPid()));
    }

    void drillConfigForTheLab()
    {
        LabLayout layout;
        layout.dir = QStringLiteral("/tmp/lab");
        const DrillConfig config = Lab::drillConfig(layout);
        QCOMPARE(config.clusterName, QStringLiteral("lab"));
        QCOMPARE(config.nodes.size(), 3);
        QCOMPARE(config.nodes.at(2).name, QStringLiteral("M3"));
        QCOMPARE(config.nodes.at(2).etcdEndpoint, QStringLiteral("https://127.0.10.3:2379"));
        QCOMPARE(config.nodes.at(2).manifest, QStringLiteral("/tmp/lab/M3/manifests/etcd.yaml"));
        QCOMPARE(config.nodes.at(2).backupDir, QStringLiteral("/tmp/lab/M3/etcd-backup"));
        QCOMPARE(config.etcd.tls.certFile, QStringLiteral("/tmp/lab/pki/etcd/healthcheck-client.crt"));
        QCOMPARE(config.nodes.at(2).apiserverUrl, QStringLiteral("https://127.0.10.3:6443"));
        QCOMPARE(config.apiserver.tls.caFile, QStringLiteral("/tmp/lab/pki/ca.crt"));
        QCOMPARE(config.apiserver.tokenFile, QStringLiteral("/tmp/lab/pki/apiserver-token"));
        QVERIFY(config.probes.nodeApiservers);
        QCOMPARE(config.probes.targets.size(), 2);
        QCOMPARE(config.probes.targets.at(1).resolveAddress, QStringLiteral("127.0.10.101"));
        QCOMPARE(config.drill.targetNode, QStringLiteral("M3"));
    }
};

QTEST_GUILESS_MAIN(TestLabLayout)
#include "TestLabLayout.moc"
