// EtcdErrorText: gRPC failures as seen from gRPC 1.51 against etcd 3.4 (messages recorded from real runs)
// become operator sentences that name the endpoint and what to check, in English and translated.
#include "EtcdErrorText.h"

#include "i18n/TranslationLoader.h"

#include <QTest>
#include <QTranslator>

using namespace etcddrill;

namespace {

EtcdErrorText::Context context(bool tls)
{
    EtcdErrorText::Context c;
    c.endpoint = tls ? QStringLiteral("https://127.0.21.1:2379") : QStringLiteral("http://127.0.21.1:2379");
    c.host = QStringLiteral("127.0.21.1");
    c.port = 2379;
    c.tls = tls;
    if (tls)
        c.tlsFiles = {QStringLiteral("/etc/pki/etcd/ca.crt"), QStringLiteral("/etc/pki/etcd/client.crt"),
                      QStringLiteral("/etc/pki/etcd/client.key")};
    c.deadline = std::chrono::milliseconds(1000);
    return c;
}

} // namespace

class TestEtcdErrorText : public QObject
{
    Q_OBJECT

private slots:
    void okIsEmpty() { QCOMPARE(EtcdErrorText::describe(0, QString(), context(false)).english(), QString()); }

    void texts_data()
    {
        QTest::addColumn<bool>("tls");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("refused") << false << 14
                                 << "failed to connect to all addresses; last error: UNKNOWN: "
                                    "ipv4:127.0.21.5:2379: Failed to connect "
                                    "to remote host: Connection refused"
                                 << QStringList{
                                        "cannot connect to http://127.0.21.1:2379: connection refused",
                                        "is etcd running there?"};
        QTest::newRow("deadline") << false << 4 << "Deadline Exceeded"
                                  << QStringList{"no answer from http://127.0.21.1:2379 within 1000 ms"};
        QTest::newRow("connect timeout")
            << false << 14
            << "failed to connect to all addresses; last error: UNKNOWN: ipv4:127.0.21.9:2379: connection "
               "attempt "
               "timed out before receiving SETTINGS frame"
            << QStringList{"no answer from http://127.0.21.1:2379", "timed out", "hung"};
        QTest::newRow("dns")
            << false << 14
            << "DNS resolution failed for nowhere.invalid:2379: C-ares status is not ARES_SUCCESS"
            << QStringList{"cannot resolve '127.0.21.1'", "host name"};
        QTest::newRow("untrusted server")
            << true << 14
            << "failed to connect to all addresses; last error: UNKNOWN: ipv4:127.0.21.1:2379: Ssl handshake "
               "failed: SSL_ERROR_SSL: error:1000007d:SSL routines:OPENSSL_internal:CERTIFICATE_VERIFY_FAILED"
            << QStringList{"TLS", "could not be verified", "/etc/pki/etcd/ca.crt"};
        // Recorded against a TLS endpoint whose port accepts TCP and never answers, after the first attempt.
        QTest::newRow("tls handshake never answered")
            << true << 14
            << "failed to connect to all addresses; last error: UNKNOWN: ipv4:127.0.30.51:2379: Handshake "
               "read "
               "failed"
            << QStringList{"no answer from", "never completed the TLS handshake", "hung"};
        QTest::newRow("name mismatch") << true << 14
                                       << "failed to connect to all addresses; last error: UNKNOWN: Peer "
                                          "name 127.0.21.1 is not in peer certificate"
                                       << QStringList{"TLS", "not issued for '127.0.21.1'"};
        QTest::newRow("client cert rejected")
            << true << 14
            << "failed to connect to all addresses; last error: UNKNOWN: ipv4:127.0.21.1:2379: Ssl handshake "
               "failed: SSL_ERROR_SSL: error:10000412:SSL "
               "routines:OPENSSL_internal:SSLV3_ALERT_BAD_CERTIFICATE"
            << QStringList{"TLS", "rejected our client certificate /etc/pki/etcd/client.crt"};
        QTest::newRow("tls to plaintext")
            << true << 14
            << "failed to connect to all addresses; last error: UNKNOWN: ipv4:127.0.21.1:2379: Ssl handshake "
               "failed: SSL_ERROR_SSL: error:100000f7:SSL routines:OPENSSL_internal:WRONG_VERSION_NUMBER"
            << QStringList{"TLS", "does not speak TLS", "http://127.0.21.1:2379"};
        QTest::newRow("client cert rejected after TLS 1.3 handshake")
            << true << 14
            << "failed to connect to all addresses; last error: UNAVAILABLE: ipv4:127.0.21.5:2379: Endpoint "
               "read failed"
            << QStringList{"TLS", "rejected our client certificate /etc/pki/etcd/client.crt",
                           "--trusted-ca-file"};
        QTest::newRow("tls to plaintext, connection closed")
            << true << 14
            << "failed to connect to all addresses; last error: UNAVAILABLE: ipv4:127.0.21.6:2379: Socket "
               "closed"
            << QStringList{"TLS", "does not speak TLS", "http://127.0.21.1:2379", "/etc/pki/etcd/client.crt"};
        QTest::newRow("plaintext to tls")
            << false << 14 << "Socket closed" << QStringList{"closed the connection", "https://"};
        QTest::newRow("no leader") << false << 14 << "etcdserver: no leader" << QStringList{"has no leader"};
        QTest::newRow("nospace") << false << 8 << "etcdserver: mvcc: database space exceeded"
                                 << QStringList{"NOSPACE", "defragment"};
        QTest::newRow("denied") << false << 7 << "etcdserver: permission denied"
                                << QStringList{"denied", "etcdserver: permission denied"};
        QTest::newRow("unimplemented")
            << false << 12 << "unknown service etcdserverpb.Maintenance" << QStringList{"etcd v3"};
        QTest::newRow("other") << false << 13 << "something odd"
                               << QStringList{"INTERNAL", "something odd", "http://127.0.21.1:2379"};
    }
    void texts()
    {
        QFETCH(bool, tls);
        QFETCH(int, code);
        QFETCH(QString, message);
        QFETCH(QStringList, expected);
        const QString text = EtcdErrorText::describe(code, message, context(tls)).english();
        for (const QString& part : expected)
            QVERIFY2(text.contains(part), qPrintable(QStringLiteral("'%1' lacks '%2'").arg(text, part)));
    }

