// ConfigLoader and ConfigWriter for the sections beyond etcd and nodes: apiserver, probes and drill, and the
// per-node manifest/backup-dir overrides. Every class of error with its exact place and message, the
// defaults, path resolution, the cross-section checks (drill target, ssh, fault keys, target names) and the
// writer's round trip. TLS material is made per run in a temporary folder (CertificateAuthority).
#include "CertificateAuthority.h"
#include "ConfigLoader.h"
#include "ConfigWriter.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "TestFiles.h"

using namespace etcddrill;
using namespace std::chrono_literals;

namespace {

QString fixture(const QString& name)
{
    return etcddrill::test::TestFiles::fixture(QStringLiteral("config/") + name);
}

using etcddrill::test::TestFiles;
const auto readText = &TestFiles::readText;
const auto writeText = &TestFiles::writeText;

// Lines 1 to 11 of every snippet test: three plain-http nodes; M1 and M3 have an apiserver, only M2 has ssh.
// A snippet starts on line 12.
const char* const baseConfig = "cluster: lab\n"
                               "nodes:\n"
                               "  - name: M1\n"
                               "    etcd: http://192.0.2.11:2379\n"
                               "    apiserver: https://192.0.2.11:6443\n"
                               "  - name: M2\n"
                               "    etcd: http://192.0.2.12:2379\n"
                               "    ssh: root@192.0.2.12\n"
                               "  - name: M3\n"
                               "    etcd: http://192.0.2.13:2379\n"
                               "    apiserver: https://192.0.2.13:6443\n";

// The token the tests put into token files: it must never appear in a message.
const QByteArray secretToken = "SECRET-TOKEN-do-not-print";

} // namespace

class TestConfigLoaderDrill : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void sectionsAreOptionalAndHaveDefaults();
    void loadsEverySection();
    void resolvesHomeAndRelativeLocalPaths();
    void resolvesDrillTarget();
    void perNodeOverrides();

    void reportsSectionError_data();
    void reportsSectionError();
    void reportsEveryNodeWithoutSsh();
    void reportsDuplicateProbeTargetNames();
    void reportsTargetNameInWrongCase();
    void reportsAmbiguousRoleTarget();
    void reportsNodeOverrideErrors();
    void reportsUrlPasswordWithoutPrintingIt();
    void reportsInlineTokenWithoutPrintingIt();
    void checksApiserverFiles();
    void checksApiserverTlsFiles();
    void reportsJournalDirThatIsAFile();

    void exampleHasEverySection();
    void writerRoundTripsEverySection();
    void writerLeavesDefaultsPortable();

private:
    ConfigLoader isolatedLoader() const;
    ConfigLoadResult loadSnippet(const QString& snippet) const;
    ConfigLoadResult loadCopy(const QString& name) const;
    QString path(const QString& relative) const { return m_dir + u'/' + relative; }
    static void compareConfigs(const DrillConfig& actual, const DrillConfig& expected);

    QTemporaryDir m_temp;
    QString m_dir;
};

void TestConfigLoaderDrill::initTestCase()
{
    QVERIFY(m_temp.isValid());
    m_dir = QDir(m_temp.path()).canonicalPath();
    QVERIFY(QDir(m_dir).mkpath(QStringLiteral("pki")));
    QVERIFY(QDir(m_dir).mkpath(QStringLiteral("kube/a-folder")));

    QString error;
    const auto ca = CertificateAuthority::create(QStringLiteral("etcd-drill test CA"), &error);
    QVERIFY2(ca, qPrintable(error));
    QVERIFY2(ca->writeCa(path(QStringLiteral("pki/ca.crt")), path(QStringLiteral("pki/ca.key")), &error),
             qPrintable(error));
    CertificateRequest client;
    client.commonName = QStringLiteral("etcd-drill");
    client.clientAuth = true;
    QVERIFY2(ca->issue(client, path(QStringLiteral("pki/client.crt")), path(QStringLiteral("pki/client.key")),
                       &error),
             qPrintable(error));
    client.commonName = QStringLiteral("someone else");
    QVERIFY2(ca->issue(client, path(QStringLiteral("pki/other.crt")), path(QStringLiteral("pki/other.key")),
                       &error),
             qPrintable(error));

    // The loader only checks that a kubeconfig is a readable file; the probe engine parses it.
    QVERIFY(writeText(path(QStringLiteral("kube/admin.conf")), "apiVersion: v1\nkind: Config\n"));
    QVERIFY(writeText(path(QStringLiteral("kube/token")), secretToken + '\n'));
    QVERIFY(writeText(path(QStringLiteral("kube/empty-token")), QByteArray()));
    QVERIFY(writeText(path(QStringLiteral("journal-file")), "not a folder\n"));
}

ConfigLoader TestConfigLoaderDrill::isolatedLoader() const
{
    return ConfigLoader(QProcessEnvironment(), m_dir + QStringLiteral("/no-kubeadm"));
}

ConfigLoadResult TestConfigLoaderDrill::loadSnippet(const QString& snippet) const
{
    return isolatedLoader().loadFromString(QString::fromUtf8(baseConfig) + snippet,
                                           m_dir + QStringLiteral("/drill.yaml"));
}

ConfigLoadResult TestConfigLoaderDrill::loadCopy(const QString& name) const
{
    const QString copy = path(name);
    QFile::remove(copy);
    if (!QFile::copy(fixture(name), copy))
        qFatal("cannot copy fixture %s", qPrintable(name));
    return isolatedLoader().load(copy);
}

void TestConfigLoaderDrill::compareConfigs(const DrillConfig& actual, const DrillConfig& expected)
{
    QCOMPARE(actual.clusterName, expected.clusterName);
    QCOMPARE(actual.etcd.tls, expected.etcd.tls);
    QCOMPARE(actual.etcd.requestTimeout, expected.etcd.requestTimeout);
    QCOMPARE(actual.etcd.pollInterval, expected.etcd.pollInterval);
    QCOMPARE(actual.etcd.writeCheck, expected.etcd.writeCheck);
    QCOMPARE(actual.etcd.writePrefix, expected.etcd.writePrefix);
    QCOMPARE(actual.nodes.size(), expected.nodes.size());
    for (qsizetype i = 0; i < actual.nodes.size(); ++i)
        QVERIFY2(actual.nodes[i] == expected.nodes[i], qPrintable(actual.nodes[i].name));
    QVERIFY(actual.apiserver == expected.apiserver);
    QCOMPARE(actual.probes.targets.size(), expected.probes.targets.size());
    for (qsizetype i = 0; i < actual.probes.targets.size(); ++i)
        QVERIFY2(actual.probes.targets[i] == expected.probes.targets[i],
                 qPrintable(actual.probes.targets[i].name));
    QVERIFY(actual.probes == expected.probes);
    QCOMPARE(actual.drill.targetKind, expected.drill.targetKind);
    QCOMPARE(actual.drill.targetNode, expected.drill.targetNode);
    QCOMPARE(actual.drill.journalDir, expected.drill.journalDir);
    QVERIFY(actual.drill.hypothesis == expected.drill.hypothesis);
    QVERIFY(actual.drill == expected.drill);
}

// --- valid files ------------------------------------------------------------------------------------------

