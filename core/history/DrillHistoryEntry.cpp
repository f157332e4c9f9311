#include "DrillHistoryEntry.h"

#include "report/ReportModel.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>

namespace etcddrill {

namespace {

QJsonValue optionalMs(const std::optional<double>& ms)
{
    return ms ? QJsonValue(*ms) : QJsonValue();
}

} // namespace

bool DrillHistoryEntry::comparable() const
{
    return readable && complete && !dryRun && faultApplied;
}

const DrillHistoryEntry::Target* DrillHistoryEntry::target(const QString& name) const
{
    for (const Target& t : targets) {
        if (t.name == name)
            return &t;
    }
    return nullptr;
}

const DrillHistoryEntry::Target* DrillHistoryEntry::wayIn(const QString& kind) const
{
    for (const Target& t : targets) {
        if (t.kind == kind)
            return &t;
    }
    return nullptr;
}

DrillHistoryEntry DrillHistoryEntry::fromModel(const ReportModel& m, const QString& folder)
{
    DrillHistoryEntry e;
    e.folder = folder;
    e.readable = true;
    e.complete = m.complete;
    e.problem = m.complete ? QString() : m.incompleteReasonsInEnglish().join(QStringLiteral("; "));
    e.cluster = m.cluster;
    e.startedAt = m.startedAt;
    e.operatorUser = m.operatorUser;
    e.host = m.host;
    e.targetSpec = m.targetSpec;
    e.targetNode = m.targetNode;
    e.fault = m.fault;
    e.dryRun = m.dryRun;
    e.faultApplied = m.faultMonoMs.has_value();
    e.outcome = m.outcome.isEmpty() ? QStringLiteral("incomplete") : m.outcome;
    e.headline = m.headline;
    e.rolledBack = m.rolledBack;
    e.rollbackKind = m.rollbackKind;
    for (const ReportTargetImpact& impact : m.impact) {
        Target t;
        t.name = impact.target;
        t.kind = impact.kind;
        t.samples = impact.samples;
        t.failed = impact.failedSamples;
        t.longestOutageMs = impact.longestOutageMs;
        t.outages = impact.windows;
        t.degradedMs = impact.degradedMs;
        e.targets.append(t);
    }
    e.electionMs = m.electionMs;
    e.recoveryMs = m.recoveryMs;
    e.catchUpMs = m.catchUpMs;
    e.writeChecksFailed = m.writeChecksFailed;
    if (m.dataSafety) {
        e.dataSafetyRecorded = true;
        e.acknowledgedWrites = m.dataSafety->result.acknowledged;
        e.lostWrites = m.dataSafety->result.lost;
        if (!m.dataSafety->result.hashes.isEmpty())
            e.hashesAgree = m.dataSafety->result.hashesAgree;
    }
    return e;
}

DrillHistoryEntry DrillHistoryEntry::unreadable(const QString& folder, const QString& problem)
{
    DrillHistoryEntry e;
    e.folder = folder;
    e.problem = problem;
    e.outcome = QStringLiteral("unreadable");
    // JournalWriter names a folder "<cluster>-20261203T101500Z" (maybe "-2"): its start, even when its
    // journal cannot be read; else when the folder last changed.
    static const QRegularExpression named(QStringLiteral("-(\\d{8}T\\d{6}Z)(-\\d+)?$"));
    const QRegularExpressionMatch match = named.match(QFileInfo(folder).fileName());
    QDateTime fromName;
    if (match.hasMatch()) {
        fromName = QDateTime::fromString(match.captured(1), QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
        fromName.setTimeSpec(Qt::UTC);
    }
    e.startedAt = fromName.isValid() ? fromName : QFileInfo(folder).lastModified().toUTC();
    return e;
}

QString DrillHistoryEntry::startedUtc() const
{
    return startedAt.isValid() ? startedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                               : QStringLiteral("?");
}

void DrillHistoryEntry::takeFinalTotals(const QJsonArray& impact)
{
    for (const QJsonValue& value : impact) {
        const QJsonObject summary = value.toObject();
        const QString name = summary.value(QStringLiteral("target")).toString();
        const QJsonValue samples = summary.value(QStringLiteral("samples"));
        const QJsonValue failed = summary.value(QStringLiteral("failed"));
        if (name.isEmpty() || !samples.isDouble() || !failed.isDouble())
            continue;
        for (Target& t : targets) {
            if (t.name == name) {
                t.samples = samples.toInteger();
                t.failed = failed.toInteger();
            }
        }
    }
}

QJsonObject DrillHistoryEntry::toJson() const
{
    QJsonArray ways;
    for (const Target& t : targets)
        ways.append(QJsonObject{{QStringLiteral("target"), t.name},
                                {QStringLiteral("kind"), t.kind},
                                {QStringLiteral("samples"), t.samples},
                                {QStringLiteral("failed"), t.failed},
                                {QStringLiteral("error_rate"), t.errorRate()},
                                {QStringLiteral("longest_outage_ms"), t.longestOutageMs},
                                {QStringLiteral("outages"), t.outages},
                                {QStringLiteral("degraded_ms"), t.degradedMs}});
    QJsonObject json{
        {QStringLiteral("folder"), folder},
        {QStringLiteral("readable"), readable},
        {QStringLiteral("complete"), complete},
        {QStringLiteral("problem"), problem},
        {QStringLiteral("cluster"), cluster},
        {QStringLiteral("started_at"), startedAt.isValid() ? startedAt.toString(Qt::ISODate) : QString()},
        {QStringLiteral("operator"), operatorUser},
        {QStringLiteral("host"), host},
        {QStringLiteral("target"), targetNode.isEmpty() ? targetSpec : targetNode},
        {QStringLiteral("fault"), fault},
        {QStringLiteral("dry_run"), dryRun},
        {QStringLiteral("fault_applied"), faultApplied},
        {QStringLiteral("outcome"), outcome},
        {QStringLiteral("headline"), headline},
        {QStringLiteral("rolled_back"), rolledBack},
        {QStringLiteral("targets"), ways},
        {QStringLiteral("election_ms"), optionalMs(electionMs)},
        {QStringLiteral("recovery_ms"), optionalMs(recoveryMs)},
        {QStringLiteral("catch_up_ms"), optionalMs(catchUpMs)},
        {QStringLiteral("write_checks_failed"), writeChecksFailed},
    };
    if (dataSafetyRecorded)
        json.insert(QStringLiteral("data_safety"),
                    QJsonObject{{QStringLiteral("acknowledged"), acknowledgedWrites},
                                {QStringLiteral("lost"), lostWrites},
                                {QStringLiteral("hashes_agree"),
                                 hashesAgree ? QJsonValue(*hashesAgree) : QJsonValue()}});
    return json;
}

} // namespace etcddrill