    // The console and the CLI show the sentence in the operator's language; the endpoint, the CA path and
    // gRPC's own words stay as they are.
    void translated()
    {
        bool loaded = false;
        const std::unique_ptr<QTranslator> zh =
            TranslationLoader::loadTranslator(QStringLiteral("zh_CN"), &loaded);
        QVERIFY(loaded);
        const TextTranslator chinese(zh.get());
        const LocalizedText refused = EtcdErrorText::describe(
            14,
            QStringLiteral("failed to connect to all addresses; last error: UNKNOWN: ipv4:127.0.21.1:2379: "
                           "Connection refused"),
            context(false));
        QCOMPARE(
            refused.english(),
            QStringLiteral(
                "cannot connect to http://127.0.21.1:2379: connection refused — is etcd running there?"));
        QCOMPARE(refused.translated(chinese),
                 QStringLiteral("无法连接 http://127.0.21.1:2379：连接被拒绝 —— etcd 在那里运行吗？"));
        const LocalizedText unverified = EtcdErrorText::describe(
            14, QStringLiteral("Ssl handshake failed: CERTIFICATE_VERIFY_FAILED"), context(true));
        const QString text = unverified.translated(chinese);
        QVERIFY2(text.contains(QStringLiteral("/etc/pki/etcd/ca.crt")) &&
                     text.contains(QStringLiteral("无法用 CA 文件")),
                 qPrintable(text));
        const LocalizedText odd =
            EtcdErrorText::describe(13, QStringLiteral("something odd"), context(false));
        QCOMPARE(odd.translated(chinese),
                 QStringLiteral("http://127.0.21.1:2379 失败，INTERNAL：something odd"));
    }

    void codeNames()
    {
        QCOMPARE(EtcdErrorText::codeName(4), QStringLiteral("DEADLINE_EXCEEDED"));
        QCOMPARE(EtcdErrorText::codeName(16), QStringLiteral("UNAUTHENTICATED"));
        QCOMPARE(EtcdErrorText::codeName(99), QStringLiteral("code 99"));
    }
};

QTEST_GUILESS_MAIN(TestEtcdErrorText)
#include "TestEtcdErrorText.moc"
