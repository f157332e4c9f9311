#include "ProbeSummaryRecord.h"

#include <QJsonArray>

namespace etcddrill {

QJsonObject ProbeSummaryRecord::toJson() const
{
    return progress.toJson();
}

ProbeSummaryRecord ProbeSummaryRecord::fromJson(const QJsonObject& json)
{
    DrillProgress p;
    p.step = DrillStep::idFromName(json.value(QStringLiteral("step")).toString())
                 .value_or(DrillStep::Id::Preflight);
    p.phase = json.value(QStringLiteral("phase")).toString();
    p.second = json.value(QStringLiteral("second")).toInteger();
    p.elapsed = std::chrono::milliseconds(json.value(QStringLiteral("elapsed_ms")).toInteger());
    p.health = json.value(QStringLiteral("health")).toString();
    p.healthyVoters = json.value(QStringLiteral("healthy_voters")).toInt();
    p.totalVoters = json.value(QStringLiteral("total_voters")).toInt();
    p.leader = json.value(QStringLiteral("leader")).toString();
    p.writeChecks = json.value(QStringLiteral("write_checks")).toInt();
    p.writeFailures = json.value(QStringLiteral("write_failures")).toInt();
    for (const QJsonValue& value : json.value(QStringLiteral("targets")).toArray()) {
        const QJsonObject item = value.toObject();
        DrillProgress::Target t;
        t.name = item.value(QStringLiteral("target")).toString();
        t.ok = item.value(QStringLiteral("ok")).toInt();
        t.failed = item.value(QStringLiteral("failed")).toInt();
        t.maxMs = item.value(QStringLiteral("max_ms")).toDouble();
        t.inOutage = item.contains(QStringLiteral("outage_so_far_ms"));
        t.outageSoFar = std::chrono::milliseconds(item.value(QStringLiteral("outage_so_far_ms")).toInteger());
        if (item.contains(QStringLiteral("degraded_share")))
            t.degradedShare = item.value(QStringLiteral("degraded_share")).toDouble();
        p.targets.append(t);
    }
    if (json.contains(QStringLiteral("workload"))) {
        const QJsonObject w = json.value(QStringLiteral("workload")).toObject();
        p.workload = DrillProgress::Workload{
            w.value(QStringLiteral("puts")).toInt(),         w.value(QStringLiteral("acknowledged")).toInt(),
            w.value(QStringLiteral("failed")).toInt(),       w.value(QStringLiteral("unknown")).toInt(),
            w.value(QStringLiteral("watch_events")).toInt(), w.value(QStringLiteral("watch_opens")).toInt()};
    }
    return {p};
}

} // namespace etcddrill