void TestConfigLoaderDrill::sectionsAreOptionalAndHaveDefaults()
{
    // Only cluster, etcd and nodes: what `status` needs. Everything else has its default.
    const ConfigLoadResult result = isolatedLoader().load(fixture(QStringLiteral("minimal.yaml")));
    QVERIFY2(result.ok(), qPrintable(result.errorText()));
    const DrillConfig& config = *result.config;

    QVERIFY(config.apiserver.isEmpty());

    const ProbeSettings& probes = config.probes;
    QCOMPARE(probes.interval, 100ms);
    QCOMPARE(probes.timeout, 1000ms);
    QCOMPARE(probes.outageThreshold, 1);
    QCOMPARE(probes.nodeApiservers, true);
    QCOMPARE(probes.nodeApiserverPath, QStringLiteral("/readyz"));
    QVERIFY(probes.targets.isEmpty());

    const DrillSettings& drill = config.drill;
    QCOMPARE(drill.targetKind, DrillSettings::TargetKind::Node);
    QCOMPARE(drill.targetNode, QStringLiteral("M1")); // the last (and only) node
    QCOMPARE(drill.fault, DrillSettings::Fault::StaticPod);
    QCOMPARE(drill.transport, DrillSettings::Transport::Local);
    QCOMPARE(drill.sudo, false);
    QCOMPARE(drill.manifest, QStringLiteral("/etc/kubernetes/manifests/etcd.yaml"));
    QCOMPARE(drill.backupDir, QStringLiteral("/root/etcd-drill-backup"));
    QVERIFY(drill.unit.isEmpty());
    QVERIFY(drill.stopCommand.isEmpty());
    QVERIFY(drill.startCommand.isEmpty());
    QCOMPARE(drill.sshConnectTimeout, 5000ms);
    QCOMPARE(drill.commandTimeout, 30000ms);
    QCOMPARE(drill.stopTimeout, 15000ms);
    QCOMPARE(drill.startTimeout, 60000ms);
    QCOMPARE(drill.observation, 60000ms);
    QCOMPARE(drill.settle, 10000ms);
    QCOMPARE(drill.maxIndexLag, qint64(50));
    QCOMPARE(drill.journalDir, QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                                   QStringLiteral("/etcd-drill/drills"));
    QCOMPARE(drill.journalDir, ConfigLoader::defaultJournalDir());
    QCOMPARE(drill.hypothesis.writeFailures, 0);
    QCOMPARE(drill.hypothesis.maxElection, 5000ms);
    QCOMPARE(drill.hypothesis.maxRecovery, 60000ms);

    QVERIFY(config.nodes[0].manifest.isEmpty());
    QVERIFY(config.nodes[0].backupDir.isEmpty());
    QCOMPARE(drill.manifestOn(config.nodes[0]), drill.manifest);

    // Empty sections are the same as none, except apiserver (below, an error).
    const ConfigLoadResult empty = loadSnippet(QStringLiteral("probes: {}\ndrill: {}\n"));
    QVERIFY2(empty.ok(), qPrintable(empty.errorText()));
    QCOMPARE(empty.config->drill.targetNode, QStringLiteral("M3"));
    QVERIFY(empty.config->probes == ProbeSettings());

    // A config from ETCDCTL_* variables gets the same drill defaults.
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("ETCDCTL_ENDPOINTS"),
                       QStringLiteral("http://192.0.2.11:2379,http://192.0.2.12:2379"));
    const ConfigLoadResult fromEnvironment =
        ConfigLoader(environment, path(QStringLiteral("none"))).fromEnvironment();
    QVERIFY2(fromEnvironment.ok(), qPrintable(fromEnvironment.errorText()));
    QCOMPARE(fromEnvironment.config->drill.targetNode, QStringLiteral("192.0.2.12"));
    QCOMPARE(fromEnvironment.config->drill.journalDir, ConfigLoader::defaultJournalDir());
}

void TestConfigLoaderDrill::loadsEverySection()
{
    const ConfigLoadResult result = loadCopy(QStringLiteral("drill-full.yaml"));
    QVERIFY2(result.ok(), qPrintable(result.errorText()));
    const DrillConfig& config = *result.config;

    const ApiserverSettings& apiserver = config.apiserver;
    QCOMPARE(apiserver.kubeconfig, path(QStringLiteral("kube/admin.conf")));
    QCOMPARE(apiserver.context, QStringLiteral("kubernetes-admin@prod-east"));
    QCOMPARE(apiserver.tls,
             (TlsFiles{path(QStringLiteral("pki/ca.crt")), path(QStringLiteral("pki/client.crt")),
                       path(QStringLiteral("pki/client.key"))}));
    QCOMPARE(apiserver.tokenFile, path(QStringLiteral("kube/token")));

    const ProbeSettings& probes = config.probes;
    QCOMPARE(probes.interval, 200ms);
    QCOMPARE(probes.timeout, 2000ms);
    QCOMPARE(probes.outageThreshold, 3);
    QCOMPARE(probes.nodeApiservers, false);
    QCOMPARE(probes.nodeApiserverPath, QStringLiteral("/livez"));
    QCOMPARE(probes.targets.size(), 2);
    const ProbeTargetConfig& vip = probes.targets[0];
    QCOMPARE(vip.name, QStringLiteral("vip"));
    QCOMPARE(vip.url, QStringLiteral("https://192.0.2.100:6443/readyz"));
    QVERIFY(vip.interval == 50ms);
    QVERIFY(vip.timeout == 500ms);
    QCOMPARE(vip.keepAlive, true);
    QCOMPARE(vip.resolveAddress, QStringLiteral("192.0.2.101"));
    QVERIFY(vip.maxOutage == 5000ms);
    QVERIFY(vip.abortOutage == 120000ms);
    QCOMPARE(vip.line, 37);
    const ProbeTargetConfig& domain = probes.targets[1];
    QCOMPARE(domain.url, QStringLiteral("https://k8s.example.com:6443/readyz?verbose"));
    QVERIFY(!domain.interval && !domain.timeout && !domain.maxOutage && !domain.abortOutage);
    QCOMPARE(domain.keepAlive, false);
    QVERIFY(domain.resolveAddress.isEmpty());
    QCOMPARE(probes.intervalOf(vip), 50ms);
    QCOMPARE(probes.intervalOf(domain), 200ms); // inherited
    QCOMPARE(probes.timeoutOf(domain), 2000ms);

    const DrillSettings& drill = config.drill;
    QCOMPARE(drill.targetKind, DrillSettings::TargetKind::Leader);
    QVERIFY(drill.targetNode.isEmpty());
    QCOMPARE(drill.fault, DrillSettings::Fault::Command);
    QCOMPARE(drill.transport, DrillSettings::Transport::Ssh);
    QCOMPARE(drill.sudo, true);
    QCOMPARE(drill.manifest, QStringLiteral("/etc/kubernetes/manifests/etcd.yaml"));
    QCOMPARE(drill.backupDir, QStringLiteral("/var/backups/etcd-drill"));
    QCOMPARE(drill.unit, QStringLiteral("etcd.service"));
    QCOMPARE(drill.stopCommand, QStringLiteral("crictl stop $(crictl ps -q --name etcd)"));
    QCOMPARE(drill.startCommand, QStringLiteral("systemctl restart kubelet"));
    QCOMPARE(drill.sshConnectTimeout, 10000ms);
    QCOMPARE(drill.commandTimeout, 60000ms);
    QCOMPARE(drill.stopTimeout, 20000ms);
    QCOMPARE(drill.startTimeout, 120000ms);
    QCOMPARE(drill.observation, 300000ms);
    QCOMPARE(drill.settle, 30000ms);
    QCOMPARE(drill.maxIndexLag, qint64(100));
    QCOMPARE(drill.journalDir, path(QStringLiteral("journal"))); // need not exist yet
    QCOMPARE(drill.hypothesis.writeFailures, 2);
    QCOMPARE(drill.hypothesis.maxElection, 3000ms);
    QCOMPARE(drill.hypothesis.maxRecovery, 90000ms);
    QCOMPARE(drill.workload.rate, 100);
    QCOMPARE(drill.hypothesis.lostWrites, 3);
    QCOMPARE(drill.hypothesis.hashesAgree, false);

    QCOMPARE(config.nodes[1].manifest, QStringLiteral("/srv/kubelet/manifests/etcd.yaml"));
    QCOMPARE(config.nodes[1].backupDir, QStringLiteral("/srv/etcd-drill-backup"));
}

