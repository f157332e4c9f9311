// DrillConfigFromCluster: how what a kubeadm cluster said becomes a drill config — the ways in chosen from
// the kubeconfig's server and controlPlaneEndpoint (a VIP address, a domain name, a node's own apiserver),
// the domain's address from another context's tls-server-name, kubelet's static pod folder, the target, and
// what the operator is told to fill in. Also KubeadmClusterReader's parsing of the apiserver's answers.
#include "ConfigLoader.h"
#include "DrillConfigFromCluster.h"
#include "KubeadmClusterReader.h"

#include <QTest>

using namespace etcddrill;

namespace {

KubeadmCluster threeNodes()
{
    KubeadmCluster cluster;
    cluster.hasClusterConfiguration = true;
    cluster.certificatesDir = QStringLiteral("/etc/kubernetes/pki");
    cluster.controlPlaneEndpoint = QStringLiteral("k8s.prod.example:6443");
    cluster.clusterName = QStringLiteral("kubernetes"); // kubeadm's default: the kubeconfig's name is used
    for (int i = 1; i <= 3; ++i) {
        KubeadmCluster::Node node;
        node.name = QStringLiteral("cp-%1").arg(i);
        node.internalIp = QStringLiteral("10.0.0.1%1").arg(i);
        node.etcdUrl = QStringLiteral("https://10.0.0.1%1:2379").arg(i);
        node.etcdFromAnnotation = true;
        node.apiserverUrl = QStringLiteral("https://10.0.0.1%1:6443").arg(i);
        cluster.nodes.append(node);
    }
    return cluster;
}

KubeconfigAccess access(const QString& server, const QString& tlsServerName = {})
{
    KubeconfigAccess a;
    a.file = QStringLiteral("/etc/kubernetes/admin.conf");
    a.context = QStringLiteral("kubernetes-admin@kubernetes");
    a.cluster = QStringLiteral("prod-east");
    a.server = QUrl(server);
    a.tlsServerName = tlsServerName;
    return a;
}

} // namespace

class TestDrillConfigFromCluster : public QObject
{
    Q_OBJECT

private slots:
    void vipAndDomain()
    {
        DrillConfigFromCluster::Inputs in;
        in.cluster = threeNodes();
        in.access = access(QStringLiteral("https://10.0.0.100:6443"));
        // Another context reaches the domain by address, checking the certificate for its name.
        in.otherAccess = {
            access(QStringLiteral("https://10.0.0.101:6443"), QStringLiteral("k8s.prod.example"))};
        in.sshUser = QStringLiteral("ops");
        in.outputFile = QStringLiteral("/tmp/drill.yaml");
        const DrillConfigFromCluster::Result r = DrillConfigFromCluster::build(in);
        QVERIFY2(r.config, qPrintable(r.error));
        const DrillConfig& c = *r.config;
        QCOMPARE(c.clusterName, QStringLiteral("prod-east"));
        QCOMPARE(c.nodes.size(), 3);
        QCOMPARE(c.nodes.at(0).sshHost, QStringLiteral("ops@10.0.0.11"));
        QVERIFY(c.nodes.at(0).manifest.isEmpty()); // kubeadm's place: the drill's default
        QCOMPARE(c.drill.targetNode, QStringLiteral("cp-3"));
        QCOMPARE(c.drill.transport, DrillSettings::Transport::Ssh);
        QCOMPARE(c.probes.targets.size(), 2);
        QCOMPARE(c.probes.targets.at(0).name, QStringLiteral("vip"));
        QCOMPARE(c.probes.targets.at(0).url, QStringLiteral("https://10.0.0.100:6443/readyz"));
        QCOMPARE(c.probes.targets.at(1).name, QStringLiteral("domain"));
        QCOMPARE(c.probes.targets.at(1).url, QStringLiteral("https://k8s.prod.example:6443/readyz"));
        QCOMPARE(c.probes.targets.at(1).resolveAddress, QStringLiteral("10.0.0.101"));
        QCOMPARE(c.etcd.tls.certFile, QStringLiteral("/etc/kubernetes/pki/etcd/healthcheck-client.crt"));
        QCOMPARE(c.apiserver.kubeconfig, QStringLiteral("/etc/kubernetes/admin.conf"));
        QCOMPARE(c.apiserver.context, QStringLiteral("kubernetes-admin@kubernetes"));
        QVERIFY(c.apiserver.tokenFile.isEmpty());
        QVERIFY(r.yaml.startsWith(QStringLiteral("# Written by `etcd-drill-cli init`")));
        QVERIFY(r.yaml.contains(QStringLiteral("# Before the first drill:\n")));
        // Not readable on a test machine: said so.
        QVERIFY(r.toFill.join('\n').contains(QStringLiteral("cannot be read here")));
        QVERIFY(!r.toFill.join('\n').contains(QStringLiteral("--ssh-user"))); // one was given
    }

