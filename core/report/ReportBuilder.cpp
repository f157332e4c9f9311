#include "ReportBuilder.h"

#include "ReportFindings.h"

#include "config/Duration.h"
#include "drill/DrillCheck.h"
#include "drill/DrillDuration.h"
#include "drill/DrillSampleReader.h"
#include "drill/JournalReader.h"
#include "drill/JournalWriter.h"
#include "drill/Redactor.h"
#include "drill/journal/DrillStartedRecord.h"
#include "drill/journal/FaultAppliedRecord.h"
#include "drill/journal/FaultNotAppliedRecord.h"
#include "drill/journal/FaultRestoredRecord.h"
#include "i18n/LocalizedText.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <chrono>
#include <cmath>

namespace etcddrill {

namespace {

QString durationText(double ms)
{
    return DrillDuration::text(std::chrono::microseconds(qint64(std::llround(ms * 1000.0))));
}

// A number from a journal field that may be missing or of the wrong type: nullopt then.
std::optional<double> number(const QJsonObject& object, const QString& key)
{
    const QJsonValue value = object.value(key);
    if (!value.isDouble())
        return std::nullopt;
    return value.toDouble();
}

qint64 integer(const QJsonObject& object, const QString& key, qint64 fallback)
{
    const QJsonValue value = object.value(key);
    return value.isDouble() ? qint64(value.toDouble()) : fallback;
}

QString text(const QJsonObject& object, const QString& key)
{
    return object.value(key).toString();
}

// A text the engine recorded, in the installed language: its "texts" template when the line has one (newer
// journals), otherwise the English field as written (older journals stay English).
QString shown(const QJsonObject& object, const QString& key)
{
    return LocalizedText::fromField(object, key).translated();
}

// A step title: the engine writes DrillStep::title (English, a DrillText template without arguments), so
// the DrillText translation of that source shows it in the report's language; an unknown title stays as
// written (translate() returns the source when no translator has it).
LocalizedText stepTitle(const QJsonObject& object)
{
    const LocalizedText title = LocalizedText::fromField(object, QStringLiteral("title"));
    if (title.isTranslatable() || title.source().isEmpty())
        return title;
    return LocalizedText("DrillText", title.source().toUtf8().constData());
}

// A step's state as journaled ("running", "passed", …; DrillStep::stateName) in the report's language.
QString stateText(const QString& state)
{
    static const char* const states[] = {
        QT_TRANSLATE_NOOP("ReportBuilder", "pending"),
        QT_TRANSLATE_NOOP("ReportBuilder", "running"),
        QT_TRANSLATE_NOOP("ReportBuilder", "waiting-for-operator"),
        QT_TRANSLATE_NOOP("ReportBuilder", "passed"),
        QT_TRANSLATE_NOOP("ReportBuilder", "failed"),
        QT_TRANSLATE_NOOP("ReportBuilder", "skipped"),
    };
    for (const char* name : states) {
        if (state == QLatin1String(name))
            return QCoreApplication::translate("ReportBuilder", name);
    }
    return state;
}

// A text this builder makes that the model also keeps in English: `source` is marked with
// QT_TRANSLATE_NOOP("ReportBuilder", …) so that lupdate files it under the context used here.
LocalizedText builderText(const char* source)
{
    return LocalizedText("ReportBuilder", source);
}

// "vip", "domain", "apiserver" (a "<node>-apiserver" target of a configured node) or "other". The journal
// records no kind per probe target; these are the names the config reference and the lab use.
QString targetKind(const QString& target, const QStringList& nodes)
{
    const QString lower = target.toLower();
    if (lower == QLatin1String("vip") || lower.contains(QLatin1String("vip")))
        return QStringLiteral("vip");
    if (lower == QLatin1String("domain") || lower.contains(QLatin1String("domain")) ||
        lower.contains(QLatin1String("dns")))
        return QStringLiteral("domain");
    if (target.endsWith(QLatin1String("-apiserver"))) {
        const QString node = target.left(target.size() - int(qstrlen("-apiserver")));
        if (nodes.isEmpty() || nodes.contains(node))
            return QStringLiteral("apiserver");
    }
    return QStringLiteral("other");
}

int kindOrder(const QString& kind)
{
    if (kind == QLatin1String("vip"))
        return 0;
    if (kind == QLatin1String("domain"))
        return 1;
    return 2;
}

// Nearest-rank percentile of sorted values.
double percentile(const std::vector<float>& sorted, double p)
{
    if (sorted.empty())
        return 0;
    const size_t rank = size_t(std::ceil(p / 100.0 * double(sorted.size())));
    return sorted.at(std::clamp<size_t>(rank, 1, sorted.size()) - 1);
}

QString stepLabel(const QString& step, const QString& title)
{
    static const QStringList numbered{QStringLiteral("preflight"), QStringLiteral("stop-target"),
                                      QStringLiteral("verify-survivors"), QStringLiteral("start-target"),
                                      QStringLiteral("recovery")};
    const QString name = title.isEmpty() ? step : title;
    const qsizetype index = numbered.indexOf(step);
    return index < 0 ? name : QStringLiteral("%1 %2").arg(index + 1).arg(name);
}

QString operatorText(const QJsonObject& op)
{
    const QString user = text(op, QStringLiteral("user"));
    const QString host = text(op, QStringLiteral("host"));
    if (user.isEmpty() && host.isEmpty())
        return QCoreApplication::translate("ReportBuilder", "an unknown operator");
    if (host.isEmpty())
        return user;
    return QStringLiteral("%1@%2").arg(user, host);
}

class Builder
{
public:
    Builder(const JournalReadResult& journal, const SampleReadResult* samples) : j(journal), s(samples) {}

    ReportModel run()
    {
        m.journalFile = j.file;
        m.samplesFile = s ? s->file : QString();
        // The readers' problems and errors are English (data, not translated): the same in both lists.
        m.problems = j.problems + j.schemaProblems;
        if (s)
            m.problems += s->problems;
        m.englishProblems = m.problems;
        if (!j.ok())
            addIncompleteReason(j.error);
        readHeader();
        for (const JournalEntry& e : j.entries)
            take(e);
        finishCommands();
        takeSeries();
        finishOutages();
        finishImpact();
        finishPhases();
        finishCatchUp();
        finishMoments();
        finishCompleteness();
        std::stable_sort(
            m.timeline.begin(), m.timeline.end(),
            [](const ReportTimelineRow& a, const ReportTimelineRow& b) { return a.seq < b.seq; });
        m.findings = ReportFindings::derive(m);
        return m;
    }

private:
    const JournalReadResult& j;
    const SampleReadResult* s;
    ReportModel m;

