// The preflight of a drill: the five checks that must pass before the stop gate, each reported through the
// recorder (DrillRecorder::addCheck) as soon as it is decided, and one result at the end.
//  - etcd: every member healthy, one agreed leader, one member per configured node, no alarm, raft index lag
//    within drill.max-index-lag; from the same snapshot, which member the drill stops (the target);
//  - probes: every probe target ok for options.probeHealthyWindow;
//  - lock: the drill lock taken (or, in a dry run, free);
//  - fault: the fault's configuration can run on the target, and its own preflight commands pass;
//  - kubernetes: readyz, the etcd pods and the etcd Endpoints, retried until the deadline while they settle.
// Checks still waiting at options.preflightWait are decided with what is known then. When all five have an
// answer, the preflight sets the step's state and emits ready() (failed checks overridden by
// --override-preflight count as ready) or failed(reason).
//
// The parts that outlive the preflight (the probe scheduler, the lock, the Kubernetes client, the fault's
// action, transport and endpoint watcher) belong to the engine, which hands them in as they come up and tells
// what went wrong when one could not be made.
//
// Thread: the drill engine's. Owner: DrillEngine (a QObject child). After cancel() it reports nothing more.
#pragma once

#include "CommandSequencer.h"
#include "DrillCheck.h"
#include "DrillOptions.h"
#include "OperatorIdentity.h"
#include "ProbeImpactRecorder.h"

#include "config/DrillConfig.h"
#include "etcd/ClusterSnapshot.h"
#include "i18n/LocalizedText.h"

#include <QObject>
#include <QTimer>
#include <chrono>
#include <optional>

namespace etcddrill {

class CommandTransport;
class DrillRecorder;
class FaultAction;
class KubernetesChecks;
class MonotonicClock;
class ProbeScheduler;

class DrillPreflight : public QObject
{
    Q_OBJECT

public:
    // The member the drill stops, as resolved from the preflight's snapshot.
    struct Target
    {
        NodeConfig node;
        quint64 memberId = 0;
        bool wasLeader = false;
        QString how; // "configured", "leader" or "follower"
    };

    DrillPreflight(const DrillConfig& config, const DrillOptions& options, const MonotonicClock& clock,
                   const OperatorIdentity& me, DrillRecorder& recorder, CommandSequencer& commands,
                   QObject* parent = nullptr);
    ~DrillPreflight() override;

    // Starts the deadline (options.preflightWait from now). `targetSpec` is the configured target's node
    // name when drill.target names a node.
    void start(const QString& targetSpec);
    // The drill ended (an abort): nothing more is checked, journaled or emitted.
    void cancel();
    // After ready(): failed checks were gone past with --override-preflight.
    bool overridden() const { return m_overridden; }

    // --- the parts the engine sets up ---------------------------------------------------------------------
    void onSnapshot(const ClusterSnapshot& snapshot);
    // How the probes started (ProbeImpactRecorder::start), with its error; `probes` when they run.
    void probesStarted(ProbeImpactRecorder::StartResult result, const QString& error,
                       const ProbeScheduler* probes);
    // The lock's answer: taken (or free, in a dry run) with what to show, or refused with the reason.
    void lockAnswered(bool passed, const LocalizedText& measured);
    // The Kubernetes client, or nullptr with why it could not be made (`error` empty when there is no
    // apiserver section, or this build has no Kubernetes checks).
    void checkKubernetes(KubernetesChecks* kube, const QString& error);
    // After targetResolved(): the fault the engine made for the target. A null action or transport fails
    // the fault check (`transportError` says why for the transport); otherwise the plan is journaled and
    // the fault's own preflight commands run on the sequencer.
    void checkFault(const FaultAction* action, const CommandTransport* transport,
                    const QString& transportError);

signals:
    // The target is known; emitted before its check is reported, so DrillEngine::targetNode() already
    // answers in the slots of checkFinished().
    void targetChosen(const etcddrill::DrillPreflight::Target& target);
    // The target's check and journal line are written: the engine sets up the fault, then calls checkFault().
    void targetResolved(const etcddrill::DrillPreflight::Target& target);
    void ready();
    void failed(const etcddrill::LocalizedText& reason);

private:
    std::chrono::steady_clock::time_point now() const;
    QStringList etcdProblems(const ClusterSnapshot& snapshot) const;
    void evaluateEtcd(const ClusterSnapshot* snapshot);
    void resolveTarget(const ClusterSnapshot& snapshot);
    void runFaultCommands(const FaultAction& action, const CommandTransport& transport);
    void evaluateProbes(bool final);
    void runKubernetesChecks();
    void reportKubernetesChecks();
    void onDeadline();
    void maybeFinish();
    void addCheck(const LocalizedText& name, bool passed, const LocalizedText& measured,
                  const LocalizedText& expected, const LocalizedText& detail = {}, bool overridable = true);
    void addSkipped(const LocalizedText& name, const LocalizedText& measured, const LocalizedText& expected);

    const DrillConfig& m_config;
    const DrillOptions& m_options;
    const MonotonicClock& m_clock;
    const OperatorIdentity& m_me;
    DrillRecorder& m_recorder;
    CommandSequencer& m_commands;

    QString m_targetSpec;
    QString m_targetNode; // once resolved
    bool m_running = false;
    bool m_overridden = false;
    std::chrono::steady_clock::time_point m_deadline;
    QTimer m_deadlineTimer;
    QTimer m_probePoll;
    std::optional<ClusterSnapshot> m_last;

    const ProbeScheduler* m_probes = nullptr;
    KubernetesChecks* m_kube = nullptr;
    int m_kubePending = 0;
    QList<DrillCheck> m_kubeChecks; // of the latest round, in the order they answered
    bool m_kubeAllPassed = true;

    bool m_etcdDone = false, m_probesDone = false, m_lockDone = false, m_faultDone = false,
         m_kubeDone = false;
};

} // namespace etcddrill

Q_DECLARE_METATYPE(etcddrill::DrillPreflight::Target)
