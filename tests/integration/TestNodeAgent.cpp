// NodeAgent + StaticPodRunner behave like kubelet with a static pod, checked with small real processes
// (sleep, sh) instead of etcd so that every path is quick: start on manifest, stop on removal, restart after
// a crash, restart on a changed command, SIGKILL after the grace period, ignore an invalid manifest, and the
// ground truth lines for each. Every runner is shut down (and its process killed) in cleanup().
#include "GroundTruthLog.h"
#include "NodeAgent.h"
#include "StaticPodManifest.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>

using namespace etcddrill;

namespace {

bool isAlive(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (pid <= 0 || !stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray text = stat.readAll();
    const qsizetype close = text.lastIndexOf(')');
    return close > 0 && close + 2 < text.size() && text.at(close + 2) != 'Z';
}

QByteArray commandLineOf(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/cmdline").arg(pid));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The process ignores SIGTERM: bit SIGTERM-1 of the SigIgn mask in /proc/<pid>/status (set by sh's trap '').
bool ignoresSigterm(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/status").arg(pid));
    if (pid <= 0 || !file.open(QIODevice::ReadOnly))
        return false;
    for (const QByteArray& line : file.readAll().split('\n')) {
        if (line.startsWith("SigIgn:")) {
            bool ok = false;
            const quint64 mask = line.mid(7).trimmed().toULongLong(&ok, 16);
            return ok && (mask & (quint64(1) << (SIGTERM - 1))) != 0;
        }
    }
    return false;
}

} // namespace

class TestNodeAgent : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        QVERIFY(QDir().mkpath(manifestsDir()));
        QVERIFY(QDir().mkpath(backupDir()));
        m_groundTruth =
            std::make_unique<GroundTruthLog>(m_dir->filePath(QStringLiteral("ground-truth.jsonl")));
        m_agent = std::make_unique<NodeAgent>(QStringLiteral("M9"), manifestsDir(), m_groundTruth.get());
        StaticPodRunner::Spec spec;
        spec.node = QStringLiteral("M9");
        spec.kind = QStringLiteral("sleeper");
        spec.address = QStringLiteral("127.0.22.9:1");
        spec.manifestFile = manifestFile();
        spec.logFile = m_dir->filePath(QStringLiteral("sleeper.log"));
        spec.pidFile = m_dir->filePath(QStringLiteral("sleeper.pid"));
        m_agent->addStaticPod(spec);
    }

    void cleanup()
    {
        if (m_agent) {
            const qint64 pid = state().pid;
            m_agent->shutdown();
            QTRY_VERIFY_WITH_TIMEOUT(m_agent->isStopped(), StaticPodRunner::kGracePeriod.count() + 2000);
            m_agent.reset();
            if (pid > 0)
                QVERIFY(!isAlive(pid));
        }
        m_groundTruth.reset();
        m_dir.reset();
    }

