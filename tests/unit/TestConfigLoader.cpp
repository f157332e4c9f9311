// ConfigLoader and ConfigWriter: every class of config error with its exact place and message, the
// ETCDCTL_* and kubeadm fallbacks, relative TLS paths and the writer's round trip. TLS material is made per
// run in a temporary folder (CertificateAuthority); no private key is kept in the repository.
#include "CertificateAuthority.h"
#include "ConfigLoader.h"
#include "ConfigWriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "TestFiles.h"

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <memory>
#include <unistd.h>

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

// A self-signed certificate that expired yesterday, with its key. CertificateAuthority only issues
// certificates that are valid from now on, so this one is made by hand.
bool writeExpiredCertificate(const QString& certFile, const QString& keyFile)
{
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(EVP_EC_gen("P-256"), &EVP_PKEY_free);
    std::unique_ptr<X509, decltype(&X509_free)> cert(X509_new(), &X509_free);
    if (!key || !cert)
        return false;
    X509_set_version(cert.get(), 2);
    ASN1_INTEGER_set(X509_get_serialNumber(cert.get()), 7);
    X509_NAME* name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char*>("expired"),
                               -1, -1, 0);
    X509_set_issuer_name(cert.get(), name);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -2 * 86400);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), -86400);
    X509_set_pubkey(cert.get(), key.get());
    if (!X509_sign(cert.get(), key.get(), EVP_sha256()))
        return false;
    std::unique_ptr<BIO, decltype(&BIO_free)> certBio(BIO_new_file(qPrintable(certFile), "w"), &BIO_free);
    std::unique_ptr<BIO, decltype(&BIO_free)> keyBio(BIO_new_file(qPrintable(keyFile), "w"), &BIO_free);
    return certBio && keyBio && PEM_write_bio_X509(certBio.get(), cert.get()) &&
           PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr);
}

QProcessEnvironment environmentWith(const QList<std::pair<QString, QString>>& variables)
{
    QProcessEnvironment environment;
    for (const auto& [name, value] : variables)
        environment.insert(name, value);
    return environment;
}

} // namespace

class TestConfigLoader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void loadsMinimalConfigWithDefaults();
    void loadsEveryKey();
    void resolvesRelativeAndHomeTlsPaths();

    void reportsSchemaError_data();
    void reportsSchemaError();
    void reportsBadUrls();
    void collectsAllErrorsInFileOrder();
    void rejectsMoreThanSevenNodes();
    void reportsMissingAndUnreadableConfigFile();

    void reportsMissingTlsFile();
    void reportsUnreadableTlsFile();
    void reportsNotPemWithoutPrintingIt();
    void reportsCertificateKeyMismatch();
    void reportsCaThatIsNotACertificate();
    void reportsCaThatIsNotACa();
    void reportsCertWithoutKey();
    void reportsExpiredCertificate();

    void fileTlsWinsOverEnvironment();
    void environmentTlsWhenFileIsSilent();
    void environmentTlsProblemsNameTheVariable();
    void kubeadmDefaultsWhenEnvironmentIsSilent();
    void kubeadmDefaultsMissing();
    void kubeadmDefaultProblemsNameTheFile();
    void noFallbackForHttpEndpoints();

    void fromEnvironmentNamesNodesAfterHosts();
    void fromEnvironmentNumbersNodesOnOneHost();
    void fromEnvironmentReportsMissingAndBadEndpoints();
    void fromEnvironmentUsesKubeadmDefaults();

    void exampleParses();
    void writerRoundTrips();
    void writerQuotesWhatYamlWouldMisread();

private:
    // No ETCDCTL_* variables, no kubeadm folder: results depend on the file alone.
    ConfigLoader isolatedLoader() const;
    // Copies a fixture next to the generated pki/ folder and loads it from there.
    ConfigLoadResult loadCopy(const QString& name, const ConfigLoader& loader) const;
    ConfigLoadResult loadCopy(const QString& name) const { return loadCopy(name, isolatedLoader()); }
    QString pki(const QString& file) const { return m_dir + QStringLiteral("/pki/") + file; }
    // A kubeadm-like folder: ca.crt, healthcheck-client.crt, healthcheck-client.key.
    QString makeKubeadmDir(const QString& name) const;
    static void compareConfigs(const DrillConfig& actual, const DrillConfig& expected);

    QTemporaryDir m_temp;
    QString m_dir;
};

void TestConfigLoader::initTestCase()
{
    QVERIFY(m_temp.isValid());
    m_dir = QDir(m_temp.path()).canonicalPath();
    QVERIFY(QDir(m_dir).mkpath(QStringLiteral("pki/unreadable.key")));

    QString error;
    const auto ca = CertificateAuthority::create(QStringLiteral("etcd-drill test CA"), &error);
    QVERIFY2(ca, qPrintable(error));
    QVERIFY2(ca->writeCa(pki("ca.crt"), pki("ca.key"), &error), qPrintable(error));
    CertificateRequest client;
    client.commonName = QStringLiteral("etcd-drill");
    client.clientAuth = true;
    QVERIFY2(ca->issue(client, pki("client.crt"), pki("client.key"), &error), qPrintable(error));
    client.commonName = QStringLiteral("someone else");
    QVERIFY2(ca->issue(client, pki("other.crt"), pki("other.key"), &error), qPrintable(error));
    QVERIFY(writeExpiredCertificate(pki("expired.crt"), pki("expired.key")));
    QVERIFY(writeText(pki("garbage.key"), "SECRET-MATERIAL-do-not-print\n"));
}

ConfigLoader TestConfigLoader::isolatedLoader() const
{
    return ConfigLoader(QProcessEnvironment(), m_dir + QStringLiteral("/no-kubeadm"));
}

ConfigLoadResult TestConfigLoader::loadCopy(const QString& name, const ConfigLoader& loader) const
{
    const QString copy = m_dir + u'/' + name;
    QFile::remove(copy);
    if (!QFile::copy(fixture(name), copy))
        qFatal("cannot copy fixture %s", qPrintable(name));
    return loader.load(copy);
}

