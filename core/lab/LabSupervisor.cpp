#include "LabSupervisor.h"

#include "GroundTruthLog.h"
#include "LabProcessFinder.h"
#include "NodeAgent.h"
#include "StaticPodRunner.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QSocketNotifier>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace etcddrill {

namespace {

// Self-pipe: the async-signal-safe handler only writes the signal number; the event loop reads it.
int g_signalPipe[2] = {-1, -1};
constexpr int kHandledSignals[] = {SIGTERM, SIGINT, SIGHUP};

void onUnixSignal(int signal)
{
    const int savedErrno = errno;
    const unsigned char byte = static_cast<unsigned char>(signal);
    [[maybe_unused]] const ssize_t ignored = ::write(g_signalPipe[1], &byte, 1);
    errno = savedErrno;
}

// Once the watched process is gone nobody wants the lab any more; checking /proc four times a second keeps
// the lab's lifetime within a quarter second of its owner's.
constexpr std::chrono::milliseconds kWatchInterval{250};
// Every runner escalates to SIGKILL after its grace period; if one still has not reported after this much
// longer, something is wrong with the event flow and the supervisor exits anyway (runner destructors
// SIGKILL).
constexpr std::chrono::milliseconds kShutdownSlack{3000};

void logLine(const QString& line)
{
    const QByteArray text = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8() +
                            " supervisor: " + line.toUtf8() + '\n';
    [[maybe_unused]] const ssize_t ignored = ::write(STDERR_FILENO, text.constData(), size_t(text.size()));
}

} // namespace

LabSupervisor::LabSupervisor(const LabLayout& layout, QObject* parent)
    : QObject(parent), m_layout(layout),
      m_groundTruth(std::make_unique<GroundTruthLog>(layout.groundTruthFile()))
{
    m_watchTimer.setInterval(kWatchInterval);
    connect(&m_watchTimer, &QTimer::timeout, this, &LabSupervisor::checkWatchedPid);
    m_stateWriteTimer.setSingleShot(true);
    m_stateWriteTimer.setInterval(0);
    connect(&m_stateWriteTimer, &QTimer::timeout, this, &LabSupervisor::writeState);
    m_shutdownDeadline.setSingleShot(true);
    m_shutdownDeadline.setInterval(StaticPodRunner::kGracePeriod + kShutdownSlack);
    connect(&m_shutdownDeadline, &QTimer::timeout, this, [this] {
        logLine(QStringLiteral("processes did not report their exit in time; exiting anyway"));
        finish();
    });
}

LabSupervisor::~LabSupervisor()
{
    restoreSignalHandlers();
}