    QStringList nodes; // configured node names, from drill-started
    QHash<QString, QString> nodeByEndpoint;
    qint64 maxIndexLag = -1;
    std::optional<JournalEntry> pendingCommand; // command-started without its command-finished yet
    std::optional<double> faultAppliedMono;
    std::optional<double> restoreIssuedMono;
    std::optional<double> answeringMono;
    std::optional<double> recoveredMono;
    bool faultApplied = false; // the last of fault-applied / -restored / -not-applied was fault-applied
    LocalizedText lastStepTitle;
    QString lastStepState;
    QSet<QString> markedSteps;
    QHash<QString, double> maxOutageByTarget;
    QList<QString> outageOrder;                      // targets in order of first outage
    QHash<QString, int> openOutage;                  // target -> index in m.outages of its open window
    QHash<QString, qint64> summaryOk, summaryFailed; // probe-summary totals, when there is no samples file
    QStringList summaryTargets;
    QStringList etcdVersions;
    bool finished = false;

    void readHeader()
    {
        const QList<JournalEntry> started = j.ofKind(JournalKind::DrillStarted);
        if (!j.entries.isEmpty()) {
            m.startMonoMs = double(j.entries.first().monoMs);
            m.startedAt = j.entries.first().time;
            m.endMonoMs = double(j.entries.last().monoMs);
        }
        if (started.isEmpty())
            return;
        const JournalEntry& e = started.first();
        const DrillStartedRecord r = DrillStartedRecord::fromJson(e.fields);
        m.startMonoMs = double(e.monoMs);
        m.startedAt = e.time;
        m.cluster = r.cluster;
        m.configFile = r.configFile;
        m.targetSpec = r.targetSpec;
        m.fault = r.fault;
        m.transport = r.transport;
        m.toolVersion = r.version;
        m.dryRun = r.dryRun;
        m.operatorUser = r.by.user;
        m.host = r.by.host;
        for (const DrillStartedRecord::Node& node : r.nodes) {
            if (node.name.isEmpty())
                continue;
            nodes.append(node.name);
            if (!node.etcd.isEmpty())
                nodeByEndpoint.insert(node.etcd, node.name);
        }
        maxIndexLag = r.maxIndexLag;
        m.maxIndexLag = maxIndexLag;
        if (r.maxElectionMs)
            m.maxElectionMs = double(*r.maxElectionMs);
        if (r.maxRecoveryMs)
            m.maxRecoveryMs = double(*r.maxRecoveryMs);
        if (r.writeFailures)
            m.maxWriteFailures = *r.writeFailures;
        // Per-target limits, when a journal carries them; otherwise they come from the verdict's "longest
        // outage of …" lines.
        for (auto it = r.maxOutageMsByTarget.cbegin(); it != r.maxOutageMsByTarget.cend(); ++it)
            maxOutageByTarget.insert(it.key(), it.value());
    }

    ReportTimelineRow& row(const JournalEntry& e, const QString& kind, const QString& line,
                           const QString& detail = {}, bool failed = false)
    {
        ReportTimelineRow r;
        r.seq = e.seq;
        r.monoMs = double(e.monoMs);
        r.time = e.time;
        r.kind = kind;
        r.text = line;
        r.detail = detail;
        r.failed = failed;
        m.timeline.append(r);
        return m.timeline.last();
    }