QString TestConfigLoader::makeKubeadmDir(const QString& name) const
{
    const QString dir = m_dir + u'/' + name;
    QDir().mkpath(dir);
    QFile::copy(pki("ca.crt"), dir + QStringLiteral("/ca.crt"));
    QFile::copy(pki("client.crt"), dir + QStringLiteral("/healthcheck-client.crt"));
    QFile::copy(pki("client.key"), dir + QStringLiteral("/healthcheck-client.key"));
    return dir;
}

void TestConfigLoader::compareConfigs(const DrillConfig& actual, const DrillConfig& expected)
{
    QCOMPARE(actual.clusterName, expected.clusterName);
    QCOMPARE(actual.etcd.tls.caFile, expected.etcd.tls.caFile);
    QCOMPARE(actual.etcd.tls.certFile, expected.etcd.tls.certFile);
    QCOMPARE(actual.etcd.tls.keyFile, expected.etcd.tls.keyFile);
    QCOMPARE(actual.etcd.requestTimeout.count(), expected.etcd.requestTimeout.count());
    QCOMPARE(actual.etcd.pollInterval.count(), expected.etcd.pollInterval.count());
    QCOMPARE(actual.etcd.writeCheck, expected.etcd.writeCheck);
    QCOMPARE(actual.etcd.writePrefix, expected.etcd.writePrefix);
    QCOMPARE(actual.nodes.size(), expected.nodes.size());
    for (qsizetype i = 0; i < actual.nodes.size(); ++i) {
        QCOMPARE(actual.nodes[i].name, expected.nodes[i].name);
        QCOMPARE(actual.nodes[i].etcdEndpoint, expected.nodes[i].etcdEndpoint);
        QCOMPARE(actual.nodes[i].apiserverUrl, expected.nodes[i].apiserverUrl);
        QCOMPARE(actual.nodes[i].sshHost, expected.nodes[i].sshHost);
        QCOMPARE(actual.nodes[i].manifest, expected.nodes[i].manifest);
        QCOMPARE(actual.nodes[i].backupDir, expected.nodes[i].backupDir);
    }
    // The sections beyond etcd and nodes (TestConfigLoaderDrill checks them key by key).
    QVERIFY(actual.apiserver == expected.apiserver);
    QVERIFY(actual.probes == expected.probes);
    QVERIFY(actual.drill == expected.drill);
}

// --- valid files ------------------------------------------------------------------------------------------

void TestConfigLoader::loadsMinimalConfigWithDefaults()
{
    const ConfigLoadResult result = isolatedLoader().load(fixture(QStringLiteral("minimal.yaml")));
    QVERIFY2(result.ok(), qPrintable(result.errorText()));
    const DrillConfig& config = *result.config;
    QCOMPARE(config.sourceFile, QFileInfo(fixture(QStringLiteral("minimal.yaml"))).absoluteFilePath());
    QCOMPARE(config.clusterName, QStringLiteral("lab"));
    QVERIFY(config.etcd.tls.isEmpty());
    QCOMPARE(config.etcd.requestTimeout, 1000ms);
    QCOMPARE(config.etcd.pollInterval, 500ms);
    QCOMPARE(config.etcd.writeCheck, false);
    QCOMPARE(config.etcd.writePrefix, QStringLiteral("/etcd-drill/"));
    QCOMPARE(config.nodes.size(), 1);
    QCOMPARE(config.nodes[0].name, QStringLiteral("M1"));
    QCOMPARE(config.nodes[0].etcdEndpoint, QStringLiteral("http://192.0.2.11:2379"));
    QCOMPARE(config.nodes[0].line, 4);
    QVERIFY(config.nodes[0].apiserverUrl.isEmpty());
    QVERIFY(config.nodes[0].sshHost.isEmpty());
}

void TestConfigLoader::loadsEveryKey()
{
    const ConfigLoadResult result = loadCopy(QStringLiteral("full.yaml"));
    QVERIFY2(result.ok(), qPrintable(result.errorText()));
    const DrillConfig& config = *result.config;
    QCOMPARE(config.clusterName, QStringLiteral("prod-east"));
    QCOMPARE(config.etcd.requestTimeout, 2000ms);
    QCOMPARE(config.etcd.pollInterval, 250ms);
    QCOMPARE(config.etcd.writeCheck, true);
    QCOMPARE(config.etcd.writePrefix, QStringLiteral("/drill/"));
    QCOMPARE(config.nodes.size(), 3);
    QCOMPARE(config.nodes[1].name, QStringLiteral("M2"));
    QCOMPARE(config.nodes[1].etcdEndpoint, QStringLiteral("https://192.0.2.12:2379"));
    QCOMPARE(config.nodes[1].apiserverUrl, QStringLiteral("https://192.0.2.12:6443"));
    QCOMPARE(config.nodes[1].sshHost, QStringLiteral("admin@192.0.2.12:2222"));
    QCOMPARE(config.nodes[1].line, 17);
    QCOMPARE(config.nodes[2].etcdEndpoint, QStringLiteral("192.0.2.13:2379"));
}

void TestConfigLoader::resolvesRelativeAndHomeTlsPaths()
{
    // Relative to the file's folder, not to the working directory.
    const QString cwd = QDir::currentPath();
    QVERIFY(QDir::setCurrent(QDir::rootPath()));
    const ConfigLoadResult result = loadCopy(QStringLiteral("full.yaml"));
    QDir::setCurrent(cwd);
    QVERIFY2(result.ok(), qPrintable(result.errorText()));
    QCOMPARE(result.config->etcd.tls.caFile, pki("ca.crt"));
    QCOMPARE(result.config->etcd.tls.certFile, pki("client.crt"));
    QCOMPARE(result.config->etcd.tls.keyFile, pki("client.key"));

    // "~/" is the HOME of the environment the loader was given.
    const ConfigLoader loader(environmentWith({{QStringLiteral("HOME"), m_dir}}),
                              m_dir + QStringLiteral("/none"));
    const QString text = readText(fixture(QStringLiteral("full.yaml")))
                             .replace(QStringLiteral("ca: pki/"), QStringLiteral("ca: ~/pki/"));
    const ConfigLoadResult home = loader.loadFromString(text, QStringLiteral("/nonexistent/drill.yaml"));
    QCOMPARE(home.errors.size(), 2); // cert and key are relative to /nonexistent: missing
    QCOMPARE(home.errors[0].message,
             QStringLiteral(
                 "etcd.tls.cert: 'pki/client.crt' (read as /nonexistent/pki/client.crt) does not exist"));
    QCOMPARE(home.errors[1].line, 7);
    QVERIFY(!home.errorText().contains(QStringLiteral("etcd.tls.ca")));
}