void TestConfigLoaderDrill::resolvesHomeAndRelativeLocalPaths()
{
    // "~/" is the HOME of the environment the loader was given, relative paths start at the file's folder
    // (not at the working directory).
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("HOME"), m_dir + QStringLiteral("/kube"));
    const ConfigLoader loader(environment, path(QStringLiteral("none")));
    const QString cwd = QDir::currentPath();
    QVERIFY(QDir::setCurrent(QDir::rootPath()));
    const ConfigLoadResult result =
        loader.loadFromString(QString::fromUtf8(baseConfig) + QStringLiteral("apiserver:\n"
                                                                             "  kubeconfig: ~/admin.conf\n"
                                                                             "  token-file: ../token\n"
                                                                             "drill:\n"
                                                                             "  journal-dir: ~/journals\n"),
                              m_dir + QStringLiteral("/kube/a-folder/drill.yaml"));
    QDir::setCurrent(cwd);
    QVERIFY2(result.ok(), qPrintable(result.errorText()));
    QCOMPARE(result.config->apiserver.kubeconfig, path(QStringLiteral("kube/admin.conf")));
    QCOMPARE(result.config->apiserver.tokenFile, path(QStringLiteral("kube/token")));
    QCOMPARE(result.config->drill.journalDir, path(QStringLiteral("kube/journals")));

    // Paths on the node are kept as written: never resolved against this machine.
    const ConfigLoadResult node = loadSnippet(QStringLiteral("drill:\n  manifest: /x/../etc/etcd.yaml\n"));
    QVERIFY2(node.ok(), qPrintable(node.errorText()));
    QCOMPARE(node.config->drill.manifest, QStringLiteral("/x/../etc/etcd.yaml"));
}

void TestConfigLoaderDrill::resolvesDrillTarget()
{
    auto target = [&](const char* snippet) {
        const ConfigLoadResult result = loadSnippet(QString::fromUtf8(snippet));
        if (!result.ok())
            qWarning("%s", qPrintable(result.errorText()));
        return result.ok() ? std::pair{result.config->drill.targetKind, result.config->drill.targetNode}
                           : std::pair{DrillSettings::TargetKind::Node, QStringLiteral("<error>")};
    };
    QCOMPARE(target(""), std::pair(DrillSettings::TargetKind::Node, QStringLiteral("M3")));
    QCOMPARE(target("drill:\n  target: M2\n"),
             std::pair(DrillSettings::TargetKind::Node, QStringLiteral("M2")));
    QCOMPARE(target("drill:\n  target: leader\n"), std::pair(DrillSettings::TargetKind::Leader, QString()));
    QCOMPARE(target("drill:\n  target: follower\n"),
             std::pair(DrillSettings::TargetKind::Follower, QString()));
    // ssh is needed on the target only: M2 has it.
    QCOMPARE(target("drill:\n  target: M2\n  transport: ssh\n"),
             std::pair(DrillSettings::TargetKind::Node, QStringLiteral("M2")));
}

void TestConfigLoaderDrill::perNodeOverrides()
{
    const QString text = QStringLiteral("cluster: lab\n"
                                        "nodes:\n"
                                        "  - name: M1\n"
                                        "    etcd: http://192.0.2.11:2379\n"
                                        "    manifest: /var/lib/kubelet/manifests/etcd.yaml\n"
                                        "  - name: M2\n"
                                        "    etcd: http://192.0.2.12:2379\n"
                                        "    backup-dir: /home/ops/etcd-backup\n"
                                        "  - name: M3\n"
                                        "    etcd: http://192.0.2.13:2379\n"
                                        "drill:\n"
                                        "  backup-dir: /var/tmp/etcd-drill\n");
    const ConfigLoadResult result = isolatedLoader().loadFromString(text, QStringLiteral("nodes.yaml"));
    QVERIFY2(result.ok(), qPrintable(result.errorText()));
    const DrillConfig& config = *result.config;
    const DrillSettings& drill = config.drill;
    QCOMPARE(config.nodes[0].manifest, QStringLiteral("/var/lib/kubelet/manifests/etcd.yaml"));
    QVERIFY(config.nodes[0].backupDir.isEmpty());
    QCOMPARE(drill.manifestOn(config.nodes[0]), QStringLiteral("/var/lib/kubelet/manifests/etcd.yaml"));
    QCOMPARE(drill.backupDirOn(config.nodes[0]), QStringLiteral("/var/tmp/etcd-drill"));
    QCOMPARE(drill.manifestOn(config.nodes[1]), QStringLiteral("/etc/kubernetes/manifests/etcd.yaml"));
    QCOMPARE(drill.backupDirOn(config.nodes[1]), QStringLiteral("/home/ops/etcd-backup"));
    QCOMPARE(drill.manifestOn(config.nodes[2]), drill.manifest);
    QCOMPARE(drill.backupDirOn(config.nodes[2]), QStringLiteral("/var/tmp/etcd-drill"));
}

// --- errors -----------------------------------------------------------------------------------------------

