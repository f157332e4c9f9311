// SshTransport against a real sshd (SshTestServer on 127.0.25.1): StaticPodAction's stop and start move the
// manifest over ssh, quoting survives two shells with a nasty path, a refusal and a failing remote command
// are not mistaken for ssh failures, and the ssh failures themselves — closed port (127.0.25.2), wrong key,
// unknown host key — come back quickly, classified and worded, with nothing moved. The remote side of the
// deadline test is killed in cleanup(); sshd is stopped by SshTestServer's destructor, also on failure.
#include "ShellQuote.h"
#include "SshTestServer.h"
#include "SshTransport.h"
#include "StaticPodAction.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTest>

#include <csignal>
#include <memory>
#include <optional>
#include <sys/prctl.h>
#include <sys/wait.h>

using namespace etcddrill;
using namespace std::chrono_literals;

namespace {

const QByteArray kManifest = QByteArrayLiteral("apiVersion: v1\nkind: Pod\nmetadata:\n  name: etcd\n");

bool writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

PlannedCommand command(const QString& script)
{
    PlannedCommand planned;
    planned.purpose = QStringLiteral("test command");
    planned.script = script;
    planned.display = script;
    return planned;
}

} // namespace

class TestSshTransport : public QObject
{
    Q_OBJECT

private:
    SshSettings settings(const QString& identity) const
    {
        SshSettings s;
        s.connectTimeout = 3s;
        s.configFile = QStringLiteral("/dev/null"); // nothing from this machine's ~/.ssh/config
        s.identityFile = identity;
        s.options = {QStringLiteral("UserKnownHostsFile=%1").arg(m_server->knownHostsFile()),
                     QStringLiteral("StrictHostKeyChecking=accept-new"),
                     QStringLiteral("IdentitiesOnly=yes")};
        return s;
    }
    SshTarget target() const
    {
        return SshTarget{m_server->user(), QLatin1String(SshTestServer::kAddress), m_server->port()};
    }
    std::unique_ptr<SshTransport> transport() const
    {
        return std::make_unique<SshTransport>(target(), settings(m_server->clientKey()));
    }
    std::optional<CommandResult> run(CommandTransport& transport, const PlannedCommand& planned,
                                     std::chrono::milliseconds timeout = 20s)
    {
        std::optional<CommandResult> result;
        transport.run(planned, timeout, [&](CommandResult r) { result = std::move(r); });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, int(timeout.count()) + 10000))
            qWarning("no result in time");
        if (result && !result->succeeded())
            qDebug("%s\n  -> %s\n  stderr: %s", qPrintable(result->commandLine),
                   qPrintable(result->errorText), qPrintable(result->stdErr));
        return result;
    }

    QString nodeDir() const { return m_work->filePath(QStringLiteral("node")); }

    std::unique_ptr<SshTestServer> m_server;
    std::unique_ptr<QTemporaryDir> m_work;
    QList<qint64> m_remotePids;