// --- schema errors ----------------------------------------------------------------------------------------

void TestConfigLoader::reportsSchemaError_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");

    QTest::newRow("unknown key, suggestion")
        << "unknown-key.yaml" << 3 << 3
        << "unknown key 'pol-interval' in 'etcd' — did you mean 'poll-interval'?";
    QTest::newRow("wrong type") << "wrong-type.yaml" << 2 << 8
                                << "nodes: expected a list of nodes, not a single value";
    QTest::newRow("bad duration")
        << "bad-duration.yaml" << 3 << 12
        << "etcd.timeout: '5 seconds' is not a duration: write e.g. 500ms, 1s or 2m";
    QTest::newRow("missing node key") << "missing-required.yaml" << 5 << 5
                                      << "missing required key 'etcd' in 'nodes[1]': add etcd: with an etcd "
                                         "endpoint like https://192.0.2.11:2379";
    QTest::newRow("missing cluster") << "missing-cluster.yaml" << 2 << 1
                                     << "missing required key 'cluster' at the top level: add cluster: with "
                                        "the cluster's name, e.g. cluster: lab";
    QTest::newRow("duplicate name")
        << "duplicate-name.yaml" << 5 << 11
        << "duplicate node name 'm1': node 'M1' at line 3 has it already; node names must be unique";
    QTest::newRow("duplicate endpoint")
        << "duplicate-endpoint.yaml" << 6 << 11
        << "duplicate etcd endpoint '192.0.2.11:2379': node 'M1' at line 4 uses it "
           "already; every node needs its own member's endpoint";
    QTest::newRow("yaml syntax")
        << "syntax-error.yaml" << 5 << 4
        << "YAML syntax error: end of sequence not found — check the indentation and quotes "
           "here and on the lines above";
}

void TestConfigLoader::reportsSchemaError()
{
    QFETCH(QString, file);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);

    const ConfigLoadResult result = isolatedLoader().load(fixture(file));
    QVERIFY(!result.ok());
    QVERIFY2(result.errors.size() == 1, qPrintable(result.errorText()));
    const ConfigError& error = result.errors.first();
    QCOMPARE(error.message, message);
    QCOMPARE(error.line, line);
    QCOMPARE(error.column, column);
    QCOMPARE(error.file, fixture(file));
    QCOMPARE(error.toString(),
             QStringLiteral("%1:%2:%3: %4").arg(fixture(file)).arg(line).arg(column).arg(message));
}

void TestConfigLoader::reportsBadUrls()
{
    const ConfigLoadResult result = isolatedLoader().load(fixture(QStringLiteral("bad-url.yaml")));
    QVERIFY2(result.errors.size() == 3, qPrintable(result.errorText()));
    const QString hint = QStringLiteral(": write https://host:port, http://host:port or host:port");
    QCOMPARE(result.errors[0].message,
             "nodes[0].etcd: 'ftp://192.0.2.11:2379' is not an etcd endpoint ('ftp://' is "
             "not http:// or https://)" +
                 hint);
    QCOMPARE(result.errors[0].line, 4);
    QCOMPARE(result.errors[0].column, 11);
    QCOMPARE(result.errors[1].message,
             "nodes[1].etcd: 'https://192.0.2.12' is not an etcd endpoint (the port is missing)" + hint);
    QCOMPARE(result.errors[1].line, 6);
    QCOMPARE(result.errors[2].message,
             QStringLiteral(
                 "nodes[1].apiserver: '192.0.2.12:6443' is not an apiserver URL (the https:// or http:// "
                 "in front is missing): write https://host:port, e.g. https://192.0.2.11:6443"));
    QCOMPARE(result.errors[2].line, 7);
    QCOMPARE(result.errors[2].column, 16);

    const ConfigLoadResult ssh = isolatedLoader().loadFromString(
        QStringLiteral(
            "cluster: lab\nnodes:\n  - name: M 1\n    etcd: http://[::1]:2379\n    ssh: root@a b\n"),
        QStringLiteral("inline.yaml"));
    QVERIFY2(ssh.errors.size() == 2, qPrintable(ssh.errorText()));
    QCOMPARE(ssh.errors[0].toString(),
             QStringLiteral("inline.yaml:3:11: nodes[0].name: 'M 1' is not a valid node "
                            "name: use only letters, digits, '.', '_' and '-'"));
    QCOMPARE(ssh.errors[1].toString(),
             QStringLiteral("inline.yaml:5:10: nodes[0].ssh: 'root@a b' is not an ssh "
                            "target: write host, user@host or user@host:port"));
}