    void take(const JournalEntry& e)
    {
        const QJsonObject& f = e.fields;
        const std::optional<JournalKind> k = e.kind;
        if (k == JournalKind::DrillStarted) {
            row(e, QStringLiteral("step"),
                QCoreApplication::translate("ReportBuilder",
                                            "Drill started on %1 by %2 (target %3, fault %4)")
                    .arg(m.cluster, operatorText(f.value(QStringLiteral("operator")).toObject()),
                         m.targetSpec, m.fault),
                m.configFile.isEmpty()
                    ? QString()
                    : QCoreApplication::translate("ReportBuilder", "config: %1").arg(m.configFile));
        } else if (k == JournalKind::Step) {
            takeStep(e);
        } else if (k == JournalKind::Check) {
            const bool passed = f.value(QStringLiteral("passed"))
                                    .toBool(text(f, QStringLiteral("status")) == QLatin1String("passed"));
            QString line = QStringLiteral("%1: %2").arg(shown(f, QStringLiteral("name")),
                                                        shown(f, QStringLiteral("measured")));
            const QString expected = shown(f, QStringLiteral("expected"));
            if (!expected.isEmpty())
                line += QCoreApplication::translate("ReportBuilder", " (expected: %1)").arg(expected);
            row(e, QStringLiteral("check"), line, Redactor::redact(shown(f, QStringLiteral("detail"))),
                !passed);
            if (text(f, QStringLiteral("name")) == QLatin1String(DrillCheck::kKubernetesWriteName) &&
                text(f, QStringLiteral("step")) == DrillStep::idName(DrillStep::Id::VerifySurvivors))
                (passed ? m.writeChecksPassed : m.writeChecksFailed)++;
        } else if (k == JournalKind::TargetResolved) {
            m.targetNode = text(f, QStringLiteral("node"));
            m.targetMemberId = text(f, QStringLiteral("member_id"));
            m.targetWasLeader = f.value(QStringLiteral("was_leader")).toBool();
            row(e, QStringLiteral("notice"),
                QCoreApplication::translate("ReportBuilder", "Target %1 (member %2, %3): it was %4")
                    .arg(m.targetNode, m.targetMemberId, text(f, QStringLiteral("how")),
                         f.value(QStringLiteral("was_leader")).toBool()
                             ? QCoreApplication::translate("ReportBuilder", "the leader")
                             : QCoreApplication::translate("ReportBuilder", "a follower")));
        } else if (k == JournalKind::Plan) {
            takePlan(e);
        } else if (k == JournalKind::Lock) {
            const QString event = text(f, QStringLiteral("event"));
            const bool bad = event == QLatin1String("refused") || event == QLatin1String("lost") ||
                             event == QLatin1String("held") || event == QLatin1String("release-failed");
            QString detail = text(f, QStringLiteral("detail"));
            const QJsonObject holder = f.value(QStringLiteral("holder")).toObject();
            if (!holder.isEmpty())
                detail = (detail.isEmpty() ? QString() : detail + u'\n') +
                         QCoreApplication::translate("ReportBuilder", "holder: %1 (%2), started %3")
                             .arg(operatorText(holder), text(holder, QStringLiteral("tool")),
                                  text(holder, QStringLiteral("started_at")));
            row(e, QStringLiteral("notice"),
                QCoreApplication::translate("ReportBuilder", "Drill lock %1: %2")
                    .arg(text(f, QStringLiteral("key")), event),
                detail, bad);
        } else if (k == JournalKind::GateRequested) {
            QStringList commands;
            for (const QJsonValue& value : f.value(QStringLiteral("commands")).toArray())
                commands.append(QStringLiteral("$ ") +
                                Redactor::redact(text(value.toObject(), QStringLiteral("display"))));
            row(e, QStringLiteral("gate"),
                QCoreApplication::translate("ReportBuilder", "Confirmation requested: type %1 to %2")
                    .arg(text(f, QStringLiteral("node")), text(f, QStringLiteral("action"))),
                commands.join(u'\n'));
        } else if (k == JournalKind::GateConfirmed) {
            const QString at = text(f, QStringLiteral("confirmed_at"));
            row(e, QStringLiteral("gate"),
                QCoreApplication::translate("ReportBuilder", "Confirmed by %1 at %2: %3 (%4)")
                    .arg(operatorText(f.value(QStringLiteral("operator")).toObject()),
                         at.isEmpty() ? e.time.toString(Qt::ISODateWithMs) : at,
                         text(f, QStringLiteral("node")), text(f, QStringLiteral("step"))));
        } else if (k == JournalKind::GateRefused) {
            row(e, QStringLiteral("gate"),
                QCoreApplication::translate("ReportBuilder", "Confirmation refused (%1): %2")
                    .arg(text(f, QStringLiteral("step")), text(f, QStringLiteral("reason"))),
                QCoreApplication::translate("ReportBuilder", "typed: %1")
                    .arg(Redactor::redact(text(f, QStringLiteral("typed")))),
                true);
        } else if (k == JournalKind::CommandStarted) {
            finishCommands();
            pendingCommand = e;
            if (faultAppliedMono && !restoreIssuedMono &&
                text(f, QStringLiteral("role")) == QLatin1String("start"))
                restoreIssuedMono = double(e.monoMs);
        } else if (k == JournalKind::CommandFinished) {
            pendingCommand.reset();
            takeCommand(e, true);
        } else if (k == JournalKind::FaultApplied) {
            faultApplied = true;
            if (!faultAppliedMono)
                faultAppliedMono = double(e.monoMs);
            row(e, QStringLiteral("notice"),
                QCoreApplication::translate("ReportBuilder", "Fault applied: stopping etcd on %1 (member %2)")
                    .arg(FaultAppliedRecord::fromJson(f).node, FaultAppliedRecord::fromJson(f).memberId));
        } else if (k == JournalKind::FaultNotApplied) {
            faultApplied = false;
            row(e, QStringLiteral("notice"),
                QCoreApplication::translate("ReportBuilder", "Fault not applied on %1: %2")
                    .arg(FaultNotAppliedRecord::fromJson(f).node,
                         Redactor::redact(FaultNotAppliedRecord::fromJson(f).reason)),
                {}, true);
        } else if (k == JournalKind::FaultRestored) {
            faultApplied = false;
            if (faultAppliedMono && !restoreIssuedMono)
                restoreIssuedMono = double(e.monoMs);
            const FaultRestoredRecord restored = FaultRestoredRecord::fromJson(f);
            row(e, QStringLiteral("notice"),
                restored.by == QLatin1String(FaultRestoredRecord::kByRecover)
                    ? QCoreApplication::translate("ReportBuilder",
                                                  "Fault restored on %1 by etcd-drill-cli recover")
                          .arg(restored.node)
                    : QCoreApplication::translate("ReportBuilder",
                                                  "Fault restored: the start commands on %1 succeeded")
                          .arg(restored.node));
        } else if (k == JournalKind::TargetStopped) {
            m.detectStopMs = number(f, QStringLiteral("after_ms"));
            m.stoppedMonoMs = double(e.monoMs);
            row(e, QStringLiteral("cluster"),
                QCoreApplication::translate("ReportBuilder",
                                            "%1's etcd stopped answering %2 after the stop command")
                    .arg(text(f, QStringLiteral("node")), durationText(m.detectStopMs.value_or(0))),
                Redactor::redact(text(f, QStringLiteral("error"))));
        } else if (k == JournalKind::TargetAnswering) {
            m.answeredMs = number(f, QStringLiteral("after_ms"));
            answeringMono = double(e.monoMs);
            if (faultAppliedMono && !restoreIssuedMono && m.answeredMs)
                restoreIssuedMono = double(e.monoMs) - *m.answeredMs;
            row(e, QStringLiteral("cluster"),
                QCoreApplication::translate("ReportBuilder",
                                            "%1's etcd answers again %2 after the start command (member %3)")
                    .arg(text(f, QStringLiteral("node")), durationText(m.answeredMs.value_or(0)),
                         text(f, QStringLiteral("member_id"))));
        } else if (k == JournalKind::Snapshot) {
            takeSnapshot(e, text(f, QStringLiteral("label")), f.value(QStringLiteral("snapshot")).toObject());
        } else if (k == JournalKind::ClusterEvent) {
            if (f.contains(QStringLiteral("endpoints")))
                takeSnapshot(e, QStringLiteral("cluster-event"), f);
            const QString line = text(f, QStringLiteral("text"));
            row(e, QStringLiteral("cluster"), line.isEmpty() ? text(f, QStringLiteral("event")) : line,
                Redactor::redact(text(f, QStringLiteral("detail"))),
                text(f, QStringLiteral("event")) == QLatin1String("quorum-lost"));
        } else if (k == JournalKind::OutageOpened) {
            takeOutageOpened(e);
        } else if (k == JournalKind::OutageClosed) {
            takeOutageClosed(e);
        } else if (k == JournalKind::ProbeSummary) {
            for (const QJsonValue& value : f.value(QStringLiteral("targets")).toArray()) {
                const QJsonObject target = value.toObject();
                const QString name = text(target, QStringLiteral("target"));
                if (!summaryTargets.contains(name))
                    summaryTargets.append(name);
                summaryOk[name] += integer(target, QStringLiteral("ok"), 0);
                summaryFailed[name] += integer(target, QStringLiteral("failed"), 0);
            }
        } else if (k == JournalKind::WriteCheck) {
            const bool ok = f.value(QStringLiteral("ok")).toBool();
            if (f.value(QStringLiteral("counted")).toBool(true))
                (ok ? m.writeChecksPassed : m.writeChecksFailed)++;
            if (!ok) {
                // Kept in English too: the write finding quotes it (ReportFindings).
                const LocalizedText line =
                    builderText(
                        QT_TRANSLATE_NOOP("ReportBuilder", "Write check through %1 failed after %2: %3"))
                        .arg(text(f, QStringLiteral("node")),
                             durationText(number(f, QStringLiteral("latency_ms")).value_or(0)),
                             Redactor::redact(text(f, QStringLiteral("error"))));
                row(e, QStringLiteral("write"), line.translated(), {}, true).englishText = line.english();
            }
        } else if (k == JournalKind::Election) {
            m.electionMs = number(f, QStringLiteral("duration_ms"));
            row(e, QStringLiteral("cluster"),
                QCoreApplication::translate("ReportBuilder", "Leader election: %1 → %2 in %3 (term %4)")
                    .arg(text(f, QStringLiteral("old_leader")), text(f, QStringLiteral("new_leader")),
                         durationText(m.electionMs.value_or(0)))
                    .arg(integer(f, QStringLiteral("term"), 0)));
        } else if (k == JournalKind::StopCondition) {
            if (m.rollbackKind.isEmpty()) {
                m.rollbackKind = text(f, QStringLiteral("kind"));
                m.rollbackReason = text(f, QStringLiteral("reason"));
                m.translatedRollbackReason = shown(f, QStringLiteral("reason"));
            }
            row(e, QStringLiteral("stop-condition"),
                QCoreApplication::translate("ReportBuilder", "Stop condition %1: %2")
                    .arg(text(f, QStringLiteral("kind")), shown(f, QStringLiteral("reason"))),
                {}, true);
        } else if (k == JournalKind::Abort) {
            if (m.rollbackKind.isEmpty()) {
                m.rollbackKind = QStringLiteral("abort");
                m.rollbackReason = text(f, QStringLiteral("reason"));
                m.translatedRollbackReason = shown(f, QStringLiteral("reason"));
            }
            row(e, QStringLiteral("rollback"),
                QCoreApplication::translate("ReportBuilder", "Aborted by %1: %2")
                    .arg(operatorText(f.value(QStringLiteral("operator")).toObject()),
                         shown(f, QStringLiteral("reason"))),
                {}, true);
        } else if (k == JournalKind::PreflightOverridden) {
            QStringList failed;
            // The engine writes "failed_checks" (docs/journal-format.md); "checks" was never written, but is
            // read too so that nothing a hand-made journal says is lost.
            const QJsonValue list = f.contains(QStringLiteral("failed_checks"))
                                        ? f.value(QStringLiteral("failed_checks"))
                                        : f.value(QStringLiteral("checks"));
            for (const QJsonValue& value : list.toArray())
                failed.append(value.isString() ? value.toString()
                                               : text(value.toObject(), QStringLiteral("name")));
            row(e, QStringLiteral("notice"),
                QCoreApplication::translate("ReportBuilder", "Preflight overridden by the operator"),
                failed.join(u'\n'), true);
        } else if (k == JournalKind::RollbackStarted) {
            m.rolledBack = true;
            // The rollback line names what made the drill roll back; a stop-condition line before it says
            // the same with its own kind, which wins only when the rollback line lacks one.
            const QString kind = text(f, QStringLiteral("kind"));
            if (!kind.isEmpty()) {
                m.rollbackKind = kind;
                m.rollbackReason = text(f, QStringLiteral("reason"));
                m.translatedRollbackReason = shown(f, QStringLiteral("reason"));
            }
            row(e, QStringLiteral("rollback"),
                QCoreApplication::translate("ReportBuilder", "Rollback started (%1): %2")
                    .arg(kind, shown(f, QStringLiteral("reason"))),
                f.value(QStringLiteral("restore_needed")).toBool()
                    ? QCoreApplication::translate("ReportBuilder", "the target had to be started again")
                    : QCoreApplication::translate("ReportBuilder", "the target was already restored"),
                true);
        } else if (k == JournalKind::Recovered) {
            m.recoveryMs = number(f, QStringLiteral("recovery_ms"));
            recoveredMono = double(e.monoMs);
            row(e, QStringLiteral("cluster"),
                QCoreApplication::translate(
                    "ReportBuilder",
                    "%1 rejoined as the same member and caught up %2 after the start command")
                    .arg(text(f, QStringLiteral("node")), durationText(m.recoveryMs.value_or(0))));
        } else if (k == JournalKind::Verdict) {
            takeVerdict(e);
        } else if (k == JournalKind::DrillFinished) {
            finished = true;
            m.outcome = text(f, QStringLiteral("outcome"));
            m.headline = text(f, QStringLiteral("headline"));
            m.reason = text(f, QStringLiteral("reason"));
            m.translatedHeadline = shown(f, QStringLiteral("headline"));
            m.translatedReason = shown(f, QStringLiteral("reason"));
            m.finishedAt = e.time;
            m.endMonoMs = double(e.monoMs);
            row(e, QStringLiteral("verdict"),
                m.translatedHeadline.isEmpty() ? m.outcome : m.translatedHeadline, m.translatedReason,
                m.outcome != QLatin1String("passed") && m.outcome != QLatin1String("dry-run"));
        } else if (k == JournalKind::RecoverStarted) {
            row(e, QStringLiteral("recover"),
                QCoreApplication::translate("ReportBuilder",
                                            "Recovery by %1 started for %2 (commands from the %3)")
                    .arg(operatorText(f.value(QStringLiteral("operator")).toObject()),
                         text(f, QStringLiteral("node")), text(f, QStringLiteral("commands_from"))));
        } else if (k == JournalKind::RecoverFinished) {
            const QString status = text(f, QStringLiteral("status"));
            row(e, QStringLiteral("recover"),
                QCoreApplication::translate("ReportBuilder", "Recovery %1").arg(status),
                Redactor::redact(text(f, QStringLiteral("detail"))), status != QLatin1String("restored"));
        } else if (k == JournalKind::Note) {
            row(e, QStringLiteral("notice"), Redactor::redact(shown(f, QStringLiteral("text"))));
        } else {
            // A kind without a row of its own, or one this build does not know (a newer engine; JournalReader
            // lists it among the schema problems the report shows): kept, so the timeline hides nothing.
            row(e, QStringLiteral("notice"), e.type);
        }
    }