    void serverIsANodeAndNoEndpoint()
    {
        DrillConfigFromCluster::Inputs in;
        in.cluster = threeNodes();
        in.cluster.controlPlaneEndpoint.clear();
        in.cluster.nodes[1].staticPodPath = QStringLiteral("/var/lib/kubelet/static/");
        in.access = access(QStringLiteral("https://10.0.0.11:6443"));
        in.target = QStringLiteral("cp-1");
        const DrillConfigFromCluster::Result r = DrillConfigFromCluster::build(in);
        QVERIFY2(r.config, qPrintable(r.error));
        QVERIFY(r.config->probes.targets.isEmpty());
        const QString todo = r.toFill.join('\n');
        QVERIFY2(todo.contains(QStringLiteral("is a node's own apiserver, not a VIP")), qPrintable(todo));
        QVERIFY(todo.contains(QStringLiteral("no controlPlaneEndpoint")));
        QVERIFY(todo.contains(QStringLiteral("--ssh-user")));
        QVERIFY(todo.contains(QStringLiteral("did not say where its static pods are")));
        QCOMPARE(r.config->drill.targetNode, QStringLiteral("cp-1"));
        QCOMPARE(r.config->nodes.at(1).manifest, QStringLiteral("/var/lib/kubelet/static/etcd.yaml"));
        QCOMPARE(r.config->nodes.at(1).backupDir, QStringLiteral("/var/lib/kubelet/etcd-backup"));

        in.target = QStringLiteral("worker-9");
        const DrillConfigFromCluster::Result bad = DrillConfigFromCluster::build(in);
        QVERIFY(!bad.config);
        QVERIFY2(bad.error.contains(QStringLiteral(
                     "worker-9 is not a control-plane node of this cluster (cp-1, cp-2, cp-3)")),
                 qPrintable(bad.error));
    }

    void serverIsTheDomain()
    {
        DrillConfigFromCluster::Inputs in;
        in.cluster = threeNodes();
        in.access = access(QStringLiteral("https://k8s.prod.example:6443"));
        in.endpointResolves = true;
        const DrillConfigFromCluster::Result r = DrillConfigFromCluster::build(in);
        QVERIFY2(r.config, qPrintable(r.error));
        QCOMPARE(r.config->probes.targets.size(), 1);
        QCOMPARE(r.config->probes.targets.at(0).name, QStringLiteral("domain"));
        const QString todo = r.toFill.join('\n');
        QVERIFY2(todo.contains(QStringLiteral("add the VIP behind it as a probe target named vip")),
                 qPrintable(todo));
        QVERIFY(!todo.contains(QStringLiteral("resolve")));
    }