void TestConfigLoader::collectsAllErrorsInFileOrder()
{
    const ConfigLoadResult result = isolatedLoader().load(fixture(QStringLiteral("bad-values.yaml")));
    QVERIFY(!result.config);
    QStringList lines = result.errorText().split(u'\n');
    const QString name = fixture(QStringLiteral("bad-values.yaml"));
    QCOMPARE(lines,
             QStringList({
                 name + ":4:12: etcd.timeout must be more than 0 and at most 60s, not 2m",
                 name + ":5:18: etcd.poll-interval must be between 50ms and 60s, not 10ms",
                 name + ":6:16: etcd.write-check: expected true or false, not 'yes'",
                 name + ":7:17: etcd.write-prefix must start with '/', e.g. /etcd-drill/, not 'etcd-drill/'",
             }));

    // Small mistakes that have no fixture of their own.
    const ConfigLoader loader = isolatedLoader();
    auto firstError = [&](const char* text) {
        const ConfigLoadResult r = loader.loadFromString(QString::fromUtf8(text), QStringLiteral("x.yaml"));
        return r.errors.isEmpty() ? QString() : r.errors.first().toString();
    };
    QCOMPARE(firstError(""),
             QStringLiteral("x.yaml: the file is empty: a drill config needs at least cluster: and "
                            "nodes: (examples/drill.example.yaml shows a complete one)"));
    QCOMPARE(firstError("- cluster: lab\n"),
             QStringLiteral(
                 "x.yaml:1:1: expected a mapping at the top level (cluster:, etcd:, nodes:), not a list"));
    QCOMPARE(firstError("cluster: lab\ncluster: lab2\nnodes: [{name: a, etcd: 'b:1'}]\n"),
             QStringLiteral(
                 "x.yaml:2:1: key 'cluster' appears twice at the top level (first at line 1): keep one"));
    QCOMPARE(firstError("cluster: lab\netcd:\n  timeout:\nnodes: [{name: a, etcd: 'b:1'}]\n"),
             QStringLiteral("x.yaml:3:3: etcd.timeout is empty: expected a duration like 500ms"));
    QCOMPARE(firstError("cluster: lab\netcd: 5\nnodes: [{name: a, etcd: 'b:1'}]\n"),
             QStringLiteral(
                 "x.yaml:2:7: etcd: expected a mapping of etcd settings (tls, timeout, poll-interval, …), "
                 "not a single value"));
    QCOMPARE(firstError("cluster: lab\netcd:\n  Write_Check: true\nnodes: [{name: a, etcd: 'b:1'}]\n"),
             QStringLiteral("x.yaml:3:3: unknown key 'Write_Check' in 'etcd' — did you mean 'write-check'?"));
    QCOMPARE(firstError("cluster: lab\nnodes:\n  - name: a\n    etcd: 'b:1'\n    endpoint: c\n"),
             QStringLiteral(
                 "x.yaml:5:5: unknown key 'endpoint' in 'nodes[0]' — valid keys: name, etcd, apiserver, ssh, "
                 "manifest, backup-dir"));
    QCOMPARE(
        firstError("cluster: lab\netcd:\n  tls: {}\nnodes: [{name: a, etcd: 'b:1'}]\n"),
        QStringLiteral("x.yaml:3:8: etcd.tls is empty: give ca, cert and key, or remove it to use ETCDCTL_* "
                       "or the kubeadm defaults"));
    QCOMPARE(firstError("cluster: lab\nnodes: []\n"),
             QStringLiteral("x.yaml:2:8: nodes is empty: list at least one node with name: and etcd:"));
    QCOMPARE(
        firstError("cluster: lab\nnodes:\n  - M1\n"),
        QStringLiteral("x.yaml:3:5: nodes[0]: expected a node (a mapping with name: and etcd:), not a single "
                       "value"));
    QCOMPARE(firstError("cluster: lab\nnodes: [{name: a, etcd: 'b:1'}]\n---\ncluster: two\n"),
             QStringLiteral(
                 "x.yaml:4:1: the file holds 2 YAML documents (separated by ---): put the drill config in "
                 "one"));
}

void TestConfigLoader::rejectsMoreThanSevenNodes()
{
    QString text = QStringLiteral("cluster: big\nnodes:\n");
    for (int i = 1; i <= 9; ++i)
        text += QStringLiteral("  - name: M%1\n    etcd: http://192.0.2.%1:2379\n").arg(i);
    const ConfigLoadResult result = isolatedLoader().loadFromString(text, QStringLiteral("big.yaml"));
    QVERIFY2(result.errors.size() == 1, qPrintable(result.errorText()));
    QCOMPARE(result.errors[0].toString(),
             QStringLiteral("big.yaml:17:5: nodes lists 9 nodes; etcd-drill drills "
                            "clusters of 1 to 7 members: remove 2 of them"));

    text = QStringLiteral("cluster: seven\nnodes:\n");
    for (int i = 1; i <= 7; ++i)
        text += QStringLiteral("  - name: M%1\n    etcd: http://192.0.2.%1:2379\n").arg(i);
    QVERIFY(isolatedLoader().loadFromString(text, QStringLiteral("seven.yaml")).ok());
}

void TestConfigLoader::reportsMissingAndUnreadableConfigFile()
{
    const QString missing = m_dir + QStringLiteral("/nope.yaml");
    ConfigLoadResult result = isolatedLoader().load(missing);
    QVERIFY2(result.errors.size() == 1, qPrintable(result.errorText()));
    QCOMPARE(result.errors[0].toString(),
             missing + QStringLiteral(": the config file does not exist: check the path "
                                      "(examples/drill.example.yaml shows a complete one)"));

    result = isolatedLoader().load(m_dir);
    QVERIFY2(result.errors.size() == 1, qPrintable(result.errorText()));
    QCOMPARE(result.errors[0].toString(),
             m_dir + QStringLiteral(": is a directory, not a config file: name the drill.yaml inside it"));

    if (geteuid() == 0)
        QSKIP("root reads files whatever their mode: the unreadable-file case needs a non-root user (the "
              "missing and directory cases above ran)");
    const QString locked = m_dir + QStringLiteral("/locked.yaml");
    QVERIFY(QFile::copy(fixture(QStringLiteral("minimal.yaml")), locked));
    QVERIFY(QFile::setPermissions(locked, QFileDevice::Permissions()));
    result = isolatedLoader().load(locked);
    QVERIFY2(result.errors.size() == 1, qPrintable(result.errorText()));
    QVERIFY2(result.errors[0].message.startsWith(QStringLiteral("the config file cannot be read: ")),
             qPrintable(result.errorText()));
}

// --- TLS files --------------------------------------------------------------------------------------------

void TestConfigLoader::reportsMissingTlsFile()
{
    const ConfigLoadResult result = loadCopy(QStringLiteral("tls-missing.yaml"));
    QVERIFY2(result.errors.size() == 1, qPrintable(result.errorText()));
    QCOMPARE(result.errors[0].line, 6);
    QCOMPARE(result.errors[0].column, 10);
    QCOMPARE(result.errors[0].message,
             QStringLiteral("etcd.tls.key: 'pki/missing.key' (read as %1) does not exist")
                 .arg(pki("missing.key")));
}

