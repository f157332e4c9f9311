#include "StaticPodRunner.h"

#include "GroundTruthLog.h"
#include "LabProcessFinder.h"
#include "StaticPodManifest.h"

#include <QDateTime>
#include <QFile>
#include <QProcessEnvironment>
#include <QTextStream>

#include <csignal>
#include <fcntl.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace etcddrill {

namespace {

// kubelet starts at 10 s and doubles to 5 min (CrashLoopBackOff); a lab wants a crashed member back quickly
// but must not spin on a manifest that can never start.
constexpr std::chrono::milliseconds kInitialBackOff{500};
constexpr std::chrono::milliseconds kMaxBackOff{8000};
// A process that ran this long counts as healthy again: its next crash starts the back-off from scratch.
constexpr qint64 kStableRunMs = 10000;

QString describeExit(int exitCode, QProcess::ExitStatus exitStatus)
{
    if (exitStatus == QProcess::CrashExit) {
        // Qt reports the terminating signal as the exit code of a crashed process.
        const char* name = sigabbrev_np(exitCode);
        return name ? QStringLiteral("killed by SIG%1").arg(QString::fromLatin1(name))
                    : QStringLiteral("killed by signal %1").arg(exitCode);
    }
    return QStringLiteral("exit code %1").arg(exitCode);
}

// The supervised processes get a clean etcd environment: etcd reads ETCD_* variables as flags and refuses to
// start when one shadows a command-line flag, and the user's ETCDCTL_* settings mean nothing to the lab.
QProcessEnvironment childEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString& key : environment.keys()) {
        if (key.startsWith(QLatin1String("ETCD_")) || key.startsWith(QLatin1String("ETCDCTL_")))
            environment.remove(key);
    }
    return environment;
}

} // namespace

StaticPodRunner::StaticPodRunner(const Spec& spec, GroundTruthLog* groundTruth, QObject* parent)
    : QObject(parent), m_spec(spec), m_groundTruth(groundTruth), m_backOff(kInitialBackOff)
{
    m_graceTimer.setSingleShot(true);
    m_graceTimer.setInterval(kGracePeriod);
    connect(&m_graceTimer, &QTimer::timeout, this, &StaticPodRunner::onGraceExpired);
    m_backOffTimer.setSingleShot(true);
    connect(&m_backOffTimer, &QTimer::timeout, this, [this] {
        if (m_phase == Phase::BackOff) {
            setPhase(Phase::Idle, QString());
            reconcile();
        }
    });
    m_detail = QStringLiteral("manifest not read yet");
}

StaticPodRunner::~StaticPodRunner()
{
    // The supervisor normally shuts down gracefully first; this is the last line of defence, e.g. when the
    // event loop is torn down early. The QProcess destructor then reaps the child.
    if (m_pid > 0)
        ::kill(pid_t(-m_pid), SIGKILL);
}

void StaticPodRunner::sync()
{
    if (m_shuttingDown)
        return;
    readManifest();
    reconcile();
}

void StaticPodRunner::readManifest()
{
    struct stat st = {};
    if (::stat(QFile::encodeName(m_spec.manifestFile).constData(), &st) != 0 || !S_ISREG(st.st_mode)) {
        m_manifestPresent = false;
        m_desiredCommand.reset();
        m_fingerprint.reset();
        m_manifestError.clear();
        return;
    }
    m_manifestPresent = true;
    const Fingerprint fingerprint{st.st_dev, st.st_ino, qint64(st.st_size),
                                  qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec};
    if (m_fingerprint && *m_fingerprint == fingerprint && (m_desiredCommand || !m_manifestError.isEmpty()))
        return;
    m_fingerprint = fingerprint;
    QString error;
    const auto manifest = StaticPodManifest::load(m_spec.manifestFile, &error);
    if (!manifest) {
        // Like kubelet, an unparsable manifest is ignored: what runs keeps running, nothing new starts.
        if (error != m_manifestError)
            qWarning("%s %s: ignoring manifest: %s", qPrintable(m_spec.node), qPrintable(m_spec.kind),
                     qPrintable(error));
        m_manifestError = error;
        return;
    }
    m_manifestError.clear();
    m_desiredCommand = manifest->command;
}

void StaticPodRunner::reconcile()
{
    if (m_shuttingDown)
        return;
    switch (m_phase) {
    case Phase::Idle:
        if (m_desiredCommand)
            startProcess();
        else if (!m_manifestError.isEmpty())
            setPhase(Phase::Idle, QStringLiteral("manifest invalid: ") + m_manifestError);
        else
            setPhase(Phase::Idle, QStringLiteral("manifest absent"));
        break;
    case Phase::BackOff:
        if (!m_manifestPresent) {
            m_backOffTimer.stop();
            setPhase(Phase::Idle, QStringLiteral("manifest absent"));
        }
        break;
    case Phase::Starting:
    case Phase::Running:
        if (!m_manifestPresent)
            beginStop(QStringLiteral("manifest removed"));
        else if (m_desiredCommand && *m_desiredCommand != m_runningCommand)
            beginStop(QStringLiteral("manifest changed"));
        break;
    case Phase::Stopping:
        break; // onFinished() reconciles again once the process is gone
    }
}