    void serverIsAnotherName()
    {
        DrillConfigFromCluster::Inputs in;
        in.cluster = threeNodes();
        in.access = access(QStringLiteral("https://api.other.example:6443"));
        in.endpointResolves = false;
        in.outputFile = QStringLiteral("/tmp/drill.yaml");
        const DrillConfigFromCluster::Result r = DrillConfigFromCluster::build(in);
        QVERIFY2(r.config, qPrintable(r.error));
        QCOMPARE(r.config->probes.targets.size(), 2);
        QCOMPARE(r.config->probes.targets.at(0).name, QStringLiteral("kubeconfig-server"));
        QCOMPARE(r.config->probes.targets.at(1).name, QStringLiteral("domain"));
        QVERIFY(r.toFill.join('\n').contains(
            QStringLiteral("k8s.prod.example (controlPlaneEndpoint) does not resolve")));
        // The text loads: only the files that are not on this machine (kubeadm's, named by the kubeconfig
        // and certificatesDir) are reported.
        const ConfigLoadResult loaded =
            ConfigLoader(QProcessEnvironment()).loadFromString(r.yaml, in.outputFile);
        for (const ConfigError& error : loaded.errors)
            QVERIFY2(error.message.contains(QStringLiteral("/etc/kubernetes/")) &&
                         error.message.contains(QStringLiteral("does not exist")),
                     qPrintable(error.toString()));

        // A node's name as the server is that node's apiserver, not a way in.
        in.access = access(QStringLiteral("https://cp-2:6443"));
        in.endpointResolves.reset();
        const DrillConfigFromCluster::Result node = DrillConfigFromCluster::build(in);
        QVERIFY(node.config);
        QCOMPARE(node.config->probes.targets.size(), 1);
        QVERIFY(node.toFill.join('\n').contains(QStringLiteral("is a node's own apiserver")));
        QVERIFY(node.toFill.join('\n').contains(QStringLiteral("could not be looked up in time")));
    }

    void endpointIsAnAddress()
    {
        DrillConfigFromCluster::Inputs in;
        in.cluster = threeNodes();
        in.cluster.controlPlaneEndpoint = QStringLiteral("10.0.0.100:6443");
        in.access = access(QStringLiteral("https://user:secret@k8s.prod.example:6443"));
        const DrillConfigFromCluster::Result r = DrillConfigFromCluster::build(in);
        QVERIFY2(r.config, qPrintable(r.error));
        QCOMPARE(r.config->probes.targets.size(), 2);
        QCOMPARE(r.config->probes.targets.at(0).name, QStringLiteral("domain"));
        QCOMPARE(r.config->probes.targets.at(1).name, QStringLiteral("vip"));
        QCOMPARE(r.config->probes.targets.at(1).url, QStringLiteral("https://10.0.0.100:6443/readyz"));
        QVERIFY(!r.yaml.contains(QStringLiteral("secret")));
    }

    void readerParsesAndJudges()
    {
        KubeadmCluster cluster;
        QString error;
        QVERIFY(!KubeadmClusterReader::parseNodes("<html>", &cluster, &error));
        QVERIFY2(error.contains(QStringLiteral("not a JSON object")), qPrintable(error));
        QVERIFY(KubeadmClusterReader::parseNodes(
            R"({"items":[{"metadata":{"name":"a","labels":{"node-role.kubernetes.io/control-plane":""}},"status":{"addresses":[{"type":"Hostname","address":"a"},{"type":"InternalIP","address":"fd00::1"}]}}]})",
            &cluster, &error));
        QCOMPARE(cluster.nodes.size(), 1);
        KubeadmClusterReader::applyDefaults(&cluster);
        QCOMPARE(cluster.nodes.at(0).etcdUrl, QStringLiteral("https://[fd00::1]:2379"));
        QVERIFY(KubeadmClusterReader::unusable(cluster).contains(QStringLiteral("not made by kubeadm")));
        cluster.hasClusterConfiguration = true;
        QVERIFY(KubeadmClusterReader::unusable(cluster).isEmpty());
        QVERIFY(!KubeadmClusterReader::parseKubeadmConfig(
            R"({"data":{"ClusterConfiguration":"kind: InitConfiguration\n"}})", &cluster, &error));
        QVERIFY2(error.contains(QStringLiteral("not a kubeadm ClusterConfiguration")), qPrintable(error));
        QCOMPARE(KubeadmClusterReader::parseStaticPodPath(
                     R"({"kubeletconfig":{"staticPodPath":"/etc/kubernetes/manifests"}})"),
                 QStringLiteral("/etc/kubernetes/manifests"));
        KubeadmCluster empty;
        empty.hasClusterConfiguration = true;
        QVERIFY(KubeadmClusterReader::unusable(empty).contains(QStringLiteral("control-plane role label")));
    }
};

QTEST_GUILESS_MAIN(TestDrillConfigFromCluster)
#include "TestDrillConfigFromCluster.moc"