    void takeStep(const JournalEntry& e)
    {
        const QJsonObject& f = e.fields;
        const QString step = text(f, QStringLiteral("step"));
        const LocalizedText titleText = stepTitle(f);
        const QString title = titleText.translated();
        const QString state = text(f, QStringLiteral("state"));
        const QString detail = shown(f, QStringLiteral("detail"));
        lastStepTitle = titleText.isEmpty() ? LocalizedText(step) : titleText;
        lastStepState = state;
        QString line = QStringLiteral("%1: %2").arg(stepLabel(step, title), stateText(state));
        if (!detail.isEmpty())
            line += QStringLiteral(" — ") + detail;
        row(e, QStringLiteral("step"), line, {}, state == QLatin1String("failed"));
        if ((state == QLatin1String("running") || state == QLatin1String("waiting-for-operator")) &&
            !markedSteps.contains(step)) {
            markedSteps.insert(step);
            m.markers.append(ReportMarker{double(e.monoMs), step, stepLabel(step, title)});
        }
    }

    void takePlan(const JournalEntry& e)
    {
        const QJsonObject& f = e.fields;
        QStringList lines;
        const auto list = [&](const QString& key, const QString& heading) {
            const QJsonArray commands = f.value(key).toArray();
            if (commands.isEmpty())
                return;
            lines.append(heading);
            for (const QJsonValue& value : commands)
                lines.append(QStringLiteral("  $ ") +
                             Redactor::redact(text(value.toObject(), QStringLiteral("display"))));
        };
        list(QStringLiteral("preflight"), QCoreApplication::translate("ReportBuilder", "preflight:"));
        list(QStringLiteral("stop"), QCoreApplication::translate("ReportBuilder", "stop:"));
        list(QStringLiteral("start"), QCoreApplication::translate("ReportBuilder", "start:"));
        const QString restore = text(f, QStringLiteral("restore_instructions"));
        if (!restore.isEmpty())
            lines.append(Redactor::redact(restore));
        row(e, QStringLiteral("notice"),
            QCoreApplication::translate("ReportBuilder", "Plan for %1 (%2, %3)")
                .arg(text(f, QStringLiteral("node")), text(f, QStringLiteral("fault")),
                     text(f, QStringLiteral("location"))),
            lines.join(u'\n'));
    }

