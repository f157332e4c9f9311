// ProbePlan: from a drill config (read by the real ConfigLoader from files in a temporary folder) to the
// probe targets and their credentials: inheritance of interval and timeout, node apiserver targets,
// kubeconfig credentials and their overrides by apiserver.ca/cert/key/token-file, and the messages for what
// an operator can get wrong. Certificates are made at run time by the lab's CertificateAuthority.
#include "CertificateAuthority.h"
#include "ConfigLoader.h"
#include "ProbePlan.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace etcddrill;
using namespace std::chrono_literals;

class TestProbePlan : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void targetsInheritIntervalAndTimeout();
    void nodeApiserversCanBeTurnedOff();
    void tokenFileGoesToHttpsTargetsOnly();
    void kubeconfigCredentials();
    void explicitFilesOverrideKubeconfig();
    void kubeconfigProblemNamesConfigAndKey();
    void unusableTokenFiles_data();
    void unusableTokenFiles();
    void invalidTargetBuiltInCode();
    void outageThreshold();
    void emptyPlanIsNotAnError();

private:
    QString path(const QString& name) const { return m_dir.filePath(name); }
    void write(const QString& name, const QByteArray& content);
    DrillConfig load(const QString& yaml);

    QTemporaryDir m_dir;
};

void TestProbePlan::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    const auto ca = CertificateAuthority::create(QStringLiteral("plan test CA"), &error);
    QVERIFY2(ca, qPrintable(error));
    QVERIFY2(ca->writeCa(path("ca.crt"), path("ca.key"), &error), qPrintable(error));
    CertificateRequest client;
    client.commonName = QStringLiteral("etcd-drill");
    client.clientAuth = true;
    QVERIFY2(ca->issue(client, path("client.crt"), path("client.key"), &error), qPrintable(error));
    write(QStringLiteral("token"), "plan-token-1234\n");

    QFile caFile(path("ca.crt"));
    QVERIFY(caFile.open(QIODevice::ReadOnly));
    const QByteArray caData = caFile.readAll().toBase64();
    write(QStringLiteral("kubeconfig"),
          "apiVersion: v1\nkind: Config\ncurrent-context: admin@lab\n"
          "clusters:\n- name: lab\n  cluster:\n    server: https://192.0.2.100:6443\n"
          "    certificate-authority-data: " +
              caData +
              "\n"
              "contexts:\n- name: admin@lab\n  context:\n    cluster: lab\n    user: admin\n"
              "users:\n- name: admin\n  user:\n    token: kubeconfig-token-5678\n");
}

void TestProbePlan::write(const QString& name, const QByteArray& content)
{
    QFile file(path(name));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(content);
}

DrillConfig TestProbePlan::load(const QString& yaml)
{
    const ConfigLoadResult result =
        ConfigLoader(QProcessEnvironment()).loadFromString(yaml, path(QStringLiteral("drill.yaml")));
    if (!result.ok())
        qWarning("%s", qPrintable(result.errorText()));
    return result.config.value_or(DrillConfig());
}

