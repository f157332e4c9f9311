// SshTarget parsing (the forms nodes[].ssh allows) and SshTransport's reading of ssh's own error messages,
// on canned stderr texts of OpenSSH 9; the real thing is TestSshTransport.
#include "SshTarget.h"
#include "SshTransport.h"

#include <QTest>

using namespace etcddrill;

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

} // namespace

class TestSshTarget : public QObject
{
    Q_OBJECT

private slots:
    void parses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("destination");
        QTest::newRow("host") << s("m3") << s("") << s("m3") << 0 << s("m3");
        QTest::newRow("user@host") << s("root@10.0.0.13") << s("root") << s("10.0.0.13") << 0
                                   << s("root@10.0.0.13");
        QTest::newRow("user@host:port") << s("clay@m3.example.com:2222") << s("clay") << s("m3.example.com")
                                        << 2222 << s("clay@m3.example.com");
        QTest::newRow("ipv6") << s("root@[2001:db8::13]:22") << s("root") << s("2001:db8::13") << 22
                              << s("root@2001:db8::13");
        QTest::newRow("ipv6 no port") << s("[::1]") << s("") << s("::1") << 0 << s("::1");
    }
    void parses()
    {
        QFETCH(QString, text);
        QFETCH(QString, user);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, destination);
        const auto target = SshTarget::parse(text);
        QVERIFY(target);
        QCOMPARE(target->user, user);
        QCOMPARE(target->host, host);
        QCOMPARE(target->port, port);
        QCOMPARE(target->destination(), destination);
        QCOMPARE(target->toString(), text);
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << s("");
        QTest::newRow("option as host") << s("-oProxyCommand=touch /tmp/x");
        QTest::newRow("option as user") << s("-oProxyCommand=x@host");
        QTest::newRow("port 0") << s("host:0");
        QTest::newRow("port too big") << s("host:65536");
        QTest::newRow("space") << s("root@my host");
        QTest::newRow("bare ipv6") << s("2001:db8::1");
        QTest::newRow("two @") << s("a@b@c");
    }
    void rejects()
    {
        QFETCH(QString, text);
        QString error;
        QVERIFY(!SshTarget::parse(text, &error));
        QVERIFY(error.contains(QLatin1String("user@host:port")));
    }

    void classifiesSshErrors_data()
    {
        using F = CommandResult::TransportFailure;
        QTest::addColumn<QString>("stderrText");
        QTest::addColumn<int>("failure");
        QTest::newRow("refused") << s("ssh: connect to host 127.0.25.2 port 2222: Connection refused\r\n")
                                 << int(F::CannotConnect);
        QTest::newRow("timeout") << s("ssh: connect to host 192.0.2.1 port 22: Connection timed out\n")
                                 << int(F::CannotConnect);
        QTest::newRow("dns") << s("ssh: Could not resolve hostname m9: Name or service not known\n")
                             << int(F::CannotConnect);
        QTest::newRow("unreachable") << s("ssh: connect to host 10.9.9.9 port 22: No route to host\n")
                                     << int(F::CannotConnect);
        QTest::newRow("banner") << s("kex_exchange_identification: read: Connection reset by peer\n")
                                << int(F::CannotConnect);
        QTest::newRow("auth")
            << s("Warning: Permanently added '[127.0.25.1]:2222' (ED25519) to the list of known hosts.\r\n"
                 "root@127.0.25.1: Permission denied (publickey).\r\n")
            << int(F::Authentication);
        QTest::newRow("unknown host key")
            << s("No ED25519 host key is known for m3 and you have requested strict "
                 "checking.\r\nHost key verification failed.\r\n")
            << int(F::HostKey);
        QTest::newRow("changed host key") << s("@@@ WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED! @@@\n"
                                               "Host key verification failed.\n")
                                          << int(F::HostKey);
        QTest::newRow("broken") << s("Connection to m3 closed by remote host.\n") << int(F::Other);
        QTest::newRow("nothing") << s("") << int(F::Other);
    }
    void classifiesSshErrors()
    {
        QFETCH(QString, stderrText);
        QFETCH(int, failure);
        QCOMPARE(int(SshTransport::classify(stderrText)), failure);
    }
};

QTEST_GUILESS_MAIN(TestSshTarget)
#include "TestSshTarget.moc"