    void startsStopsAndRestartsWithItsManifest()
    {
        writeManifest({QStringLiteral("/bin/sleep"), QStringLiteral("60")});
        m_agent->start();
        QTRY_COMPARE_WITH_TIMEOUT(state().state, LabProcessState::State::Running, 2000);
        const qint64 first = state().pid;
        QVERIFY(isAlive(first));
        QCOMPARE(QFile(m_dir->filePath(QStringLiteral("sleeper.pid"))).exists(), true);
        QVERIFY(hasEvent(QStringLiteral("started"), first));

        QElapsedTimer timer;
        timer.start();
        QVERIFY(QFile::rename(manifestFile(), backupDir() + QStringLiteral("/sleeper.yaml")));
        QTRY_VERIFY_WITH_TIMEOUT(!isAlive(first), 1000);
        QTRY_COMPARE_WITH_TIMEOUT(state().state, LabProcessState::State::Stopped, 1000);
        QVERIFY(hasEvent(QStringLiteral("stopped"), first, QStringLiteral("manifest removed")));
        QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("sleeper.pid"))));

        QVERIFY(QFile::rename(backupDir() + QStringLiteral("/sleeper.yaml"), manifestFile()));
        QTRY_COMPARE_WITH_TIMEOUT(state().state, LabProcessState::State::Running, 2000);
        QVERIFY(state().pid != first);
        QVERIFY(hasEvent(QStringLiteral("started"), state().pid));
    }

    void restartsAfterACrash()
    {
        writeManifest({QStringLiteral("/bin/sleep"), QStringLiteral("60")});
        m_agent->start();
        QTRY_COMPARE_WITH_TIMEOUT(state().state, LabProcessState::State::Running, 2000);
        const qint64 first = state().pid;
        QCOMPARE(::kill(pid_t(first), SIGKILL), 0);
        QTRY_VERIFY_WITH_TIMEOUT(hasEvent(QStringLiteral("exited"), first, QStringLiteral("SIGKILL")), 2000);
        // Back-off first (reported as starting), then a new process.
        QTRY_VERIFY_WITH_TIMEOUT(state().state == LabProcessState::State::Running && state().pid != first,
                                 3000);
        QVERIFY(isAlive(state().pid));
    }

    void restartsWhenTheCommandChanges()
    {
        writeManifest({QStringLiteral("/bin/sleep"), QStringLiteral("60")});
        m_agent->start();
        QTRY_COMPARE_WITH_TIMEOUT(state().state, LabProcessState::State::Running, 2000);
        const qint64 first = state().pid;
        writeManifest({QStringLiteral("/bin/sleep"), QStringLiteral("61")});
        QTRY_VERIFY_WITH_TIMEOUT(state().state == LabProcessState::State::Running && state().pid != first,
                                 3000);
        QVERIFY(commandLineOf(state().pid).contains("61"));
        QVERIFY(hasEvent(QStringLiteral("stopped"), first, QStringLiteral("manifest changed")));
    }

    void killsAfterTheGracePeriod()
    {
        // A process that ignores SIGTERM, like a member stuck in its shutdown path.
        writeManifest({QStringLiteral("/bin/sh"), QStringLiteral("-c"),
                       QStringLiteral("trap '' TERM; while :; do sleep 0.1; done")});
        m_agent->start();
        QTRY_COMPARE_WITH_TIMEOUT(state().state, LabProcessState::State::Running, 2000);
        const qint64 pid = state().pid;
        QTRY_VERIFY_WITH_TIMEOUT(ignoresSigterm(pid), 2000); // sh has installed its trap
        QVERIFY(QFile::remove(manifestFile()));
        QTRY_COMPARE_WITH_TIMEOUT(state().state, LabProcessState::State::Stopping, 1000);
        QTest::qWait(1000); // time passes on purpose: a second into the grace period the process still runs
        QVERIFY(isAlive(pid));
        QTRY_VERIFY_WITH_TIMEOUT(!isAlive(pid), StaticPodRunner::kGracePeriod.count() + 1500);
        QTRY_VERIFY_WITH_TIMEOUT(hasEvent(QStringLiteral("stopped"), pid, QStringLiteral("SIGKILL after")),
                                 1000);
    }

    void ignoresAnInvalidManifest()
    {
        QFile file(manifestFile());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            "apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - name: x\n      command: [unclosed\n");
        file.close();
        m_agent->start();
        // start() reads the manifest at once; time passes on purpose: it stays unstarted over two polls.
        QTest::qWait(500);
        QCOMPARE(state().state, LabProcessState::State::Stopped);
        QVERIFY2(state().detail.contains(QStringLiteral("invalid")), qPrintable(state().detail));
        writeManifest({QStringLiteral("/bin/sleep"), QStringLiteral("60")});
        QTRY_COMPARE_WITH_TIMEOUT(state().state, LabProcessState::State::Running, 2000);
    }

    void shutdownStopsEverything()
    {
        writeManifest({QStringLiteral("/bin/sleep"), QStringLiteral("60")});
        m_agent->start();
        QTRY_COMPARE_WITH_TIMEOUT(state().state, LabProcessState::State::Running, 2000);
        const qint64 pid = state().pid;
        QSignalSpy done(m_agent.get(), &NodeAgent::shutDown);
        m_agent->shutdown();
        QVERIFY(done.wait(2000));
        QCOMPARE(done.count(), 1);
        QVERIFY(!isAlive(pid));
        QVERIFY(hasEvent(QStringLiteral("stopped"), pid, QStringLiteral("lab shutting down")));
        // The manifest is still there, but a shut-down agent starts nothing.
        QTest::qWait(500); // time passes on purpose: a running agent would have started it by now
        QCOMPARE(state().state, LabProcessState::State::Stopped);
    }

private:
    QString manifestsDir() const { return m_dir->filePath(QStringLiteral("manifests")); }
    QString backupDir() const { return m_dir->filePath(QStringLiteral("backup")); }
    QString manifestFile() const { return manifestsDir() + QStringLiteral("/sleeper.yaml"); }

    void writeManifest(const QStringList& command)
    {
        StaticPodManifest manifest;
        manifest.podName = QStringLiteral("sleeper-M9");
        manifest.containerName = QStringLiteral("sleeper");
        manifest.command = command;
        QString error;
        QVERIFY2(manifest.save(manifestFile(), &error), qPrintable(error));
    }

    LabProcessState state() const { return m_agent->states().value(0); }

    bool hasEvent(const QString& event, qint64 pid, const QString& detailPart = QString()) const
    {
        for (const GroundTruthEvent& e : GroundTruthLog::readAll(m_groundTruth->fileName())) {
            if (e.event == event && e.pid == pid && e.node == QLatin1String("M9") &&
                e.process == QLatin1String("sleeper") && e.detail.contains(detailPart) && e.monoMs > 0)
                return true;
        }
        return false;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<GroundTruthLog> m_groundTruth;
    std::unique_ptr<NodeAgent> m_agent;
};

QTEST_GUILESS_MAIN(TestNodeAgent)
#include "TestNodeAgent.moc"
