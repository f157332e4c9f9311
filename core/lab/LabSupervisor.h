// The long-lived process behind a running lab (`etcd-drill-cli lab supervise --dir D`): one NodeAgent per
// node (etcd, apiserver) and one for the lab's load balancers (haproxy, nginx) in a single Qt event loop, the
// pid file, the state file rewritten on every change, the ground truth log, SIGTERM/SIGINT/SIGHUP handling
// (stop every member gracefully, then finish) and the optional watched pid (tests pass their own, so a
// crashed test never leaves a lab behind). Lives in the thread that runs the event loop (the supervise
// command's main thread); one per process, because of the signal handlers.
#pragma once

#include "LabLayout.h"
#include "LabState.h"

#include <QList>
#include <QObject>
#include <QTimer>
#include <memory>

class QSocketNotifier;

namespace etcddrill {

class GroundTruthLog;
class NodeAgent;

class LabSupervisor : public QObject
{
    Q_OBJECT

public:
    explicit LabSupervisor(const LabLayout& layout, QObject* parent = nullptr);
    ~LabSupervisor() override;

    // Leaves the caller's session and process group (setsid), so that a ^C or hang-up in the terminal that
    // ran `lab up` does not reach the lab. Call once, before start(), in the supervisor process only.
    static bool detachFromSession(QString* error);

    void setWatchPid(qint64 pid); // 0: none
    // Refuses when another supervisor already runs this lab; writes the pid file, installs the signal
    // handlers and starts the node agents.
    bool start(QString* error);
    // Stops every process gracefully; finished() follows once all are gone.
    void shutdown(const QString& reason);
    LabState state() const;

signals:
    void finished();

private:
    void installSignalHandlers();
    void restoreSignalHandlers();
    void onSignal();
    void checkWatchedPid();
    void onAgentShutDown();
    void finish();
    void writeState();

    LabLayout m_layout;
    std::unique_ptr<GroundTruthLog> m_groundTruth;
    QList<NodeAgent*> m_agents; // children of this
    qint64 m_watchPid = 0;
    QTimer m_watchTimer;
    QTimer m_stateWriteTimer; // coalesces bursts of state changes into one write
    QTimer m_shutdownDeadline;
    std::unique_ptr<QSocketNotifier> m_signalNotifier;
    bool m_started = false;
    bool m_shuttingDown = false;
    bool m_finished = false;
};

} // namespace etcddrill
