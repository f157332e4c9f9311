// LocalTransport with real processes: exit codes, stdout/stderr, the output cap, a program that cannot start,
// the deadline (the whole process group is gone within deadline + grace + margin), results that never come
// from inside run(), refusals, and what --dry-run shows.
#include "CommandProcess.h"
#include "LocalTransport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <csignal>
#include <optional>
#include <sys/prctl.h>
#include <sys/wait.h>

using namespace etcddrill;
using namespace std::chrono_literals;

namespace {

PlannedCommand command(const QString& script)
{
    PlannedCommand planned;
    planned.purpose = QStringLiteral("test command");
    planned.script = script;
    planned.display = script;
    return planned;
}

// Exists and is not a zombie (a killed child of a killed sh may wait for a reaper that never comes in a
// container without init).
bool isAlive(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (pid <= 0 || !stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray text = stat.readAll();
    const qsizetype close = text.lastIndexOf(')');
    return close > 0 && close + 2 < text.size() && text.at(close + 2) != 'Z';
}

} // namespace

class TestLocalTransport : public QObject
{
    Q_OBJECT

private:
    std::optional<CommandResult> run(CommandTransport& transport, const PlannedCommand& planned,
                                     std::chrono::milliseconds timeout = 10s)
    {
        std::optional<CommandResult> result;
        transport.run(planned, timeout, [&](CommandResult r) { result = std::move(r); });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, int(timeout.count()) + 10000))
            qWarning("no result within the deadline + 10 s");
        return result;
    }

    QList<qint64> m_strays; // pids a test spawned outside the transport's control: killed in cleanup()