void StaticPodRunner::startProcess()
{
    const QStringList command = *m_desiredCommand;
    if (m_process) {
        m_process->disconnect(this);
        m_process->deleteLater();
    }
    m_process = new QProcess(this);
    m_process->setProgram(command.first());
    m_process->setArguments(command.mid(1));
    m_process->setProcessEnvironment(childEnvironment());
    m_process->setStandardInputFile(QProcess::nullDevice());
    m_process->setStandardOutputFile(m_spec.logFile, QIODevice::Append);
    m_process->setStandardErrorFile(m_spec.logFile, QIODevice::Append);
    const pid_t supervisor = ::getpid();
    m_process->setChildProcessModifier([supervisor] {
        // Own process group: SIGKILL after the grace period reaches anything the member forked, and a ^C on
        // a supervisor run in a terminal is handled by the supervisor, not delivered to the members directly.
        ::setpgid(0, 0);
        // Die with the supervisor, even when it is SIGKILLed and cannot clean up (the test crashes case).
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        // The supervisor may have died between fork and prctl: then the death signal will never come.
        if (::getppid() != supervisor)
            ::_exit(127);
    });
    connect(m_process, &QProcess::started, this, &StaticPodRunner::onStarted);
    connect(m_process, &QProcess::finished, this, &StaticPodRunner::onFinished);
    connect(m_process, &QProcess::errorOccurred, this, &StaticPodRunner::onErrorOccurred);
    m_runningCommand = command;
    m_killed = false;
    m_stopReason.clear();
    setPhase(Phase::Starting, QStringLiteral("starting"));
    m_process->start();
    // The pid exists as soon as fork() returned, before started() arrives: a stop requested in between must
    // be able to signal it.
    if (m_process->processId() > 0)
        m_pid = m_process->processId();
}

void StaticPodRunner::onStarted()
{
    m_pid = m_process->processId();
    m_sinceStart.start();
    QString error;
    if (!LabProcessFinder::writePidFile(m_spec.pidFile, m_pid, &error))
        qWarning("%s", qPrintable(error));
    annotateLog(
        QStringLiteral("started %1 (pid %2) from %3").arg(m_spec.kind).arg(m_pid).arg(m_spec.manifestFile));
    record(QStringLiteral("started"), m_pid, QStringLiteral("manifest %1 present").arg(m_spec.manifestFile));
    setPhase(Phase::Running, QStringLiteral("running"));
    // The manifest may have gone while the process was being spawned.
    reconcile();
}

void StaticPodRunner::onErrorOccurred(QProcess::ProcessError error)
{
    if (error != QProcess::FailedToStart)
        return; // crashes are reported through finished()
    const QString why =
        QStringLiteral("cannot start %1: %2").arg(m_runningCommand.value(0), m_process->errorString());
    annotateLog(why);
    qWarning("%s %s: %s", qPrintable(m_spec.node), qPrintable(m_spec.kind), qPrintable(why));
    m_pid = 0;
    m_runningCommand.clear();
    m_graceTimer.stop();
    if (m_shuttingDown) {
        setPhase(Phase::Idle, QStringLiteral("lab stopped"));
        emit shutDown();
        return;
    }
    if (m_phase == Phase::Stopping) {
        setPhase(Phase::Idle, m_stopReason);
        reconcile();
        return;
    }
    scheduleRestart(why);
}

void StaticPodRunner::onFinished(int exitCode, QProcess::ExitStatus exitStatus)
{
    const qint64 pid = m_pid;
    const qint64 ranMs = m_sinceStart.isValid() ? m_sinceStart.elapsed() : 0;
    const QString how = describeExit(exitCode, exitStatus);
    m_graceTimer.stop();
    m_pid = 0;
    m_runningCommand.clear();
    QFile::remove(m_spec.pidFile);

    if (m_phase == Phase::Stopping) {
        const QString detail = m_killed ? QStringLiteral("%1; SIGKILL after %2 ms grace period (%3)")
                                              .arg(m_stopReason)
                                              .arg(kGracePeriod.count())
                                              .arg(how)
                                        : QStringLiteral("%1; exited %2 ms after SIGTERM (%3)")
                                              .arg(m_stopReason)
                                              .arg(m_sinceStop.elapsed())
                                              .arg(how);
        annotateLog(QStringLiteral("stopped %1 (pid %2): %3").arg(m_spec.kind).arg(pid).arg(detail));
        record(QStringLiteral("stopped"), pid, detail);
        m_backOff = kInitialBackOff;
        if (m_shuttingDown) {
            setPhase(Phase::Idle, QStringLiteral("lab stopped"));
            emit shutDown();
            return;
        }
        setPhase(Phase::Idle,
                 m_manifestPresent ? QStringLiteral("restarting") : QStringLiteral("manifest absent"));
        reconcile();
        return;
    }

    if (ranMs >= kStableRunMs)
        m_backOff = kInitialBackOff;
    const QString detail = QStringLiteral("%1 after running %2 ms").arg(how).arg(ranMs);
    annotateLog(QStringLiteral("%1 (pid %2) exited on its own: %3").arg(m_spec.kind).arg(pid).arg(detail));
    record(QStringLiteral("exited"), pid, detail);
    if (m_shuttingDown) {
        setPhase(Phase::Idle, QStringLiteral("lab stopped"));
        emit shutDown();
        return;
    }
    scheduleRestart(detail);
}

