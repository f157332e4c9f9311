// DrillConfigInit (what `init` and File ▸ New drill config from cluster… run) against an in-process HTTPS
// apiserver (FakeApiserver) on 127.0.26.252 answering like clusters the lab is not: nodes without kubeadm's
// annotations (URLs from the InternalIP, said so), a cluster kubeadm did not make, external etcd, credentials
// refused, a server that hangs. Also: a kubeconfig whose tls-server-name tells where the domain is reached.
#include "CertificateAuthority.h"
#include "ConfigLoader.h"
#include "DrillConfigInit.h"
#include "FakeApiserver.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace etcddrill;

namespace {

const QHostAddress serverAddress(QStringLiteral("127.0.26.252"));
const QByteArray token = "init-test-token-73";

const QByteArray nodesJson =
    R"({"kind":"NodeList","apiVersion":"v1","items":[ {"metadata":{"name":"cp-b","labels":{"node-role.kubernetes.io/control-plane":""}},  "status":{"addresses":[{"type":"InternalIP","address":"10.0.0.12"}]}}, {"metadata":{"name":"cp-a","labels":{"node-role.kubernetes.io/control-plane":""}},  "status":{"addresses":[{"type":"InternalIP","address":"10.0.0.11"}]}}, {"metadata":{"name":"cp-c","labels":{"node-role.kubernetes.io/master":""}},  "status":{"addresses":[{"type":"InternalIP","address":"10.0.0.13"}]}}, {"metadata":{"name":"worker-1","labels":{}},  "status":{"addresses":[{"type":"InternalIP","address":"10.0.0.21"}]}}]})";

const QByteArray annotatedPods =
    R"({"kind":"PodList","apiVersion":"v1","items":[ {"metadata":{"name":"etcd-cp-a","labels":{"component":"etcd","tier":"control-plane"},   "annotations":{"kubeadm.kubernetes.io/etcd.advertise-client-urls":"https://10.0.1.11:2379"}},  "spec":{"nodeName":"cp-a"}}, {"metadata":{"name":"kube-apiserver-cp-a","labels":{"component":"kube-apiserver","tier":"control-plane"},   "annotations":{"kubeadm.kubernetes.io/kube-apiserver.advertise-address.endpoint":"10.0.1.11:6443"}},  "spec":{"nodeName":"cp-a"}}]})";

QByteArray kubeadmConfig(const QByteArray& clusterConfiguration)
{
    QJsonObject data{{QStringLiteral("ClusterConfiguration"), QString::fromUtf8(clusterConfiguration)}};
    return QJsonDocument(QJsonObject{{QStringLiteral("kind"), QStringLiteral("ConfigMap")},
                                     {QStringLiteral("data"), data}})
        .toJson();
}

} // namespace