void TestConfigLoaderDrill::reportsSectionError_data()
{
    QTest::addColumn<QString>("snippet"); // appended to baseConfig: its first line is line 12
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");

    // Unknown keys in every new mapping, with and without a suggestion.
    QTest::newRow("unknown drill key") << "drill:\n  fualt: systemd\n"
                                       << 13 << 3 << "unknown key 'fualt' in 'drill' — did you mean 'fault'?";
    QTest::newRow("unknown hypothesis key")
        << "drill:\n  hypothesis:\n    max-elect: 5s\n"
        << 14 << 5 << "unknown key 'max-elect' in 'drill.hypothesis' — did you mean 'max-election'?";
    QTest::newRow("workload rate out of range")
        << "drill:\n  workload:\n    rate: 5000\n"
        << 14 << 11 << "drill.workload.rate must be between 0 and 2000, not 5000";
    QTest::newRow("unknown workload key")
        << "drill:\n  workload:\n    rates: 20\n"
        << 14 << 5 << "unknown key 'rates' in 'drill.workload' — did you mean 'rate'?";
    QTest::newRow("hashes-agree not a boolean")
        << "drill:\n  hypothesis:\n    hashes-agree: maybe\n"
        << 14 << 19 << "drill.hypothesis.hashes-agree: expected true or false, not 'maybe'";
    QTest::newRow("unknown probes key") << "probes:\n  Outage_Threshold: 2\n"
                                        << 13 << 3
                                        << "unknown key 'Outage_Threshold' in 'probes' — did you mean "
                                           "'outage-threshold'?";
    QTest::newRow("unknown target key")
        << "probes:\n  targets:\n    - name: vip\n      url: https://192.0.2.100:6443/\n      keepalive: "
           "true\n"
        << 16 << 7 << "unknown key 'keepalive' in 'probes.targets[0]' — did you mean 'keep-alive'?";
    QTest::newRow("unknown apiserver key")
        << "apiserver:\n  server: https://192.0.2.100:6443\n"
        << 13 << 3
        << "unknown key 'server' in 'apiserver' — valid keys: kubeconfig, context, ca, cert, key, token-file";
    QTest::newRow("unknown node key, new keys listed")
        << "  - name: M4\n    etcd: http://192.0.2.14:2379\n    endpoint: x\n"
        << 14 << 5
        << "unknown key 'endpoint' in 'nodes[3]' — valid keys: name, etcd, apiserver, ssh, manifest, "
           "backup-dir";

    // Shapes.
    QTest::newRow("drill not a mapping")
        << "drill: static-pod\n"
        << 12 << 8
        << "drill: expected a mapping of drill settings (target, fault, transport, …), not a single value";
    QTest::newRow("targets not a list")
        << "probes:\n  targets:\n    name: vip\n"
        << 14 << 5
        << "probes.targets: expected a list of probe targets (name:, url:, …), "
           "not a mapping";
    QTest::newRow("target not a mapping")
        << "probes:\n  targets:\n    - vip\n"
        << 14 << 7
        << "probes.targets[0]: expected a probe target (a mapping with name: and url:), not a single value";
    QTest::newRow("empty apiserver")
        << "apiserver: {}\n"
        << 12 << 12 << "apiserver is empty: give kubeconfig, or ca, cert and key or token-file, or remove it";

    // drill.target.
    QTest::newRow("target in wrong case")
        << "drill:\n  target: m3\n"
        << 13 << 11
        << "drill.target: 'm3' is not a node name, leader or follower — did you "
           "mean 'M3'?";
    QTest::newRow("target role typo")
        << "drill:\n  target: Leader\n"
        << 13 << 11
        << "drill.target: 'Leader' is not a node name, leader or follower — did "
           "you mean 'leader'?";
    QTest::newRow("target unknown")
        << "drill:\n  target: node-9\n"
        << 13 << 11
        << "drill.target: 'node-9' is not a node name, leader or follower: write one "
           "of M1, M2, M3, leader or follower";

    // Fault and transport.
    QTest::newRow("fault typo")
        << "drill:\n  fault: static_pod\n"
        << 13 << 10
        << "drill.fault: 'static_pod' is not one of static-pod, systemd or command — did "
           "you mean 'static-pod'?";
    QTest::newRow("fault unknown") << "drill:\n  fault: kill\n"
                                   << 13 << 10
                                   << "drill.fault: 'kill' is not one of static-pod, systemd or command";
    QTest::newRow("transport unknown") << "drill:\n  transport: scp\n"
                                       << 13 << 14 << "drill.transport: 'scp' is not one of local or ssh";
    QTest::newRow("systemd without unit") << "drill:\n  fault: systemd\n"
                                          << 13 << 10
                                          << "drill.fault is systemd, which needs drill.unit: add unit: with "
                                             "etcd's systemd unit, e.g. unit: etcd";
    QTest::newRow("bad unit") << "drill:\n  fault: systemd\n  unit: etcd; reboot\n"
                              << 14 << 9
                              << "drill.unit: 'etcd; reboot' is not a systemd unit name: use letters, digits "
                                 "and ':', '_', '.', '@', '\\', '-', e.g. etcd or etcd.service";
    QTest::newRow("command without start")
        << "drill:\n  fault: command\n  stop-command: systemctl stop etcd\n"
        << 13 << 10
        << "drill.fault is command, which needs drill.stop-command and drill.start-command: add "
           "start-command";
    QTest::newRow("command without either")
        << "drill:\n  fault: command\n"
        << 13 << 10
        << "drill.fault is command, which needs drill.stop-command and drill.start-command: add stop-command "
           "and start-command";
    QTest::newRow("ssh missing on the default target")
        << "drill:\n  transport: ssh\n"
        << 9 << 5
        << "nodes[2] 'M3' has no ssh, but drill.transport is ssh (line 13) and it is the drill's target (the "
           "last node, as drill.target is not set): add ssh: with user@host, or use transport: local";
    QTest::newRow("ssh missing on the named target")
        << "drill:\n  transport: ssh\n  target: M1\n"
        << 3 << 5
        << "nodes[0] 'M1' has no ssh, but drill.transport is ssh (line 13) and it is drill.target: add ssh: "
           "with user@host, or use transport: local";

    // Paths on the node.
    QTest::newRow("relative manifest") << "drill:\n  manifest: etcd.yaml\n"
                                       << 13 << 13
                                       << "drill.manifest: 'etcd.yaml' is not an absolute path: it is a path "
                                          "on the node, so write it in full "
                                          "from /, e.g. /etc/kubernetes/manifests/etcd.yaml";
    QTest::newRow("backup-dir in home")
        << "drill:\n  backup-dir: ~/backup\n"
        << 13 << 15
        << "drill.backup-dir: '~/backup' is not an absolute path: it is a path on the node, so write it in "
           "full "
           "from /, e.g. /root/etcd-drill-backup (~ is not expanded on the node)";
    QTest::newRow("manifest is a folder")
        << "drill:\n  manifest: /etc/kubernetes/manifests/\n"
        << 13 << 13
        << "drill.manifest: '/etc/kubernetes/manifests/' names a folder: name the manifest file itself, e.g. "
           "/etc/kubernetes/manifests/etcd.yaml";
    QTest::newRow("backup-dir is the manifest folder")
        << "drill:\n  backup-dir: /etc/kubernetes/manifests/\n"
        << 13 << 15
        << "drill.backup-dir: the backup folder /etc/kubernetes/manifests/ is the manifest's own folder "
           "(/etc/kubernetes/manifests/etcd.yaml): kubelet runs every manifest in it, so moving the manifest "
           "there would not stop etcd; choose a backup-dir elsewhere, e.g. /root/etcd-drill-backup";

    // Numbers and durations.
    QTest::newRow("observation too long")
        << "drill:\n  observation: 2h\n"
        << 13 << 16 << "drill.observation must be between 1s and 1h, not 2h";
    QTest::newRow("ssh timeout in ms")
        << "drill:\n  ssh-connect-timeout: 1500ms\n"
        << 13 << 24
        << "drill.ssh-connect-timeout must be whole seconds (ssh counts its connect "
           "timeout in seconds), not 1500ms";
    QTest::newRow("negative index lag")
        << "drill:\n  max-index-lag: -1\n"
        << 13 << 18 << "drill.max-index-lag must be between 0 and 1000000, not -1";
    QTest::newRow("index lag not a number")
        << "drill:\n  max-index-lag: lots\n"
        << 13 << 18 << "drill.max-index-lag: expected a whole number (between 0 and 1000000), not 'lots'";
    QTest::newRow("fractional write failures")
        << "drill:\n  hypothesis:\n    write-failures: 1.5\n"
        << 14 << 21
        << "drill.hypothesis.write-failures: expected a whole number (between 0 and 1000000), not '1.5'";
    QTest::newRow("zero election")
        << "drill:\n  hypothesis:\n    max-election: 0s\n"
        << 14 << 19 << "drill.hypothesis.max-election must be more than 0 and at most 1h, not 0s";
    QTest::newRow("bad sudo") << "drill:\n  sudo: yes\n"
                              << 13 << 9 << "drill.sudo: expected true or false, not 'yes'";
    QTest::newRow("probe interval too short")
        << "probes:\n  interval: 10ms\n"
        << 13 << 13 << "probes.interval must be between 20ms and 60s, not 10ms";
    QTest::newRow("probe timeout not a duration")
        << "probes:\n  timeout: 1 second\n"
        << 13 << 12 << "probes.timeout: '1 second' is not a duration: write e.g. 500ms, 1s or 2m";
    QTest::newRow("outage threshold zero")
        << "probes:\n  outage-threshold: 0\n"
        << 13 << 21 << "probes.outage-threshold must be between 1 and 100, not 0";
    QTest::newRow("path without slash") << "probes:\n  path: readyz\n"
                                        << 13 << 9
                                        << "probes.path must be a path that starts with '/' and has no "
                                           "spaces or '#', e.g. /readyz, not 'readyz'";

    // Probe targets.
    QTest::newRow("target without url")
        << "probes:\n  targets:\n    - name: vip\n"
        << 14 << 7
        << "missing required key 'url' in 'probes.targets[0]': add url: with a URL like "
           "https://192.0.2.100:6443/readyz";
    QTest::newRow("bad target name")
        << "probes:\n  targets:\n    - name: my vip\n      url: https://192.0.2.100:6443/\n"
        << 14 << 13
        << "probes.targets[0].name: 'my vip' is not a valid probe target name: use only letters, digits, "
           "'.', "
           "'_' and '-', e.g. vip";
    QTest::newRow("url without scheme")
        << "probes:\n  targets:\n    - name: vip\n      url: 192.0.2.100:6443/readyz\n"
        << 15 << 12
        << "probes.targets[0].url: '192.0.2.100:6443/readyz' is not a probe URL (the https:// or http:// in "
           "front is missing): write https://host:port/path, e.g. https://192.0.2.100:6443/readyz";
    QTest::newRow("url with ftp")
        << "probes:\n  targets:\n    - name: vip\n      url: ftp://192.0.2.100/readyz\n"
        << 15 << 12
        << "probes.targets[0].url: 'ftp://192.0.2.100/readyz' is not a probe URL ('ftp://' is not http:// or "
           "https://): write https://host:port/path, e.g. https://192.0.2.100:6443/readyz";
    QTest::newRow("url with bad port")
        << "probes:\n  targets:\n    - name: vip\n      url: https://192.0.2.100:99999/readyz\n"
        << 15 << 12
        << "probes.targets[0].url: 'https://192.0.2.100:99999/readyz' is not a probe URL: write "
           "https://host:port/path, e.g. https://192.0.2.100:6443/readyz";
    QTest::newRow("resolve not an IP")
        << "probes:\n  targets:\n    - name: vip\n      url: https://k8s.example.com:6443/\n"
           "      resolve: lb.example.com\n"
        << 16 << 16
        << "probes.targets[0].resolve: 'lb.example.com' is not an IP address: write an IPv4 or IPv6 address "
           "such as 192.0.2.101 or 2001:db8::1, without brackets or port";
    QTest::newRow("target interval too short")
        << "probes:\n  targets:\n    - name: vip\n      url: https://192.0.2.100:6443/\n      interval: 5ms\n"
        << 16 << 17 << "probes.targets[0].interval must be between 20ms and 60s, not 5ms";
    QTest::newRow("abort before max outage")
        << "probes:\n  targets:\n    - name: vip\n      url: https://192.0.2.100:6443/\n"
           "      abort-outage: 2s\n      max-outage: 5s\n"
        << 16 << 21
        << "probes.targets[0].abort-outage (2s) is shorter than its max-outage (5s): the drill would roll "
           "back "
           "on an outage the hypothesis accepts; make abort-outage at least 5s";
    QTest::newRow("zero abort outage")
        << "probes:\n  targets:\n    - name: vip\n      url: https://192.0.2.100:6443/\n      abort-outage: "
           "0\n"
        << 16 << 21 << "probes.targets[0].abort-outage must be more than 0 and at most 1h, not 0";
    QTest::newRow("degraded threshold of 100 %")
        << "probes:\n  degraded-threshold: 100%\n"
        << 13 << 23 << "probes.degraded-threshold must be more than 0% and less than 100%, such as 5%";
    QTest::newRow("degraded window too short")
        << "probes:\n  degraded-window: 500ms\n"
        << 13 << 20 << "probes.degraded-window must be between 1s and 10m, not 500ms";
    QTest::newRow("error rate over 100 %")
        << "probes:\n  targets:\n    - name: vip\n      url: https://192.0.2.100:6443/\n      "
           "max-error-rate: 120%\n"
        << 16 << 23 << "probes.targets[0].max-error-rate must be between 0% and 100%, not 120%";
    QTest::newRow("negative error rate")
        << "probes:\n  targets:\n    - name: vip\n      url: https://192.0.2.100:6443/\n      "
           "max-error-rate: -1%\n"
        << 16 << 23 << "probes.targets[0].max-error-rate must be between 0% and 100%, not -1%";
    QTest::newRow("error rate not a number")
        << "probes:\n  targets:\n    - name: vip\n      url: https://192.0.2.100:6443/\n      "
           "max-error-rate: abc\n"
        << 16 << 23
        << "probes.targets[0].max-error-rate: expected a percentage such as 1% or 99.9%, not 'abc'";
    QTest::newRow("availability as a share")
        << "probes:\n  targets:\n    - name: vip\n      url: https://192.0.2.100:6443/\n"
           "      min-availability: 0.999\n"
        << 16 << 25
        << "probes.targets[0].min-availability: '0.999' has no % sign: write it as a percentage, e.g. 0.999% "
           "(or 99.9% for a share of 0.999)";
    QTest::newRow("abort error rate without a time")
        << "probes:\n  targets:\n    - name: vip\n      url: https://192.0.2.100:6443/\n      "
           "abort-error-rate: 50%\n"
        << 16 << 25
        << "probes.targets[0].abort-error-rate: expected a share of failed probes held for a time, such as "
           "'50% "
           "for 10s', not '50%'";
    QTest::newRow("abort error rate without a unit")
        << "probes:\n  targets:\n    - name: vip\n      url: https://192.0.2.100:6443/\n"
           "      abort-error-rate: 50% for 10\n"
        << 16 << 25
        << "probes.targets[0].abort-error-rate: the time after 'for' must be a duration between 1s and 1h, "
           "such "
           "as 10s, not '10' ('10' is not a duration: a unit is missing; write e.g. 500ms, 1s or 2m)";
    QTest::newRow("abort error rate of zero")
        << "probes:\n  targets:\n    - name: vip\n      url: https://192.0.2.100:6443/\n"
           "      abort-error-rate: 0% for 10s\n"
        << 16 << 25
        << "probes.targets[0].abort-error-rate: a share of 0% would stop every drill: write more than 0%, "
           "such as "
           "50% for 10s";
    QTest::newRow("abort error rate as a share")
        << "probes:\n  targets:\n    - name: vip\n      url: https://192.0.2.100:6443/\n"
           "      abort-error-rate: 0.5 for 10s\n"
        << 16 << 25
        << "probes.targets[0].abort-error-rate: '0.5' has no % sign: write it as a percentage, e.g. 0.5% (or "
           "50% "
           "for a share of 0.5)";
    QTest::newRow("target named like a node apiserver probe")
        << "probes:\n  targets:\n    - name: M1-apiserver\n      url: https://192.0.2.100:6443/\n"
        << 14 << 13
        << "probes.targets[0].name: 'M1-apiserver' is the name of the probe of node M1's apiserver "
           "(probes.node-apiservers is true): rename this target, or set node-apiservers: false";

    // apiserver keys that need another.
    QTest::newRow("context without kubeconfig")
        << "apiserver:\n  context: admin@lab\n"
        << 13 << 12
        << "apiserver.context needs apiserver.kubeconfig: add kubeconfig: with the file that has context "
           "'admin@lab', or remove context";
}