void StaticPodRunner::scheduleRestart(const QString& why)
{
    if (!m_manifestPresent) {
        setPhase(Phase::Idle, QStringLiteral("manifest absent"));
        return;
    }
    m_backOffTimer.start(m_backOff);
    setPhase(Phase::BackOff, QStringLiteral("%1; restart in %2 ms").arg(why).arg(m_backOff.count()));
    m_backOff = std::min(m_backOff * 2, kMaxBackOff);
}

void StaticPodRunner::beginStop(const QString& reason)
{
    if (m_phase == Phase::Stopping)
        return;
    m_stopReason = reason;
    m_sinceStop.start();
    if (m_pid > 0)
        ::kill(pid_t(m_pid), SIGTERM);
    m_graceTimer.start();
    setPhase(Phase::Stopping, QStringLiteral("%1; SIGTERM sent").arg(reason));
}

void StaticPodRunner::onGraceExpired()
{
    if (m_phase != Phase::Stopping || m_pid <= 0)
        return;
    m_killed = true;
    // The whole group: etcd does not fork, but later process kinds (a shell wrapper, nginx workers) may.
    ::kill(pid_t(-m_pid), SIGKILL);
    ::kill(pid_t(m_pid), SIGKILL);
    setPhase(Phase::Stopping,
             QStringLiteral("%1; SIGKILL after %2 ms").arg(m_stopReason).arg(kGracePeriod.count()));
}

void StaticPodRunner::shutdown()
{
    m_shuttingDown = true;
    m_backOffTimer.stop();
    switch (m_phase) {
    case Phase::Idle:
    case Phase::BackOff:
        setPhase(Phase::Idle, QStringLiteral("lab stopped"));
        emit shutDown();
        break;
    case Phase::Starting:
    case Phase::Running:
        beginStop(QStringLiteral("lab shutting down"));
        break;
    case Phase::Stopping:
        m_stopReason = QStringLiteral("lab shutting down");
        break;
    }
}

bool StaticPodRunner::isStopped() const
{
    return m_phase == Phase::Idle || m_phase == Phase::BackOff;
}

LabProcessState StaticPodRunner::state() const
{
    LabProcessState result;
    result.node = m_spec.node;
    result.kind = m_spec.kind;
    result.address = m_spec.address;
    result.pid = m_pid;
    result.detail = m_detail;
    switch (m_phase) {
    case Phase::Idle:
        result.state = LabProcessState::State::Stopped;
        break;
    case Phase::BackOff:
    case Phase::Starting:
        result.state = LabProcessState::State::Starting;
        break;
    case Phase::Running:
        result.state = LabProcessState::State::Running;
        break;
    case Phase::Stopping:
        result.state = LabProcessState::State::Stopping;
        break;
    }
    return result;
}

void StaticPodRunner::setPhase(Phase phase, const QString& detail)
{
    if (m_phase == phase && m_detail == detail)
        return;
    m_phase = phase;
    m_detail = detail;
    emit stateChanged();
}

void StaticPodRunner::record(const QString& event, qint64 pid, const QString& detail)
{
    if (!m_groundTruth)
        return;
    QString error;
    if (!m_groundTruth->append(GroundTruthEvent::now(m_spec.node, m_spec.kind, event, pid, detail), &error))
        qWarning("%s", qPrintable(error));
}

void StaticPodRunner::annotateLog(const QString& line) const
{
    // Marks the supervisor's view in the process's own log, so a reader of etcd.log sees where one run ends
    // and the next begins.
    QFile log(m_spec.logFile);
    if (!log.open(QIODevice::WriteOnly | QIODevice::Append))
        return;
    QTextStream(&log) << "--- etcd-drill lab " << QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)
                      << " " << m_spec.node << ": " << line << " ---\n";
}

} // namespace etcddrill