    void takeCommand(const JournalEntry& e, bool hasResult)
    {
        const QJsonObject& f = e.fields;
        const QString display = Redactor::redact(text(f, QStringLiteral("display")));
        const QString purpose = Redactor::redact(text(f, QStringLiteral("purpose")));
        QStringList detail;
        detail.append(QStringLiteral("$ ") + display);
        const QString location = text(f, QStringLiteral("location"));
        if (!location.isEmpty())
            detail.append(
                QCoreApplication::translate("ReportBuilder", "run %1 on %2 (%3)")
                    .arg(location, text(f, QStringLiteral("node")), text(f, QStringLiteral("role"))));
        if (!hasResult) {
            detail.append(QCoreApplication::translate(
                "ReportBuilder", "no result recorded: the journal ends or the drill moved on while it ran"));
            row(e, QStringLiteral("command"),
                QCoreApplication::translate("ReportBuilder", "%1: started, no result").arg(purpose),
                detail.join(u'\n'), true);
            return;
        }
        const bool dry = f.value(QStringLiteral("dry_run")).toBool();
        const bool succeeded =
            f.value(QStringLiteral("succeeded")).toBool(integer(f, QStringLiteral("exit_code"), -1) == 0);
        const qint64 exitCode = integer(f, QStringLiteral("exit_code"), -1);
        QString status = dry ? QCoreApplication::translate("ReportBuilder", "not run (dry run)")
                             : QCoreApplication::translate("ReportBuilder", "exit code %1").arg(exitCode);
        if (f.value(QStringLiteral("timed_out")).toBool())
            status += QCoreApplication::translate("ReportBuilder", ", timed out");
        if (f.value(QStringLiteral("refused")).toBool())
            status += QCoreApplication::translate("ReportBuilder", ", refused");
        if (const std::optional<double> duration = number(f, QStringLiteral("duration_ms")); duration && !dry)
            status += QCoreApplication::translate("ReportBuilder", ", %1").arg(durationText(*duration));
        detail.append(status);
        const QString error = Redactor::redact(text(f, QStringLiteral("error")));
        if (!error.isEmpty())
            detail.append(QCoreApplication::translate("ReportBuilder", "error: %1").arg(error));
        const QString out = Redactor::redact(text(f, QStringLiteral("stdout")));
        const QString err = Redactor::redact(text(f, QStringLiteral("stderr")));
        if (!out.trimmed().isEmpty())
            detail.append(QCoreApplication::translate("ReportBuilder", "stdout:") + u'\n' + out.trimmed());
        if (!err.trimmed().isEmpty())
            detail.append(QCoreApplication::translate("ReportBuilder", "stderr:") + u'\n' + err.trimmed());
        row(e, QStringLiteral("command"), QStringLiteral("%1: %2 → %3").arg(purpose, display, status),
            detail.join(u'\n'), !dry && !succeeded);
    }

    void finishCommands()
    {
        if (pendingCommand) {
            takeCommand(*pendingCommand, false);
            pendingCommand.reset();
        }
    }

    QString nodeName(const QJsonObject& endpoint) const
    {
        QString node = text(endpoint, QStringLiteral("node"));
        if (node.isEmpty())
            node = nodeByEndpoint.value(text(endpoint, QStringLiteral("endpoint")));
        if (node.isEmpty())
            node = text(endpoint, QStringLiteral("member_name"));
        if (node.isEmpty())
            node = text(endpoint, QStringLiteral("endpoint"));
        return node;
    }

    void takeSnapshot(const JournalEntry& e, const QString& label, const QJsonObject& json)
    {
        if (json.isEmpty())
            return;
        ReportSnapshot snap;
        snap.label = label.isEmpty() ? QStringLiteral("snapshot") : label;
        snap.monoMs = double(e.monoMs);
        snap.time = e.time;
        snap.health = text(json, QStringLiteral("health"));
        const QJsonObject leader = json.value(QStringLiteral("leader")).toObject();
        const QString leaderId = text(leader, QStringLiteral("id"));
        snap.leader = text(leader, QStringLiteral("node"));
        QSet<QString> seenIds;
        for (const QJsonValue& value : json.value(QStringLiteral("endpoints")).toArray()) {
            const QJsonObject ep = value.toObject();
            ReportMember member;
            member.node = nodeName(ep);
            member.memberId = text(ep, QStringLiteral("member_id"));
            const bool reachable = ep.value(QStringLiteral("reachable")).toBool(true);
            member.healthy = ep.value(QStringLiteral("healthy")).toBool();
            member.error = Redactor::redact(text(ep, QStringLiteral("error")));
            if (!reachable)
                member.role = QStringLiteral("down");
            else if (ep.value(QStringLiteral("is_leader")).toBool())
                member.role = QStringLiteral("leader");
            else if (ep.value(QStringLiteral("is_learner")).toBool())
                member.role = QStringLiteral("learner");
            else if (ep.contains(QStringLiteral("is_leader")))
                member.role = QStringLiteral("follower");
            else
                member.role = QStringLiteral("unknown");
            // A member that did not answer has zeros in the journal: "not known" here.
            if (reachable) {
                member.raftTerm = integer(ep, QStringLiteral("raft_term"), -1);
                member.raftIndex = integer(ep, QStringLiteral("raft_index"), -1);
                member.revision = integer(ep, QStringLiteral("revision"), -1);
                member.dbSizeBytes = integer(ep, QStringLiteral("db_size"), -1);
            }
            member.indexLag = integer(ep, QStringLiteral("index_lag"), -1);
            member.latencyMs = number(ep, QStringLiteral("latency_ms")).value_or(-1);
            member.version = text(ep, QStringLiteral("version"));
            if (reachable && !member.version.isEmpty() && !etcdVersions.contains(member.version))
                etcdVersions.append(member.version);
            if (snap.leader.isEmpty() && !leaderId.isEmpty() && member.memberId == leaderId)
                snap.leader = member.node;
            seenIds.insert(member.memberId);
            snap.members.append(member);
        }
        // Members the member list knows but no endpoint reported (no node configured for them).
        for (const QJsonValue& value : json.value(QStringLiteral("members")).toArray()) {
            const QJsonObject info = value.toObject();
            const QString id = text(info, QStringLiteral("id"));
            if (id.isEmpty() || seenIds.contains(id))
                continue;
            ReportMember member;
            member.memberId = id;
            member.node = text(info, QStringLiteral("name"));
            member.role = info.value(QStringLiteral("is_learner")).toBool() ? QStringLiteral("learner")
                                                                            : QStringLiteral("unknown");
            member.error =
                QCoreApplication::translate("ReportBuilder", "no endpoint of this member was polled");
            snap.members.append(member);
        }
        m.snapshots.append(snap);
    }

