// The kubelet of one lab node: watches <lab>/<node>/manifests/ and keeps one StaticPodRunner per known pod
// kind (etcd, the apiserver simulator) in line with the manifest files there; the lab's own agent (node "")
// does the same for <lab>/manifests/ (haproxy, nginx). Changes are seen
// through QFileSystemWatcher at once, and through a 200 ms poll as a safety net (inotify misses events on
// some file systems, and a watched directory that is removed and recreated drops out of the watcher).
// Lives in the supervisor's thread; owned by the LabSupervisor.
#pragma once

#include "LabProcessState.h"
#include "StaticPodRunner.h"

#include <QFileSystemWatcher>
#include <QList>
#include <QObject>
#include <QTimer>

namespace etcddrill {

class GroundTruthLog;

class NodeAgent : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds kPollInterval{200};

    NodeAgent(const QString& node, const QString& manifestsDir, GroundTruthLog* groundTruth,
              QObject* parent = nullptr);

    // Registers a pod kind before start(); the runner's manifest must live in this node's manifests dir.
    void addStaticPod(const StaticPodRunner::Spec& spec);
    void start();    // begin watching and start whatever manifests are present
    void shutdown(); // stop every pod for good; emits shutDown() when all are gone
    bool isStopped() const;

    QString node() const { return m_node; }
    QList<LabProcessState> states() const;

signals:
    void stateChanged();
    void shutDown();

private:
    void syncAll();
    void onRunnerShutDown();

    QString m_node;
    QString m_manifestsDir;
    GroundTruthLog* m_groundTruth;
    QFileSystemWatcher m_watcher;
    QTimer m_poll;
    QList<StaticPodRunner*> m_runners; // children of this
    bool m_shuttingDown = false;
    bool m_shutDownEmitted = false;
};

} // namespace etcddrill
