// EtcdClient over TLS against real etcd members: a mutual-TLS member on 127.0.21.5 and a plain one on
// 127.0.21.6. Certificates are made with the lab's CertificateAuthority in a QTemporaryDir. Checks that
// verification is on, that bare host:port uses TLS when TLS files are set (like etcdctl), and that each
// common TLS mistake comes back as a message naming what to check (the TLS member also listens on 127.0.21.7
// for the name check). Processes are killed in cleanupTestCase() and destructors.
#include "AwaitCallback.h"
#include "EtcdClient.h"
#include "lab/CertificateAuthority.h"

#include <QFile>
#include <QPointer>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <map>
#include <memory>

#ifdef Q_OS_LINUX
#include <sys/prctl.h>

#include <csignal>
#endif
#include <optional>

using namespace etcddrill;
using namespace std::chrono_literals;

namespace {

const QString kTlsHost = QStringLiteral("127.0.21.5");
const QString kPlainHost = QStringLiteral("127.0.21.6");

template <typename Result, typename Start> std::optional<Result> await(Start start, int timeoutMs = 10000)
{
    return etcddrill::test::awaitCallback<Result>(std::move(start), timeoutMs);
}

} // namespace

class TestEtcdClientTls : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_tlsEtcd;
    std::unique_ptr<QProcess> m_plainEtcd;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    std::map<QString, std::unique_ptr<CertificateAuthority>> m_cas;

    bool makeCa(const QString& name)
    {
        QString error;
        auto ca = CertificateAuthority::create(name, &error);
        if (!ca || !ca->writeCa(path(name + ".crt"), path(name + ".key"), &error)) {
            qWarning("CA %s: %s", qPrintable(name), qPrintable(error));
            return false;
        }
        m_cas[name] = std::move(ca);
        return true;
    }

    bool makeLeaf(const QString& name, const QString& ca, const QStringList& ipAddresses, bool serverAuth)
    {
        CertificateRequest request;
        request.commonName = name;
        request.ipAddresses = ipAddresses;
        request.serverAuth = serverAuth;
        request.clientAuth = true;
        request.validDays = 1;
        QString error;
        if (!m_cas.at(ca)->issue(request, path(name + ".crt"), path(name + ".key"), &error)) {
            qWarning("certificate %s: %s", qPrintable(name), qPrintable(error));
            return false;
        }
        return true;
    }

    std::unique_ptr<QProcess> startEtcd(const QString& name, const QString& host, bool tls)
    {
        const QString scheme = tls ? QStringLiteral("https") : QStringLiteral("http");
        // The TLS member also listens on 127.0.21.7, a name its certificate does not carry.
        const QString listen = tls ? QStringLiteral("https://%1:2379,https://127.0.21.7:2379").arg(host)
                                   : QStringLiteral("http://%1:2379").arg(host);
        QStringList args{"--name=" + name,
                         "--data-dir=" + path(name),
                         "--listen-client-urls=" + listen,
                         QStringLiteral("--advertise-client-urls=%1://%2:2379").arg(scheme, host),
                         QStringLiteral("--listen-peer-urls=http://%1:2380").arg(host),
                         QStringLiteral("--initial-advertise-peer-urls=http://%1:2380").arg(host),
                         QStringLiteral("--initial-cluster=%1=http://%2:2380").arg(name, host),
                         "--logger=zap",
                         "--log-outputs=stderr"};
        if (tls)
            args << "--cert-file=" + path("server.crt") << "--key-file=" + path("server.key")
                 << "--trusted-ca-file=" + path("ca.crt") << "--client-cert-auth";
        auto process = std::make_unique<QProcess>();
#ifdef Q_OS_LINUX
        // Should this test process die without cleaning up (a crash), the kernel kills etcd with it.
        process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
#endif
        process->setStandardOutputFile(QProcess::nullDevice());
        process->setStandardErrorFile(path(name + ".log"));
        process->start(QStringLiteral("etcd"), args);
        return process;
    }

    std::unique_ptr<EtcdClient> client(const QString& endpoint, const TlsFiles& tls, QString* error = nullptr)
    {
        QString why;
        auto c = EtcdClient::create(endpoint, tls, 1000ms, &why);
        if (error)
            *error = why;
        else if (!c)
            qWarning("%s", qPrintable(why));
        return c;
    }

    TlsFiles goodFiles() const
    {
        return {path("ca.crt"), path("client.crt"), path("client.key")};
    }

    static void stop(std::unique_ptr<QProcess>& process)
    {
        if (!process)
            return;
        process->kill();
        process->waitForFinished(5000);
        process.reset();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(makeCa("ca"));
        QVERIFY(makeCa("other-ca"));
        QVERIFY(makeLeaf("server", "ca", {kTlsHost, kPlainHost}, true));
        QVERIFY(makeLeaf("client", "ca", {}, false));
        QVERIFY(makeLeaf("rogue", "other-ca", {}, false));
        QVERIFY(makeLeaf("root", "ca", {}, false)); // CN=root: etcd's admin user

        m_tlsEtcd = startEtcd("tls", kTlsHost, true);
        m_plainEtcd = startEtcd("plain", kPlainHost, false);
        auto tls = client("https://" + kTlsHost + ":2379", goodFiles());
        auto plain = client("http://" + kPlainHost + ":2379", {});
        QVERIFY(tls && plain);
        bool up = false;
        for (int attempt = 0; attempt < 150 && !up; ++attempt) {
            const auto a = await<EtcdHealthResult>([&](auto cb) { tls->health(cb); });
            const auto b = await<EtcdHealthResult>([&](auto cb) { plain->health(cb); });
            up = a && a->healthy && b && b->healthy;
            if (!up)
                QTest::qWait(100);
        }
        QVERIFY2(up, "the TLS and plain etcd members did not become healthy");
    }

    void cleanupTestCase()
    {
        stop(m_tlsEtcd);
        stop(m_plainEtcd);
    }

    void mutualTls_data()
    {
        QTest::addColumn<QString>("endpoint");
        QTest::newRow("https") << "https://" + kTlsHost + ":2379";
        QTest::newRow("bare host:port with TLS files") << kTlsHost + ":2379";
    }
    void mutualTls()
    {
        QFETCH(QString, endpoint);
        auto c = client(endpoint, goodFiles());
        QVERIFY(c && c->usesTls());
        const auto status = await<EtcdStatusResult>([&](auto cb) { c->status(cb); });
        QVERIFY(status);
        QVERIFY2(status->ok(), qPrintable(status->error.english() + " / " + status->grpcMessage));
        QVERIFY(status->leaderId != 0);
        const auto check = await<EtcdWriteCheckResult>([&](auto cb) { c->writeCheck("/etcd-drill/", cb); });
        QVERIFY(check && check->ok());
    }

    void failures_data()
    {
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<QStringList>("files"); // ca, cert, key (names in the temporary dir, "" = unset)
        QTest::addColumn<QStringList>("mentions");
        const QString tls = "https://" + kTlsHost + ":2379";
        QTest::newRow("server not signed by our CA")
            << tls << QStringList{"other-ca.crt", "client.crt", "client.key"}
            << QStringList{"TLS", "could not be verified", "other-ca.crt"};
        QTest::newRow("certificate not issued for the address")
            << "https://127.0.21.7:2379" << QStringList{"ca.crt", "client.crt", "client.key"}
            << QStringList{"TLS", "not issued for '127.0.21.7'"};
        QTest::newRow("no client certificate")
            << tls << QStringList{"ca.crt", "", ""}
            << QStringList{"TLS", "requires a client certificate", "set the certificate and key files"};
        QTest::newRow("client certificate from another CA")
            << tls << QStringList{"ca.crt", "rogue.crt", "rogue.key"}
            << QStringList{"TLS", "rejected our client certificate", "rogue.crt", "--trusted-ca-file"};
        QTest::newRow("plaintext to a TLS port") << "http://" + kTlsHost + ":2379" << QStringList{"", "", ""}
                                                 << QStringList{"closed the connection", "https://"};
        QTest::newRow("TLS to a plaintext port")
            << "https://" + kPlainHost + ":2379" << QStringList{"ca.crt", "client.crt", "client.key"}
            << QStringList{"TLS", "does not speak TLS", "http://127.0.21.6:2379"};
    }
    void failures()
    {
        QFETCH(QString, endpoint);
        QFETCH(QStringList, files);
        QFETCH(QStringList, mentions);
        auto file = [&](int i) { return files[i].isEmpty() ? QString() : path(files[i]); };
        auto c = client(endpoint, {file(0), file(1), file(2)});
        QVERIFY(c);
        const auto status = await<EtcdStatusResult>([&](auto cb) { c->status(cb); });
        QVERIFY(status);
        qInfo("%s | raw: %s", qPrintable(status->error.english()), qPrintable(status->grpcMessage));
        QVERIFY(!status->ok());
        QVERIFY(status->latency < 1300ms);
        for (const QString& part : mentions)
            QVERIFY2(status->error.english().contains(part),
                     qPrintable(QStringLiteral("'%1' lacks '%2'").arg(status->error.english(), part)));
        const QByteArray key = [&] {
            QFile f(path("client.key"));
            return f.open(QIODevice::ReadOnly) ? f.readAll().split('\n').value(1) : QByteArray();
        }();
        QVERIFY(!key.isEmpty());
        QVERIFY(!status->error.english().toUtf8().contains(key) &&
                !status->grpcMessage.toUtf8().contains(key));
    }

    void unreadableKeyIsACreateError()
    {
        QString error;
        auto c = client("https://" + kTlsHost + ":2379",
                        {path("ca.crt"), path("client.crt"), path("missing.key")}, &error);
        QVERIFY(!c);
        QVERIFY2(error.contains(path("missing.key")) &&
                     error.contains(QStringLiteral("https://127.0.21.5:2379")),
                 qPrintable(error));
    }

    // Declared last (Qt Test runs slots in order): enables authentication on the TLS member for good. With
    // auth on, etcd takes the client certificate's CN as the user; "client" is no user, so the health read is
    // denied. etcdctl 3.4 counts that as healthy (the member answered after consulting the cluster), and so
    // do we.
    void authEnabledPermissionDeniedCountsAsHealthy()
    {
        auto etcdctl = [&](const QStringList& args) {
            QProcess p;
            p.start(QStringLiteral("etcdctl"),
                    QStringList{"--endpoints=https://" + kTlsHost + ":2379", "--cacert=" + path("ca.crt"),
                                "--cert=" + path("root.crt"), "--key=" + path("root.key"),
                                "--command-timeout=5s"} +
                        args);
            const bool ok = p.waitForFinished(10000) && p.exitCode() == 0;
            if (!ok)
                qWarning("etcdctl %s: %s", qPrintable(args.join(' ')), p.readAllStandardError().constData());
            return ok;
        };
        QVERIFY(etcdctl({"user", "add", "root", "--new-user-password=not-used-with-certificates"}));
        QVERIFY(etcdctl({"user", "grant-role", "root", "root"}));
        QVERIFY(etcdctl({"auth", "enable"}));

        auto c = client("https://" + kTlsHost + ":2379", goodFiles());
        const auto health = await<EtcdHealthResult>([&](auto cb) { c->health(cb); });
        QVERIFY(health);
        QCOMPARE(health->grpcCode, 7); // PERMISSION_DENIED
        QVERIFY(health->healthy);
        QVERIFY2(health->error.isEmpty(), qPrintable(health->error.english()));

        // A read through the same client is denied, with the reason spelt out.
        const auto read =
            await<EtcdKvResult>([&](auto cb) { c->get("x", EtcdClient::Consistency::Linearizable, cb); });
        QVERIFY(read && !read->ok());
        QVERIFY2(read->error.english().contains(QStringLiteral("authentication")),
                 qPrintable(read->error.english()));
    }
};

QTEST_GUILESS_MAIN(TestEtcdClientTls)
#include "TestEtcdClientTls.moc"