    void takeOutageOpened(const JournalEntry& e)
    {
        const QJsonObject& f = e.fields;
        const QString target = text(f, QStringLiteral("target"));
        if (openOutage.contains(target))
            return; // the engine never opens two; a damaged journal might
        ReportOutage o;
        o.target = target;
        o.startMonoMs = number(f, QStringLiteral("start_mono_ms")).value_or(double(e.monoMs));
        o.endMonoMs = o.startMonoMs;
        o.phase = text(f, QStringLiteral("phase"));
        o.firstOutcome = text(f, QStringLiteral("first_outcome"));
        o.firstDetail = Redactor::redact(text(f, QStringLiteral("first_detail")));
        o.closed = false;
        if (!outageOrder.contains(target))
            outageOrder.append(target);
        m.outages.append(o);
        openOutage.insert(target, int(m.outages.size() - 1));
    }

    void takeOutageClosed(const JournalEntry& e)
    {
        const QJsonObject& f = e.fields;
        const QString target = text(f, QStringLiteral("target"));
        const double start = number(f, QStringLiteral("start_mono_ms")).value_or(double(e.monoMs));
        int index = openOutage.value(target, -1);
        if (index < 0) {
            // Closed without a recorded opening (the journal lost that line): take it as it stands.
            ReportOutage o;
            o.target = target;
            o.startMonoMs = start;
            o.phase = text(f, QStringLiteral("phase"));
            o.firstOutcome = text(f, QStringLiteral("first_outcome"));
            o.firstDetail = Redactor::redact(text(f, QStringLiteral("first_detail")));
            if (!outageOrder.contains(target))
                outageOrder.append(target);
            m.outages.append(o);
            index = int(m.outages.size() - 1);
        }
        openOutage.remove(target);
        ReportOutage& o = m.outages[index];
        o.closed = true;
        o.endMonoMs = number(f, QStringLiteral("end_mono_ms")).value_or(double(e.monoMs));
        // start/end are whole ms in the journal, duration_ms has µs: the window's length is duration_ms.
        if (const std::optional<double> duration = number(f, QStringLiteral("duration_ms"));
            duration && *duration >= 0)
            o.endMonoMs = o.startMonoMs + *duration;
        o.failedSamples = integer(f, QStringLiteral("failed_samples"), 0);
    }

    void takeVerdict(const JournalEntry& e)
    {
        const QJsonObject& f = e.fields;
        m.verdictPassed = f.value(QStringLiteral("passed")).toBool();
        QStringList lines;
        for (const QJsonValue& value : f.value(QStringLiteral("lines")).toArray()) {
            const QJsonObject line = value.toObject();
            ReportHypothesisLine h;
            h.name = text(line, QStringLiteral("name"));
            h.expected = text(line, QStringLiteral("expected"));
            h.measured = text(line, QStringLiteral("measured"));
            h.translatedName = shown(line, QStringLiteral("name"));
            h.translatedExpected = shown(line, QStringLiteral("expected"));
            h.translatedMeasured = shown(line, QStringLiteral("measured"));
            h.passed = line.value(QStringLiteral("passed")).toBool(true);
            h.informational = line.value(QStringLiteral("informational")).toBool();
            m.hypothesis.append(h);
            lines.append(QStringLiteral("%1 %2: %3 (%4)")
                             .arg(h.passed ? QStringLiteral("✓") : QStringLiteral("✗"), h.translatedName,
                                  h.translatedMeasured, h.translatedExpected));
            // "longest outage of vip" / "at most 2s": the target's limit, unless drill-started gave it.
            static const QString prefix = QStringLiteral("longest outage of ");
            static const QString atMost = QStringLiteral("at most ");
            if (h.name.startsWith(prefix) && h.expected.startsWith(atMost)) {
                const QString target = h.name.mid(prefix.size());
                if (const auto limit = Duration::parse(QStringView(h.expected).mid(atMost.size()));
                    limit && !maxOutageByTarget.contains(target))
                    maxOutageByTarget.insert(target, double(limit->count()));
            }
        }
        row(e, QStringLiteral("verdict"),
            *m.verdictPassed ? QCoreApplication::translate("ReportBuilder", "Verdict: every hypothesis held")
                             : QCoreApplication::translate("ReportBuilder", "Verdict: a hypothesis failed"),
            lines.join(u'\n'), !*m.verdictPassed);
    }

    void takeSeries()
    {
        if (!s)
            return;
        m.series = s->series;
        std::stable_sort(
            m.series.begin(), m.series.end(), [this](const RecordedSeries& a, const RecordedSeries& b) {
                return kindOrder(targetKind(a.target, nodes)) < kindOrder(targetKind(b.target, nodes));
            });
    }

    const RecordedSeries* seriesOf(const QString& target) const
    {
        for (const RecordedSeries& series : m.series) {
            if (series.target == target)
                return &series;
        }
        return nullptr;
    }

    double lastSampleMono() const
    {
        double last = 0;
        for (const RecordedSeries& series : m.series) {
            if (!series.samples.isEmpty())
                last = std::max(last, series.samples.last().monoMs);
        }
        return last;
    }