bool LabSupervisor::detachFromSession(QString* error)
{
    // Already a session leader, or a process group leader (run by hand in a shell's foreground, where setsid
    // is not permitted): stay where we are; ^C in that terminal then stops the lab gracefully.
    if (::getsid(0) == ::getpid() || ::getpgrp() == ::getpid())
        return true;
    if (::setsid() < 0) {
        if (error)
            *error = QStringLiteral("setsid failed: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    return true;
}

void LabSupervisor::setWatchPid(qint64 pid)
{
    m_watchPid = pid;
}

bool LabSupervisor::start(QString* error)
{
    const qint64 recorded = LabProcessFinder::readPidFile(m_layout.supervisorPidFile());
    if (recorded > 0 && recorded != QCoreApplication::applicationPid() &&
        LabProcessFinder::isSupervisorOf(recorded, m_layout.dir)) {
        if (error)
            *error = QStringLiteral("the lab in %1 is already supervised by pid %2")
                         .arg(m_layout.dir)
                         .arg(recorded);
        return false;
    }
    if (m_watchPid > 0 && !LabProcessFinder::isAlive(m_watchPid)) {
        if (error)
            *error = QStringLiteral("the process to watch (pid %1) does not exist").arg(m_watchPid);
        return false;
    }
    if (!LabProcessFinder::writePidFile(m_layout.supervisorPidFile(), QCoreApplication::applicationPid(),
                                        error))
        return false;
    installSignalHandlers();

    // One kubelet per node over <node>/manifests (etcd, kube-apiserver), and one for the lab's own static
    // pods over <lab>/manifests (haproxy, nginx), like kubeadm's HA guide runs the load balancer.
    QList<QString> nodes;
    for (const StaticPodSpec& pod : m_layout.staticPods()) {
        if (!nodes.contains(pod.node))
            nodes.append(pod.node);
    }
    for (const QString& node : std::as_const(nodes)) {
        const int index = m_layout.indexOfNode(node);
        const QString manifestsDir = index >= 0 ? m_layout.manifestsDir(index) : m_layout.labManifestsDir();
        auto* agent = new NodeAgent(node, manifestsDir, m_groundTruth.get(), this);
        for (const StaticPodSpec& pod : m_layout.staticPods()) {
            if (pod.node == node)
                agent->addStaticPod(pod);
        }
        connect(agent, &NodeAgent::stateChanged, &m_stateWriteTimer, qOverload<>(&QTimer::start));
        connect(agent, &NodeAgent::shutDown, this, &LabSupervisor::onAgentShutDown);
        m_agents.append(agent);
    }
    m_started = true;
    logLine(QStringLiteral("pid %1 supervising %2 node(s) in %3%4")
                .arg(QCoreApplication::applicationPid())
                .arg(m_layout.members)
                .arg(m_layout.dir,
                     m_watchPid > 0 ? QStringLiteral(", watching pid %1").arg(m_watchPid) : QString()));
    for (NodeAgent* agent : std::as_const(m_agents))
        agent->start();
    if (m_watchPid > 0)
        m_watchTimer.start();
    writeState();
    return true;
}

void LabSupervisor::shutdown(const QString& reason)
{
    if (m_shuttingDown)
        return;
    m_shuttingDown = true;
    m_watchTimer.stop();
    logLine(QStringLiteral("stopping the lab: %1").arg(reason));
    if (!m_started) {
        finish();
        return;
    }
    m_shutdownDeadline.start();
    for (NodeAgent* agent : std::as_const(m_agents))
        agent->shutdown();
    onAgentShutDown();
}

void LabSupervisor::onAgentShutDown()
{
    if (!m_shuttingDown || m_finished)
        return;
    for (const NodeAgent* agent : std::as_const(m_agents)) {
        if (!agent->isStopped())
            return;
    }
    finish();
}

void LabSupervisor::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_shutdownDeadline.stop();
    m_stateWriteTimer.stop();
    writeState();
    if (LabProcessFinder::readPidFile(m_layout.supervisorPidFile()) == QCoreApplication::applicationPid())
        QFile::remove(m_layout.supervisorPidFile());
    logLine(QStringLiteral("lab stopped"));
    emit finished();
}

LabState LabSupervisor::state() const
{
    LabState result;
    result.updated = QDateTime::currentDateTimeUtc();
    LabProcessState self;
    self.kind = QStringLiteral("supervisor");
    if (m_finished) {
        self.state = LabProcessState::State::Stopped;
        self.detail = QStringLiteral("lab stopped");
    } else {
        result.supervisorPid = QCoreApplication::applicationPid();
        self.pid = result.supervisorPid;
        self.state = m_shuttingDown ? LabProcessState::State::Stopping : LabProcessState::State::Running;
        self.detail = m_watchPid > 0 ? QStringLiteral("watching pid %1").arg(m_watchPid) : QString();
    }
    result.processes.append(self);
    for (const NodeAgent* agent : m_agents)
        result.processes.append(agent->states());
    return result;
}

void LabSupervisor::writeState()
{
    QString error;
    if (!state().write(m_layout.stateFile(), &error))
        logLine(error);
}

void LabSupervisor::checkWatchedPid()
{
    if (!LabProcessFinder::isAlive(m_watchPid))
        shutdown(QStringLiteral("watched process %1 exited").arg(m_watchPid));
}

void LabSupervisor::installSignalHandlers()
{
    if (g_signalPipe[0] >= 0)
        return;
    if (::pipe2(g_signalPipe, O_CLOEXEC | O_NONBLOCK) != 0) {
        logLine(QStringLiteral("cannot create the signal pipe: %1")
                    .arg(QString::fromLocal8Bit(std::strerror(errno))));
        return;
    }
    m_signalNotifier = std::make_unique<QSocketNotifier>(g_signalPipe[0], QSocketNotifier::Read);
    connect(m_signalNotifier.get(), &QSocketNotifier::activated, this, &LabSupervisor::onSignal);
    struct sigaction action = {};
    action.sa_handler = onUnixSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (int signal : kHandledSignals)
        ::sigaction(signal, &action, nullptr);
    // A member's log pipe cannot break (they write to files), but a closed terminal on stderr must not kill
    // us.
    ::signal(SIGPIPE, SIG_IGN);
}

void LabSupervisor::restoreSignalHandlers()
{
    if (!m_signalNotifier)
        return;
    for (int signal : kHandledSignals)
        ::signal(signal, SIG_DFL);
    m_signalNotifier.reset();
    ::close(g_signalPipe[0]);
    ::close(g_signalPipe[1]);
    g_signalPipe[0] = g_signalPipe[1] = -1;
}

void LabSupervisor::onSignal()
{
    unsigned char byte = 0;
    int last = 0;
    while (::read(g_signalPipe[0], &byte, 1) == 1)
        last = byte;
    if (last == 0)
        return;
    const char* name = sigabbrev_np(last);
    shutdown(QStringLiteral("received SIG%1").arg(QString::fromLatin1(name ? name : "?")));
}

} // namespace etcddrill
