// The other fault actions: CommandAction runs the operator's text as written, SystemdAction's commands and
// refusals (run for real: this machine's systemd either runs or does not, and the check must say which).
#include "CommandAction.h"
#include "LocalTransport.h"
#include "SystemdAction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace etcddrill;
using namespace std::chrono_literals;

class TestFaultAction : public QObject
{
    Q_OBJECT

private:
    std::optional<CommandResult> run(const PlannedCommand& planned)
    {
        LocalTransport transport;
        std::optional<CommandResult> result;
        transport.run(planned, 10s, [&](CommandResult r) { result = std::move(r); });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
            qWarning("no result in time");
        return result;
    }

private slots:
    void commandActionRunsTheTextAsWritten()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString flag = dir.filePath(QStringLiteral("stopped"));
        // Shell text of the operator's: variables, redirections and && must work, not be quoted away.
        const CommandAction fault(QStringLiteral("F=%1 && echo down > \"$F\" && cat \"$F\"").arg(flag),
                                  QStringLiteral("rm -f %1 && echo up").arg(flag), QStringLiteral("M2"));
        QCOMPARE(fault.kind(), FaultAction::Kind::Command);
        QCOMPARE(FaultAction::kindName(fault.kind()), QStringLiteral("command"));
        QVERIFY(fault.configurationProblem().isEmpty());
        QVERIFY(fault.preflightCommands().isEmpty());
        QCOMPARE(fault.stopCommands().first().display, fault.stopCommand());
        auto result = run(fault.stopCommands().first());
        QVERIFY(result && result->succeeded());
        QCOMPARE(result->stdOut, QStringLiteral("down\n"));
        QVERIFY(QFileInfo::exists(flag));
        result = run(fault.startCommands().first());
        QVERIFY(result && result->succeeded());
        QVERIFY(!QFileInfo::exists(flag));
        QCOMPARE(
            fault.restoreInstructions().english(),
            QStringLiteral("To start etcd on M2 again by hand, run on M2 as root:\n  rm -f %1 && echo up")
                .arg(flag));
        QVERIFY(CommandAction(QString(), QStringLiteral("x"))
                    .configurationProblem()
                    .contains(QLatin1String("stop-command")));
        QVERIFY(CommandAction(QStringLiteral("x"), QStringLiteral(" "))
                    .configurationProblem()
                    .contains(QLatin1String("start-command")));
    }

    void systemdCommands()
    {
        const SystemdAction fault(QStringLiteral("etcd@m1.service"), QStringLiteral("M1"));
        QCOMPARE(FaultAction::kindName(fault.kind()), QStringLiteral("systemd"));
        QVERIFY(fault.configurationProblem().isEmpty());
        QCOMPARE(fault.stopCommands().first().display, QStringLiteral("systemctl stop etcd@m1.service"));
        QCOMPARE(fault.startCommands().first().display, QStringLiteral("systemctl start etcd@m1.service"));
        QVERIFY(fault.stopCommands().first().needsSudo);
        QVERIFY(fault.verifyStoppedCommand());
        QVERIFY(!fault.verifyStoppedCommand()->changesState);
        QVERIFY(SystemdAction(QString()).configurationProblem().contains(QLatin1String("unit")));
        QVERIFY(
            SystemdAction(QStringLiteral("-x")).configurationProblem().contains(QLatin1String("drill.unit")));
    }

    void systemdPreflightSaysWhatIsMissing()
    {
        const SystemdAction fault(QStringLiteral("etcd-drill-no-such-unit-4711"), QStringLiteral("M1"));
        const auto result = run(fault.preflightCommands().first());
        QVERIFY(result);
        QVERIFY(result->refused);
        const bool systemdRuns = QFileInfo(QStringLiteral("/run/systemd/system")).isDir();
        const QString expected =
            systemdRuns ? QStringLiteral("systemd on M1 knows no unit etcd-drill-no-such-unit-4711")
                        : QStringLiteral("systemd does not run on M1");
        QVERIFY2(result->errorText.startsWith(expected), qPrintable(result->errorText));
    }
};

QTEST_GUILESS_MAIN(TestFaultAction)
#include "TestFaultAction.moc"