    void finishOutages()
    {
        if (!finished)
            m.endMonoMs = std::max(m.endMonoMs, lastSampleMono());
        // Windows still open when the journal ends: they last to the target's last sample (or the journal's
        // end without samples); their failed samples are counted from the samples.
        for (auto it = openOutage.begin(); it != openOutage.end(); ++it) {
            ReportOutage& o = m.outages[it.value()];
            o.endMonoMs = std::max(o.startMonoMs, m.endMonoMs);
            if (const RecordedSeries* series = seriesOf(o.target); series && !series->samples.isEmpty()) {
                o.endMonoMs = std::max(o.startMonoMs, series->samples.last().monoMs);
                for (const RecordedSample& sample : series->samples) {
                    if (sample.monoMs >= o.startMonoMs && sample.isFailure())
                        ++o.failedSamples;
                }
            }
        }
        std::stable_sort(
            m.outages.begin(), m.outages.end(),
            [](const ReportOutage& a, const ReportOutage& b) { return a.startMonoMs < b.startMonoMs; });
        // One timeline row per window, at its start (the seq of the line that opened it is not kept: the
        // row sorts by time among the journal's rows, see below).
        for (const ReportOutage& o : m.outages) {
            ReportTimelineRow r;
            r.monoMs = o.startMonoMs;
            r.time = m.startedAt.isValid() ? m.startedAt.addMSecs(qint64(o.startMonoMs - m.startMonoMs))
                                           : QDateTime();
            r.kind = QStringLiteral("outage");
            QString outcome = o.firstOutcome;
            if (!o.firstDetail.isEmpty())
                outcome += QStringLiteral(": ") + o.firstDetail;
            r.text = o.closed ? QCoreApplication::translate("ReportBuilder",
                                                            "Outage of %1: %2, %3 failed probes (%4)")
                                    .arg(o.target, durationText(o.endMonoMs - o.startMonoMs))
                                    .arg(o.failedSamples)
                                    .arg(outcome)
                              : QCoreApplication::translate(
                                    "ReportBuilder",
                                    "Outage of %1: still failing when the journal ends, %2 so far (%3)")
                                    .arg(o.target, durationText(o.endMonoMs - o.startMonoMs), outcome);
            r.detail = QCoreApplication::translate("ReportBuilder", "phase %1").arg(o.phase);
            r.failed = true;
            r.seq = seqAt(o.startMonoMs);
            m.timeline.append(r);
        }
    }

    // Outage rows sort among the journal's rows by time: they take the seq of the last line at or before
    // their start (and sort after it, stable sort keeps appended rows last among equals). mono_ms never goes
    // back in a journal, so a binary search finds it (a long drill has thousands of windows).
    qint64 seqAt(double monoMs) const
    {
        const auto after =
            std::upper_bound(j.entries.cbegin(), j.entries.cend(), monoMs,
                             [](double at, const JournalEntry& e) { return at < double(e.monoMs); });
        return after == j.entries.cbegin() ? 0 : std::prev(after)->seq;
    }

    void finishImpact()
    {
        QStringList targets;
        for (const RecordedSeries& series : m.series)
            targets.append(series.target);
        QStringList rest = summaryTargets;
        for (const QString& target : outageOrder) {
            if (!rest.contains(target))
                rest.append(target);
        }
        std::stable_sort(rest.begin(), rest.end(), [this](const QString& a, const QString& b) {
            return kindOrder(targetKind(a, nodes)) < kindOrder(targetKind(b, nodes));
        });
        for (const QString& target : rest) {
            if (!targets.contains(target))
                targets.append(target);
        }
        for (const QString& target : targets) {
            ReportTargetImpact impact;
            impact.target = target;
            impact.kind = targetKind(target, nodes);
            if (const RecordedSeries* series = seriesOf(target)) {
                for (const RecordedSample& sample : series->samples) {
                    if (sample.outcome == ProbeSample::Outcome::Skipped)
                        continue;
                    ++impact.samples;
                    if (sample.isFailure())
                        ++impact.failedSamples;
                }
            } else {
                impact.samples = summaryOk.value(target) + summaryFailed.value(target);
                impact.failedSamples = summaryFailed.value(target);
            }
            for (const ReportOutage& o : m.outages) {
                if (o.target != target)
                    continue;
                ++impact.windows;
                const double length = o.endMonoMs - o.startMonoMs;
                impact.totalOutageMs += length;
                impact.longestOutageMs = std::max(impact.longestOutageMs, length);
            }
            if (maxOutageByTarget.contains(target))
                impact.maxOutageMs = maxOutageByTarget.value(target);
            m.impact.append(impact);
        }
    }

    void finishPhases()
    {
        struct Bounds
        {
            QString name;
            double from;
            double to;
        };
        QList<Bounds> phases;
        const double inf = std::numeric_limits<double>::infinity();
        if (!faultAppliedMono) {
            phases.append({QStringLiteral("before"), -inf, inf});
        } else {
            phases.append({QStringLiteral("before"), -inf, *faultAppliedMono});
            const double restore = restoreIssuedMono.value_or(inf);
            phases.append({QStringLiteral("during-fault"), *faultAppliedMono, restore});
            if (restoreIssuedMono)
                phases.append({QStringLiteral("after-restore"), restore, inf});
        }
        for (const RecordedSeries& series : m.series) {
            for (const Bounds& phase : phases) {
                ReportPhaseStats stats;
                stats.phase = phase.name;
                stats.target = series.target;
                std::vector<float> ok;
                for (const RecordedSample& sample : series.samples) {
                    if (sample.monoMs < phase.from || sample.monoMs >= phase.to ||
                        sample.outcome == ProbeSample::Outcome::Skipped)
                        continue;
                    ++stats.samples;
                    if (sample.isFailure())
                        ++stats.failed;
                    else
                        ok.push_back(sample.totalMs);
                }
                if (stats.samples == 0)
                    continue;
                std::sort(ok.begin(), ok.end());
                stats.p50Ms = percentile(ok, 50);
                stats.p90Ms = percentile(ok, 90);
                stats.p99Ms = percentile(ok, 99);
                stats.maxMs = ok.empty() ? 0 : ok.back();
                m.phaseStats.append(stats);
            }
        }
    }

    void finishMoments()
    {
        m.faultMonoMs = faultAppliedMono;
        m.restoreMonoMs = restoreIssuedMono;
        m.answeringMonoMs = answeringMono;
        m.recoveredMonoMs = recoveredMono;
        m.faultStillApplied = faultApplied;
    }

