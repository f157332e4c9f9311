#include "NodeAgent.h"

#include <QDir>

namespace etcddrill {

NodeAgent::NodeAgent(const QString& node, const QString& manifestsDir, GroundTruthLog* groundTruth,
                     QObject* parent)
    : QObject(parent), m_node(node), m_manifestsDir(manifestsDir), m_groundTruth(groundTruth)
{
    m_poll.setInterval(kPollInterval);
    connect(&m_poll, &QTimer::timeout, this, &NodeAgent::syncAll);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &NodeAgent::syncAll);
}

void NodeAgent::addStaticPod(const StaticPodRunner::Spec& spec)
{
    auto* runner = new StaticPodRunner(spec, m_groundTruth, this);
    connect(runner, &StaticPodRunner::stateChanged, this, &NodeAgent::stateChanged);
    connect(runner, &StaticPodRunner::shutDown, this, &NodeAgent::onRunnerShutDown);
    m_runners.append(runner);
}

void NodeAgent::start()
{
    syncAll();
    m_poll.start();
}

void NodeAgent::syncAll()
{
    if (m_shuttingDown)
        return;
    if (!m_watcher.directories().contains(m_manifestsDir) && QDir(m_manifestsDir).exists())
        m_watcher.addPath(m_manifestsDir);
    for (StaticPodRunner* runner : std::as_const(m_runners))
        runner->sync();
}

void NodeAgent::shutdown()
{
    m_shuttingDown = true;
    m_poll.stop();
    m_watcher.disconnect(this);
    for (StaticPodRunner* runner : std::as_const(m_runners))
        runner->shutdown();
    onRunnerShutDown();
}

void NodeAgent::onRunnerShutDown()
{
    if (m_shuttingDown && !m_shutDownEmitted && isStopped()) {
        m_shutDownEmitted = true;
        emit shutDown();
    }
}

bool NodeAgent::isStopped() const
{
    for (const StaticPodRunner* runner : m_runners) {
        if (!runner->isStopped())
            return false;
    }
    return true;
}

QList<LabProcessState> NodeAgent::states() const
{
    QList<LabProcessState> result;
    for (const StaticPodRunner* runner : m_runners)
        result.append(runner->state());
    return result;
}

} // namespace etcddrill
