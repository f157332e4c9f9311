// EtcdEndpoint::parse: the three accepted forms, TLS selection like etcdctl, and messages for bad input.
#include "EtcdEndpoint.h"

#include <QTest>

using namespace etcddrill;

class TestEtcdEndpoint : public QObject
{
    Q_OBJECT

private slots:
    void valid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("scheme");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("target");
        using S = EtcdEndpoint::Scheme;
        QTest::newRow("https") << "https://10.0.0.3:2379" << int(S::Https) << "10.0.0.3" << 2379
                               << "10.0.0.3:2379";
        QTest::newRow("http") << "http://127.0.21.1:12379" << int(S::Http) << "127.0.21.1" << 12379
                              << "127.0.21.1:12379";
        QTest::newRow("bare") << "etcd-1.example:2379" << int(S::None) << "etcd-1.example" << 2379
                              << "etcd-1.example:2379";
        QTest::newRow("upper-case scheme") << "HTTPS://m1:2379" << int(S::Https) << "m1" << 2379 << "m1:2379";
        QTest::newRow("trailing slash") << "https://m1:2379/" << int(S::Https) << "m1" << 2379 << "m1:2379";
        QTest::newRow("spaces") << "  http://m1:2379 " << int(S::Http) << "m1" << 2379 << "m1:2379";
        QTest::newRow("default port") << "https://m1" << int(S::Https) << "m1" << 2379 << "m1:2379";
        QTest::newRow("ipv6") << "https://[fd00::3]:2379" << int(S::Https) << "fd00::3" << 2379
                              << "[fd00::3]:2379";
    }
    void valid()
    {
        QFETCH(QString, text);
        QFETCH(int, scheme);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, target);
        QString error;
        const EtcdEndpoint e = EtcdEndpoint::parse(text, &error);
        QVERIFY2(e.isValid(), qPrintable(error));
        QCOMPARE(int(e.scheme()), scheme);
        QCOMPARE(e.host(), host);
        QCOMPARE(e.port(), port);
        QCOMPARE(e.grpcTarget(), target);
        QCOMPARE(e.text(), text.trimmed());
    }

    void invalid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty") << ""
                               << "is empty";
        QTest::newRow("unix") << "unix:///var/run/etcd.sock"
                              << "unsupported scheme 'unix'";
        QTest::newRow("bad port") << "https://m1:99999"
                                  << "port";
        QTest::newRow("text port") << "m1:abc"
                                   << "port";
        QTest::newRow("empty port") << "https://m1:"
                                    << "empty port";
        QTest::newRow("path") << "https://m1:2379/v3"
                              << "path";
        QTest::newRow("user") << "https://root:pw@m1:2379"
                              << "user name";
        QTest::newRow("no host") << "https://:2379"
                                 << "host";
    }
    void invalid()
    {
        QFETCH(QString, text);
        QFETCH(QString, mentions);
        QString error;
        const EtcdEndpoint e = EtcdEndpoint::parse(text, &error);
        QVERIFY(!e.isValid());
        QVERIFY2(error.contains(mentions), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("https://host:port")),
                 qPrintable(error)); // says what to write
    }

    void credentialsAreNotEchoed()
    {
        QString error;
        QVERIFY(!EtcdEndpoint::parse(QStringLiteral("https://root:s3cret@m1:2379"), &error).isValid());
        QVERIFY2(!error.contains(QStringLiteral("s3cret")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("m1:2379")), qPrintable(error));
    }

    void tlsLikeEtcdctl()
    {
        QVERIFY(EtcdEndpoint::parse(QStringLiteral("https://m1:2379")).usesTls(false));
        QVERIFY(EtcdEndpoint::parse(QStringLiteral("https://m1:2379")).usesTls(true));
        QVERIFY(!EtcdEndpoint::parse(QStringLiteral("http://m1:2379")).usesTls(true));
        QVERIFY(!EtcdEndpoint::parse(QStringLiteral("m1:2379")).usesTls(false));
        QVERIFY(EtcdEndpoint::parse(QStringLiteral("m1:2379")).usesTls(true));
    }
};

QTEST_GUILESS_MAIN(TestEtcdEndpoint)
#include "TestEtcdEndpoint.moc"