void TestConfigLoader::reportsUnreadableTlsFile()
{
    // pki/unreadable.key is a directory: unreadable as a file even for root.
    ConfigLoadResult result = loadCopy(QStringLiteral("tls-unreadable.yaml"));
    QVERIFY2(result.errors.size() == 1, qPrintable(result.errorText()));
    QCOMPARE(result.errors[0].line, 6);
    QCOMPARE(result.errors[0].column, 10);
    QCOMPARE(result.errors[0].message,
             QStringLiteral("etcd.tls.key: 'pki/unreadable.key' (read as %1) is a directory, not a PEM file")
                 .arg(pki("unreadable.key")));

    if (geteuid() == 0)
        QSKIP("root reads files whatever their mode: the mode-000 key case needs a non-root user (the "
              "directory case above ran)");
    const QString locked = pki("locked.key");
    QVERIFY(QFile::copy(pki("client.key"), locked));
    QVERIFY(QFile::setPermissions(locked, QFileDevice::Permissions()));
    const QString text = readText(fixture(QStringLiteral("tls-unreadable.yaml")))
                             .replace(QStringLiteral("unreadable.key"), QStringLiteral("locked.key"));
    result = isolatedLoader().loadFromString(text, m_dir + QStringLiteral("/locked.yaml"));
    QVERIFY2(result.errors.size() == 1, qPrintable(result.errorText()));
    QVERIFY2(result.errors[0].message.contains(QStringLiteral("cannot be read")),
             qPrintable(result.errorText()));
}

void TestConfigLoader::reportsNotPemWithoutPrintingIt()
{
    const ConfigLoadResult result = loadCopy(QStringLiteral("tls-not-pem.yaml"));
    QVERIFY2(result.errors.size() == 1, qPrintable(result.errorText()));
    QCOMPARE(result.errors[0].line, 6);
    QCOMPARE(result.errors[0].column, 10);
    QCOMPARE(result.errors[0].message,
             QStringLiteral(
                 "etcd.tls.key: 'pki/garbage.key' (read as %1) is not PEM (it has no -----BEGIN line; a "
                 "DER file converts with openssl x509 -inform der)")
                 .arg(pki("garbage.key")));
    QVERIFY(!result.errorText().contains(QStringLiteral("SECRET-MATERIAL")));
}

void TestConfigLoader::reportsCertificateKeyMismatch()
{
    const ConfigLoadResult result = loadCopy(QStringLiteral("tls-mismatch.yaml"));
    QVERIFY2(result.errors.size() == 1, qPrintable(result.errorText()));
    QCOMPARE(result.errors[0].line, 6);
    QCOMPARE(result.errors[0].column, 10);
    QCOMPARE(result.errors[0].message,
             QStringLiteral(
                 "etcd.tls.cert and etcd.tls.key do not belong together: the certificate was not issued "
                 "for this private key; give the key that was made with '%1'")
                 .arg(pki("client.crt")));
    // No line of the key file shows up in the message.
    const QStringList keyLines = readText(pki("other.key")).split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(keyLines.size() > 2);
    for (const QString& line : keyLines)
        QVERIFY(!result.errorText().contains(line));
}

void TestConfigLoader::reportsCaThatIsNotACertificate()
{
    const ConfigLoadResult result = loadCopy(QStringLiteral("tls-ca-not-certificate.yaml"));
    QVERIFY2(result.errors.size() == 1, qPrintable(result.errorText()));
    QCOMPARE(result.errors[0].line, 4);
    QCOMPARE(result.errors[0].column, 9);
    QCOMPARE(result.errors[0].message,
             QStringLiteral(
                 "etcd.tls.ca: 'pki/client.key' (read as %1) holds no certificate (its first PEM block is "
                 "PRIVATE KEY: is this the key file?)")
                 .arg(pki("client.key")));
}

void TestConfigLoader::reportsCaThatIsNotACa()
{
    const ConfigLoadResult result = loadCopy(QStringLiteral("tls-ca-not-ca.yaml"));
    QVERIFY2(result.errors.size() == 1, qPrintable(result.errorText()));
    QCOMPARE(result.errors[0].line, 4);
    QCOMPARE(result.errors[0].column, 9);
    QCOMPARE(
        result.errors[0].message,
        QStringLiteral("etcd.tls.ca: 'pki/client.crt' (read as %1) holds no CA certificate (no CA:TRUE basic "
                       "constraint): is this the client certificate instead of the CA?")
            .arg(pki("client.crt")));
}

void TestConfigLoader::reportsCertWithoutKey()
{
    const ConfigLoadResult result = loadCopy(QStringLiteral("tls-cert-without-key.yaml"));
    QVERIFY2(result.errors.size() == 1, qPrintable(result.errorText()));
    QCOMPARE(result.errors[0].line, 4);
    QCOMPARE(result.errors[0].column, 5);
    QCOMPARE(result.errors[0].message,
             QStringLiteral("etcd.tls has cert but no key: add key: with the certificate's private key"));
}

void TestConfigLoader::reportsExpiredCertificate()
{
    const ConfigLoadResult result = loadCopy(QStringLiteral("tls-expired.yaml"));
    QVERIFY2(result.errors.size() == 1, qPrintable(result.errorText()));
    QCOMPARE(result.errors[0].line, 5);
    QCOMPARE(result.errors[0].column, 11);
    const QString yesterday = QDateTime::currentDateTimeUtc().addDays(-1).date().toString(Qt::ISODate);
    const QString prefix =
        QStringLiteral("etcd.tls.cert: 'pki/expired.crt' (read as %1) holds a certificate that expired on ")
            .arg(pki("expired.crt"));
    QVERIFY2(result.errors[0].message.startsWith(prefix + yesterday) ||
                 result.errors[0].message.startsWith(prefix), // the date may have rolled over just now
             qPrintable(result.errors[0].message));
    QVERIFY(result.errors[0].message.endsWith(QStringLiteral(": renew it (kubeadm certs renew …)")));
}

// --- fallbacks --------------------------------------------------------------------------------------------

