// What our processes say when they crash (core/diag/CrashHandler), on the real etcd-drill-cli: `probe`
// running against a loopback address where nothing listens (127.0.47.x) is sent SIGSEGV and SIGABRT. It must
// name itself and the signal, print a backtrace whose frames name its own binary, and still die of that
// signal (exit status as without the handler). With no drill running there is no restore hint. The hint a
// drill leaves while M3 is stopped is checked on a whole lab drill
// (TestDrillEngine::crashedConsoleIsFinishedByRecover).
#include "diag/CrashHandler.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

#include <sys/resource.h>

using namespace etcddrill;

class TestCrashHandler : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QFile file(m_dir.filePath(QStringLiteral("drill.yaml")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("cluster: crash\n"
                   "nodes:\n"
                   "  - name: M1\n"
                   "    etcd: http://127.0.47.1:2379\n"
                   "probes:\n"
                   "  targets:\n"
                   "    - name: vip\n"
                   "      url: https://127.0.47.2:6443/readyz\n");
    }

    void crashIsReportedAndStillFatal_data()
    {
        QTest::addColumn<int>("signal");
        QTest::addColumn<QString>("name");
        QTest::newRow("segv") << int(SIGSEGV) << QStringLiteral("SIGSEGV");
        QTest::newRow("abrt") << int(SIGABRT) << QStringLiteral("SIGABRT");
    }

    void crashIsReportedAndStillFatal()
    {
        QFETCH(int, signal);
        QFETCH(QString, name);
        QProcess probe;
        // No core file in the build tree: the test wants the message, not the dump.
        probe.setChildProcessModifier([] {
            const rlimit none{0, 0};
            ::setrlimit(RLIMIT_CORE, &none);
        });
        probe.start(QStringLiteral(ETCD_DRILL_CLI), {QStringLiteral("probe"), QStringLiteral("-c"),
                                                     m_dir.filePath(QStringLiteral("drill.yaml")),
                                                     QStringLiteral("--duration"), QStringLiteral("60s")});
        QVERIFY(probe.waitForStarted(5000));
        // Until it probes (its first line), so the handler is surely installed.
        QElapsedTimer timer;
        timer.start();
        QByteArray out;
        while (!out.contains("Probing") && timer.elapsed() < 10000) {
            probe.waitForReadyRead(200);
            out += probe.readAllStandardOutput();
        }
        QVERIFY2(out.contains("Probing"), out.constData());
        QVERIFY(::kill(pid_t(probe.processId()), signal) == 0);
        QVERIFY(probe.waitForFinished(10000));
        const QString err = QString::fromUtf8(probe.readAllStandardError());
        QCOMPARE(probe.exitStatus(), QProcess::CrashExit);
        QCOMPARE(probe.exitCode(), signal); // died of the same signal
        QVERIFY2(err.contains(QStringLiteral("etcd-drill-cli crashed: signal %1 (%2").arg(signal).arg(name)),
                 qPrintable(err));
        // Sent, not a fault: the sender is named instead of an address.
        QVERIFY2(err.contains(QStringLiteral("sent by process %1").arg(QCoreApplication::applicationPid())),
                 qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("backtrace (frames of our binaries are module(+offset)")),
                 qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("etcd-drill-cli(")), qPrintable(err)); // a frame of our binary
        QVERIFY2(!err.contains(QStringLiteral("!! ")), qPrintable(err));            // no drill, no hint
        QVERIFY2(err.contains(QStringLiteral("Please report this crash")), qPrintable(err));
    }

    void restoreHintIsKeptWholeAndCleared()
    {
        CrashHandler::setRestoreHint(
            QStringLiteral("M3 is stopped: run etcd-drill-cli recover -c 集群.yaml"));
        QCOMPARE(CrashHandler::restoreHint(),
                 QStringLiteral("M3 is stopped: run etcd-drill-cli recover -c 集群.yaml"));
        CrashHandler::setRestoreHint(QString(5000, QLatin1Char('x')));
        QCOMPARE(CrashHandler::restoreHint().size(), 4095);
        // Cut before a character, never inside one: 1 + 1364 × 3 bytes fit in 4095, the next 集 does not.
        CrashHandler::setRestoreHint(QStringLiteral("x") + QString(2000, QChar(0x96C6)));
        QCOMPARE(CrashHandler::restoreHint().size(), 1365);
        QVERIFY(!CrashHandler::restoreHint().contains(QChar::ReplacementCharacter));
        CrashHandler::setRestoreHint({});
        QVERIFY(CrashHandler::restoreHint().isEmpty());
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestCrashHandler)
#include "TestCrashHandler.moc"
