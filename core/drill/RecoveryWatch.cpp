#include "RecoveryWatch.h"

#include "DrillCheck.h"
#include "DrillRecorder.h"
#include "DrillText.h"
#include "ProbeImpactRecorder.h"
#include "RecoveryChecks.h"
#include "RejoinRule.h"
#include "i18n/DrillDuration.h"
#include "journal/RecoveredRecord.h"
#include "journal/SnapshotRecord.h"

#include "config/Duration.h"
#include "etcd/ClusterSnapshotJson.h"
#include "probe/MonotonicClock.h"

#include <QJsonObject>

namespace etcddrill {

using std::chrono::duration_cast;
using std::chrono::milliseconds;

namespace {

template <class... Args> LocalizedText tx(const char* source, const Args&... args)
{
    return DrillText::make(source, args...);
}

milliseconds since(RecoveryWatch::TimePoint from, RecoveryWatch::TimePoint to)
{
    return std::max(milliseconds(0), duration_cast<milliseconds>(to - from));
}

constexpr DrillStep::Id kStep = DrillStep::Id::Recovery;

} // namespace

RecoveryWatch::RecoveryWatch(const DrillConfig& config, const MonotonicClock& clock, DrillRecorder& recorder,
                             const ProbeImpactRecorder& probes, QObject* parent)
    : QObject(parent), m_config(config), m_clock(clock), m_recorder(recorder), m_probes(probes), m_timer(this)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_onTimer) {
            auto handler = m_onTimer;
            handler();
        }
    });
}

RecoveryWatch::~RecoveryWatch() = default;

void RecoveryWatch::arm(milliseconds after, std::function<void()> handler)
{
    m_onTimer = std::move(handler);
    m_timer.start(std::max(after, milliseconds(0)));
}

void RecoveryWatch::start(const Target& target, TimePoint restoreIssuedAt, TimePoint answeredAt,
                          const ClusterSnapshot* last)
{
    m_target = target;
    m_restoreIssuedAt = restoreIssuedAt;
    m_answeredAt = answeredAt;
    if (last)
        m_last = *last;
    m_running = true;
    m_settling = false;
    m_deadline = restoreIssuedAt + m_config.drill.startTimeout + m_config.drill.hypothesis.maxRecovery;
    m_recorder.setStep(
        kStep, DrillStep::State::Running,
        tx(QT_TRANSLATE_NOOP("DrillText", "waiting for %1 to rejoin as the same member and catch up"))
            .arg(target.node));
    arm(since(m_clock.now(), m_deadline), [this] {
        if (m_running && !m_settling)
            failNow(m_problem.isEmpty() ? tx(QT_TRANSLATE_NOOP("DrillText", "not recovered")) : m_problem);
    });
    if (m_last)
        onSnapshot(*m_last);
}

void RecoveryWatch::cancel()
{
    m_running = false;
    m_timer.stop();
}

LocalizedText RecoveryWatch::problemIn(const ClusterSnapshot& s, bool* fatal) const
{
    *fatal = false;
    const RejoinVerdict rejoin = RejoinRule::check(
        RejoinRule::Question::AfterStart, s,
        {m_target.node, m_target.memberIdBefore, m_config.drill.maxIndexLag, m_config.nodes.size()});
    if (!rejoin.rejoined()) {
        *fatal = rejoin.fatal;
        return rejoin.text;
    }
    return m_probes.stillFailing(m_clock.now());
}

void RecoveryWatch::onSnapshot(const ClusterSnapshot& s)
{
    if (!m_running)
        return;
    m_last = s;
    if (s.at <= m_answeredAt)
        return;
    bool fatal = false;
    const LocalizedText problem = problemIn(s, &fatal);
    if (!m_settling) {
        if (!problem.isEmpty()) {
            m_problem = problem;
            if (fatal)
                failNow(problem);
            return;
        }
        m_recovery = since(m_restoreIssuedAt, s.at);
        m_problem = {};
        m_recorder.put(RecoveredRecord{m_target.node, qint64(m_recovery->count())});
        m_settling = true;
        emit settlingChanged(true);
        m_recorder.setStep(
            kStep, DrillStep::State::Running,
            tx(QT_TRANSLATE_NOOP("DrillText", "recovered after %1; must stay healthy for %2"))
                .arg(DrillDuration::text(*m_recovery), Duration::format(m_config.drill.settle)));
        arm(m_config.drill.settle, [this] {
            if (!m_running || !m_settling)
                return;
            m_running = false;
            addChecks(*m_last, true);
            journalSnapshot(QStringLiteral("after-recovery"));
            m_recorder.setStep(
                kStep, DrillStep::State::Passed,
                tx(QT_TRANSLATE_NOOP("DrillText", "recovered after %1, stable for %2"))
                    .arg(DrillDuration::text(*m_recovery), Duration::format(m_config.drill.settle)));
            emit finished();
        });
        return;
    }
    if (problem.isEmpty())
        return;
    m_problem = problem;
    m_recovery.reset();
    m_recorder.note(
        tx(QT_TRANSLATE_NOOP("DrillText", "the recovery did not hold: %1; waiting again")).arg(problem));
    if (fatal) {
        failNow(problem);
        return;
    }
    m_settling = false;
    emit settlingChanged(false);
    m_recorder.setStep(kStep, DrillStep::State::Running,
                       tx(QT_TRANSLATE_NOOP("DrillText", "waiting again: %1")).arg(problem));
    arm(since(m_clock.now(), m_deadline), [this] {
        if (m_running && !m_settling)
            failNow(m_problem);
    });
}

void RecoveryWatch::addChecks(const ClusterSnapshot& s, bool recovered)
{
    RecoveryChecks::Input in;
    in.target = m_target.node;
    in.memberIdBefore = m_target.memberIdBefore;
    in.memberIdAnswered = m_target.memberIdAnswered;
    in.maxIndexLag = m_config.drill.maxIndexLag;
    if (!m_probes.isEmpty()) {
        in.probeTargets = m_probes.size();
        in.failingProbes = m_probes.failingTargets();
    }
    if (recovered)
        in.recovery = m_recovery;
    in.settle = m_config.drill.settle;
    in.maxRecovery = m_config.drill.hypothesis.maxRecovery;
    const RecoveryChecks::Result result = RecoveryChecks::of(s, in);
    m_memberIdAfter = result.memberIdAfter;
    for (const DrillCheck& check : result.checks)
        m_recorder.addCheck(check);
}

void RecoveryWatch::fail(const Target& target, const LocalizedText& problem, const ClusterSnapshot* last)
{
    m_target = target;
    if (last)
        m_last = *last;
    failNow(problem);
}

void RecoveryWatch::failNow(const LocalizedText& problem)
{
    m_running = false;
    m_timer.stop();
    m_recovery.reset();
    m_problem = problem;
    if (m_last)
        addChecks(*m_last, false);
    m_recorder.addCheck(DrillCheck::make(
        kStep, tx(QT_TRANSLATE_NOOP("DrillText", "recovery")), false, problem,
        tx(QT_TRANSLATE_NOOP("DrillText", "recovered within %1 of the start command"))
            .arg(Duration::format(m_config.drill.startTimeout + m_config.drill.hypothesis.maxRecovery))));
    journalSnapshot(QStringLiteral("recovery-failed"));
    m_recorder.setStep(kStep, DrillStep::State::Failed, problem);
    emit finished();
}

void RecoveryWatch::journalSnapshot(const QString& label)
{
    if (!m_last)
        return;
    m_recorder.put(SnapshotRecord::of(label, *m_last));
}

} // namespace etcddrill