void TestConfigLoader::fileTlsWinsOverEnvironment()
{
    const ConfigLoader loader(
        environmentWith({{QStringLiteral("ETCDCTL_CACERT"), QStringLiteral("/nope/ca.crt")},
                         {QStringLiteral("ETCDCTL_CERT"), QStringLiteral("/nope/c.crt")},
                         {QStringLiteral("ETCDCTL_KEY"), QStringLiteral("/nope/c.key")}}),
        makeKubeadmDir(QStringLiteral("kubeadm-file-wins")));
    const ConfigLoadResult result = loadCopy(QStringLiteral("full.yaml"), loader);
    QVERIFY2(result.ok(), qPrintable(result.errorText()));
    QCOMPARE(result.config->etcd.tls.caFile, pki("ca.crt"));
    QCOMPARE(result.config->etcd.tls.keyFile, pki("client.key"));
}

void TestConfigLoader::environmentTlsWhenFileIsSilent()
{
    const ConfigLoader loader(environmentWith({{QStringLiteral("ETCDCTL_CACERT"), pki("ca.crt")},
                                               {QStringLiteral("ETCDCTL_CERT"), pki("other.crt")},
                                               {QStringLiteral("ETCDCTL_KEY"), pki("other.key")}}),
                              makeKubeadmDir(QStringLiteral("kubeadm-env-wins")));
    const ConfigLoadResult result = loader.load(fixture(QStringLiteral("no-tls-https.yaml")));
    QVERIFY2(result.ok(), qPrintable(result.errorText()));
    QCOMPARE(result.config->etcd.tls.caFile, pki("ca.crt"));
    QCOMPARE(result.config->etcd.tls.certFile, pki("other.crt"));
    QCOMPARE(result.config->etcd.tls.keyFile, pki("other.key"));

    // Only a CA: server verification without a client certificate, and no kubeadm files mixed in.
    const ConfigLoader caOnly(environmentWith({{QStringLiteral("ETCDCTL_CACERT"), pki("ca.crt")}}),
                              makeKubeadmDir(QStringLiteral("kubeadm-env-wins")));
    const ConfigLoadResult partial = caOnly.load(fixture(QStringLiteral("no-tls-https.yaml")));
    QVERIFY2(partial.ok(), qPrintable(partial.errorText()));
    QCOMPARE(partial.config->etcd.tls, (TlsFiles{pki("ca.crt"), QString(), QString()}));
}

void TestConfigLoader::environmentTlsProblemsNameTheVariable()
{
    const QString name = fixture(QStringLiteral("no-tls-https.yaml"));
    const ConfigLoader loader(
        environmentWith({{QStringLiteral("ETCDCTL_CACERT"), pki("ca.crt")},
                         {QStringLiteral("ETCDCTL_CERT"), pki("client.crt")},
                         {QStringLiteral("ETCDCTL_KEY"), QStringLiteral("/nope/client.key")}}),
        m_dir + QStringLiteral("/none"));
    ConfigLoadResult result = loader.load(name);
    QVERIFY2(result.errors.size() == 1, qPrintable(result.errorText()));
    QCOMPARE(result.errors[0].toString(),
             name + QStringLiteral(": ETCDCTL_KEY: '/nope/client.key' does not exist (used "
                                   "because the file has no etcd.tls)"));

    const ConfigLoader half(environmentWith({{QStringLiteral("ETCDCTL_CERT"), pki("client.crt")}}),
                            m_dir + QStringLiteral("/none"));
    result = half.load(name);
    QVERIFY2(result.errors.size() == 1, qPrintable(result.errorText()));
    QCOMPARE(result.errors[0].message,
             QStringLiteral("ETCDCTL_CERT is set but ETCDCTL_KEY is not: set both or neither"));
}

void TestConfigLoader::kubeadmDefaultsWhenEnvironmentIsSilent()
{
    const QString dir = makeKubeadmDir(QStringLiteral("kubeadm-default"));
    const ConfigLoader loader(environmentWith({{QStringLiteral("ETCDCTL_ENDPOINTS"), QStringLiteral("x:1")}}),
                              dir);
    const ConfigLoadResult result = loader.load(fixture(QStringLiteral("no-tls-https.yaml")));
    QVERIFY2(result.ok(), qPrintable(result.errorText()));
    QCOMPARE(result.config->etcd.tls.caFile, dir + QStringLiteral("/ca.crt"));
    QCOMPARE(result.config->etcd.tls.certFile, dir + QStringLiteral("/healthcheck-client.crt"));
    QCOMPARE(result.config->etcd.tls.keyFile, dir + QStringLiteral("/healthcheck-client.key"));
    QCOMPARE(ConfigLoader::defaultKubeadmPkiDir(), QStringLiteral("/etc/kubernetes/pki/etcd"));
}

void TestConfigLoader::kubeadmDefaultsMissing()
{
    const QString dir = m_dir + QStringLiteral("/no-kubeadm");
    const ConfigLoadResult result = isolatedLoader().load(fixture(QStringLiteral("no-tls-https.yaml")));
    QVERIFY2(result.errors.size() == 1, qPrintable(result.errorText()));
    // Points at the first https endpoint: the reason TLS files are needed.
    QCOMPARE(result.errors[0].line, 7);
    QCOMPARE(result.errors[0].column, 11);
    QCOMPARE(
        result.errors[0].message,
        QStringLiteral("the https:// endpoints need TLS files, but the file has no etcd.tls, ETCDCTL_CACERT, "
                       "ETCDCTL_CERT and ETCDCTL_KEY are not set and kubeadm's %1/ca.crt does not exist: add "
                       "etcd.tls with ca, cert and key")
            .arg(dir));
}