void TestConfigLoaderDrill::reportsSectionError()
{
    QFETCH(QString, snippet);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);

    const ConfigLoadResult result = loadSnippet(snippet);
    QVERIFY(!result.ok());
    QVERIFY2(result.errors.size() == 1, qPrintable(result.errorText()));
    const ConfigError& error = result.errors.first();
    QCOMPARE(error.message, message);
    QCOMPARE(error.line, line);
    QCOMPARE(error.column, column);
    QCOMPARE(error.toString(),
             QStringLiteral("%1/drill.yaml:%2:%3: %4").arg(m_dir).arg(line).arg(column).arg(message));
}

void TestConfigLoaderDrill::reportsEveryNodeWithoutSsh()
{
    const QString name = fixture(QStringLiteral("drill-ssh-without-ssh.yaml"));
    const ConfigLoadResult result = isolatedLoader().load(name);
    QCOMPARE(result.errorText().split(u'\n'),
             QStringList({
                 name + ":4:5: nodes[0] 'M1' has no ssh, but drill.transport is ssh (line 13) and with "
                        "drill.target leader any node can be the target: add ssh: with user@host, or use "
                        "transport: local",
                 name + ":9:5: nodes[2] 'M3' has no ssh, but drill.transport is ssh (line 13) and with "
                        "drill.target leader any node can be the target: add ssh: with user@host, or use "
                        "transport: local",
             }));

    // Local transport needs no ssh anywhere.
    const ConfigLoadResult local = isolatedLoader().loadFromString(
        readText(name).replace(QStringLiteral("transport: ssh"), QStringLiteral("transport: local")),
        QStringLiteral("local.yaml"));
    QVERIFY2(local.ok(), qPrintable(local.errorText()));
}

