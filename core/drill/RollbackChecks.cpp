#include "RollbackChecks.h"

#include "DrillText.h"
#include "i18n/DrillDuration.h"

#include "etcd/ClusterSnapshotJson.h"

#include <QStringList>

namespace etcddrill {

namespace {

template <class... Args> LocalizedText tx(const char* source, const Args&... args)
{
    return DrillText::make(source, args...);
}

LocalizedText expected(const QString& node, quint64 memberId)
{
    return tx(QT_TRANSLATE_NOOP("DrillText", "%1 back as member %2 and caught up"))
        .arg(node, ClusterSnapshotJson::memberIdText(memberId));
}

} // namespace

QList<DrillCheck> RollbackChecks::restored(const ClusterSnapshot& s, const QString& node, quint64 memberId,
                                           std::chrono::milliseconds after)
{
    const DrillStep::Id step = DrillStep::Id::Rollback;
    const MemberStatus* t = s.endpointOf(node);
    const quint64 seen = t ? t->memberId : memberId;
    const qint64 lag = t ? t->indexLag : -1;
    QList<DrillCheck> checks;
    checks.append(DrillCheck::make(
        step, tx(QT_TRANSLATE_NOOP("DrillText", "target restored")), true,
        tx(QT_TRANSLATE_NOOP("DrillText",
                             "%1 is back as member %2, %3 entries behind, %4 after the start command"))
            .arg(node, ClusterSnapshotJson::memberIdText(seen))
            .arg(lag)
            .arg(DrillDuration::text(after)),
        expected(node, memberId), {}, false));
    QList<LocalizedText> unhealthy;
    for (const MemberStatus& status : s.endpoints) {
        if (!status.healthy)
            unhealthy.append(
                tx(QT_TRANSLATE_NOOP("DrillText", "%1 (%2)")).arg(status.nodeName, status.error));
    }
    checks.append(DrillCheck::make(
        step, tx(QT_TRANSLATE_NOOP("DrillText", "all members healthy")), unhealthy.isEmpty(),
        unhealthy.isEmpty()
            ? tx(QT_TRANSLATE_NOOP("DrillText", "all %1 healthy")).arg(s.endpoints.size())
            : tx(QT_TRANSLATE_NOOP("DrillText", "not healthy: %1")).arg(DrillText::join(unhealthy)),
        tx(QT_TRANSLATE_NOOP("DrillText", "all healthy")),
        unhealthy.isEmpty()
            ? QString()
            : tx(QT_TRANSLATE_NOOP("DrillText", "the drill's target is back; the others need a look"))));
    return checks;
}

DrillCheck RollbackChecks::notRestored(const QString& node, quint64 memberId, const LocalizedText& problem)
{
    return DrillCheck::make(DrillStep::Id::Rollback, tx(QT_TRANSLATE_NOOP("DrillText", "target restored")),
                            false, problem, expected(node, memberId), {}, false);
}

} // namespace etcddrill
