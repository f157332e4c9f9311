// KubeconfigLoader: every supported way a kubeconfig gives the server and credentials (files relative to the
// kubeconfig, -data fields, token, tokenFile, insecure-skip-tls-verify, context selection), and the errors:
// exec/auth-provider users, missing files, contexts, clusters and users, bad base64, bad YAML. No message may
// contain a token or key material.
#include "KubeconfigLoader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace etcddrill;

namespace {

const QByteArray caPem = "-----BEGIN CERTIFICATE-----\nTUlJQ0FDRVJU\n-----END CERTIFICATE-----\n";
const QByteArray certPem = "-----BEGIN CERTIFICATE-----\nQ0xJRU5UQ0VSVA==\n-----END CERTIFICATE-----\n";
const QByteArray keyPem = "-----BEGIN PRIVATE KEY-----\nSECRETKEYMATERIAL\n-----END PRIVATE KEY-----\n";

// Every secret the fixture holds, in every form it appears: no error message may contain one.
const QStringList secrets = {QStringLiteral("s3cr3t"), QStringLiteral("SECRETKEYMATERIAL"),
                             QString::fromLatin1(keyPem.toBase64())};

} // namespace

class TestKubeconfigLoader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void currentContextWithCertificateFiles();
    void dataFields();
    void tokenAndInsecureFlag();
    void tokenFileRelativeAndTrimmed();
    void contextWithoutUserIsAnonymous();
    void pluginUsersAreRefused_data();
    void pluginUsersAreRefused();
    void errors_data();
    void errors();
    void defaultPathFollowsKubeconfigVariable();

private:
    QString write(const QString& name, const QByteArray& content);
    QString m_config; // the fixture with every form
    QTemporaryDir m_dir;
};

QString TestKubeconfigLoader::write(const QString& name, const QByteArray& content)
{
    const QString path = m_dir.filePath(name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestKubeconfigLoader::initTestCase()
{
    QVERIFY(m_dir.isValid());
    write("kube/pki/ca.crt", caPem);
    write("kube/pki/admin.crt", certPem);
    write("kube/pki/admin.key", keyPem);
    write("kube/token.txt", "file-s3cr3t-token\n\n");
    m_config = write("kube/config", R"(apiVersion: v1
kind: Config
current-context: admin@lab
clusters:
- name: lab
  cluster:
    server: https://127.0.23.10:6443
    certificate-authority: pki/ca.crt
- name: lab-data
  cluster:
    server: https://api.lab.test:6443
    certificate-authority-data: )" + caPem.toBase64() +
                                        R"(
- name: lab-insecure
  cluster:
    server: https://127.0.23.11:6443
    insecure-skip-tls-verify: true
contexts:
- name: admin@lab
  context: {cluster: lab, user: admin}
- name: data@lab
  context: {cluster: lab-data, user: data-user}
- name: token@insecure
  context: {cluster: lab-insecure, user: token-user}
- name: tokenfile@lab
  context: {cluster: lab, user: tokenfile-user}
- name: exec@lab
  context: {cluster: lab, user: exec-user}
- name: oidc@lab
  context: {cluster: lab, user: oidc-user}
- name: basic@lab
  context: {cluster: lab, user: basic-user}
- name: anonymous@lab
  context: {cluster: lab}
- name: ghost@lab
  context: {cluster: lab, user: ghost}
- name: nocluster@lab
  context: {cluster: nowhere, user: admin}
users:
- name: admin
  user:
    client-certificate: pki/admin.crt
    client-key: pki/admin.key
- name: data-user
  user:
    client-certificate-data: )" + certPem.toBase64() +
                                        R"(
    client-key-data: )" + keyPem.toBase64() +
                                        R"(
- name: token-user
  user:
    token: inline-s3cr3t-token
- name: tokenfile-user
  user:
    tokenFile: token.txt
- name: exec-user
  user:
    exec:
      apiVersion: client.authentication.k8s.io/v1beta1
      command: get-token
      args: ["--secret", "exec-s3cr3t"]
- name: oidc-user
  user:
    auth-provider:
      name: oidc
      config: {id-token: oidc-s3cr3t}
- name: basic-user
  user:
    username: admin
    password: basic-s3cr3t
)");
}

