#include "RecoveryChecks.h"

#include "DrillText.h"
#include "i18n/DrillDuration.h"

#include "config/Duration.h"
#include "etcd/ClusterEventDetector.h"
#include "etcd/ClusterSnapshotJson.h"

namespace etcddrill {

namespace {

template <class... Args> LocalizedText tx(const char* source, const Args&... args)
{
    return DrillText::make(source, args...);
}

} // namespace

RecoveryChecks::Result RecoveryChecks::of(const ClusterSnapshot& s, const Input& in)
{
    const DrillStep::Id step = DrillStep::Id::Recovery;
    Result result;
    QList<DrillCheck>& checks = result.checks;
    const MemberStatus* t = s.endpointOf(in.target);
    const quint64 after = t && t->memberId ? t->memberId : in.memberIdAnswered;
    result.memberIdAfter = after;
    checks.append(DrillCheck::make(
        step, tx(QT_TRANSLATE_NOOP("DrillText", "same member")), after == in.memberIdBefore,
        after ? tx(QT_TRANSLATE_NOOP("DrillText", "%1 is member %2"))
                    .arg(in.target, ClusterSnapshotJson::memberIdText(after))
              : tx(QT_TRANSLATE_NOOP("DrillText", "%1's member ID was not seen")).arg(in.target),
        tx(QT_TRANSLATE_NOOP("DrillText", "member %1, as before the stop"))
            .arg(ClusterSnapshotJson::memberIdText(in.memberIdBefore))));
    checks.append(DrillCheck::make(
        step, tx(QT_TRANSLATE_NOOP("DrillText", "caught up")),
        t && t->indexLag >= 0 && t->indexLag <= in.maxIndexLag,
        t && t->indexLag >= 0 ? tx(QT_TRANSLATE_NOOP("DrillText", "%1 is %2 entries behind the leader"))
                                    .arg(in.target)
                                    .arg(t->indexLag)
                              : tx(QT_TRANSLATE_NOOP("DrillText", "%1's lag is unknown")).arg(in.target),
        tx(QT_TRANSLATE_NOOP("DrillText", "at most %1 (drill.max-index-lag)")).arg(in.maxIndexLag)));
    int healthy = 0;
    for (const MemberStatus& status : s.endpoints)
        healthy += status.healthy ? 1 : 0;
    checks.append(DrillCheck::make(
        step, tx(QT_TRANSLATE_NOOP("DrillText", "all members healthy")),
        healthy == s.endpoints.size() && s.leaderAgreed,
        tx(QT_TRANSLATE_NOOP("DrillText", "%1 of %2 healthy, leader %3"))
            .arg(healthy)
            .arg(s.endpoints.size())
            .arg(s.leaderId ? LocalizedText(ClusterEventDetector::nodeOrMemberId(s, s.leaderId))
                            : tx(QT_TRANSLATE_NOOP("DrillText", "none"))),
        tx(QT_TRANSLATE_NOOP("DrillText", "all healthy, one agreed leader"))));
    if (in.probeTargets) {
        checks.append(DrillCheck::make(
            step, tx(QT_TRANSLATE_NOOP("DrillText", "probes healthy")), in.failingProbes.isEmpty(),
            in.failingProbes.isEmpty()
                ? tx(QT_TRANSLATE_NOOP("DrillText", "all %1 targets answer")).arg(*in.probeTargets)
                : tx(QT_TRANSLATE_NOOP("DrillText", "still failing: %1"))
                      .arg(in.failingProbes.join(QStringLiteral(", "))),
            tx(QT_TRANSLATE_NOOP("DrillText", "every probe target answers"))));
    }
    if (in.recovery)
        checks.append(DrillCheck::make(
            step, tx(QT_TRANSLATE_NOOP("DrillText", "recovery time")), *in.recovery <= in.maxRecovery,
            tx(QT_TRANSLATE_NOOP("DrillText", "%1 from the start command, then stable for %2"))
                .arg(DrillDuration::text(*in.recovery), Duration::format(in.settle)),
            tx(QT_TRANSLATE_NOOP("DrillText", "at most %1 (drill.hypothesis.max-recovery)"))
                .arg(Duration::format(in.maxRecovery))));
    return result;
}

} // namespace etcddrill