void TestConfigLoaderDrill::reportsDuplicateProbeTargetNames()
{
    const QString name = fixture(QStringLiteral("probes-duplicate-target.yaml"));
    const ConfigLoadResult result = isolatedLoader().load(name);
    QCOMPARE(
        result.errorText().split(u'\n'),
        QStringList({
            name + ":10:13: duplicate probe target name 'VIP': the target at line 8 has it already; probe "
                   "target names must be unique",
            name + ":12:13: probes.targets[2].name: 'm1-apiserver' is the name of the probe of node M1's "
                   "apiserver (probes.node-apiservers is true): rename this target, or set "
                   "node-apiservers: false",
        }));

    // Without node apiserver probes the name is free; "M2-apiserver" would be free anyway (no M2 apiserver).
    const QString text =
        readText(name)
            .replace(QStringLiteral("name: VIP"), QStringLiteral("name: vip2"))
            .replace(QStringLiteral("probes:\n"), QStringLiteral("probes:\n  node-apiservers: false\n"));
    const ConfigLoadResult fixed = isolatedLoader().loadFromString(text, QStringLiteral("fixed.yaml"));
    QVERIFY2(fixed.ok(), qPrintable(fixed.errorText()));
    QCOMPARE(fixed.config->probes.targets[2].name, QStringLiteral("m1-apiserver"));
}

void TestConfigLoaderDrill::reportsTargetNameInWrongCase()
{
    const QString name = fixture(QStringLiteral("drill-unknown-target.yaml"));
    const ConfigLoadResult result = isolatedLoader().load(name);
    QVERIFY2(result.errors.size() == 1, qPrintable(result.errorText()));
    QCOMPARE(result.errors[0].toString(),
             name +
                 QStringLiteral(":8:11: drill.target: 'm2' is not a node name, leader or follower — did you "
                                "mean 'M2'?"));
}

void TestConfigLoaderDrill::reportsAmbiguousRoleTarget()
{
    const ConfigLoadResult result = isolatedLoader().loadFromString(
        QStringLiteral("cluster: lab\nnodes:\n  - name: leader\n    etcd: http://192.0.2.11:2379\n"
                       "drill:\n  target: leader\n"),
        QStringLiteral("roles.yaml"));
    QVERIFY2(result.errors.size() == 1, qPrintable(result.errorText()));
    QCOMPARE(
        result.errors[0].toString(),
        QStringLiteral("roles.yaml:6:11: drill.target: 'leader' is both a node name and the role leader: "
                       "rename that node in nodes so the target is unambiguous"));
}

void TestConfigLoaderDrill::reportsNodeOverrideErrors()
{
    const QString text = QStringLiteral("cluster: lab\n"
                                        "nodes:\n"
                                        "  - name: M1\n"
                                        "    etcd: http://192.0.2.11:2379\n"
                                        "    manifest: manifests/etcd.yaml\n"
                                        "  - name: M2\n"
                                        "    etcd: http://192.0.2.12:2379\n"
                                        "    manifest: /var/lib/kubelet/manifests/etcd.yaml\n"
                                        "    backup-dir: /var/lib/kubelet/manifests\n"
                                        "  - name: M3\n"
                                        "    etcd: http://192.0.2.13:2379\n"
                                        "    backup-dir: /etc/kubernetes/manifests\n");
    const ConfigLoadResult result = isolatedLoader().loadFromString(text, QStringLiteral("nodes.yaml"));
    QCOMPARE(
        result.errorText().split(u'\n'),
        QStringList({
            "nodes.yaml:5:15: nodes[0].manifest: 'manifests/etcd.yaml' is not an absolute path: it is a "
            "path on the node, so write it in full from /, e.g. /etc/kubernetes/manifests/etcd.yaml",
            "nodes.yaml:9:17: nodes[1].backup-dir: the backup folder /var/lib/kubelet/manifests is the "
            "manifest's own folder (/var/lib/kubelet/manifests/etcd.yaml): kubelet runs every manifest in "
            "it, so moving the manifest there would not stop etcd; choose a backup-dir elsewhere, e.g. "
            "/root/etcd-drill-backup",
            "nodes.yaml:12:17: nodes[2].backup-dir: the backup folder /etc/kubernetes/manifests is the "
            "manifest's own folder (/etc/kubernetes/manifests/etcd.yaml): kubelet runs every manifest in "
            "it, so moving the manifest there would not stop etcd; choose a backup-dir elsewhere, e.g. "
            "/root/etcd-drill-backup",
        }));

    // The folder check belongs to the static-pod fault only: the other faults do not move the manifest.
    QString systemd = text;
    systemd.replace(QStringLiteral("manifests/etcd.yaml\n"), QStringLiteral("/manifests/etcd.yaml\n"));
    systemd += QStringLiteral("drill:\n  fault: systemd\n  unit: etcd\n");
    const ConfigLoadResult other = isolatedLoader().loadFromString(systemd, QStringLiteral("systemd.yaml"));
    QVERIFY2(other.ok(), qPrintable(other.errorText()));
}

