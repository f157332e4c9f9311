// Redactor: what a fault command may print (a kubeconfig, curl -v, an env dump) loses its private keys,
// tokens and passwords, and ordinary output stays readable.
#include "Redactor.h"

#include <QTest>

using namespace etcddrill;

class TestRedactor : public QObject
{
    Q_OBJECT

private slots:
    void masksSecrets_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("secret"); // must be gone
        QTest::addColumn<QString>("kept");   // must still be there

        QTest::newRow("rsa key") << QStringLiteral(
                                        "before\n-----BEGIN RSA PRIVATE KEY-----\nMIIEsecretAAA\nBBB=\n"
                                        "-----END RSA PRIVATE KEY-----\nafter")
                                 << QStringLiteral("MIIEsecretAAA") << QStringLiteral("after");
        QTest::newRow("pkcs8 key")
            << QStringLiteral("-----BEGIN PRIVATE KEY-----\nMC4CAQAwsecret\n-----END PRIVATE KEY-----")
            << QStringLiteral("MC4CAQAwsecret") << QStringLiteral("PRIVATE KEY");
        QTest::newRow("openssh key") << QStringLiteral(
                                            "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEsecret\n"
                                            "-----END OPENSSH PRIVATE KEY-----")
                                     << QStringLiteral("b3BlbnNzaC1rZXktdjEsecret")
                                     << QStringLiteral("OPENSSH");
        QTest::newRow("key cut by the cap")
            << QStringLiteral("ok\n-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIsecret")
            << QStringLiteral("MHcCAQEEIsecret") << QStringLiteral("ok");
        QTest::newRow("two keys, text between")
            << QStringLiteral(
                   "-----BEGIN PRIVATE KEY-----\nAAAsecret1\n-----END PRIVATE KEY-----\nmiddle line\n"
                   "-----BEGIN PRIVATE KEY-----\nBBB\n-----END PRIVATE KEY-----")
            << QStringLiteral("AAAsecret1") << QStringLiteral("middle line");
        QTest::newRow("bearer")
            << QStringLiteral("> Authorization: Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.sig-_x\n< 200")
            << QStringLiteral("eyJhbGciOiJSUzI1NiJ9") << QStringLiteral("< 200");
        QTest::newRow("basic") << QStringLiteral("Authorization: basic dXNlcjpwYXNz")
                               << QStringLiteral("dXNlcjpwYXNz") << QStringLiteral("Authorization");
        QTest::newRow("yaml token")
            << QStringLiteral("users:\n- name: admin\n  user:\n    token: abcdef.0123456789abcdef\n")
            << QStringLiteral("0123456789abcdef") << QStringLiteral("name: admin");
        QTest::newRow("kubeconfig key data")
            << QStringLiteral("    client-key-data: LS0tLS1CRUdJTiBSU0Egc2VjcmV0\n")
            << QStringLiteral("LS0tLS1CRUdJTiBSU0Egc2VjcmV0") << QStringLiteral("client-key-data");
        QTest::newRow("password colon") << QStringLiteral("password: hunter2 with spaces\nnext: line")
                                        << QStringLiteral("hunter2") << QStringLiteral("next: line");
        QTest::newRow("env password") << QStringLiteral("ETCDCTL_PASSWORD=s3cr3t ETCDCTL_USER=root")
                                      << QStringLiteral("s3cr3t") << QStringLiteral("ETCDCTL_USER=root");
        QTest::newRow("flag = two secrets") << QStringLiteral("--password=one --token=two --user=me")
                                            << QStringLiteral("two") << QStringLiteral("--user=me");
        QTest::newRow("flag space") << QStringLiteral(
                                           "kubeadm join --token abcdef.0123456789abcdef --discovery")
                                    << QStringLiteral("0123456789abcdef") << QStringLiteral("--discovery");
        QTest::newRow("json") << QStringLiteral("{\"token\": \"tok123\", \"user\": \"alice\"}")
                              << QStringLiteral("tok123") << QStringLiteral("alice");
        QTest::newRow("quoted password")
            << QStringLiteral("password='pa ss' rest") << QStringLiteral("pa ss") << QStringLiteral("rest");
        QTest::newRow("query string") << QStringLiteral("GET /x?access_token=qwerty&page=2")
                                      << QStringLiteral("qwerty") << QStringLiteral("page=2");
        QTest::newRow("url password") << QStringLiteral("https://admin:letmein@10.0.0.13:2379/health")
                                      << QStringLiteral("letmein") << QStringLiteral("10.0.0.13:2379/health");
        QTest::newRow("empty token value does not eat the next line")
            << QStringLiteral("token:\nimportant: keep\napi_key = zzz") << QStringLiteral("zzz")
            << QStringLiteral("important: keep");
    }
    void masksSecrets()
    {
        QFETCH(QString, text);
        QFETCH(QString, secret);
        QFETCH(QString, kept);
        const QString redacted = Redactor::redact(text);
        QVERIFY2(!redacted.contains(secret), qPrintable(redacted));
        QVERIFY2(redacted.contains(QLatin1String(Redactor::kMask)), qPrintable(redacted));
        QVERIFY2(redacted.contains(kept), qPrintable(redacted));
    }

    void leavesOrdinaryOutputAlone_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("mv error") << QStringLiteral(
            "mv: cannot move '/etc/kubernetes/manifests/etcd.yaml': Permission denied");
        QTest::newRow("sudo") << QStringLiteral("sudo: a password is required");
        QTest::newRow("systemctl") << QStringLiteral("etcd.service - etcd\n   Active: active (running)");
        QTest::newRow("certificate") << QStringLiteral(
            "-----BEGIN CERTIFICATE-----\nMIIBpublic\n-----END CERTIFICATE-----");
        QTest::newRow("flags") << QStringLiteral(
            "--cert=/etc/kubernetes/pki/etcd/server.crt --key-file=x.key");
        QTest::newRow("plain url") << QStringLiteral("https://10.0.0.13:2379/health");
        QTest::newRow("empty") << QString();
    }
    void leavesOrdinaryOutputAlone()
    {
        QFETCH(QString, text);
        QCOMPARE(Redactor::redact(text), text);
    }

    void keepsStructure()
    {
        QCOMPARE(Redactor::redact(QStringLiteral("  token: abc\n  name: x")),
                 QStringLiteral("  token: [redacted]\n  name: x"));
        QCOMPARE(Redactor::redact(QStringLiteral("Authorization: Bearer abc.def")),
                 QStringLiteral("Authorization: Bearer [redacted]"));
        QCOMPARE(Redactor::redact(
                     QStringLiteral("a\n-----BEGIN PRIVATE KEY-----\nx\n-----END PRIVATE KEY-----\nb")),
                 QStringLiteral("a\n-----BEGIN PRIVATE KEY----- [redacted] -----END PRIVATE KEY-----\nb"));
    }
};

QTEST_GUILESS_MAIN(TestRedactor)
#include "TestRedactor.moc"