void TestConfigLoader::kubeadmDefaultProblemsNameTheFile()
{
    const QString dir = makeKubeadmDir(QStringLiteral("kubeadm-broken"));
    QFile::remove(dir + QStringLiteral("/healthcheck-client.key"));
    QVERIFY(QFile::copy(pki("other.key"), dir + QStringLiteral("/healthcheck-client.key")));
    QFile::remove(dir + QStringLiteral("/ca.crt"));
    const ConfigLoader loader(QProcessEnvironment(), dir);
    const ConfigLoadResult result = loader.load(fixture(QStringLiteral("no-tls-https.yaml")));
    QVERIFY2(result.errors.size() == 2, qPrintable(result.errorText()));
    QCOMPARE(result.errors[0].message,
             QStringLiteral(
                 "kubeadm default ca: '%1/ca.crt' does not exist (used because the file has no etcd.tls)")
                 .arg(dir));
    QCOMPARE(result.errors[1].message,
             QStringLiteral(
                 "kubeadm default cert and kubeadm default key do not belong together: the certificate was "
                 "not issued for this private key; give the key that was made with "
                 "'%1/healthcheck-client.crt' (used because the file has no etcd.tls)")
                 .arg(dir));
}

void TestConfigLoader::noFallbackForHttpEndpoints()
{
    const ConfigLoader loader(
        environmentWith({{QStringLiteral("ETCDCTL_CACERT"), QStringLiteral("/nope/ca.crt")},
                         {QStringLiteral("ETCDCTL_CERT"), QStringLiteral("/nope/c.crt")},
                         {QStringLiteral("ETCDCTL_KEY"), QStringLiteral("/nope/c.key")}}),
        makeKubeadmDir(QStringLiteral("kubeadm-http")));
    const ConfigLoadResult result = loader.load(fixture(QStringLiteral("minimal.yaml")));
    QVERIFY2(result.ok(), qPrintable(result.errorText()));
    QVERIFY(result.config->etcd.tls.isEmpty());
}

void TestConfigLoader::fromEnvironmentNamesNodesAfterHosts()
{
    const ConfigLoader loader(
        environmentWith(
            {{QStringLiteral("ETCDCTL_ENDPOINTS"),
              QStringLiteral("https://m1.example:2379, https://m2.example:2379,,192.0.2.13:2379")},
             {QStringLiteral("ETCDCTL_CACERT"), pki("ca.crt")},
             {QStringLiteral("ETCDCTL_CERT"), pki("client.crt")},
             {QStringLiteral("ETCDCTL_KEY"), pki("client.key")}}),
        m_dir + QStringLiteral("/none"));
    const ConfigLoadResult result = loader.fromEnvironment();
    QVERIFY2(result.ok(), qPrintable(result.errorText()));
    const DrillConfig& config = *result.config;
    QVERIFY(config.sourceFile.isEmpty());
    QCOMPARE(config.clusterName, QStringLiteral("kubernetes"));
    QCOMPARE(config.nodes.size(), 3);
    QCOMPARE(config.nodes[0].name, QStringLiteral("m1.example"));
    QCOMPARE(config.nodes[0].etcdEndpoint, QStringLiteral("https://m1.example:2379"));
    QCOMPARE(config.nodes[1].name, QStringLiteral("m2.example"));
    QCOMPARE(config.nodes[2].name, QStringLiteral("192.0.2.13"));
    QCOMPARE(config.etcd.tls, (TlsFiles{pki("ca.crt"), pki("client.crt"), pki("client.key")}));
    QCOMPARE(config.etcd.requestTimeout, 1000ms);
}

void TestConfigLoader::fromEnvironmentNumbersNodesOnOneHost()
{
    const ConfigLoader loader(
        environmentWith({{QStringLiteral("ETCDCTL_ENDPOINTS"),
                          QStringLiteral("http://127.0.0.1:2379,http://127.0.0.1:22379")}}),
        makeKubeadmDir(QStringLiteral("kubeadm-env-http")));
    const ConfigLoadResult result = loader.fromEnvironment();
    QVERIFY2(result.ok(), qPrintable(result.errorText()));
    QCOMPARE(result.config->nodes.size(), 2);
    QCOMPARE(result.config->nodes[0].name, QStringLiteral("etcd-1"));
    QCOMPARE(result.config->nodes[1].name, QStringLiteral("etcd-2"));
    QCOMPARE(result.config->nodes[1].etcdEndpoint, QStringLiteral("http://127.0.0.1:22379"));
    QVERIFY(result.config->etcd.tls.isEmpty()); // http only: no kubeadm files
}

void TestConfigLoader::fromEnvironmentReportsMissingAndBadEndpoints()
{
    ConfigLoadResult result = isolatedLoader().fromEnvironment();
    QVERIFY2(result.errors.size() == 1, qPrintable(result.errorText()));
    QVERIFY(result.errors[0].file.isEmpty());
    QCOMPARE(result.errors[0].toString(),
             QStringLiteral(
                 "ETCDCTL_ENDPOINTS is not set: name a drill config (examples/drill.example.yaml shows a "
                 "complete one) or export ETCDCTL_ENDPOINTS=https://host:2379,…"));

    const ConfigLoader loader(environmentWith({{QStringLiteral("ETCDCTL_ENDPOINTS"),
                                                QStringLiteral("http://a:1,unix:///run/etcd.sock,a:1")}}),
                              m_dir + QStringLiteral("/none"));
    result = loader.fromEnvironment();
    QVERIFY2(result.errors.size() == 2, qPrintable(result.errorText()));
    QCOMPARE(
        result.errors[0].message,
        QStringLiteral("ETCDCTL_ENDPOINTS: 'unix:///run/etcd.sock' is not an etcd endpoint (only http:// and "
                       "https:// are understood): write https://host:port, http://host:port or host:port"));
    QCOMPARE(result.errors[1].message,
             QStringLiteral("ETCDCTL_ENDPOINTS lists 'a:1' twice: list every member once"));
}

