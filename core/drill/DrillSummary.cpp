#include "DrillSummary.h"

#include "DrillText.h"
#include "i18n/DrillDuration.h"

#include "etcd/ClusterSnapshotJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace etcddrill {

namespace {

QJsonValue millisOrNull(const std::optional<std::chrono::milliseconds>& value)
{
    return value ? QJsonValue(qint64(value->count())) : QJsonValue(QJsonValue::Null);
}

QString utc(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

} // namespace

QString DrillSummary::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Passed:
        return QStringLiteral("passed");
    case Outcome::HypothesisFailed:
        return QStringLiteral("hypothesis-failed");
    case Outcome::Aborted:
        return QStringLiteral("aborted");
    case Outcome::PreflightFailed:
        return QStringLiteral("preflight-failed");
    case Outcome::RestoreFailed:
        return QStringLiteral("restore-failed");
    case Outcome::DryRun:
        return QStringLiteral("dry-run");
    }
    return QStringLiteral("preflight-failed");
}

QString DrillSummary::headline() const
{
    return headlineText().english();
}

LocalizedText DrillSummary::headlineText() const
{
    using DrillText::make;
    const LocalizedText node =
        targetNode.isEmpty() ? make(QT_TRANSLATE_NOOP("DrillText", "the target")) : LocalizedText(targetNode);
    const LocalizedText why = reasonText.isEmpty() ? LocalizedText(reason) : reasonText;
    switch (outcome) {
    case Outcome::Passed:
        return measurements.recovery
                   ? make(QT_TRANSLATE_NOOP(
                              "DrillText",
                              "PASSED: %1 was stopped and recovered in %2; every hypothesis held"),
                          node, DrillDuration::text(*measurements.recovery))
                   : make(QT_TRANSLATE_NOOP("DrillText",
                                            "PASSED: %1 was stopped and recovered; every hypothesis held"),
                          node);
    case Outcome::HypothesisFailed:
        return make(QT_TRANSLATE_NOOP("DrillText", "FAILED: %1"),
                    reason.isEmpty() && verdict ? DrillText::join(verdict->failureTexts()) : why);
    case Outcome::Aborted:
        if (!faultApplied)
            return make(QT_TRANSLATE_NOOP("DrillText", "ABORTED: %1; nothing was changed"), why);
        return restored
                   ? make(QT_TRANSLATE_NOOP("DrillText", "ABORTED: %1; %2 was restored"), why, node)
                   : make(QT_TRANSLATE_NOOP("DrillText", "ABORTED: %1; %2 may still be stopped"), why, node);
    case Outcome::PreflightFailed:
        return make(QT_TRANSLATE_NOOP("DrillText", "NOT STARTED: %1; nothing was changed"), why);
    case Outcome::RestoreFailed:
        return make(QT_TRANSLATE_NOOP("DrillText", "RESTORE FAILED: %1"), why);
    case Outcome::DryRun:
        return reason.isEmpty()
                   ? make(QT_TRANSLATE_NOOP("DrillText", "DRY RUN: every command was shown, none was run"))
                   : make(QT_TRANSLATE_NOOP("DrillText",
                                            "DRY RUN: every command was shown, none was run (%1)"),
                          why);
    }
    return why;
}

QJsonObject DrillSummary::toJson() const
{
    QJsonArray checkArray;
    for (const DrillCheck& check : checks)
        checkArray.append(check.toJson());
    QJsonArray impactArray;
    for (const ImpactSummary& target : impact)
        impactArray.append(target.toJson());
    QJsonArray outageArray;
    for (const DrillMeasurements::TargetOutage& outage : measurements.outages) {
        outageArray.append(QJsonObject{
            {QStringLiteral("target"), outage.target},
            {QStringLiteral("longest_ms"), qint64(outage.longest.count())},
            {QStringLiteral("total_ms"), qint64(outage.total.count())},
            {QStringLiteral("windows"), outage.windows},
            {QStringLiteral("still_failing"), outage.stillFailing},
            {QStringLiteral("samples"), qint64(outage.samples)},
            {QStringLiteral("failed"), qint64(outage.failed)},
            {QStringLiteral("max_outage_ms"),
             outage.maxOutage ? QJsonValue(qint64(outage.maxOutage->count())) : QJsonValue(QJsonValue::Null)},
        });
    }
    QJsonObject json{
        {QStringLiteral("cluster"), cluster},
        {QStringLiteral("config_file"), configFile},
        {QStringLiteral("journal_folder"), journalFolder},
        {QStringLiteral("outcome"), outcomeName(outcome)},
        {QStringLiteral("headline"), headline()},
        {QStringLiteral("reason"), reason},
        {QStringLiteral("stop_condition"), stopCondition},
        {QStringLiteral("texts"),
         QJsonObject{{QStringLiteral("headline"), headlineText().toJson()},
                     {QStringLiteral("reason"),
                      (reasonText.isEmpty() ? LocalizedText(reason) : reasonText).toJson()}}},
        {QStringLiteral("target"),
         QJsonObject{
             {QStringLiteral("spec"), targetSpec},
             {QStringLiteral("node"), targetNode},
             {QStringLiteral("member_id"), ClusterSnapshotJson::memberIdText(targetMemberId)},
             {QStringLiteral("member_id_after"), ClusterSnapshotJson::memberIdText(targetMemberIdAfter)},
             {QStringLiteral("was_leader"), targetWasLeader}}},
        {QStringLiteral("started_at"), utc(startedAt)},
        {QStringLiteral("finished_at"), utc(finishedAt)},
        {QStringLiteral("dry_run"), dryRun},
        {QStringLiteral("override_preflight"), overridePreflight},
        {QStringLiteral("preflight_overridden"), preflightOverridden},
        {QStringLiteral("fault_applied"), faultApplied},
        {QStringLiteral("restored"), restored},
        {QStringLiteral("times_ms"),
         QJsonObject{{QStringLiteral("stopped_after"), millisOrNull(stoppedAfter)},
                     {QStringLiteral("election"), millisOrNull(measurements.election)},
                     {QStringLiteral("answered_after"), millisOrNull(answeredAfter)},
                     {QStringLiteral("recovery"), millisOrNull(measurements.recovery)}}},
        {QStringLiteral("writes"), QJsonObject{{QStringLiteral("checks"), measurements.writeChecks},
                                               {QStringLiteral("failures"), measurements.writeFailures}}},
        {QStringLiteral("outages"), outageArray},
        {QStringLiteral("verdict"), verdict ? QJsonValue(verdict->toJson()) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("checks"), checkArray},
        {QStringLiteral("impact"), impactArray},
        {QStringLiteral("data_safety"), measurements.dataSafety
                                            ? QJsonValue(measurements.dataSafety->toJson())
                                            : QJsonValue(QJsonValue::Null)},
    };
    if (!measurements.recoveryProblem.isEmpty())
        json.insert(QStringLiteral("recovery_problem"), measurements.recoveryProblem);
    if (!restoreInstructions.isEmpty())
        json.insert(QStringLiteral("restore_instructions"), restoreInstructions.english());
    return json;
}

bool DrillSummary::writeFile(const QString& file, QString* error) const
{
    QSaveFile out(file);
    if (out.open(QIODevice::WriteOnly) &&
        out.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented)) >= 0 && out.commit())
        return true;
    *error = out.errorString();
    return false;
}

} // namespace etcddrill
