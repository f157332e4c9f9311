#include "DrillProgress.h"

#include "DrillDuration.h"

#include "etcd/ClusterEventDetector.h"
#include "etcd/ClusterSnapshotJson.h"

#include <QJsonArray>
#include <QStringList>

namespace etcddrill {

void DrillProgress::setCluster(const ClusterSnapshot* snapshot)
{
    if (!snapshot) {
        health = QStringLiteral("unknown");
        return;
    }
    health = ClusterSnapshotJson::healthName(snapshot->health());
    healthyVoters = snapshot->healthyVoters;
    totalVoters = snapshot->totalVoters;
    leader =
        snapshot->leaderId ? ClusterEventDetector::nodeOrMemberId(*snapshot, snapshot->leaderId) : QString();
}

QString DrillProgress::describe() const
{
    QString head = QStringLiteral("[%1 %2").arg(phase).arg(elapsed.count() / 1000);
    if (total.count() > 0)
        head += QStringLiteral("/%1").arg(total.count() / 1000);
    head += QStringLiteral(" s] %1 %2/%3").arg(health).arg(healthyVoters).arg(totalVoters);
    head += leader.isEmpty() ? QStringLiteral(", no leader") : QStringLiteral(", leader %1").arg(leader);
    if (writeChecks > 0)
        head +=
            QStringLiteral(", writes %1 ok %2 failed").arg(writeChecks - writeFailures).arg(writeFailures);
    QStringList parts{head};
    for (const Target& target : targets) {
        QString part = QStringLiteral("%1 %2 ok").arg(target.name).arg(target.ok);
        if (target.failed > 0)
            part += QStringLiteral(" %1 failed").arg(target.failed);
        // A state, not a flicker: a degraded way in says so; its short outage windows are part of it.
        if (target.degradedShare && !(target.inOutage && target.outageSoFar >= std::chrono::seconds(1)))
            part += QStringLiteral(" (degraded, %1 % failing)").arg(qRound(*target.degradedShare * 100.0));
        else if (target.inOutage)
            part += QStringLiteral(" (down %1)").arg(DrillDuration::text(target.outageSoFar).english());
        parts.append(part);
    }
    return parts.join(QStringLiteral(" | "));
}

QJsonObject DrillProgress::toJson() const
{
    QJsonArray list;
    for (const Target& target : targets) {
        QJsonObject item{{QStringLiteral("target"), target.name},
                         {QStringLiteral("ok"), target.ok},
                         {QStringLiteral("failed"), target.failed},
                         {QStringLiteral("max_ms"), target.maxMs}};
        if (target.inOutage)
            item.insert(QStringLiteral("outage_so_far_ms"), qint64(target.outageSoFar.count()));
        if (target.degradedShare)
            item.insert(QStringLiteral("degraded_share"), *target.degradedShare);
        list.append(item);
    }
    return QJsonObject{
        {QStringLiteral("step"), DrillStep::idName(step)},
        {QStringLiteral("phase"), phase},
        {QStringLiteral("second"), second},
        {QStringLiteral("elapsed_ms"), qint64(elapsed.count())},
        {QStringLiteral("health"), health},
        {QStringLiteral("healthy_voters"), healthyVoters},
        {QStringLiteral("total_voters"), totalVoters},
        {QStringLiteral("leader"), leader},
        {QStringLiteral("write_checks"), writeChecks},
        {QStringLiteral("write_failures"), writeFailures},
        {QStringLiteral("targets"), list},
    };
}

} // namespace etcddrill