void TestConfigLoader::fromEnvironmentUsesKubeadmDefaults()
{
    const QString dir = makeKubeadmDir(QStringLiteral("kubeadm-env"));
    const ConfigLoader loader(environmentWith({{QStringLiteral("ETCDCTL_ENDPOINTS"),
                                                QStringLiteral("https://[2001:db8::1]:2379")}}),
                              dir);
    ConfigLoadResult result = loader.fromEnvironment();
    QVERIFY2(result.ok(), qPrintable(result.errorText()));
    QCOMPARE(result.config->nodes[0].name, QStringLiteral("etcd-1")); // an IPv6 literal is no node name
    QCOMPARE(result.config->etcd.tls.certFile, dir + QStringLiteral("/healthcheck-client.crt"));

    const ConfigLoader without(
        environmentWith({{QStringLiteral("ETCDCTL_ENDPOINTS"), QStringLiteral("https://192.0.2.11:2379")}}),
        m_dir + QStringLiteral("/none"));
    result = without.fromEnvironment();
    QVERIFY2(result.errors.size() == 1, qPrintable(result.errorText()));
    QCOMPARE(result.errors[0].toString(),
             QStringLiteral(
                 "the https:// endpoints need TLS files, but ETCDCTL_CACERT, ETCDCTL_CERT and ETCDCTL_KEY "
                 "are not set and kubeadm's %1/none/ca.crt does not exist: export ETCDCTL_CACERT, "
                 "ETCDCTL_CERT and ETCDCTL_KEY")
                 .arg(m_dir));
}

// --- the example and the writer ---------------------------------------------------------------------------

void TestConfigLoader::exampleParses()
{
    const QString example = QStringLiteral(ETCD_DRILL_TEST_DATA "/../../examples/drill.example.yaml");
    QVERIFY(QFileInfo::exists(example));

    // As shipped it names kubeadm's files, which this machine may not have: those may be the only errors.
    const ConfigLoadResult asShipped = isolatedLoader().load(example);
    for (const ConfigError& error : asShipped.errors)
        QVERIFY2(error.message.startsWith(QStringLiteral("etcd.tls.")) ||
                     error.message.startsWith(
                         QStringLiteral("apiserver.kubeconfig: '/etc/kubernetes/admin.conf'")),
                 qPrintable(error.toString()));

    // With the kubeadm paths pointing at real files it loads cleanly.
    const QString dir = makeKubeadmDir(QStringLiteral("kubeadm-example"));
    QVERIFY(writeText(dir + QStringLiteral("/admin.conf"), "apiVersion: v1\nkind: Config\n"));
    const QString text =
        readText(example)
            .replace(QStringLiteral("/etc/kubernetes/pki/etcd/"), dir + u'/')
            .replace(QStringLiteral("/etc/kubernetes/admin.conf"), dir + QStringLiteral("/admin.conf"));
    const ConfigLoadResult result =
        isolatedLoader().loadFromString(text, m_dir + QStringLiteral("/example.yaml"));
    QVERIFY2(result.ok(), qPrintable(result.errorText()));
    QCOMPARE(result.config->nodes.size(), 3);
    QCOMPARE(result.config->nodes[0].name, QStringLiteral("M1"));
    QCOMPARE(result.config->nodes[2].etcdEndpoint, QStringLiteral("https://192.0.2.13:2379"));
    QCOMPARE(result.config->etcd.tls.keyFile, dir + QStringLiteral("/healthcheck-client.key"));
}

void TestConfigLoader::writerRoundTrips()
{
    const ConfigLoadResult loaded = loadCopy(QStringLiteral("full.yaml"));
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorText()));

    const QString yaml = ConfigWriter::toYaml(*loaded.config);
    QVERIFY(yaml.contains(QStringLiteral("# "))); // commented for people
    const ConfigLoadResult reread =
        isolatedLoader().loadFromString(yaml, QStringLiteral("/elsewhere/drill.yaml"));
    QVERIFY2(reread.ok(), qPrintable(reread.errorText() + u'\n' + yaml));
    compareConfigs(*reread.config, *loaded.config);
    if (QTest::currentTestFailed())
        return;

    // Through a file, as the lab writes it.
    const QString path = m_dir + QStringLiteral("/written.yaml");
    QString error;
    QVERIFY2(ConfigWriter::writeFile(*loaded.config, path, &error), qPrintable(error));
    const ConfigLoadResult fromFile = isolatedLoader().load(path);
    QVERIFY2(fromFile.ok(), qPrintable(fromFile.errorText()));
    compareConfigs(*fromFile.config, *loaded.config);
    QCOMPARE(ConfigWriter::toYaml(*fromFile.config), yaml);

    QVERIFY(!ConfigWriter::writeFile(*loaded.config, m_dir + QStringLiteral("/no/such/dir/x.yaml"), &error));
    QVERIFY(error.startsWith(QStringLiteral("cannot write ")));
}

void TestConfigLoader::writerQuotesWhatYamlWouldMisread()
{
    DrillConfig config;
    config.clusterName = QStringLiteral("null: #\"lab\" \\ 实验\t");
    config.etcd.requestTimeout = 1500ms;
    config.etcd.pollInterval = 60s;
    config.etcd.writePrefix = QStringLiteral("/a b/#c");
    NodeConfig yes;
    yes.name = QStringLiteral("yes");
    yes.etcdEndpoint = QStringLiteral("127.0.0.1:2379");
    NodeConfig tilde;
    tilde.name = QStringLiteral("-x");
    tilde.etcdEndpoint = QStringLiteral("http://[::1]:2379");
    tilde.sshHost = QStringLiteral("root@[::1]:2222");
    config.nodes = {yes, tilde};

    const QString yaml = ConfigWriter::toYaml(config);
    const ConfigLoadResult reread = isolatedLoader().loadFromString(yaml, QStringLiteral("quoted.yaml"));
    QVERIFY2(reread.ok(), qPrintable(reread.errorText() + u'\n' + yaml));
    config.clusterName = config.clusterName.trimmed(); // the loader trims values
    // The loader fills in the drill target (the last node) and the journal folder a config in code leaves
    // out.
    config.drill.targetNode = QStringLiteral("-x");
    config.drill.journalDir = ConfigLoader::defaultJournalDir();
    compareConfigs(*reread.config, config);
    QVERIFY(yaml.contains(QStringLiteral("timeout: 1500ms")));
    QVERIFY(yaml.contains(QStringLiteral("poll-interval: 1m")));
    QVERIFY(!yaml.contains(QStringLiteral("tls:")));
}

QTEST_GUILESS_MAIN(TestConfigLoader)
#include "TestConfigLoader.moc"