void TestProbePlan::targetsInheritIntervalAndTimeout()
{
    const DrillConfig config = load(QStringLiteral(R"(cluster: lab
nodes:
  - name: M1
    etcd: http://192.0.2.11:2379
    apiserver: https://192.0.2.11:6443/
  - name: M2
    etcd: http://192.0.2.12:2379
probes:
  interval: 200ms
  timeout: 2s
  path: /livez?verbose
  targets:
    - name: vip
      url: https://192.0.2.100:6443/readyz
      interval: 50ms
    - name: domain
      url: https://k8s.example.test:6443/readyz
      resolve: 192.0.2.101
      keep-alive: true
      timeout: 500ms
)"));
    QVERIFY(!config.nodes.isEmpty());
    QString error;
    const auto targets = ProbePlan::fromConfig(config, &error);
    QVERIFY2(targets, qPrintable(error));
    QCOMPARE(targets->size(), 3); // M2 has no apiserver URL
    const ProbeTarget& vip = targets->at(0);
    QCOMPARE(vip.name, QStringLiteral("vip"));
    QCOMPARE(vip.url, QUrl(QStringLiteral("https://192.0.2.100:6443/readyz")));
    QCOMPARE(vip.interval, 50ms);
    QCOMPARE(vip.timeout, 2000ms);
    QCOMPARE(vip.keepAlive, false);
    QVERIFY(vip.resolveAddress.isEmpty());

    const ProbeTarget& domain = targets->at(1);
    QCOMPARE(domain.name, QStringLiteral("domain"));
    QCOMPARE(domain.interval, 200ms);
    QCOMPARE(domain.timeout, 500ms);
    QCOMPARE(domain.keepAlive, true);
    QCOMPARE(domain.resolveAddress, QStringLiteral("192.0.2.101"));

    const ProbeTarget& node = targets->at(2);
    QCOMPARE(node.name, QStringLiteral("M1-apiserver"));
    QCOMPARE(node.url.toString(), QStringLiteral("https://192.0.2.11:6443/livez?verbose"));
    QCOMPARE(node.requestPath(), QStringLiteral("/livez?verbose"));
    QCOMPARE(node.interval, 200ms);
    QCOMPARE(node.timeout, 2000ms);
    for (const ProbeTarget& target : *targets) {
        QVERIFY2(target.validate().isEmpty(), qPrintable(target.validate()));
        // No apiserver section: the system store, no client certificate, no token.
        QCOMPARE(target.credentials, ProbeCredentials());
    }
}

void TestProbePlan::nodeApiserversCanBeTurnedOff()
{
    const DrillConfig config = load(QStringLiteral(R"(cluster: lab
nodes:
  - name: M1
    etcd: http://192.0.2.11:2379
    apiserver: https://192.0.2.11:6443
probes:
  node-apiservers: false
  targets:
    - name: vip
      url: https://192.0.2.100:6443
)"));
    QString error;
    const auto targets = ProbePlan::fromConfig(config, &error);
    QVERIFY2(targets, qPrintable(error));
    QCOMPARE(targets->size(), 1);
    QCOMPARE(targets->first().name, QStringLiteral("vip"));
    QCOMPARE(targets->first().requestPath(), QStringLiteral("/readyz"));
}

void TestProbePlan::tokenFileGoesToHttpsTargetsOnly()
{
    const DrillConfig config = load(QStringLiteral(R"(cluster: lab
nodes:
  - name: M1
    etcd: http://192.0.2.11:2379
    apiserver: http://192.0.2.11:8080
apiserver:
  ca: ca.crt
  token-file: token
probes:
  targets:
    - name: vip
      url: https://192.0.2.100:6443/readyz
)"));
    QString error;
    const auto targets = ProbePlan::fromConfig(config, &error);
    QVERIFY2(targets, qPrintable(error));
    QCOMPARE(targets->size(), 2);
    QCOMPARE(targets->at(0).credentials.bearerToken, QStringLiteral("plan-token-1234"));
    QCOMPARE(targets->at(0).credentials.caFile, path("ca.crt"));
    // The node's http:// URL would carry the token in clear text.
    QCOMPARE(targets->at(1).name, QStringLiteral("M1-apiserver"));
    QVERIFY(targets->at(1).credentials.bearerToken.isEmpty());
}

void TestProbePlan::kubeconfigCredentials()
{
    const DrillConfig config = load(QStringLiteral(R"(cluster: lab
nodes:
  - name: M1
    etcd: http://192.0.2.11:2379
apiserver:
  kubeconfig: kubeconfig
probes:
  targets:
    - name: vip
      url: https://192.0.2.100:6443/readyz
)"));
    QString error;
    const auto credentials = ProbePlan::credentials(config, &error);
    QVERIFY2(credentials, qPrintable(error));
    QCOMPARE(credentials->bearerToken, QStringLiteral("kubeconfig-token-5678"));
    QVERIFY(credentials->caPem.contains("-----BEGIN CERTIFICATE-----"));
    QVERIFY(credentials->caFile.isEmpty());
    const auto targets = ProbePlan::fromConfig(config, &error);
    QVERIFY2(targets, qPrintable(error));
    QCOMPARE(targets->first().credentials, *credentials);
}

void TestProbePlan::explicitFilesOverrideKubeconfig()
{
    const DrillConfig config = load(QStringLiteral(R"(cluster: lab
nodes:
  - name: M1
    etcd: http://192.0.2.11:2379
apiserver:
  kubeconfig: kubeconfig
  context: admin@lab
  ca: ca.crt
  cert: client.crt
  key: client.key
  token-file: token
)"));
    QString error;
    const auto credentials = ProbePlan::credentials(config, &error);
    QVERIFY2(credentials, qPrintable(error));
    // ProbeCredentials prefers PEM bytes over files: the kubeconfig's CA data must be gone.
    QCOMPARE(credentials->caFile, path("ca.crt"));
    QVERIFY(credentials->caPem.isEmpty());
    QCOMPARE(credentials->clientCertFile, path("client.crt"));
    QCOMPARE(credentials->clientKeyFile, path("client.key"));
    QVERIFY(credentials->clientCertPem.isEmpty() && credentials->clientKeyPem.isEmpty());
    QCOMPARE(credentials->bearerToken, QStringLiteral("plan-token-1234"));
    QVERIFY(!credentials->insecureSkipTlsVerify);
}

void TestProbePlan::kubeconfigProblemNamesConfigAndKey()
{
    const DrillConfig config = load(QStringLiteral(R"(cluster: lab
nodes:
  - name: M1
    etcd: http://192.0.2.11:2379
apiserver:
  kubeconfig: kubeconfig
  context: nobody@nowhere
)"));
    QString error;
    QVERIFY(!ProbePlan::fromConfig(config, &error));
    QVERIFY2(error.startsWith(path("drill.yaml") + QStringLiteral(": apiserver.kubeconfig: ")),
             qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("nobody@nowhere")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("admin@lab")), qPrintable(error)); // what is available
    QVERIFY(!error.contains(QStringLiteral("kubeconfig-token-5678")));
}

void TestProbePlan::unusableTokenFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QByteArray("\n  \n") << QStringLiteral("is empty");
    QTest::newRow("two lines") << QByteArray("secret-one\nsecret-two\n")
                               << QStringLiteral("more than a token");
    QTest::newRow("huge") << QByteArray(70 * 1024, 'a') << QStringLiteral("larger than 64 KiB");
}

void TestProbePlan::unusableTokenFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    write(QStringLiteral("bad-token"), content);
    // Built in code: ConfigLoader refuses an empty token file already, a plan must not rely on that.
    DrillConfig config;
    config.sourceFile = path("drill.yaml");
    config.apiserver.tokenFile = path("bad-token");
    QString error;
    QVERIFY(!ProbePlan::credentials(config, &error));
    QVERIFY2(error.startsWith(path("drill.yaml") + QStringLiteral(": apiserver.token-file: '") +
                              path("bad-token")),
             qPrintable(error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY(!error.contains(QStringLiteral("secret")));

    config.apiserver.tokenFile = path("no-such-token");
    QVERIFY(!ProbePlan::credentials(config, &error));
    QVERIFY2(error.contains(QStringLiteral("cannot read")), qPrintable(error));
}

void TestProbePlan::invalidTargetBuiltInCode()
{
    DrillConfig config;
    config.sourceFile = path("drill.yaml");
    ProbeTargetConfig target;
    target.name = QStringLiteral("vip");
    target.url = QStringLiteral("https://192.0.2.100:6443/readyz");
    target.interval = 5ms; // below the engine's floor of 20 ms
    target.line = 14;
    config.probes.targets.append(target);
    QString error;
    QVERIFY(!ProbePlan::fromConfig(config, &error));
    QVERIFY2(error.startsWith(path("drill.yaml") + QStringLiteral(":14: probes.targets[0]: ")),
             qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("interval")), qPrintable(error));
}

void TestProbePlan::outageThreshold()
{
    DrillConfig config;
    QCOMPARE(ProbePlan::outageThreshold(config), 1);
    config.probes.outageThreshold = 3;
    QCOMPARE(ProbePlan::outageThreshold(config), 3);
}

void TestProbePlan::emptyPlanIsNotAnError()
{
    const DrillConfig config =
        load(QStringLiteral("cluster: lab\nnodes:\n  - name: M1\n    etcd: http://192.0.2.11:2379\n"));
    QString error;
    const auto targets = ProbePlan::fromConfig(config, &error);
    QVERIFY2(targets, qPrintable(error));
    QVERIFY(targets->isEmpty());
}

QTEST_GUILESS_MAIN(TestProbePlan)
#include "TestProbePlan.moc"
