// StaticPodAction's commands run for real through LocalTransport against a temporary "node": the stop moves
// the manifest into the backup folder, the start moves it back, and every refusal (missing manifest, occupied
// backup, both or neither present) changes nothing and says why in the words an operator needs.
#include "LocalTransport.h"
#include "StaticPodAction.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

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

} // namespace

class TestStaticPodAction : public QObject
{
    Q_OBJECT

private:
    std::optional<CommandResult> run(const PlannedCommand& planned)
    {
        std::optional<CommandResult> result;
        m_transport->run(planned, 10s, [&](CommandResult r) { result = std::move(r); });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
            qWarning("no result in time");
        return result;
    }
    // Runs commands in order, stopping at the first that does not succeed; that one's result (or the last).
    std::optional<CommandResult> runAll(const QList<PlannedCommand>& commands)
    {
        std::optional<CommandResult> result;
        for (const PlannedCommand& planned : commands) {
            result = run(planned);
            if (!result || !result->succeeded())
                break;
        }
        return result;
    }

    QString manifestsDir() const
    {
        return m_dir->filePath(m_sub + QStringLiteral("/etc/kubernetes/manifests"));
    }
    QString manifest() const { return manifestsDir() + QStringLiteral("/etcd.yaml"); }
    QString backupDir() const { return m_dir->filePath(m_sub + QStringLiteral("/home/clay/etcdbak")); }
    QString backup() const { return backupDir() + QStringLiteral("/etcd.yaml"); }
    StaticPodAction action() const { return StaticPodAction(manifest(), backupDir(), QStringLiteral("M3")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LocalTransport> m_transport;
    QString m_sub = QStringLiteral("node");

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_transport = std::make_unique<LocalTransport>();
    }
    void cleanup()
    {
        m_transport.reset();
        m_dir.reset();
        m_sub = QStringLiteral("node");
    }

    void configurationProblems()
    {
        QVERIFY(StaticPodAction(QStringLiteral("/etc/kubernetes/manifests/etcd.yaml"),
                                QStringLiteral("/root/bak"))
                    .configurationProblem()
                    .isEmpty());
        QVERIFY(StaticPodAction(QStringLiteral("etc/etcd.yaml"), QStringLiteral("/root/bak"))
                    .configurationProblem()
                    .contains(QLatin1String("drill.manifest")));
        QVERIFY(StaticPodAction(QStringLiteral("/etc/kubernetes/manifests/"), QStringLiteral("/root/bak"))
                    .configurationProblem()
                    .contains(QLatin1String("drill.manifest")));
        QVERIFY(StaticPodAction(QStringLiteral("/etc/etcd.yaml"), QStringLiteral("bak"))
                    .configurationProblem()
                    .contains(QLatin1String("drill.backup-dir")));
        // kubelet would keep running a manifest "moved" into its own folder.
        const QString sameFolder = StaticPodAction(QStringLiteral("/etc/kubernetes/manifests/etcd.yaml"),
                                                   QStringLiteral("/etc/kubernetes/manifests/"))
                                       .configurationProblem();
        QVERIFY2(sameFolder.contains(QLatin1String("manifest's own folder")), qPrintable(sameFolder));
        // A folder below it is fine: kubelet skips sub-folders.
        QVERIFY(StaticPodAction(QStringLiteral("/etc/kubernetes/manifests/etcd.yaml"),
                                QStringLiteral("/etc/kubernetes/manifests/off"))
                    .configurationProblem()
                    .isEmpty());
    }

    void commandsReadLikeTheRunbook()
    {
        const StaticPodAction runbook(QStringLiteral("/etc/kubernetes/manifests/etcd.yaml"),
                                      QStringLiteral("/home/clay/etcdbak/"), QStringLiteral("M3"));
        QCOMPARE(runbook.kind(), FaultAction::Kind::StaticPod);
        QCOMPARE(FaultAction::kindName(runbook.kind()), QStringLiteral("static-pod"));
        QCOMPARE(runbook.backupPath(), QStringLiteral("/home/clay/etcdbak/etcd.yaml"));
        const auto stop = runbook.stopCommands();
        QCOMPARE(stop.size(), 1);
        QCOMPARE(stop.first().display,
                 QStringLiteral("mkdir -p /home/clay/etcdbak && mv -n "
                                "/etc/kubernetes/manifests/etcd.yaml /home/clay/etcdbak/etcd.yaml"));
        QVERIFY(stop.first().needsSudo && stop.first().changesState);
        QCOMPARE(stop.first().purpose.english().left(16), QStringLiteral("stop etcd on M3 "));
        const auto start = runbook.startCommands();
        QCOMPARE(start.size(), 1);
        QCOMPARE(start.first().display,
                 QStringLiteral("mv -n /home/clay/etcdbak/etcd.yaml /etc/kubernetes/manifests/etcd.yaml"));
        const auto preflight = runbook.preflightCommands();
        QCOMPARE(preflight.size(), 2);
        for (const PlannedCommand& check : preflight)
            QVERIFY(!check.changesState && !check.refusalMessage.isEmpty());
        QVERIFY(!runbook.verifyStoppedCommand());
        // No single quotes in the scripts for plain paths: quoted once more for ssh they stay readable.
        for (const PlannedCommand& planned : stop + start + preflight)
            QVERIFY2(!planned.script.contains(QLatin1Char('\'')), qPrintable(planned.script));
        QCOMPARE(runbook.restoreInstructions().english(),
                 QStringLiteral("To start etcd on M3 again by hand, run on M3 as root:\n"
                                "  mv -n /home/clay/etcdbak/etcd.yaml /etc/kubernetes/manifests/etcd.yaml"));
    }

    void stopAndStartMoveTheManifest_data()
    {
        QTest::addColumn<QString>("sub");
        QTest::newRow("plain") << QStringLiteral("node");
        QTest::newRow("nasty") << QStringLiteral("n o'd\"e $HOME `id` -x\nline");
    }
    void stopAndStartMoveTheManifest()
    {
        QFETCH(QString, sub);
        m_sub = sub;
        QVERIFY(QDir().mkpath(manifestsDir()));
        QVERIFY(writeFile(manifest(), kManifest));
        const StaticPodAction fault = action();
        QVERIFY(fault.configurationProblem().isEmpty());

        auto result = runAll(fault.preflightCommands());
        QVERIFY(result);
        QVERIFY2(result->succeeded(), qPrintable(result->errorText));

        // The backup folder does not exist yet: the stop creates it.
        QVERIFY(!QFileInfo::exists(backupDir()));
        result = runAll(fault.stopCommands());
        QVERIFY(result);
        QVERIFY2(result->succeeded(), qPrintable(result->errorText + result->stdErr));
        QVERIFY(!QFileInfo::exists(manifest()));
        QCOMPARE(readFile(backup()), kManifest);

        result = runAll(fault.startCommands());
        QVERIFY(result);
        QVERIFY2(result->succeeded(), qPrintable(result->errorText + result->stdErr));
        QCOMPARE(readFile(manifest()), kManifest);
        QVERIFY(!QFileInfo::exists(backup()));

        // After a full round the preflight passes again: the backup folder stays, empty.
        result = runAll(fault.preflightCommands());
        QVERIFY(result && result->succeeded());
    }

    void preflightRefusesMissingManifest()
    {
        QVERIFY(QDir().mkpath(manifestsDir()));
        const auto preflight = action().preflightCommands();
        const auto result = run(preflight.at(0));
        QVERIFY(result);
        QVERIFY(!result->succeeded());
        QVERIFY(result->refused);
        QCOMPARE(result->exitCode, PlannedCommand::kRefusedExitCode);
        QCOMPARE(result->errorText, QStringLiteral("%1 does not exist on M3: is etcd a static pod there? set "
                                                   "drill.manifest")
                                        .arg(manifest()));
    }

    void preflightRefusesOccupiedBackup()
    {
        QVERIFY(QDir().mkpath(manifestsDir()));
        QVERIFY(QDir().mkpath(backupDir()));
        QVERIFY(writeFile(manifest(), kManifest));
        QVERIFY(writeFile(backup(), QByteArrayLiteral("left over\n")));
        const auto preflight = action().preflightCommands();
        QVERIFY(run(preflight.at(0))->succeeded());
        const auto result = run(preflight.at(1));
        QVERIFY(result);
        QVERIFY(result->refused);
        QCOMPARE(result->errorText,
                 QStringLiteral("%1 on M3 already holds etcd.yaml: an earlier drill may not have "
                                "restored it — check and move it back or away first")
                     .arg(backupDir()));
        QCOMPARE(readFile(backup()), QByteArrayLiteral("left over\n"));
    }

    void preflightRefusesBackupThatIsAFile()
    {
        QVERIFY(QDir().mkpath(manifestsDir()));
        QVERIFY(writeFile(manifest(), kManifest));
        QVERIFY(QDir().mkpath(QFileInfo(backupDir()).path()));
        QVERIFY(writeFile(backupDir(), QByteArrayLiteral("a file\n")));
        const auto result = run(action().preflightCommands().at(1));
        QVERIFY(result && result->refused);
        QVERIFY2(result->errorText.contains(QLatin1String("is not a folder")), qPrintable(result->errorText));
    }

    void stopRefusesOccupiedBackup()
    {
        // Time passes between preflight and stop: the stop checks again and leaves the manifest in place.
        QVERIFY(QDir().mkpath(manifestsDir()));
        QVERIFY(QDir().mkpath(backupDir()));
        QVERIFY(writeFile(manifest(), kManifest));
        QVERIFY(writeFile(backup(), QByteArrayLiteral("left over\n")));
        const auto result = runAll(action().stopCommands());
        QVERIFY(result);
        QVERIFY(!result->succeeded());
        QVERIFY(result->refused);
        QVERIFY2(result->errorText.contains(QLatin1String("already holds etcd.yaml")),
                 qPrintable(result->errorText));
        QVERIFY(result->errorText.contains(QLatin1String("nothing was moved")));
        QCOMPARE(readFile(manifest()), kManifest);
        QCOMPARE(readFile(backup()), QByteArrayLiteral("left over\n"));
    }

    void stopRefusesDanglingSymlinkInBackup()
    {
        QVERIFY(QDir().mkpath(manifestsDir()));
        QVERIFY(QDir().mkpath(backupDir()));
        QVERIFY(writeFile(manifest(), kManifest));
        QVERIFY(QFile::link(m_dir->filePath(QStringLiteral("nowhere")), backup()));
        const auto result = runAll(action().stopCommands());
        QVERIFY(result && result->refused);
        QCOMPARE(readFile(manifest()), kManifest);
    }

    void stopRefusesMissingManifest()
    {
        QVERIFY(QDir().mkpath(manifestsDir()));
        const auto result = runAll(action().stopCommands());
        QVERIFY(result && result->refused);
        QVERIFY(result->errorText.contains(QLatin1String("does not exist on M3")));
        QVERIFY(!QFileInfo::exists(backupDir())); // refused before creating anything
    }

    void startIsSafeToRepeat()
    {
        QVERIFY(QDir().mkpath(manifestsDir()));
        QVERIFY(writeFile(manifest(), kManifest));
        const auto result = runAll(action().startCommands());
        QVERIFY(result);
        QVERIFY2(result->succeeded(), qPrintable(result->errorText));
        QVERIFY(result->stdOut.contains(QLatin1String("already in place")));
        QCOMPARE(readFile(manifest()), kManifest);
    }

    void startRefusesWhenBothExist()
    {
        QVERIFY(QDir().mkpath(manifestsDir()));
        QVERIFY(QDir().mkpath(backupDir()));
        QVERIFY(writeFile(manifest(), kManifest));
        QVERIFY(writeFile(backup(), QByteArrayLiteral("older\n")));
        const auto result = runAll(action().startCommands());
        QVERIFY(result && result->refused);
        QVERIFY2(result->errorText.contains(QLatin1String("both")), qPrintable(result->errorText));
        QCOMPARE(readFile(manifest()), kManifest);
        QCOMPARE(readFile(backup()), QByteArrayLiteral("older\n"));
    }

    void startRefusesWhenNeitherExists()
    {
        QVERIFY(QDir().mkpath(manifestsDir()));
        const auto result = runAll(action().startCommands());
        QVERIFY(result && result->refused);
        QVERIFY2(result->errorText.contains(QLatin1String("manifest is lost")),
                 qPrintable(result->errorText));
        QVERIFY(!QFileInfo::exists(manifest()));
    }
};

QTEST_GUILESS_MAIN(TestStaticPodAction)
#include "TestStaticPodAction.moc"
