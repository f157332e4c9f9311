#include "DrillProgress.h"

#include "DrillText.h"
#include "i18n/DrillDuration.h"

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

namespace {

// The phase and health names a progress line carries, as a face shows them; any other name is data.
LocalizedText nameText(const QString& name)
{
    return DrillText::named(
        name, {QT_TRANSLATE_NOOP("DrillText", "idle"), QT_TRANSLATE_NOOP("DrillText", "preflight"),
               QT_TRANSLATE_NOOP("DrillText", "stopping"), QT_TRANSLATE_NOOP("DrillText", "election"),
               QT_TRANSLATE_NOOP("DrillText", "observation"), QT_TRANSLATE_NOOP("DrillText", "starting"),
               QT_TRANSLATE_NOOP("DrillText", "recovery"), QT_TRANSLATE_NOOP("DrillText", "settle"),
               QT_TRANSLATE_NOOP("DrillText", "rollback"), QT_TRANSLATE_NOOP("DrillText", "finished"),
               QT_TRANSLATE_NOOP("DrillText", "healthy"), QT_TRANSLATE_NOOP("DrillText", "degraded"),
               QT_TRANSLATE_NOOP("DrillText", "quorum-lost"), QT_TRANSLATE_NOOP("DrillText", "unknown"),
               QT_TRANSLATE_NOOP("DrillText", "waiting for the operator"),
               QT_TRANSLATE_NOOP("DrillText", "data checks")});
}

} // namespace

QString DrillProgress::describe() const
{
    return describeText().english();
}

LocalizedText DrillProgress::describeText() const
{
    const LocalizedText seconds =
        total.count() > 0 ? DrillText::make(QT_TRANSLATE_NOOP("DrillText", "%1/%2 s"), elapsed.count() / 1000,
                                            total.count() / 1000)
                          : DrillText::make(QT_TRANSLATE_NOOP("DrillText", "%1 s"), elapsed.count() / 1000);
    QList<LocalizedText> head{
        DrillText::make(QT_TRANSLATE_NOOP("DrillText", "[%1 %2] %3 %4/%5"), nameText(phase), seconds,
                        nameText(health), healthyVoters, totalVoters),
        leader.isEmpty() ? DrillText::make(QT_TRANSLATE_NOOP("DrillText", "no leader"))
                         : DrillText::make(QT_TRANSLATE_NOOP("DrillText", "leader %1"), leader)};
    if (writeChecks > 0)
        head.append(DrillText::make(QT_TRANSLATE_NOOP("DrillText", "writes %1 ok %2 failed"),
                                    writeChecks - writeFailures, writeFailures));
    if (workload)
        head.append(DrillText::make(QT_TRANSLATE_NOOP("DrillText", "workload %1 ok %2 unknown %3 failed"),
                                    workload->acknowledged, workload->unknown, workload->failed));
    QList<LocalizedText> parts{DrillText::join(head)};
    for (const Target& target : targets) {
        QList<LocalizedText> part{
            DrillText::make(QT_TRANSLATE_NOOP("DrillText", "%1 %2 ok"), target.name, target.ok)};
        if (target.failed > 0)
            part.append(DrillText::make(QT_TRANSLATE_NOOP("DrillText", "%1 failed"), target.failed));
        // A state, not a flicker: a degraded way in says so; its short outage windows are part of it.
        if (target.degradedShare && !(target.inOutage && target.outageSoFar >= std::chrono::seconds(1)))
            part.append(DrillText::make(QT_TRANSLATE_NOOP("DrillText", "(degraded, %1 % failing)"),
                                        qRound(*target.degradedShare * 100.0)));
        else if (target.inOutage)
            part.append(DrillText::make(QT_TRANSLATE_NOOP("DrillText", "(down %1)"),
                                        DrillDuration::text(target.outageSoFar)));
        parts.append(DrillText::join(part, " "));
    }
    return DrillText::join(parts, " | ");
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
    QJsonObject json{
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
    if (workload)
        json.insert(QStringLiteral("workload"),
                    QJsonObject{{QStringLiteral("puts"), workload->puts},
                                {QStringLiteral("acknowledged"), workload->acknowledged},
                                {QStringLiteral("failed"), workload->failed},
                                {QStringLiteral("unknown"), workload->unknown},
                                {QStringLiteral("watch_events"), workload->watchEvents},
                                {QStringLiteral("watch_opens"), workload->watchOpens}});
    return json;
}

} // namespace etcddrill
