#include "SurvivorChecks.h"

#include "DrillText.h"
#include "i18n/DrillDuration.h"

#include "config/Duration.h"
#include "etcd/ClusterEventDetector.h"

namespace etcddrill {

namespace {

template <class... Args> LocalizedText tx(const char* source, const Args&... args)
{
    return DrillText::make(source, args...);
}

} // namespace

QList<DrillCheck> SurvivorChecks::of(const ClusterSnapshot& s,
                                     std::optional<std::chrono::milliseconds> election,
                                     std::chrono::milliseconds maxElection)
{
    const DrillStep::Id step = DrillStep::Id::VerifySurvivors;
    const QString leader = ClusterEventDetector::nodeOrMemberId(s, s.leaderId);
    QList<DrillCheck> checks;
    if (election)
        checks.append(DrillCheck::make(
            step, tx(QT_TRANSLATE_NOOP("DrillText", "leader election")), *election <= maxElection,
            tx(QT_TRANSLATE_NOOP("DrillText", "%1 leads (term %2), seen %3 after the stop command"))
                .arg(leader)
                .arg(s.raftTerm)
                .arg(DrillDuration::text(*election)),
            tx(QT_TRANSLATE_NOOP("DrillText", "a new leader within %1 (drill.hypothesis.max-election)"))
                .arg(Duration::format(maxElection))));
    else
        checks.append(DrillCheck::make(
            step, tx(QT_TRANSLATE_NOOP("DrillText", "leader")), true,
            tx(QT_TRANSLATE_NOOP("DrillText", "%1 leads (term %2)")).arg(leader).arg(s.raftTerm),
            tx(QT_TRANSLATE_NOOP("DrillText", "a leader among the survivors"))));
    checks.append(DrillCheck::make(
        step, tx(QT_TRANSLATE_NOOP("DrillText", "quorum")), true,
        tx(QT_TRANSLATE_NOOP("DrillText", "%1 of %2 voters healthy")).arg(s.healthyVoters).arg(s.totalVoters),
        tx(QT_TRANSLATE_NOOP("DrillText", "more than %1 of %2")).arg(s.totalVoters / 2).arg(s.totalVoters)));
    return checks;
}

} // namespace etcddrill