void TestConfigLoaderDrill::reportsUrlPasswordWithoutPrintingIt()
{
    const ConfigLoadResult result = loadSnippet(QStringLiteral(
        "probes:\n  targets:\n    - name: vip\n      url: https://admin:s3cret@192.0.2.100:6443/\n"));
    QVERIFY2(result.errors.size() == 1, qPrintable(result.errorText()));
    QCOMPARE(result.errors[0].line, 15);
    QCOMPARE(result.errors[0].column, 12);
    QCOMPARE(result.errors[0].message,
             QStringLiteral("probes.targets[0].url: the URL holds a user name or password: remove it; probes "
                            "authenticate with apiserver.cert and key or token-file"));
    QVERIFY(!result.errorText().contains(QStringLiteral("s3cret")));
}

void TestConfigLoaderDrill::reportsInlineTokenWithoutPrintingIt()
{
    const ConfigLoadResult result =
        loadSnippet(QStringLiteral("apiserver:\n  token: ") + QString::fromLatin1(secretToken) + u'\n');
    QVERIFY2(result.errors.size() == 1, qPrintable(result.errorText()));
    QCOMPARE(result.errors[0].line, 13);
    QCOMPARE(result.errors[0].column, 3);
    QCOMPARE(result.errors[0].message,
             QStringLiteral(
                 "apiserver.token: a token does not belong in the config file, which gets shared: put it "
                 "in a file only you can read and name that file with token-file:"));
    QVERIFY(!result.errorText().contains(QString::fromLatin1(secretToken)));

    // It is never offered as a suggestion either.
    const ConfigLoadResult typo = loadSnippet(QStringLiteral("apiserver:\n  tokn: x\n"));
    QVERIFY2(typo.errors.size() == 1, qPrintable(typo.errorText()));
    QVERIFY2(!typo.errors[0].message.contains(QStringLiteral("'token'")), qPrintable(typo.errorText()));
}

void TestConfigLoaderDrill::checksApiserverFiles()
{
    const ConfigLoadResult result = loadSnippet(QStringLiteral("apiserver:\n"
                                                               "  kubeconfig: kube/missing.conf\n"
                                                               "  token-file: kube/empty-token\n"));
    QVERIFY2(result.errors.size() == 2, qPrintable(result.errorText()));
    QCOMPARE(result.errors[0].toString(),
             QStringLiteral("%1/drill.yaml:13:15: apiserver.kubeconfig: 'kube/missing.conf' (read as "
                            "%1/kube/missing.conf) does not exist")
                 .arg(m_dir));
    QCOMPARE(result.errors[1].toString(),
             QStringLiteral("%1/drill.yaml:14:15: apiserver.token-file: 'kube/empty-token' (read as "
                            "%1/kube/empty-token) is empty")
                 .arg(m_dir));

    const ConfigLoadResult folder = loadSnippet(QStringLiteral("apiserver:\n  token-file: %1/kube/a-folder\n"
                                                               "  kubeconfig: kube/a-folder\n")
                                                    .arg(m_dir));
    QVERIFY2(folder.errors.size() == 2, qPrintable(folder.errorText()));
    QCOMPARE(
        folder.errors[0].message,
        QStringLiteral("apiserver.token-file: '%1/kube/a-folder' is a directory, not a file").arg(m_dir));
    QCOMPARE(
        folder.errors[1].message,
        QStringLiteral("apiserver.kubeconfig: 'kube/a-folder' (read as %1/kube/a-folder) is a directory, not "
                       "a file")
            .arg(m_dir));

    // A good token file is used, not read into the config or any message.
    const ConfigLoadResult good = loadSnippet(QStringLiteral("apiserver:\n  token-file: kube/token\n"));
    QVERIFY2(good.ok(), qPrintable(good.errorText()));
    QCOMPARE(good.config->apiserver.tokenFile, path(QStringLiteral("kube/token")));
    QVERIFY(!ConfigWriter::toYaml(*good.config).contains(QString::fromLatin1(secretToken)));
}

void TestConfigLoaderDrill::checksApiserverTlsFiles()
{
    // Checked as etcd.tls is: the CA must be a CA, cert and key must come together and belong together.
    ConfigLoadResult result = loadSnippet(QStringLiteral("apiserver:\n"
                                                         "  ca: pki/client.crt\n"
                                                         "  cert: pki/client.crt\n"
                                                         "  key: pki/other.key\n"));
    QVERIFY2(result.errors.size() == 2, qPrintable(result.errorText()));
    QCOMPARE(result.errors[0].line, 13);
    QCOMPARE(result.errors[0].column, 7);
    QCOMPARE(
        result.errors[0].message,
        QStringLiteral("apiserver.ca: 'pki/client.crt' (read as %1/pki/client.crt) holds no CA certificate "
                       "(no CA:TRUE basic constraint): is this the client certificate instead of the CA?")
            .arg(m_dir));
    QCOMPARE(result.errors[1].line, 15);
    QCOMPARE(result.errors[1].column, 8);
    QCOMPARE(
        result.errors[1].message,
        QStringLiteral("apiserver.cert and apiserver.key do not belong together: the certificate was not "
                       "issued for this private key; give the key that was made with '%1/pki/client.crt'")
            .arg(m_dir));

    result = loadSnippet(QStringLiteral("apiserver:\n  ca: pki/ca.crt\n  key: pki/client.key\n"));
    QVERIFY2(result.errors.size() == 1, qPrintable(result.errorText()));
    QCOMPARE(result.errors[0].toString(),
             QStringLiteral("%1/drill.yaml:13:3: apiserver has key but no cert: add cert: with the client "
                            "certificate")
                 .arg(m_dir));

    result = loadSnippet(QStringLiteral("apiserver:\n  cert: pki/client.crt\n"));
    QVERIFY2(result.errors.size() == 1, qPrintable(result.errorText()));
    QCOMPARE(result.errors[0].message,
             QStringLiteral("apiserver has cert but no key: add key: with the certificate's private key"));

    result = loadSnippet(QStringLiteral("apiserver:\n  ca: pki/ca.crt\n"));
    QVERIFY2(result.ok(), qPrintable(result.errorText()));
    QCOMPARE(result.config->apiserver.tls,
             (TlsFiles{path(QStringLiteral("pki/ca.crt")), QString(), QString()}));
    // No key material in any message.
    result = loadSnippet(QStringLiteral("apiserver:\n  ca: pki/client.key\n"));
    QVERIFY2(result.errors.size() == 1, qPrintable(result.errorText()));
    const QStringList keyLines =
        readText(path(QStringLiteral("pki/client.key"))).split(u'\n', Qt::SkipEmptyParts);
    for (const QString& line : keyLines)
        QVERIFY(!result.errorText().contains(line));
}