class TestDrillConfigInit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        const auto ca = CertificateAuthority::create(QStringLiteral("init test CA"), &error);
        QVERIFY2(ca, qPrintable(error));
        QVERIFY2(ca->writeCa(path("ca.crt"), path("ca.key"), &error), qPrintable(error));
        CertificateRequest server;
        server.commonName = QStringLiteral("kube-apiserver");
        server.dnsNames = {QStringLiteral("k8s.example.test")};
        server.ipAddresses = {serverAddress.toString()};
        server.serverAuth = true;
        QVERIFY2(ca->issue(server, path("server.crt"), path("server.key"), &error), qPrintable(error));
        QFile tokenFile(path("token"));
        QVERIFY(tokenFile.open(QIODevice::WriteOnly));
        tokenFile.write(token + '\n');
    }

    void init()
    {
        m_server = std::make_unique<FakeApiserver>();
        QVERIFY(m_server->useTls(path("server.crt"), path("server.key")));
        QVERIFY(m_server->listen(serverAddress, 0));
        writeKubeconfig();
    }

    void kubeadmClusterWithoutSomeAnnotations()
    {
        serve(annotatedPods, kubeadmConfig("kind: ClusterConfiguration\nclusterName: prod-east\n"
                                           "controlPlaneEndpoint: k8s.example.test:6443\n"));
        const DrillConfigInit::Result result = run(path("a.yaml"));
        QVERIFY2(result.ok, qPrintable(result.error));
        const ConfigLoadResult loaded = ConfigLoader(QProcessEnvironment()).load(path("a.yaml"));
        // kubeadm's default certificatesDir is not on this machine: the loader names the missing file; the
        // text is still checked as written.
        QFile file(path("a.yaml"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(text.contains(QStringLiteral("cluster: prod-east")));
        QVERIFY(text.contains(QStringLiteral("ca: /etc/kubernetes/pki/etcd/ca.crt")));
        QVERIFY(text.contains(QStringLiteral("cert: /etc/kubernetes/pki/etcd/healthcheck-client.crt")));
        // cp-a from its annotations, cp-b and cp-c (the pre-1.24 master label) from their InternalIP; the
        // worker is not a control-plane node. Sorted by name; the last is the target.
        QVERIFY(
            text.contains(QStringLiteral("  - name: cp-a\n    etcd: https://10.0.1.11:2379\n    apiserver: "
                                         "https://10.0.1.11:6443\n    ssh: root@10.0.0.11")));
        QVERIFY(text.contains(QStringLiteral("  - name: cp-c\n    etcd: https://10.0.0.13:2379")));
        QVERIFY(!text.contains(QStringLiteral("worker-1")));
        QVERIFY(text.contains(QStringLiteral("target: cp-c")));
        QVERIFY(text.contains(QStringLiteral("url: https://%1:%2/readyz")
                                  .arg(serverAddress.toString())
                                  .arg(m_server->serverPort())));
        QVERIFY(text.contains(QStringLiteral("url: https://k8s.example.test:6443/readyz")));
        QVERIFY(!text.contains(QString::fromLatin1(token)));
        QVERIFY(text.contains(QStringLiteral("kubeconfig: %1").arg(path("kube.conf"))));
        QVERIFY(result.toFill.join('\n').contains(QStringLiteral("cp-b's etcd URL is a guess")));
        // .test never resolves (RFC 6761); a machine without DNS may not answer within the deadline.
        const QString todo = result.toFill.join('\n');
        QVERIFY2(todo.contains(QStringLiteral("k8s.example.test (controlPlaneEndpoint) does not resolve")) ||
                     todo.contains(
                         QStringLiteral("k8s.example.test (controlPlaneEndpoint) could not be looked up")),
                 qPrintable(todo));
        QVERIFY(result.toFill.join('\n').contains(
            QStringLiteral("/etc/kubernetes/pki/etcd/ca.crt cannot be read here")));
        // The file loads but for the etcd TLS files that are not on this machine.
        QVERIFY(!loaded.ok());
        for (const ConfigError& error : loaded.errors)
            QVERIFY2(error.message.contains(QStringLiteral("/etc/kubernetes/pki/etcd/")),
                     qPrintable(error.toString()));
    }

    void notMadeByKubeadm()
    {
        serve(R"({"kind":"PodList","apiVersion":"v1","items":[]})", {}); // no kubeadm-config: 404
        const DrillConfigInit::Result result = run(path("b.yaml"));
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QStringLiteral("not made by kubeadm")) &&
                     result.error.contains(QStringLiteral("examples/drill.example.yaml")),
                 qPrintable(result.error));
        QVERIFY(!QFile::exists(path("b.yaml")));
    }

    void externalEtcd()
    {
        serve(annotatedPods, kubeadmConfig("kind: ClusterConfiguration\netcd:\n  external:\n    endpoints:\n"
                                           "    - https://10.0.5.1:2379\n    - https://10.0.5.2:2379\n"));
        const DrillConfigInit::Result result = run(path("c.yaml"));
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(
                     QStringLiteral("external etcd: https://10.0.5.1:2379, https://10.0.5.2:2379")) &&
                     result.error.contains(QStringLiteral("fault: systemd or command")),
                 qPrintable(result.error));
    }

    void credentialsRefused()
    {
        m_server->setHandler([](const FakeApiserver::Request&) {
            return FakeApiserver::Answer{
                401,
                R"({"kind":"Status","code":401,"reason":"Unauthorized","message":"Unauthorized"})",
                {},
                false};
        });
        const DrillConfigInit::Result result = run(path("d.yaml"));
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QStringLiteral("refused the kubeconfig's credentials (401")),
                 qPrintable(result.error));
        QVERIFY(!result.error.contains(QString::fromLatin1(token)));
    }

    void serverThatHangs()
    {
        m_server->setHandler([](const FakeApiserver::Request&) {
            return FakeApiserver::Answer{200, {}, {}, true};
        });
        const DrillConfigInit::Result result = run(path("e.yaml"), 20000);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QStringLiteral("cannot reach the apiserver")),
                 qPrintable(result.error));
    }

    void tokenSentAndDomainFromTlsServerName()
    {
        // A second context reaches the domain at the server's address with tls-server-name: init pins it.
        writeKubeconfig(
            QStringLiteral("- name: domain\n  cluster:\n    server: https://%1:%2\n"
                           "    tls-server-name: k8s.example.test\n    certificate-authority: %3\n")
                .arg(serverAddress.toString())
                .arg(m_server->serverPort())
                .arg(path("ca.crt")),
            QStringLiteral("- name: domain\n  context: {cluster: domain, user: admin}\n"));
        serve(annotatedPods,
              kubeadmConfig("kind: ClusterConfiguration\ncontrolPlaneEndpoint: k8s.example.test:6443\n"));
        const DrillConfigInit::Result result = run(path("f.yaml"));
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY2(result.found.join('\n').contains(
                     QStringLiteral("probe domain: https://k8s.example.test:6443/readyz (connecting to %1)")
                         .arg(serverAddress.toString())),
                 qPrintable(result.found.join('\n')));
        bool sawToken = false;
        for (const FakeApiserver::Request& request : m_server->requests())
            sawToken = sawToken || request.headers.value("authorization") == "Bearer " + token;
        QVERIFY(sawToken);
    }

