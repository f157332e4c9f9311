// Runs one static pod the way kubelet does: while its manifest file exists the process it names runs (and is
// restarted with a growing back-off when it dies); when the file goes away the process gets SIGTERM, and
// SIGKILL for its whole process group after a grace period. Every start and exit is appended to the lab's
// ground truth. Lives in the supervisor's thread (needs its event loop); owned by its NodeAgent, which calls
// sync() whenever the manifests directory may have changed. That thread must live as long as the processes:
// the kernel sends PR_SET_PDEATHSIG when the *thread* that forked a child exits, not only the process.
#pragma once

#include "LabProcessState.h"
#include "StaticPodSpec.h"

#include <QElapsedTimer>
#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QTimer>
#include <chrono>
#include <optional>
#include <sys/types.h>

namespace etcddrill {

class GroundTruthLog;

class StaticPodRunner : public QObject
{
    Q_OBJECT

public:
    using Spec = StaticPodSpec;

    // kubelet waits 30 s by default (terminationGracePeriodSeconds); a lab member that lost quorum can hang
    // in its shutdown path for seconds, but a drill wants the member gone promptly: 3 s, then SIGKILL.
    static constexpr std::chrono::milliseconds kGracePeriod{3000};

    StaticPodRunner(const Spec& spec, GroundTruthLog* groundTruth, QObject* parent = nullptr);
    ~StaticPodRunner() override; // SIGKILLs the process group if it still runs

    void sync();     // re-read the manifest (cheap when unchanged) and start/stop/restart to match it
    void shutdown(); // stop for good, whatever the manifest says; emits shutDown() once the process is gone
    bool isStopped() const;
    LabProcessState state() const;
    const Spec& spec() const { return m_spec; }

signals:
    void stateChanged();
    void shutDown();

private:
    enum class Phase { Idle, BackOff, Starting, Running, Stopping };

    void readManifest();
    void reconcile();
    void startProcess();
    void beginStop(const QString& reason);
    void onStarted();
    void onFinished(int exitCode, QProcess::ExitStatus exitStatus);
    void onErrorOccurred(QProcess::ProcessError error);
    void onGraceExpired();
    void scheduleRestart(const QString& why);
    void setPhase(Phase phase, const QString& detail);
    void record(const QString& event, qint64 pid, const QString& detail);
    void annotateLog(const QString& line) const;

    Spec m_spec;
    GroundTruthLog* m_groundTruth;
    QProcess* m_process = nullptr; // child of this; replaced on every start
    Phase m_phase = Phase::Idle;
    QString m_detail;
    qint64 m_pid = 0;
    QStringList m_runningCommand;

    std::optional<QStringList> m_desiredCommand; // nullopt: manifest absent (or never valid)
    bool m_manifestPresent = false;
    struct Fingerprint
    {
        dev_t device = 0;
        ino_t inode = 0;
        qint64 size = -1;
        qint64 mtimeNs = 0;
        friend bool operator==(const Fingerprint&, const Fingerprint&) = default;
    };
    std::optional<Fingerprint> m_fingerprint;
    QString m_manifestError;

    bool m_shuttingDown = false;
    QString m_stopReason;
    bool m_killed = false;
    QTimer m_graceTimer;
    QTimer m_backOffTimer;
    QElapsedTimer m_sinceStart;
    QElapsedTimer m_sinceStop;
    std::chrono::milliseconds m_backOff;
};

} // namespace etcddrill