    void finishCatchUp()
    {
        if (!answeringMono)
            return;
        std::optional<double> caughtUp = recoveredMono;
        const QString target = m.targetNode;
        for (const ReportSnapshot& snap : m.snapshots) {
            if (snap.monoMs < *answeringMono || (caughtUp && snap.monoMs >= *caughtUp))
                continue;
            for (const ReportMember& member : snap.members) {
                if (member.node != target || member.role == QLatin1String("down") || member.indexLag < 0)
                    continue;
                if (maxIndexLag < 0 || member.indexLag <= maxIndexLag) {
                    caughtUp = snap.monoMs;
                    break;
                }
            }
        }
        if (caughtUp)
            m.catchUpMs = std::max(0.0, *caughtUp - *answeringMono);
    }

    void finishCompleteness()
    {
        m.etcdVersion = etcdVersions.join(QStringLiteral(", "));
        const QString fileName = QFileInfo(j.file).fileName().isEmpty() ? QStringLiteral("journal.jsonl")
                                                                        : QFileInfo(j.file).fileName();
        const int lastLine = j.entries.isEmpty() ? 0 : j.entries.last().line;
        const QString lastTime =
            j.entries.isEmpty() ? QString() : j.entries.last().time.toString(Qt::ISODateWithMs);
        if (j.entries.isEmpty() && j.ok())
            addIncompleteReason(
                builderText(QT_TRANSLATE_NOOP("ReportBuilder", "%1 holds no journal line")).arg(fileName));
        if (j.ok() && j.ofKind(JournalKind::DrillStarted).isEmpty() && !j.entries.isEmpty())
            addIncompleteReason(
                builderText(
                    QT_TRANSLATE_NOOP("ReportBuilder", "%1 has no drill-started line: the header is unknown"))
                    .arg(fileName));
        if (j.truncatedLastLine)
            addIncompleteReason(
                builderText(
                    QT_TRANSLATE_NOOP("ReportBuilder",
                                      "%1:%2: the last line is cut off (a crash while writing it): \"%3\""))
                    .arg(fileName, lastLine + 1, Redactor::redact(j.truncatedText.left(60))));
        for (const QString& problem : j.problems)
            addIncompleteReason(problem);
        if (!finished && !j.entries.isEmpty())
            addIncompleteReason(
                builderText(
                    QT_TRANSLATE_NOOP("ReportBuilder", "%1 ends at line %2 (%3) without drill-finished"))
                    .arg(fileName, lastLine, lastTime));
        // The samples only add detail (charts, percentiles): their problems do not make the report
        // incomplete, they are listed with the other problems.
        if (s && !s->ok())
            addProblem(s->error);
        else if (s && s->truncatedLastRow)
            addProblem(builderText(QT_TRANSLATE_NOOP("ReportBuilder", "%1: the last row is cut off"))
                           .arg(QFileInfo(s->file).fileName()));
        if (!s && !m.dryRun)
            addProblem(builderText(QT_TRANSLATE_NOOP(
                "ReportBuilder",
                "no samples.csv beside the journal: no latency charts; impact counts come from the "
                "per-second summaries")));
        m.complete = finished && j.ok() && !j.truncatedLastLine && j.problems.isEmpty();
        if (!finished) {
            m.outcome = QStringLiteral("incomplete");
            // The headline the builder makes: English in the model (the JSON export), translated for display.
            const LocalizedText during =
                lastStepTitle.isEmpty()
                    ? LocalizedText()
                    : builderText(QT_TRANSLATE_NOOP("ReportBuilder", " during step \"%1\" (%2)"))
                          .arg(lastStepTitle,
                               LocalizedText("ReportBuilder", lastStepState.toUtf8().constData()));
            const LocalizedText headline =
                builderText(QT_TRANSLATE_NOOP("ReportBuilder", "INCOMPLETE: the journal ends at %1%2"))
                    .arg(lastTime.isEmpty() ? builderText(QT_TRANSLATE_NOOP("ReportBuilder", "its start"))
                                            : LocalizedText(lastTime),
                         during);
            QString english = headline.english();
            QString translated = headline.translated();
            if (faultApplied) {
                const LocalizedText stopped =
                    builderText(QT_TRANSLATE_NOOP("ReportBuilder", "; %1 may still be stopped"))
                        .arg(m.targetNode.isEmpty()
                                 ? builderText(QT_TRANSLATE_NOOP("ReportBuilder", "the target"))
                                 : LocalizedText(m.targetNode));
                english += stopped.english();
                translated += stopped.translated();
            }
            m.headline = english;
            m.translatedHeadline = translated;
            if (m.reason.isEmpty() && !m.englishIncompleteReasons.isEmpty()) {
                m.reason = m.englishIncompleteReasons.first();
                m.translatedReason = m.incompleteReasons.first();
            }
        }
    }

    // A reason or problem this builder lists: shown translated, exported in English (ReportModel).
    void addIncompleteReason(const LocalizedText& reason)
    {
        m.incompleteReasons.append(reason.translated());
        m.englishIncompleteReasons.append(reason.english());
    }
    void addProblem(const LocalizedText& problem)
    {
        m.problems.append(problem.translated());
        m.englishProblems.append(problem.english());
    }
};

} // namespace

ReportModel ReportBuilder::build(const QString& journalFileOrFolder, QString* error)
{
    const QFileInfo info(journalFileOrFolder);
    const QString journalFile =
        info.isDir() ? QDir(journalFileOrFolder).filePath(QLatin1String(JournalWriter::kJournalFile))
                     : journalFileOrFolder;
    const JournalReadResult journal = JournalReader::read(journalFile);
    if (!journal.ok()) {
        if (error)
            *error = journal.error;
        ReportModel model;
        model.journalFile = journalFile;
        model.outcome = QStringLiteral("incomplete");
        const LocalizedText headline =
            builderText(QT_TRANSLATE_NOOP("ReportBuilder", "INCOMPLETE: the journal could not be read"));
        model.headline = headline.english();
        model.translatedHeadline = headline.translated();
        model.reason = journal.error;
        model.incompleteReasons.append(journal.error); // JournalReader's errors are English
        model.englishIncompleteReasons.append(journal.error);
        return model;
    }
    if (error)
        error->clear();
    const QString samplesFile =
        QFileInfo(journalFile).dir().filePath(QLatin1String(JournalWriter::kSamplesFile));
    if (!QFileInfo::exists(samplesFile))
        return fromData(journal, nullptr);
    const SampleReadResult samples = DrillSampleReader::read(samplesFile);
    return fromData(journal, &samples);
}

ReportModel ReportBuilder::fromData(const JournalReadResult& journal, const SampleReadResult* samples)
{
    return Builder(journal, samples).run();
}

} // namespace etcddrill
