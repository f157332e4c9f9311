#include "DrillPreflight.h"

#include "CommandTransport.h"
#include "DrillRecorder.h"
#include "DrillText.h"
#include "FaultAction.h"
#include "i18n/DrillDuration.h"
#include "journal/PlanRecord.h"
#include "journal/PreflightOverriddenRecord.h"
#include "journal/SnapshotRecord.h"
#include "journal/TargetResolvedRecord.h"

#include "etcd/ClusterEventDetector.h"
#include "etcd/ClusterSnapshotJson.h"
#include "probe/MonotonicClock.h"
#include "probe/ProbeScheduler.h"

#ifdef ETCD_DRILL_HAVE_KUBE
#include "KubernetesChecks.h"
#endif

#include <algorithm>

namespace etcddrill {

using std::chrono::milliseconds;

namespace {

constexpr DrillStep::Id kStep = DrillStep::Id::Preflight;
constexpr milliseconds kProbePollInterval{250};

template <class... Args> LocalizedText tx(const char* source, const Args&... args)
{
    return DrillText::make(source, args...);
}

// "stop etcd on M3: cannot connect …" in a check already named after the purpose: "cannot connect …".
QString withoutPrefix(const QString& text, const QString& purpose)
{
    const QString prefix = purpose + QStringLiteral(": ");
    return text.startsWith(prefix) ? text.mid(prefix.size()) : text;
}

} // namespace

DrillPreflight::DrillPreflight(const DrillConfig& config, const DrillOptions& options,
                               const MonotonicClock& clock, const OperatorIdentity& me,
                               DrillRecorder& recorder, CommandSequencer& commands, QObject* parent)
    : QObject(parent), m_config(config), m_options(options), m_clock(clock), m_me(me), m_recorder(recorder),
      m_commands(commands), m_deadlineTimer(this), m_probePoll(this)
{
    qRegisterMetaType<DrillPreflight::Target>();
    m_deadlineTimer.setSingleShot(true);
    m_probePoll.setInterval(kProbePollInterval);
    connect(&m_deadlineTimer, &QTimer::timeout, this, &DrillPreflight::onDeadline);
    connect(&m_probePoll, &QTimer::timeout, this, [this] {
        if (m_running)
            evaluateProbes(false);
    });
}

DrillPreflight::~DrillPreflight() = default;

std::chrono::steady_clock::time_point DrillPreflight::now() const
{
    return m_clock.now();
}

void DrillPreflight::start(const QString& targetSpec)
{
    m_targetSpec = targetSpec;
    m_running = true;
    m_deadline = now() + m_options.preflightWait;
    m_deadlineTimer.start(std::max(m_options.preflightWait, milliseconds(0)));
    m_probePoll.start();
}

void DrillPreflight::cancel()
{
    m_running = false;
    m_deadlineTimer.stop();
    m_probePoll.stop();
}

void DrillPreflight::addCheck(const LocalizedText& name, bool passed, const LocalizedText& measured,
                              const LocalizedText& expected, const LocalizedText& detail, bool overridable)
{
    m_recorder.addCheck(DrillCheck::make(kStep, name, passed, measured, expected, detail, overridable));
}

void DrillPreflight::addSkipped(const LocalizedText& name, const LocalizedText& measured,
                                const LocalizedText& expected)
{
    DrillCheck check = DrillCheck::make(kStep, name, true, measured, expected);
    check.status = DrillCheck::Status::Skipped;
    m_recorder.addCheck(check);
}

// ======================================================================================================
// etcd and the target

void DrillPreflight::onSnapshot(const ClusterSnapshot& snapshot)
{
    if (!m_running)
        return;
    m_last = snapshot;
    if (!m_etcdDone && (etcdProblems(snapshot).isEmpty() || now() >= m_deadline))
        evaluateEtcd(&snapshot);
}

QStringList DrillPreflight::etcdProblems(const ClusterSnapshot& snapshot) const
{
    QStringList problems;
    for (const MemberStatus& status : snapshot.endpoints) {
        if (!status.healthy)
            problems.append(QStringLiteral("%1: %2").arg(status.nodeName, status.error.english()));
        if (!status.alarms.isEmpty())
            problems.append(QStringLiteral("%1: alarm %2").arg(status.nodeName, status.alarms.join(u',')));
        if (status.indexLag > m_config.drill.maxIndexLag)
            problems.append(
                QStringLiteral("%1: %2 entries behind").arg(status.nodeName).arg(status.indexLag));
    }
    if (snapshot.leaderId == 0 || !snapshot.leaderAgreed)
        problems.append(QStringLiteral("no agreed leader"));
    if (snapshot.members.size() != m_config.nodes.size())
        problems.append(QStringLiteral("member count"));
    return problems;
}

void DrillPreflight::evaluateEtcd(const ClusterSnapshot* snapshot)
{
    m_etcdDone = true;
    if (!snapshot) {
        addCheck(tx(QT_TRANSLATE_NOOP("DrillText", "etcd")), false,
                 tx(QT_TRANSLATE_NOOP("DrillText", "no answer from any member within %1"))
                     .arg(DrillDuration::text(m_options.preflightWait)),
                 tx(QT_TRANSLATE_NOOP("DrillText", "every member healthy")),
                 tx(QT_TRANSLATE_NOOP(
                     "DrillText",
                     "check the endpoints and TLS files in the config (etcd-drill-cli status -c …)")));
        addCheck(tx(QT_TRANSLATE_NOOP("DrillText", "target")), false,
                 tx(QT_TRANSLATE_NOOP("DrillText", "not resolved: no snapshot of the cluster")),
                 tx(QT_TRANSLATE_NOOP("DrillText", "a member to stop")), {}, false);
        m_faultDone = true;
        maybeFinish();
        return;
    }
    const ClusterSnapshot& s = *snapshot;
    for (const MemberStatus& status : s.endpoints) {
        LocalizedText measured;
        if (status.healthy)
            measured = tx(QT_TRANSLATE_NOOP("DrillText", "healthy, %1, member %2, raft index %3, %4"))
                           .arg(status.isLeader() ? tx(QT_TRANSLATE_NOOP("DrillText", "leader"))
                                                  : tx(QT_TRANSLATE_NOOP("DrillText", "follower")),
                                ClusterSnapshotJson::memberIdText(status.memberId))
                           .arg(status.raftIndex)
                           .arg(DrillDuration::text(status.latency));
        else
            measured = tx(QT_TRANSLATE_NOOP("DrillText", "not healthy: %1")).arg(status.error);
        addCheck(tx(QT_TRANSLATE_NOOP("DrillText", "etcd %1")).arg(status.nodeName), status.healthy, measured,
                 tx(QT_TRANSLATE_NOOP("DrillText", "healthy")));
    }
    QStringList names;
    for (const MemberInfo& member : s.members)
        names.append(member.name.isEmpty() ? ClusterSnapshotJson::memberIdText(member.id) : member.name);
    addCheck(tx(QT_TRANSLATE_NOOP("DrillText", "member count")), s.members.size() == m_config.nodes.size(),
             s.members.size() == 1
                 ? tx(QT_TRANSLATE_NOOP("DrillText", "1 member (%1)"), names.join(QStringLiteral(", ")))
                 : tx(QT_TRANSLATE_NOOP("DrillText", "%1 members (%2)"), s.members.size(),
                      names.join(QStringLiteral(", "))),
             tx(QT_TRANSLATE_NOOP("DrillText", "%1, one per configured node")).arg(m_config.nodes.size()));

    LocalizedText leaderText;
    if (s.leaderId == 0) {
        leaderText = tx(QT_TRANSLATE_NOOP("DrillText", "no leader"));
    } else {
        int naming = 0;
        int reachable = 0;
        for (const MemberStatus& status : s.endpoints) {
            if (!status.reachable)
                continue;
            ++reachable;
            if (status.leaderId == s.leaderId)
                ++naming;
        }
        leaderText = tx(QT_TRANSLATE_NOOP("DrillText", "%1 (term %2), named by %3 of %4 members"))
                         .arg(ClusterEventDetector::nodeOrMemberId(s, s.leaderId))
                         .arg(s.raftTerm)
                         .arg(naming)
                         .arg(reachable);
    }
    addCheck(tx(QT_TRANSLATE_NOOP("DrillText", "leader")), s.leaderId != 0 && s.leaderAgreed, leaderText,
             tx(QT_TRANSLATE_NOOP("DrillText", "one leader every member agrees on")));

    QStringList alarms;
    for (const MemberStatus& status : s.endpoints) {
        for (const QString& alarm : status.alarms)
            alarms.append(QStringLiteral("%1 on %2").arg(alarm, status.nodeName));
    }
    addCheck(
        tx(QT_TRANSLATE_NOOP("DrillText", "alarms")), alarms.isEmpty(),
        alarms.isEmpty() ? tx(QT_TRANSLATE_NOOP("DrillText", "none")) : alarms.join(QStringLiteral(", ")),
        tx(QT_TRANSLATE_NOOP("DrillText", "none")),
        alarms.isEmpty() ? QString()
                         : tx(QT_TRANSLATE_NOOP("DrillText", "clear the cause, then etcdctl alarm disarm")));

    qint64 worstLag = -1;
    QString worstNode;
    for (const MemberStatus& status : s.endpoints) {
        if (status.indexLag > worstLag) {
            worstLag = status.indexLag;
            worstNode = status.nodeName;
        }
    }
    addCheck(tx(QT_TRANSLATE_NOOP("DrillText", "raft index lag")),
             worstLag >= 0 && worstLag <= m_config.drill.maxIndexLag,
             worstLag < 0
                 ? tx(QT_TRANSLATE_NOOP("DrillText", "unknown (no leader)"))
                 : tx(QT_TRANSLATE_NOOP("DrillText", "at most %1 (%2)")).arg(worstLag).arg(worstNode),
             tx(QT_TRANSLATE_NOOP("DrillText", "at most %1 (drill.max-index-lag)"))
                 .arg(m_config.drill.maxIndexLag));
    m_recorder.put(SnapshotRecord::of(QStringLiteral("preflight"), s));
    resolveTarget(s);
    maybeFinish();
}

void DrillPreflight::resolveTarget(const ClusterSnapshot& s)
{
    QString name;
    QString how;
    LocalizedText expected;
    switch (m_config.drill.targetKind) {
    case DrillSettings::TargetKind::Node:
        name = m_targetSpec;
        how = QStringLiteral("configured");
        expected = tx(QT_TRANSLATE_NOOP("DrillText", "node %1 as configured")).arg(name);
        break;
    case DrillSettings::TargetKind::Leader:
        how = QStringLiteral("leader");
        expected = tx(QT_TRANSLATE_NOOP("DrillText", "the current leader"));
        if (const MemberStatus* leader = s.leader())
            name = leader->nodeName;
        break;
    case DrillSettings::TargetKind::Follower:
        how = QStringLiteral("follower");
        expected = tx(QT_TRANSLATE_NOOP("DrillText", "a healthy follower"));
        // The last healthy follower in config order: the runbook stops M3, the last node.
        for (auto it = s.endpoints.crbegin(); it != s.endpoints.crend(); ++it) {
            if (it->healthy && !it->isLeader()) {
                name = it->nodeName;
                break;
            }
        }
        break;
    }
    const NodeConfig* node = nullptr;
    for (const NodeConfig& candidate : m_config.nodes) {
        if (candidate.name == name)
            node = &candidate;
    }
    const MemberStatus* status = node ? s.endpointOf(node->name) : nullptr;
    if (!node || !status) {
        addCheck(
            tx(QT_TRANSLATE_NOOP("DrillText", "target")), false,
            name.isEmpty() ? tx(QT_TRANSLATE_NOOP("DrillText", "none found"))
                           : tx(QT_TRANSLATE_NOOP("DrillText", "'%1' is not a configured node")).arg(name),
            expected,
            tx(QT_TRANSLATE_NOOP("DrillText", "set drill.target to a node name, leader or follower")), false);
        m_faultDone = true;
        return;
    }
    if (status->memberId == 0) {
        addCheck(
            tx(QT_TRANSLATE_NOOP("DrillText", "target")), false,
            tx(QT_TRANSLATE_NOOP("DrillText", "%1 does not answer, so its member ID is unknown: %2"))
                .arg(node->name, status->error),
            expected,
            tx(QT_TRANSLATE_NOOP(
                "DrillText", "the drill stops a running member and checks that the same member comes back")),
            false);
        m_faultDone = true;
        return;
    }
    Target target;
    target.node = *node;
    target.memberId = status->memberId;
    target.wasLeader = status->isLeader();
    target.how = how;
    m_targetNode = target.node.name;
    emit targetChosen(target);
    addCheck(tx(QT_TRANSLATE_NOOP("DrillText", "target")), true,
             tx(QT_TRANSLATE_NOOP("DrillText", "%1 (member %2, %3)"))
                 .arg(target.node.name, ClusterSnapshotJson::memberIdText(target.memberId),
                      target.wasLeader ? tx(QT_TRANSLATE_NOOP("DrillText", "the leader"))
                                       : tx(QT_TRANSLATE_NOOP("DrillText", "a follower"))),
             expected, {}, false);
    m_recorder.put(TargetResolvedRecord{target.node.name, ClusterSnapshotJson::memberIdText(target.memberId),
                                        target.node.etcdEndpoint, how, target.wasLeader});
    emit targetResolved(target);
}

// ======================================================================================================
// the fault

void DrillPreflight::checkFault(const FaultAction* action, const CommandTransport* transport,
                                const QString& transportError)
{
    if (!m_running || m_faultDone)
        return;
    const LocalizedText problem = !action      ? tx(QT_TRANSLATE_NOOP("DrillText", "unknown fault"))
                                  : !transport ? LocalizedText(transportError)
                                               : LocalizedText(action->configurationProblem());
    if (!problem.isEmpty()) {
        addCheck(tx(QT_TRANSLATE_NOOP("DrillText", "fault configuration")), false, problem,
                 tx(QT_TRANSLATE_NOOP("DrillText", "a fault that can run")), {}, false);
        m_faultDone = true;
        return;
    }
    m_recorder.put(PlanRecord{m_targetNode, FaultAction::kindName(action->kind()), transport->location(),
                              action->preflightCommands(), action->stopCommands(), action->startCommands(),
                              action->restoreInstructions()}); // redacted by the record
    runFaultCommands(*action, *transport);
}

void DrillPreflight::runFaultCommands(const FaultAction& action, const CommandTransport& transport)
{
    const QList<PlannedCommand> commands = action.preflightCommands();
    if (commands.isEmpty()) {
        addSkipped(
            tx(QT_TRANSLATE_NOOP("DrillText", "fault checks")),
            tx(QT_TRANSLATE_NOOP("DrillText", "none for fault %1")).arg(FaultAction::kindName(action.kind())),
            tx(QT_TRANSLATE_NOOP("DrillText", "the fault's own checks pass")));
        m_faultDone = true;
        return;
    }
    const QString location = transport.location();
    m_commands.run(
        commands, DrillCommand::Role::Preflight, kStep, false,
        [this, location](const PlannedCommand& command, const CommandResult& result) {
            addCheck(tx(QT_TRANSLATE_NOOP("DrillText", "fault: %1")).arg(command.purpose), result.succeeded(),
                     result.succeeded()
                         ? tx(QT_TRANSLATE_NOOP("DrillText", "ok (%1 %2)"))
                               .arg(DrillDuration::text(result.duration), DrillText::location(location))
                         : withoutPrefix(result.errorText, command.purpose.english()),
                     tx(QT_TRANSLATE_NOOP("DrillText", "passes")), {}, false);
        },
        [this](bool, const CommandResult&) {
            m_faultDone = true;
            maybeFinish();
        });
}

// ======================================================================================================
// probes, lock, Kubernetes

void DrillPreflight::probesStarted(ProbeImpactRecorder::StartResult result, const QString& error,
                                   const ProbeScheduler* probes)
{
    switch (result) {
    case ProbeImpactRecorder::StartResult::Running:
        m_probes = probes;
        return;
    case ProbeImpactRecorder::StartResult::BadConfiguration:
        addCheck(tx(QT_TRANSLATE_NOOP("DrillText", "probe configuration")), false, error,
                 tx(QT_TRANSLATE_NOOP("DrillText", "usable probe targets")), {}, false);
        break;
    case ProbeImpactRecorder::StartResult::NoneConfigured:
        addSkipped(tx(QT_TRANSLATE_NOOP("DrillText", "probes")),
                   tx(QT_TRANSLATE_NOOP("DrillText", "none configured: client impact is not measured")),
                   tx(QT_TRANSLATE_NOOP("DrillText", "probes.targets or nodes[].apiserver")));
        break;
    case ProbeImpactRecorder::StartResult::NotRunning:
        addCheck(tx(QT_TRANSLATE_NOOP("DrillText", "probe configuration")), false, error,
                 tx(QT_TRANSLATE_NOOP("DrillText", "probes running")), {}, false);
        break;
    }
    m_probesDone = true;
    m_probePoll.stop();
}

void DrillPreflight::evaluateProbes(bool final)
{
    if (m_probesDone || !m_probes)
        return;
    const auto t = now();
    const milliseconds window = m_options.probeHealthyWindow;
    QList<DrillCheck> results;
    bool allHealthy = true;
    for (int i = 0; i < m_probes->targets().size(); ++i) {
        const ProbeTarget& target = m_probes->targets().at(i);
        const QList<ProbeSample> recent = m_probes->samples(i).between(t - window, t + std::chrono::hours(1));
        int ok = 0;
        int failed = 0;
        QString lastFailure;
        std::vector<quint32> latencies;
        for (const ProbeSample& sample : recent) {
            if (sample.outcome == ProbeSample::Outcome::Skipped)
                continue;
            if (sample.isFailure()) {
                ++failed;
                lastFailure = sample.describe();
            } else {
                ++ok;
                latencies.push_back(sample.totalUs);
            }
        }
        // At least half the probes the window holds must have come back: fewer means the target answers
        // slower than its interval, which is not healthy either.
        const int needed = std::max<int>(1, int(window / std::max(target.interval, milliseconds(1))) / 2);
        const bool runLongEnough = t - m_probes->startTime() >= window;
        const bool healthy = runLongEnough && failed == 0 && ok >= needed;
        allHealthy = allHealthy && healthy;
        LocalizedText measured;
        if (failed > 0)
            measured = tx(QT_TRANSLATE_NOOP("DrillText",
                                            "%1 of %2 probes failed in the last %3; latest failure: %4"))
                           .arg(failed)
                           .arg(ok + failed)
                           .arg(DrillDuration::text(window), lastFailure);
        else if (ok < needed)
            measured = tx(QT_TRANSLATE_NOOP("DrillText",
                                            "only %1 probes answered in the last %2 (at least %3 expected)"))
                           .arg(ok)
                           .arg(DrillDuration::text(window))
                           .arg(needed);
        else {
            std::sort(latencies.begin(), latencies.end());
            measured =
                tx(QT_TRANSLATE_NOOP("DrillText", "%1 of %1 probes ok in the last %2, median %3"))
                    .arg(ok)
                    .arg(DrillDuration::text(window),
                         DrillDuration::text(std::chrono::microseconds(latencies[latencies.size() / 2])));
        }
        results.append(DrillCheck::make(
            kStep, tx(QT_TRANSLATE_NOOP("DrillText", "probe %1")).arg(target.name), healthy, measured,
            tx(QT_TRANSLATE_NOOP("DrillText", "every probe ok for %1")).arg(DrillDuration::text(window))));
    }
    if (!allHealthy && !final)
        return;
    for (const DrillCheck& check : results)
        m_recorder.addCheck(check);
    m_probesDone = true;
    m_probePoll.stop();
    maybeFinish();
}

void DrillPreflight::lockAnswered(bool passed, const LocalizedText& measured)
{
    if (!m_running)
        return;
    addCheck(tx(QT_TRANSLATE_NOOP("DrillText", "lock")), passed, measured,
             tx(QT_TRANSLATE_NOOP("DrillText", "no other drill on this cluster")), {}, false);
    m_lockDone = true;
    maybeFinish();
}

void DrillPreflight::checkKubernetes(KubernetesChecks* kube, const QString& error)
{
    if (m_config.apiserver.isEmpty()) {
        addSkipped(tx(QT_TRANSLATE_NOOP("DrillText", "kubernetes")),
                   tx(QT_TRANSLATE_NOOP("DrillText", "skipped: no apiserver section configured")),
                   tx(QT_TRANSLATE_NOOP("DrillText", "readyz, etcd pods and endpoints")));
        m_kubeDone = true;
        return;
    }
#ifdef ETCD_DRILL_HAVE_KUBE
    if (!kube) {
        addCheck(tx(QT_TRANSLATE_NOOP("DrillText", "kubernetes")), false, error,
                 tx(QT_TRANSLATE_NOOP("DrillText", "an apiserver to ask")));
        m_kubeDone = true;
        return;
    }
    m_kube = kube;
    runKubernetesChecks();
#else
    Q_UNUSED(kube);
    Q_UNUSED(error);
    addSkipped(tx(QT_TRANSLATE_NOOP("DrillText", "kubernetes")),
               tx(QT_TRANSLATE_NOOP("DrillText", "skipped: this build has no Kubernetes checks")),
               tx(QT_TRANSLATE_NOOP("DrillText", "readyz, etcd pods and endpoints")));
    m_kubeDone = true;
#endif
}

void DrillPreflight::runKubernetesChecks()
{
#ifdef ETCD_DRILL_HAVE_KUBE
    m_kubePending = 3;
    m_kubeChecks.clear();
    m_kubeAllPassed = true;
    auto done = [this](const KubeCheckResult& result) {
        if (!m_running || m_kubeDone)
            return;
        m_kubeChecks.append(DrillCheck::make(
            kStep,
            tx(QT_TRANSLATE_NOOP("DrillText", "kubernetes %1")).arg(DrillText::kubernetesCheck(result.name)),
            result.passed, result.measured, result.expected, result.detail));
        m_kubeAllPassed = m_kubeAllPassed && result.passed;
        if (--m_kubePending > 0)
            return;
        // Like the etcd and probe checks, these wait for a cluster that is still settling (a member that
        // just rejoined, Endpoints not yet updated) until the preflight's deadline.
        if (m_kubeAllPassed || now() >= m_deadline) {
            reportKubernetesChecks();
            return;
        }
        QTimer::singleShot(std::chrono::seconds(1), this, [this] {
            if (m_running && !m_kubeDone)
                runKubernetesChecks();
        });
    };
    const int members = int(m_config.nodes.size());
    m_kube->readyz(done);
    m_kube->etcdPods(members, done);
    m_kube->etcdEndpoints(members, done);
#endif
}

void DrillPreflight::reportKubernetesChecks()
{
    if (m_kubeDone)
        return;
    m_kubeDone = true;
    for (const DrillCheck& check : std::as_const(m_kubeChecks))
        m_recorder.addCheck(check);
    if (m_kubeChecks.size() < 3)
        addCheck(tx(QT_TRANSLATE_NOOP("DrillText", "kubernetes")), false,
                 tx(QT_TRANSLATE_NOOP("DrillText", "the apiserver did not answer every check within %1"))
                     .arg(DrillDuration::text(m_options.preflightWait)),
                 tx(QT_TRANSLATE_NOOP("DrillText", "readyz, etcd pods and endpoints answered")));
    maybeFinish();
}

// ======================================================================================================
// the result

void DrillPreflight::onDeadline()
{
    if (!m_running)
        return;
    if (!m_etcdDone)
        evaluateEtcd(m_last ? &*m_last : nullptr);
    if (m_running && !m_probesDone)
        evaluateProbes(true);
    // A Kubernetes round still under way ends on its own deadlines and then reports; one waiting for its next
    // try reports now.
    if (m_running && m_kube && !m_kubeDone && m_kubePending == 0)
        reportKubernetesChecks();
}

void DrillPreflight::maybeFinish()
{
    if (!m_running || !(m_etcdDone && m_probesDone && m_lockDone && m_faultDone && m_kubeDone))
        return;
    cancel();
    QStringList failed;
    QList<LocalizedText> failedTexts;
    QList<LocalizedText> blocking;
    for (const DrillCheck& check : m_recorder.checks()) {
        if (check.step != kStep || check.passed())
            continue;
        failed.append(QStringLiteral("%1: %2").arg(check.name, check.measured));
        const LocalizedText text =
            tx(QT_TRANSLATE_NOOP("DrillText", "%1: %2"), check.nameText, check.measuredText);
        failedTexts.append(text);
        if (!check.overridable)
            blocking.append(text);
    }
    const qsizetype failures = failed.size();
    if (!blocking.isEmpty() || (!failed.isEmpty() && !m_options.overridePreflight)) {
        const LocalizedText reason = tx(QT_TRANSLATE_NOOP("DrillText", "preflight failed (%1)"),
                                        DrillText::join(blocking.isEmpty() ? failedTexts : blocking, "; "));
        m_recorder.setStep(kStep, DrillStep::State::Failed,
                           failures == 1 ? tx(QT_TRANSLATE_NOOP("DrillText", "1 check failed"))
                                         : tx(QT_TRANSLATE_NOOP("DrillText", "%1 checks failed"), failures));
        emit this->failed(reason);
        return;
    }
    if (!failed.isEmpty()) {
        m_overridden = true;
        m_recorder.put(PreflightOverriddenRecord{failed, m_me});
        m_recorder.note(
            failures == 1
                ? tx(QT_TRANSLATE_NOOP("DrillText",
                                       "going past 1 failed preflight check (--override-preflight)"))
                : tx(QT_TRANSLATE_NOOP("DrillText",
                                       "going past %1 failed preflight checks (--override-preflight)"),
                     failures));
        m_recorder.setStep(
            kStep, DrillStep::State::Passed,
            failures == 1 ? tx(QT_TRANSLATE_NOOP("DrillText", "1 failed check overridden by the operator"))
                          : tx(QT_TRANSLATE_NOOP("DrillText", "%1 failed checks overridden by the operator"),
                               failures));
    } else {
        m_recorder.setStep(kStep, DrillStep::State::Passed,
                           tx(QT_TRANSLATE_NOOP("DrillText", "every check passed")));
    }
    emit ready();
}

} // namespace etcddrill
