#include "RollbackWatch.h"

#include "DrillRecorder.h"
#include "DrillText.h"
#include "RejoinRule.h"
#include "RollbackChecks.h"
#include "i18n/DrillDuration.h"
#include "journal/SnapshotRecord.h"

#include "probe/MonotonicClock.h"

#include <algorithm>

namespace etcddrill {

using std::chrono::duration_cast;
using std::chrono::milliseconds;

namespace {

template <class... Args> LocalizedText tx(const char* source, const Args&... args)
{
    return DrillText::make(source, args...);
}

} // namespace

RollbackWatch::RollbackWatch(const DrillConfig& config, const MonotonicClock& clock, DrillRecorder& recorder,
                             QObject* parent)
    : QObject(parent), m_config(config), m_clock(clock), m_recorder(recorder)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (!m_running)
            return;
        m_running = false;
        const LocalizedText problem =
            m_problem.isEmpty() ? tx(QT_TRANSLATE_NOOP("DrillText", "no snapshot after the restore"))
                                : m_problem;
        m_recorder.addCheck(RollbackChecks::notRestored(m_node, m_memberId, problem));
        if (m_last)
            m_recorder.put(SnapshotRecord::of(QStringLiteral("after-rollback"), *m_last));
        m_recorder.setStep(DrillStep::Id::Rollback, DrillStep::State::Failed, problem);
        emit notRejoined(problem);
    });
}

RollbackWatch::~RollbackWatch() = default;

milliseconds RollbackWatch::deadline() const
{
    return m_config.drill.startTimeout + m_config.drill.hypothesis.maxRecovery;
}

void RollbackWatch::start(const QString& node, quint64 memberId, TimePoint restoreIssuedAt,
                          const LocalizedText& problem, const ClusterSnapshot* last)
{
    m_node = node;
    m_memberId = memberId;
    m_restoreIssuedAt = restoreIssuedAt;
    m_problem = problem;
    m_running = true;
    m_recorder.setStep(DrillStep::Id::Rollback, DrillStep::State::Running,
                       tx(QT_TRANSLATE_NOOP("DrillText", "waiting for %1 to answer and rejoin")).arg(node));
    m_timer.start(
        std::max(milliseconds(0), duration_cast<milliseconds>(restoreIssuedAt + deadline() - m_clock.now())));
    if (last)
        onSnapshot(*last);
}

void RollbackWatch::onSnapshot(const ClusterSnapshot& s)
{
    if (!m_running)
        return;
    m_last = s;
    if (s.at <= m_restoreIssuedAt)
        return;
    const RejoinVerdict rejoin = RejoinRule::check(RejoinRule::Question::AfterRollback, s,
                                                   {m_node, m_memberId, m_config.drill.maxIndexLag});
    if (!rejoin.rejoined()) {
        m_problem = rejoin.text;
        return;
    }
    m_timer.stop();
    m_running = false;
    const milliseconds recovery =
        std::max(milliseconds(0), duration_cast<milliseconds>(s.at - m_restoreIssuedAt));
    m_problem = {};
    for (const DrillCheck& check : RollbackChecks::restored(s, m_node, m_memberId, recovery))
        m_recorder.addCheck(check);
    m_recorder.put(SnapshotRecord::of(QStringLiteral("after-rollback"), s));
    m_recorder.setStep(DrillStep::Id::Rollback, DrillStep::State::Passed,
                       tx(QT_TRANSLATE_NOOP("DrillText", "%1 restored and rejoined after %2"))
                           .arg(m_node, DrillDuration::text(recovery)));
    emit rejoined(recovery, s.endpointOf(m_node)->memberId);
}

void RollbackWatch::cancel()
{
    m_running = false;
    m_timer.stop();
}

} // namespace etcddrill