private slots:
    void initTestCase()
    {
        // Orphans of the killed shells (background sleeps) become our children instead of init's, so that
        // cleanup() can reap them: in a container whose init does not reap, they would stay zombies.
        QVERIFY(::prctl(PR_SET_CHILD_SUBREAPER, 1) == 0);
    }

    void cleanup()
    {
        for (qint64 pid : std::as_const(m_strays))
            ::kill(pid_t(pid), SIGKILL);
        m_strays.clear();
        // No QProcess runs between tests (each test's transport is gone): whatever child is left is an
        // adopted orphan. Reap until none is left, for at most a second.
        QElapsedTimer budget;
        budget.start();
        while (budget.elapsed() < 1000) {
            const pid_t reaped = ::waitpid(-1, nullptr, WNOHANG);
            if (reaped < 0 && errno == ECHILD)
                break;
            if (reaped == 0)
                QTest::qWait(20);
        }
    }

    void success()
    {
        LocalTransport transport;
        const auto result = run(transport, command(QStringLiteral("echo out; echo err >&2")));
        QVERIFY(result);
        QVERIFY(result->succeeded());
        QCOMPARE(result->exitCode, 0);
        QCOMPARE(result->stdOut, QStringLiteral("out\n"));
        QCOMPARE(result->stdErr, QStringLiteral("err\n"));
        QVERIFY(result->errorText.isEmpty());
        QVERIFY(!result->timedOut && !result->failedToStart && !result->crashed && !result->refused);
        QVERIFY(result->startedAt.isValid() && result->finishedAt >= result->startedAt);
        QVERIFY(result->duration < 5s);
        QCOMPARE(result->commandLine, QStringLiteral("/bin/sh -c 'echo out; echo err >&2'"));
    }

    void exitCodes_data()
    {
        QTest::addColumn<int>("code");
        QTest::newRow("1") << 1;
        QTest::newRow("7") << 7;
        QTest::newRow("255") << 255;
    }
    void exitCodes()
    {
        QFETCH(int, code);
        LocalTransport transport;
        const auto result =
            run(transport, command(QStringLiteral("echo 'no such thing' >&2; exit %1").arg(code)));
        QVERIFY(result);
        QVERIFY(!result->succeeded());
        QCOMPARE(result->exitCode, code);
        QVERIFY2(result->errorText.contains(QStringLiteral("exit code %1").arg(code)),
                 qPrintable(result->errorText));
        QVERIFY2(result->errorText.contains(QLatin1String("no such thing")), qPrintable(result->errorText));
        QVERIFY(result->errorText.contains(QLatin1String("test command")));
        QCOMPARE(result->transportFailure, CommandResult::TransportFailure::None);
    }

    void refusal()
    {
        LocalTransport transport;
        PlannedCommand planned =
            command(QStringLiteral("echo 'sudo: noise' >&2; printf '%s\\n' 'etcd-drill: the "
                                   "reason' >&2; exit %1")
                        .arg(PlannedCommand::kRefusedExitCode));
        planned.refusalMessage = QStringLiteral("fallback");
        auto result = run(transport, planned);
        QVERIFY(result);
        QVERIFY(result->refused);
        QVERIFY(!result->succeeded());
        QCOMPARE(result->errorText, QStringLiteral("the reason"));

        // Without a reason on stderr the command's own refusal message stands in.
        planned.script = QStringLiteral("exit %1").arg(PlannedCommand::kRefusedExitCode);
        result = run(transport, planned);
        QVERIFY(result && result->refused);
        QCOMPARE(result->errorText, QStringLiteral("fallback"));

        // A command that declares no refusal is an ordinary failure with that code.
        planned.refusalMessage.clear();
        result = run(transport, planned);
        QVERIFY(result && !result->refused);
        QVERIFY(
            result->errorText.contains(QStringLiteral("exit code %1").arg(PlannedCommand::kRefusedExitCode)));
    }

    void outputIsCappedWithoutBlocking()
    {
        LocalTransport transport;
        // 1 MiB on stdout, far more than a pipe buffer: the child must not block on a full pipe.
        const auto result =
            run(transport, command(QStringLiteral("head -c 1048576 /dev/zero | tr '\\0' a; echo done >&2")));
        QVERIFY(result);
        QVERIFY(result->succeeded());
        QCOMPARE(result->stdOut.size(), CommandResult::kOutputCap);
        QVERIFY(result->stdOutTruncated);
        QVERIFY(!result->stdErrTruncated);
        QCOMPARE(result->stdErr, QStringLiteral("done\n"));
    }

    void outputIsRedacted()
    {
        LocalTransport transport;
        const auto result =
            run(transport, command(QStringLiteral("echo 'token: s3cr3t'; echo 'Bearer abc' >&2")));
        QVERIFY(result);
        QVERIFY(!result->stdOut.contains(QLatin1String("s3cr3t")));
        QVERIFY(!result->stdErr.contains(QLatin1String("abc")));

        // A custom command that carries a secret and fails: neither the recorded command line nor the error
        // (which quotes the command for the operator) shows it.
        const auto failed =
            run(transport, command(QStringLiteral("true --password=hunter2; sleep 5")), 200ms);
        QVERIFY(failed && failed->timedOut);
        QVERIFY2(!failed->commandLine.contains(QLatin1String("hunter2")), qPrintable(failed->commandLine));
        QVERIFY2(!failed->errorText.contains(QLatin1String("hunter2")), qPrintable(failed->errorText));
        QVERIFY(failed->errorText.contains(QLatin1String("--password=")));
    }

    void failedToStart()
    {
        LocalTransport transport;
        transport.setShell(QStringLiteral("/nonexistent/etcd-drill-sh"));
        QElapsedTimer timer;
        timer.start();
        const auto result = run(transport, command(QStringLiteral("true")));
        QVERIFY(result);
        QVERIFY(result->failedToStart);
        QVERIFY(!result->succeeded());
        QVERIFY(result->neverRan());
        QCOMPARE(result->exitCode, -1);
        QVERIFY2(result->errorText.contains(QLatin1String("/nonexistent/etcd-drill-sh")),
                 qPrintable(result->errorText));
        QVERIFY(timer.elapsed() < 5000);
    }

    void resultNeverComesFromInsideRun()
    {
        LocalTransport transport;
        transport.setShell(QStringLiteral("/nonexistent/etcd-drill-sh"));
        bool called = false;
        transport.run(command(QStringLiteral("true")), 5s, [&](CommandResult) { called = true; });
        QVERIFY(!called);
        QTRY_VERIFY_WITH_TIMEOUT(called, 5000);
    }

    void timeoutKillsTheProcessGroup()
    {
        LocalTransport transport;
        // The background sleep is in the group but not the shell's direct concern: it must die too. Its pid
        // comes first on stdout, before the deadline.
        const auto deadline = 500ms;
        QElapsedTimer timer;
        timer.start();
        const auto result =
            run(transport, command(QStringLiteral("sleep 30 & echo $!; sleep 30; echo never")), deadline);
        const qint64 elapsed = timer.elapsed();
        QVERIFY(result);
        QVERIFY(result->timedOut);
        QVERIFY(!result->succeeded());
        QVERIFY(!result->crashed);
        // sleep dies on SIGTERM: well before the SIGKILL grace runs out. Margin for a loaded 2-core machine.
        QVERIFY2(elapsed >= deadline.count(), qPrintable(QString::number(elapsed)));
        QVERIFY2(elapsed < (deadline + CommandProcess::kKillGrace).count() + 2000,
                 qPrintable(QString::number(elapsed)));
        QVERIFY(result->errorText.contains(QLatin1String("did not finish within 500 ms")));
        QVERIFY(!result->stdOut.contains(QLatin1String("never")));
        bool ok = false;
        const qint64 background = result->stdOut.trimmed().toLongLong(&ok);
        QVERIFY2(ok, qPrintable(result->stdOut));
        m_strays.append(background);
        QTRY_VERIFY_WITH_TIMEOUT(!isAlive(background), 2000);
    }

    void timeoutEscalatesToSigkill()
    {
        LocalTransport transport;
        const auto deadline = 300ms;
        QElapsedTimer timer;
        timer.start();
        // A shell that ignores SIGTERM, in a loop so it is not just waiting in one sleep (which would die).
        const auto result =
            run(transport, command(QStringLiteral("trap '' TERM; echo $$; while :; do sleep 0.1; done")),
                deadline);
        const qint64 elapsed = timer.elapsed();
        QVERIFY(result);
        QVERIFY(result->timedOut);
        QVERIFY2(elapsed >= (deadline + CommandProcess::kKillGrace).count() - 50,
                 qPrintable(QString::number(elapsed)));
        QVERIFY2(elapsed < (deadline + CommandProcess::kKillGrace).count() + 2000,
                 qPrintable(QString::number(elapsed)));
        bool ok = false;
        const qint64 shell = result->stdOut.trimmed().toLongLong(&ok);
        QVERIFY(ok);
        QVERIFY(!isAlive(shell));
    }

    void backgroundDaemonDoesNotHoldTheResult()
    {
        // A start-command may leave a daemon behind that keeps stdout open: the result comes when the
        // command exits, and the daemon is left alone.
        LocalTransport transport;
        QElapsedTimer timer;
        timer.start();
        const auto result = run(transport, command(QStringLiteral("sleep 20 & echo $!")), 15s);
        QVERIFY(result);
        QVERIFY(result->succeeded());
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        const qint64 daemon = result->stdOut.trimmed().toLongLong();
        m_strays.append(daemon);
        QVERIFY(isAlive(daemon));
    }

    void destroyingTheTransportKillsWhatRuns()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString pidFile = dir.filePath(QStringLiteral("pid"));
        auto transport = std::make_unique<LocalTransport>();
        bool called = false;
        // exec: the pid written is the sleep's.
        transport->run(command(QStringLiteral("echo $$ > %1; exec sleep 30").arg(pidFile)), 60s,
                       [&](CommandResult) { called = true; });
        QTRY_VERIFY_WITH_TIMEOUT(QFile(pidFile).size() > 0, 5000);
        QFile file(pidFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const qint64 pid = file.readAll().trimmed().toLongLong();
        QVERIFY(isAlive(pid));
        m_strays.append(pid);
        QElapsedTimer timer;
        timer.start();
        transport.reset();
        QVERIFY(timer.elapsed() < 3000);
        QTRY_VERIFY_WITH_TIMEOUT(!isAlive(pid), 2000);
        QTest::qWait(50); // time passes on purpose: the destroyed transport's callback must not come late
        QVERIFY(!called);
    }

    void describeAndSudo()
    {
        PlannedCommand planned = command(QStringLiteral("mv -n -- \"$a\" 'b c'"));
        LocalTransport plain;
        QCOMPARE(plain.describe(planned), QStringLiteral("/bin/sh -c 'mv -n -- \"$a\" '\\''b c'\\'''"));
        QCOMPARE(plain.location(), QStringLiteral("locally"));
        LocalTransport withSudo(true);
        QCOMPARE(withSudo.describe(planned), plain.describe(planned)); // needsSudo not set
        planned.needsSudo = true;
        QCOMPARE(withSudo.describe(planned), QStringLiteral("sudo -n ") + plain.describe(planned));
        QCOMPARE(plain.describe(planned), QStringLiteral("/bin/sh -c 'mv -n -- \"$a\" '\\''b c'\\'''"));
    }
};

QTEST_GUILESS_MAIN(TestLocalTransport)
#include "TestLocalTransport.moc"