void TestKubeconfigLoader::currentContextWithCertificateFiles()
{
    QString error;
    const auto access = KubeconfigLoader::load(m_config, QString(), &error);
    QVERIFY2(access, qPrintable(error));
    QCOMPARE(access->file, QFileInfo(m_config).absoluteFilePath());
    QCOMPARE(access->context, QStringLiteral("admin@lab"));
    QCOMPARE(access->cluster, QStringLiteral("lab"));
    QCOMPARE(access->user, QStringLiteral("admin"));
    QCOMPARE(access->server, QUrl(QStringLiteral("https://127.0.23.10:6443")));
    // Relative to the kubeconfig's folder, not to the working directory.
    QCOMPARE(access->credentials.caFile, m_dir.filePath("kube/pki/ca.crt"));
    QCOMPARE(access->credentials.clientCertFile, m_dir.filePath("kube/pki/admin.crt"));
    QCOMPARE(access->credentials.clientKeyFile, m_dir.filePath("kube/pki/admin.key"));
    QVERIFY(access->credentials.caPem.isEmpty());
    QVERIFY(access->credentials.bearerToken.isEmpty());
    QVERIFY(
        !access->credentials.insecureSkipTlsVerify); // verification stays on unless the file says otherwise

    const ProbeTarget target = access->probeTarget(QStringLiteral("vip"));
    QCOMPARE(target.name, QStringLiteral("vip"));
    QCOMPARE(target.requestPath(), QStringLiteral("/readyz"));
    QCOMPARE(target.credentials, access->credentials);
    QVERIFY2(target.validate().isEmpty(), qPrintable(target.validate()));
}

void TestKubeconfigLoader::dataFields()
{
    QString error;
    const auto access = KubeconfigLoader::load(m_config, QStringLiteral("data@lab"), &error);
    QVERIFY2(access, qPrintable(error));
    QCOMPARE(access->server.host(), QStringLiteral("api.lab.test"));
    QCOMPARE(access->credentials.caPem, caPem);
    QCOMPARE(access->credentials.clientCertPem, certPem);
    QCOMPARE(access->credentials.clientKeyPem, keyPem);
    QVERIFY(access->credentials.caFile.isEmpty());
    QVERIFY(access->credentials.clientKeyFile.isEmpty());
}

void TestKubeconfigLoader::tokenAndInsecureFlag()
{
    QString error;
    const auto access = KubeconfigLoader::load(m_config, QStringLiteral("token@insecure"), &error);
    QVERIFY2(access, qPrintable(error));
    QCOMPARE(access->credentials.bearerToken, QStringLiteral("inline-s3cr3t-token"));
    QVERIFY(access->credentials.insecureSkipTlsVerify);
    QVERIFY(!access->credentials.hasCa());
    QVERIFY(!access->credentials.hasClientCertificate());
}

void TestKubeconfigLoader::tokenFileRelativeAndTrimmed()
{
    QString error;
    const auto access = KubeconfigLoader::load(m_config, QStringLiteral("tokenfile@lab"), &error);
    QVERIFY2(access, qPrintable(error));
    QCOMPARE(access->credentials.bearerToken, QStringLiteral("file-s3cr3t-token"));
}

void TestKubeconfigLoader::contextWithoutUserIsAnonymous()
{
    QString error;
    const auto access = KubeconfigLoader::load(m_config, QStringLiteral("anonymous@lab"), &error);
    QVERIFY2(access, qPrintable(error));
    QVERIFY(access->user.isEmpty());
    QVERIFY(!access->credentials.hasClientCertificate());
    QVERIFY(access->credentials.bearerToken.isEmpty());
    QVERIFY(access->credentials.hasCa());
}

void TestKubeconfigLoader::pluginUsersAreRefused_data()
{
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("expected");
    QTest::newRow("exec") << QStringLiteral("exec@lab")
                          << QStringLiteral("user 'exec-user' in %1 uses exec credentials");
    QTest::newRow("auth-provider") << QStringLiteral("oidc@lab")
                                   << QStringLiteral("user 'oidc-user' in %1 uses auth-provider credentials");
    QTest::newRow("basic") << QStringLiteral("basic@lab")
                           << QStringLiteral("user 'basic-user' in %1 uses a user name and password");
}

void TestKubeconfigLoader::pluginUsersAreRefused()
{
    QFETCH(QString, context);
    QFETCH(QString, expected);
    QString error;
    QVERIFY(!KubeconfigLoader::load(m_config, context, &error));
    QVERIFY2(error.startsWith(expected.arg(QFileInfo(m_config).absoluteFilePath())), qPrintable(error));
    QVERIFY2(
        error.contains(QStringLiteral(", which etcd-drill does not support: use a client certificate or a "
                                      "token")),
        qPrintable(error));
    for (const QString& secret : secrets)
        QVERIFY2(!error.contains(secret), qPrintable(error));
}