void TestConfigLoaderDrill::reportsJournalDirThatIsAFile()
{
    const ConfigLoadResult result = loadSnippet(QStringLiteral("drill:\n  journal-dir: journal-file\n"));
    QVERIFY2(result.errors.size() == 1, qPrintable(result.errorText()));
    QCOMPARE(result.errors[0].toString(),
             QStringLiteral(
                 "%1/drill.yaml:13:16: drill.journal-dir: 'journal-file' (read as %1/journal-file) is a "
                 "file, not a folder: name the folder drill journals go to")
                 .arg(m_dir));
}

// --- the example and the writer ---------------------------------------------------------------------------

void TestConfigLoaderDrill::exampleHasEverySection()
{
    const QString example = QStringLiteral(ETCD_DRILL_TEST_DATA "/../../examples/drill.example.yaml");
    QString text = readText(example);
    QVERIFY(!text.isEmpty());
    // The kubeadm files it names, made real for this test.
    QVERIFY(QDir(m_dir).mkpath(QStringLiteral("kubeadm-example")));
    const QList<std::pair<QString, QString>> files = {
        {QStringLiteral("pki/ca.crt"), QStringLiteral("kubeadm-example/ca.crt")},
        {QStringLiteral("pki/client.crt"), QStringLiteral("kubeadm-example/healthcheck-client.crt")},
        {QStringLiteral("pki/client.key"), QStringLiteral("kubeadm-example/healthcheck-client.key")},
    };
    for (const auto& [from, to] : files) {
        QFile::remove(path(to));
        QVERIFY(QFile::copy(path(from), path(to)));
    }
    QVERIFY(text.contains(QStringLiteral("/etc/kubernetes/admin.conf")));
    text.replace(QStringLiteral("/etc/kubernetes/pki/etcd/"), path(QStringLiteral("kubeadm-example/")))
        .replace(QStringLiteral("/etc/kubernetes/admin.conf"), path(QStringLiteral("kube/admin.conf")));
    const ConfigLoadResult result =
        isolatedLoader().loadFromString(text, path(QStringLiteral("example.yaml")));
    QVERIFY2(result.ok(), qPrintable(result.errorText()));
    const DrillConfig& config = *result.config;
    QCOMPARE(config.apiserver.kubeconfig, path(QStringLiteral("kube/admin.conf")));
    QCOMPARE(config.probes.targets.size(), 2);
    QCOMPARE(config.probes.targets[0].name, QStringLiteral("vip"));
    QCOMPARE(config.probes.targets[1].name, QStringLiteral("domain"));
    QVERIFY(config.probes.targets[0].maxOutage.has_value());
    QCOMPARE(config.drill.targetKind, DrillSettings::TargetKind::Node);
    QCOMPARE(config.drill.targetNode, QStringLiteral("M3")); // the runbook's member
    QCOMPARE(config.drill.fault, DrillSettings::Fault::StaticPod);
    QCOMPARE(config.drill.transport, DrillSettings::Transport::Ssh);
    // Every value the example writes out is the default: it documents them, it does not change them.
    DrillSettings defaults;
    defaults.targetNode = QStringLiteral("M3");
    defaults.transport = DrillSettings::Transport::Ssh;
    defaults.journalDir = ConfigLoader::defaultJournalDir();
    QVERIFY(config.drill == defaults);
    ProbeSettings probeDefaults;
    probeDefaults.targets = config.probes.targets;
    QVERIFY(config.probes == probeDefaults);
}

void TestConfigLoaderDrill::writerRoundTripsEverySection()
{
    const ConfigLoadResult loaded = loadCopy(QStringLiteral("drill-full.yaml"));
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorText()));

    const QString yaml = ConfigWriter::toYaml(*loaded.config);
    for (const char* section : {"\napiserver:\n", "\nprobes:\n", "\ndrill:\n", "\n  hypothesis:\n"})
        QVERIFY2(yaml.contains(QLatin1String(section)), section);
    // The written paths are absolute, so the file reads the same from anywhere.
    const ConfigLoadResult reread =
        isolatedLoader().loadFromString(yaml, QStringLiteral("/elsewhere/drill.yaml"));
    QVERIFY2(reread.ok(), qPrintable(reread.errorText() + u'\n' + yaml));
    compareConfigs(*reread.config, *loaded.config);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(ConfigWriter::toYaml(*reread.config), yaml);

    // Through a file, and with the other target kinds, faults and values YAML would misread.
    DrillConfig config = *loaded.config;
    config.drill.targetKind = DrillSettings::TargetKind::Follower;
    config.drill.fault = DrillSettings::Fault::Systemd;
    config.drill.unit = QStringLiteral("etcd@member.service");
    config.drill.stopCommand = QStringLiteral("echo \"stop\" # not a comment: a b");
    config.drill.startCommand = QStringLiteral("true");
    config.drill.settle = 0ms;
    config.drill.sshConnectTimeout = 60s;
    config.probes.targets[1].url = QStringLiteral("http://[2001:db8::1]:8080/healthz?x=1&y=2");
    config.probes.targets[1].resolveAddress = QStringLiteral("2001:db8::2");
    config.probes.targets[1].maxOutage = 0ms;
    config.probes.targets[1].maxErrorRate = 0.01;
    config.probes.targets[1].minAvailability = 0.75;
    config.probes.targets[1].abortErrorRate = ErrorRateLimit{0.5, 10s};
    config.probes.degradedWindow = 10s;
    config.probes.degradedThreshold = 0.25;
    config.nodes[0].backupDir = QStringLiteral("/var/backups/etcd drill");
    const QString file = path(QStringLiteral("written-drill.yaml"));
    QString error;
    QVERIFY2(ConfigWriter::writeFile(config, file, &error), qPrintable(error));
    const ConfigLoadResult fromFile = isolatedLoader().load(file);
    QVERIFY2(fromFile.ok(), qPrintable(fromFile.errorText() + u'\n' + readText(file)));
    compareConfigs(*fromFile.config, config);
}

void TestConfigLoaderDrill::writerLeavesDefaultsPortable()
{
    // A config built in code, as the lab builds one: no journal folder, no target.
    DrillConfig config;
    config.clusterName = QStringLiteral("lab");
    NodeConfig node;
    node.name = QStringLiteral("M1");
    node.etcdEndpoint = QStringLiteral("http://127.0.0.1:2379");
    config.nodes = {node};

    const QString yaml = ConfigWriter::toYaml(config);
    QVERIFY(!yaml.contains(QStringLiteral("apiserver:\n"))); // empty: left out
    QVERIFY(!yaml.contains(QStringLiteral("journal-dir")));
    QVERIFY(!yaml.contains(QStringLiteral("target:")));
    QVERIFY(!yaml.contains(QStringLiteral("targets:")));
    const ConfigLoadResult reread = isolatedLoader().loadFromString(yaml, QStringLiteral("lab.yaml"));
    QVERIFY2(reread.ok(), qPrintable(reread.errorText() + u'\n' + yaml));
    QCOMPARE(reread.config->drill.targetNode, QStringLiteral("M1"));
    QCOMPARE(reread.config->drill.journalDir, ConfigLoader::defaultJournalDir());

    // The default folder, once loaded, is not written back either: the file stays valid for another user.
    QVERIFY(!ConfigWriter::toYaml(*reread.config).contains(QStringLiteral("journal-dir")));
}

QTEST_GUILESS_MAIN(TestConfigLoaderDrill)
#include "TestConfigLoaderDrill.moc"