private:
    QString path(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    void writeKubeconfig(const QString& extraCluster = {}, const QString& extraContext = {})
    {
        QFile file(path("kube.conf"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("apiVersion: v1\nkind: Config\nclusters:\n- name: main\n  cluster:\n"
                                  "    server: https://%1:%2\n    certificate-authority: %3\n%4"
                                  "users:\n- name: admin\n  user:\n    tokenFile: %5\n"
                                  "contexts:\n- name: main\n  context: {cluster: main, user: admin}\n%6"
                                  "current-context: main\n")
                       .arg(serverAddress.toString())
                       .arg(m_server->serverPort())
                       .arg(path("ca.crt"), extraCluster, path("token"), extraContext)
                       .toUtf8());
    }

    // Answers the reader's requests: nodes, control-plane pods, kubeadm-config (empty: 404), configz 404.
    void serve(const QByteArray& pods, const QByteArray& config)
    {
        m_server->setHandler([pods, config](const FakeApiserver::Request& request) {
            if (request.path == "/api/v1/nodes")
                return FakeApiserver::Answer{200, nodesJson, {}, false};
            if (request.path.startsWith("/api/v1/namespaces/kube-system/pods"))
                return FakeApiserver::Answer{200, pods, {}, false};
            if (request.path == "/api/v1/namespaces/kube-system/configmaps/kubeadm-config" &&
                !config.isEmpty())
                return FakeApiserver::Answer{200, config, {}, false};
            return FakeApiserver::Answer{
                404, R"({"kind":"Status","code":404,"reason":"NotFound"})", {}, false};
        });
    }

    DrillConfigInit::Result run(const QString& output, int timeoutMs = 10000)
    {
        DrillConfigInit init;
        QSignalSpy spy(&init, &DrillConfigInit::finished);
        DrillConfigInit::Options options;
        options.kubeconfig = path("kube.conf");
        options.output = output;
        init.start(options);
        if (!spy.wait(timeoutMs))
            return DrillConfigInit::Result{
                false, QStringLiteral("test: no result within the deadline"), {}, {}, {}};
        return spy.first().first().value<DrillConfigInit::Result>();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<FakeApiserver> m_server;
};

QTEST_GUILESS_MAIN(TestDrillConfigInit)
#include "TestDrillConfigInit.moc"