void TestKubeconfigLoader::errors_data()
{
    QTest::addColumn<QString>("file"); // relative to the temporary folder; written when content is set
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("context");
    QTest::addColumn<QStringList>("expected"); // all must appear in the message ("%1" = the file's path)

    const QByteArray cluster = "clusters:\n- name: c\n  cluster:\n    server: https://127.0.23.10:6443\n";
    const QByteArray context = "contexts:\n- name: x\n  context: {cluster: c, user: u}\ncurrent-context: x\n";

    QTest::newRow("missing file") << "kube/none" << QByteArray() << QString()
                                  << QStringList{"cannot read kubeconfig '%1'", "KUBECONFIG"};
    QTest::newRow("unknown context") << "kube/config" << QByteArray() << "staging"
                                     << QStringList{"%1: context 'staging' not found",
                                                    "available contexts: 'admin@lab', 'data@lab'"};
    QTest::newRow("undefined user") << "kube/config" << QByteArray() << "ghost@lab"
                                    << QStringList{"%1:", "refers to user 'ghost'", "'admin'"};
    QTest::newRow("undefined cluster") << "kube/config" << QByteArray() << "nocluster@lab"
                                       << QStringList{"%1:", "refers to cluster 'nowhere'"};
    QTest::newRow("no current-context")
        << "bad/no-current" << cluster + "contexts:\n- name: x\n  context: {cluster: c}\n"
        << QString() << QStringList{"%1 has no current-context", "'x'"};
    QTest::newRow("missing CA file") << "bad/missing-ca"
                                     << "clusters:\n- name: c\n  cluster:\n    server: https://h:6443\n    "
                                        "certificate-authority: pki/nope.crt\n" +
                                            context + "users:\n- name: u\n  user: {token: t-s3cr3t}\n"
                                     << QString()
                                     << QStringList{"%1:5:", "certificate-authority file", "bad/pki/nope.crt",
                                                    "does not exist"};
    QTest::newRow("missing key file")
        << "bad/missing-key"
        << cluster + context +
               "users:\n- name: u\n  user:\n    client-certificate: ../kube/pki/admin.crt\n"
               "    client-key: gone.key\n"
        << QString() << QStringList{"%1:13:", "client-key file", "gone.key"};
    QTest::newRow("certificate without key")
        << "bad/cert-only"
        << cluster + context + "users:\n- name: u\n  user:\n    client-certificate: ../kube/pki/admin.crt\n"
        << QString() << QStringList{"%1:10:", "user 'u' has a client certificate but no client key"};
    QTest::newRow("bad base64") << "bad/base64"
                                << cluster + context +
                                       "users:\n- name: u\n  user:\n    client-key-data: S3cr3t!!notbase64" +
                                       "\n"
                                << QString()
                                << QStringList{"%1:12:", "client-key-data is not base64-encoded PEM"};
    QTest::newRow("insecure with CA")
        << "bad/insecure-ca"
        << "clusters:\n- name: c\n  cluster:\n    server: https://h:6443\n    certificate-authority-data: " +
               caPem.toBase64() + "\n    insecure-skip-tls-verify: true\n" + context +
               "users:\n- name: u\n  user: {}\n"
        << QString() << QStringList{"%1:6:", "both a certificate authority and insecure-skip-tls-verify"};
    QTest::newRow("no server") << "bad/no-server"
                               << "clusters:\n- name: c\n  cluster: {certificate-authority: x}\n" + context +
                                      "users:\n- name: u\n  user: {}\n"
                               << QString() << QStringList{"%1:3:", "cluster 'c' has no server"};
    QTest::newRow("unreadable token file")
        << "bad/token-file" << cluster + context + "users:\n- name: u\n  user: {tokenFile: missing-token}\n"
        << QString() << QStringList{"%1:11:", "cannot read tokenFile", "bad/missing-token"};
    QTest::newRow("yaml syntax") << "bad/syntax" << QByteArray("clusters:\n- name: c\n  cluster: [unclosed\n")
                                 << QString() << QStringList{"%1:", "fix the YAML"};
    QTest::newRow("not a map") << "bad/list" << QByteArray("- a\n- b\n") << QString()
                               << QStringList{"%1: not a kubeconfig"};
}

void TestKubeconfigLoader::errors()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, content);
    QFETCH(QString, context);
    QFETCH(QStringList, expected);
    const QString path = content.isEmpty() ? m_dir.filePath(file) : write(file, content);
    QString error;
    QVERIFY(!KubeconfigLoader::load(path, context, &error));
    qInfo("%s", qPrintable(error));
    for (const QString& part : expected)
        QVERIFY2(error.contains(part.contains(QLatin1String("%1")) ? part.arg(path) : part),
                 qPrintable(QStringLiteral("'%1' not in: %2").arg(part, error)));
    for (const QString& secret : secrets)
        QVERIFY2(!error.contains(secret, Qt::CaseInsensitive), qPrintable(error));
}

void TestKubeconfigLoader::defaultPathFollowsKubeconfigVariable()
{
    const QByteArray saved = qgetenv("KUBECONFIG");
    qputenv("KUBECONFIG", (m_config + QDir::listSeparator() + "/elsewhere/config").toLocal8Bit());
    QCOMPARE(KubeconfigLoader::defaultPath(), m_config);
    QString error;
    const auto access = KubeconfigLoader::load(QString(), QString(), &error);
    QVERIFY2(access, qPrintable(error));
    QCOMPARE(access->context, QStringLiteral("admin@lab"));
    qunsetenv("KUBECONFIG");
    QCOMPARE(KubeconfigLoader::defaultPath(), QDir::home().filePath(QStringLiteral(".kube/config")));
    if (!saved.isNull())
        qputenv("KUBECONFIG", saved);
}

QTEST_GUILESS_MAIN(TestKubeconfigLoader)
#include "TestKubeconfigLoader.moc"