private slots:
    void initTestCase()
    {
        // openssh-server is installed by packaging/install-deps.sh: its absence is a failure, not a skip.
        QVERIFY2(QFileInfo::exists(QStringLiteral("/usr/sbin/sshd")), "/usr/sbin/sshd is not installed");
        // Remote commands are grandchildren (through sshd's session processes): once their session ends
        // they are adopted by us rather than by an init that may never reap them, and cleanup() reaps them.
        QVERIFY(::prctl(PR_SET_CHILD_SUBREAPER, 1) == 0);
        m_server = std::make_unique<SshTestServer>();
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
    }
    void cleanupTestCase() { m_server.reset(); }

    void init()
    {
        m_work = std::make_unique<QTemporaryDir>();
        QVERIFY(m_work->isValid());
    }
    void cleanup()
    {
        // The "node" is this machine: a remote command left behind by a killed ssh is ours to kill.
        for (qint64 pid : std::as_const(m_remotePids)) {
            ::kill(pid_t(pid), SIGKILL);
            // Ours to reap only once adopted (its sshd session gone): try for a moment, never block.
            QElapsedTimer waited;
            waited.start();
            while (::waitpid(pid_t(pid), nullptr, WNOHANG) == 0 && waited.elapsed() < 1000)
                QTest::qWait(20);
        }
        m_remotePids.clear();
        m_work.reset();
    }

    void runsOnTheRemoteSide()
    {
        auto ssh = transport();
        const auto result =
            run(*ssh, command(QStringLiteral("echo \"$SSH_CONNECTION\"; id -un; echo oops >&2")));
        QVERIFY(result);
        QVERIFY2(result->succeeded(), qPrintable(m_server->log()));
        // sshd set SSH_CONNECTION: the command really came through the server.
        QVERIFY2(result->stdOut.contains(QStringLiteral("127.0.25.1 %1").arg(m_server->port())),
                 qPrintable(result->stdOut));
        QVERIFY(result->stdOut.contains(m_server->user()));
        QVERIFY(result->stdErr.contains(QLatin1String("oops")));
        QCOMPARE(result->transportFailure, CommandResult::TransportFailure::None);
    }

    void staticPodStopAndStartOverSsh_data()
    {
        QTest::addColumn<QString>("sub");
        QTest::newRow("plain") << QStringLiteral("node");
        QTest::newRow("spaces and quotes") << QStringLiteral("my node's \"etc\" $HOME `id` \\ -x");
    }
    void staticPodStopAndStartOverSsh()
    {
        QFETCH(QString, sub);
        const QString manifests = m_work->filePath(sub + QStringLiteral("/etc/kubernetes/manifests"));
        const QString backupDir = m_work->filePath(sub + QStringLiteral("/backup dir"));
        QVERIFY(QDir().mkpath(manifests));
        const QString manifest = manifests + QStringLiteral("/etcd.yaml");
        QVERIFY(writeFile(manifest, kManifest));
        const StaticPodAction fault(manifest, backupDir, QStringLiteral("M3"));
        auto ssh = transport();

        for (const PlannedCommand& check : fault.preflightCommands()) {
            const auto result = run(*ssh, check);
            QVERIFY(result);
            QVERIFY2(result->succeeded(), qPrintable(result->errorText));
        }
        auto result = run(*ssh, fault.stopCommands().first());
        QVERIFY(result);
        QVERIFY2(result->succeeded(), qPrintable(result->errorText));
        QVERIFY(!QFileInfo::exists(manifest));
        QCOMPARE(readFile(fault.backupPath()), kManifest);

        // A second stop refuses: the manifest is gone; nothing changes.
        result = run(*ssh, fault.stopCommands().first());
        QVERIFY(result && result->refused);
        QCOMPARE(result->transportFailure, CommandResult::TransportFailure::None);
        QVERIFY2(result->errorText.startsWith(manifest + QStringLiteral(" does not exist on M3")),
                 qPrintable(result->errorText));
        QCOMPARE(readFile(fault.backupPath()), kManifest);

        result = run(*ssh, fault.startCommands().first());
        QVERIFY(result);
        QVERIFY2(result->succeeded(), qPrintable(result->errorText));
        QCOMPARE(readFile(manifest), kManifest);
        QVERIFY(!QFileInfo::exists(fault.backupPath()));
    }

    void quotingSurvivesTwoShells()
    {
        const QString nasty = QStringLiteral("a b 'c' \"d\" $HOME ${X} $(id) `id` \\ * ; & | -n\nnext line");
        auto ssh = transport();
        const auto result = run(*ssh, command(QStringLiteral("printf '%s' ") + ShellQuote::quote(nasty)));
        QVERIFY(result && result->succeeded());
        QCOMPARE(result->stdOut, nasty);
    }

    void remoteFailureIsNotAnSshFailure()
    {
        auto ssh = transport();
        const auto result = run(*ssh, command(QStringLiteral("echo 'mv: cannot move' >&2; exit 3")));
        QVERIFY(result);
        QCOMPARE(result->exitCode, 3);
        QCOMPARE(result->transportFailure, CommandResult::TransportFailure::None);
        QVERIFY(!result->neverRan());
        QVERIFY2(result->errorText.contains(QLatin1String("exit code 3: mv: cannot move")),
                 qPrintable(result->errorText));
        QVERIFY(result->errorText.contains(QStringLiteral("on %1").arg(target().toString())));
    }

    void closedPortIsCannotConnect()
    {
        // Nothing listens on 127.0.25.2: the kernel refuses at once.
        const int port = SshTestServer::freePort(QStringLiteral("127.0.25.2"));
        QVERIFY(port > 0);
        const SshTarget closed{m_server->user(), QStringLiteral("127.0.25.2"), port};
        SshTransport ssh(closed, settings(m_server->clientKey()));
        const QString manifest = nodeDir() + QStringLiteral("/etcd.yaml");
        QVERIFY(QDir().mkpath(nodeDir()));
        QVERIFY(writeFile(manifest, kManifest));
        const StaticPodAction fault(manifest, nodeDir() + QStringLiteral("/bak"), QStringLiteral("M3"));

        QElapsedTimer timer;
        timer.start();
        const auto result = run(ssh, fault.stopCommands().first());
        QVERIFY(result);
        QVERIFY2(timer.elapsed() < 3000 + 2000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(result->exitCode, 255);
        QCOMPARE(result->transportFailure, CommandResult::TransportFailure::CannotConnect);
        QVERIFY(result->neverRan());
        QVERIFY(!result->succeeded());
        QVERIFY2(result->errorText.contains(QStringLiteral("cannot connect to %1").arg(closed.toString())),
                 qPrintable(result->errorText));
        QVERIFY(result->errorText.contains(QStringLiteral("port %1").arg(port)));
        QVERIFY(result->errorText.contains(QLatin1String("Connection refused")));
        QCOMPARE(readFile(manifest), kManifest);
        QVERIFY(!QFileInfo::exists(fault.backupPath()));
    }

    void connectTimeoutIsHonoured()
    {
        // TEST-NET-1 (RFC 5737) is never routed: the SYN goes unanswered until ConnectTimeout (1 s here) —
        // or the kernel says "unreachable" at once when there is no route at all. Either way: quick, and
        // CannotConnect.
        SshSettings quick = settings(m_server->clientKey());
        quick.connectTimeout = 1s;
        SshTransport ssh(SshTarget{m_server->user(), QStringLiteral("192.0.2.1"), 22}, quick);
        QElapsedTimer timer;
        timer.start();
        const auto result = run(ssh, command(QStringLiteral("true")), 30s);
        QVERIFY(result);
        QVERIFY2(timer.elapsed() < 1000 + 3000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(!result->timedOut); // ssh gave up by itself, before our own deadline
        QCOMPARE(result->transportFailure, CommandResult::TransportFailure::CannotConnect);
    }

    void wrongKeyIsAuthentication()
    {
        SshTransport ssh(target(), settings(m_server->wrongClientKey()));
        const QString manifest = nodeDir() + QStringLiteral("/etcd.yaml");
        QVERIFY(QDir().mkpath(nodeDir()));
        QVERIFY(writeFile(manifest, kManifest));
        const StaticPodAction fault(manifest, nodeDir() + QStringLiteral("/bak"), QStringLiteral("M3"));
        const auto result = run(ssh, fault.stopCommands().first());
        QVERIFY(result);
        QCOMPARE(result->exitCode, 255);
        QCOMPARE(result->transportFailure, CommandResult::TransportFailure::Authentication);
        QVERIFY(result->neverRan());
        QVERIFY2(
            result->errorText.contains(QStringLiteral("%1 refused the ssh login").arg(target().toString())),
            qPrintable(result->errorText));
        QVERIFY(result->errorText.contains(QLatin1String("authorized_keys")));
        // The command to try by hand is one ssh understands: the port as -p, not host:port.
        QVERIFY2(result->errorText.contains(QStringLiteral("'ssh -o BatchMode=yes -p %1 %2@127.0.25.1 true'")
                                                .arg(QString::number(m_server->port()), m_server->user())),
                 qPrintable(result->errorText));
        QCOMPARE(readFile(manifest), kManifest);
        QVERIFY(!QFileInfo::exists(fault.backupPath()));
    }

    void unknownHostKeyIsHostKey()
    {
        SshSettings strict = settings(m_server->clientKey());
        const QString emptyKnownHosts = m_work->filePath(QStringLiteral("known_hosts"));
        QVERIFY(writeFile(emptyKnownHosts, QByteArray()));
        strict.options = {QStringLiteral("UserKnownHostsFile=%1").arg(emptyKnownHosts),
                          QStringLiteral("StrictHostKeyChecking=yes"), QStringLiteral("IdentitiesOnly=yes")};
        SshTransport ssh(target(), strict);
        const auto result = run(ssh, command(QStringLiteral("true")));
        QVERIFY(result);
        QCOMPARE(result->transportFailure, CommandResult::TransportFailure::HostKey);
        QVERIFY(result->neverRan());
        QVERIFY2(result->errorText.contains(QLatin1String("host key")), qPrintable(result->errorText));
    }

    void deadlineStopsSsh()
    {
        auto ssh = transport();
        QElapsedTimer timer;
        timer.start();
        const auto result = run(*ssh, command(QStringLiteral("echo $$; exec sleep 30")), 2s);
        QVERIFY(result);
        bool ok = false;
        const qint64 remote = result->stdOut.trimmed().toLongLong(&ok);
        if (ok)
            m_remotePids.append(remote);
        QVERIFY(result->timedOut);
        QVERIFY2(timer.elapsed() < 2000 + 1000 + 2000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(result->transportFailure, CommandResult::TransportFailure::None);
        QVERIFY(!result->neverRan()); // it did run: the operator must check
        QVERIFY(result->errorText.contains(QLatin1String("check by hand"), Qt::CaseInsensitive));
    }

    void describeShowsTheFullCommandLine()
    {
        auto ssh = transport();
        PlannedCommand planned = command(QStringLiteral("mv -n -- '/a b' /c"));
        planned.needsSudo = true;
        const QString expected =
            QStringLiteral(
                "ssh -o BatchMode=yes -o ConnectTimeout=3 -F /dev/null -i %1 -o UserKnownHostsFile=%2 "
                "-o StrictHostKeyChecking=accept-new -o IdentitiesOnly=yes -p %3 %4@127.0.25.1 -- "
                "'sh -c '\\''mv -n -- '\\''\\'\\'''\\''/a b'\\''\\'\\'''\\'' /c'\\'''")
                .arg(m_server->clientKey(), m_server->knownHostsFile(), QString::number(m_server->port()),
                     m_server->user());
        QCOMPARE(ssh->describe(planned), expected);
        // And the description is what runs: sh parses it back into the same words.
        SshSettings withSudo = settings(m_server->clientKey());
        withSudo.sudo = true;
        QCOMPARE(SshTransport(target(), withSudo).remoteCommand(planned),
                 QStringLiteral("sudo -n sh -c 'mv -n -- '\\''/a b'\\'' /c'"));
    }
};

QTEST_GUILESS_MAIN(TestSshTransport)
#include "TestSshTransport.moc"
