#include "ReportBuilder.h"

#include "ReportFindings.h"
#include "ReportImpactFigures.h"
#include "ReportJournalFields.h"
#include "ReportOutageWindows.h"
#include "ReportSnapshotReader.h"
#include "ReportTimelineRows.h"

#include "config/Duration.h"
#include "drill/DrillCheck.h"
#include "drill/DrillSampleReader.h"
#include "drill/JournalReader.h"
#include "drill/JournalWriter.h"
#include "drill/Redactor.h"
#include "drill/journal/AbortRecord.h"
#include "drill/journal/CheckRecord.h"
#include "drill/journal/CommandStartedRecord.h"
#include "drill/journal/DrillFinishedRecord.h"
#include "drill/journal/DrillStartedRecord.h"
#include "drill/journal/ElectionRecord.h"
#include "drill/journal/RecoveredRecord.h"
#include "drill/journal/RollbackStartedRecord.h"
#include "drill/journal/SnapshotRecord.h"
#include "drill/journal/StopConditionRecord.h"
#include "drill/journal/TargetAnsweringRecord.h"
#include "drill/journal/TargetResolvedRecord.h"
#include "drill/journal/TargetStoppedRecord.h"
#include "i18n/LocalizedText.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace etcddrill {

namespace {

using F = ReportJournalFields;

QString text(const QJsonObject& object, const QString& key)
{
    return F::text(object, key);
}

// A text this builder makes that the model also keeps in English: `source` is marked with
// QT_TRANSLATE_NOOP("ReportBuilder", …) so that lupdate files it under the context used here.
LocalizedText builderText(const char* source)
{
    return LocalizedText("ReportBuilder", source);
}

// One build: the facts of the drill from the journal's lines (header, target, moments, figures, verdict,
// outcome, completeness) here; the timeline, the member tables, the outage windows and the impact figures
// from the parts named after them.
class Builder
{
public:
    Builder(const JournalReadResult& journal, const SampleReadResult* samples,
            const TextTranslator& translator)
        : j(journal), s(samples), t(translator), rows(translator), snapshots(translator)
    {
    }

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
        for (const JournalEntry& e : j.entries) {
            take(e);
            rows.take(e, m);
        }
        rows.finishCommands();
        if (s) {
            m.series = s->series;
            ReportImpactFigures::sortByKind(&m.series, nodes);
        }
        if (!finished)
            m.endMonoMs = std::max(m.endMonoMs, lastSampleMono());
        outages.finish(m.series, m.endMonoMs);
        m.outages = outages.outages();
        rows.addOutages(m.outages, m, j.entries);
        m.impact = ReportImpactFigures::impact(m.series, m.outages, nodes, summary, outages.targetOrder(),
                                               maxOutageByTarget);
        m.degraded = rows.degradedPeriods();
        for (ReportDegradedPeriod& p : m.degraded) {
            if (!p.closed)
                p.endMonoMs = std::max(p.startMonoMs, m.endMonoMs);
        }
        m.phaseStats = ReportImpactFigures::phaseStats(m.series, m.outages, m.degraded, faultAppliedMono,
                                                       restoreIssuedMono, recoveredMono);
        for (ReportTargetImpact& impact : m.impact) {
            for (const ReportDegradedPeriod& p : std::as_const(m.degraded)) {
                if (p.target == impact.target) {
                    impact.degradedMs += p.endMonoMs - p.startMonoMs;
                    ++impact.degradedPeriods;
                }
            }
            for (const ReportPhaseStats& phase : std::as_const(m.phaseStats)) {
                if (phase.target == impact.target && phase.phase != QLatin1String("before")) {
                    impact.downSamples += phase.samples;
                    impact.downFailed += phase.failed;
                }
            }
        }
        if (const std::optional<double> catchUp = ReportImpactFigures::catchUpMs(
                m.snapshots, m.targetNode, answeringMono, recoveredMono, maxIndexLag))
            m.catchUpMs = catchUp;
        m.faultMonoMs = faultAppliedMono;
        m.restoreMonoMs = restoreIssuedMono;
        m.answeringMonoMs = answeringMono;
        m.recoveredMonoMs = recoveredMono;
        m.faultStillApplied = faultApplied;
        finishCompleteness();
        m.timeline = rows.rows();
        m.markers = rows.markers();
        std::stable_sort(
            m.timeline.begin(), m.timeline.end(),
            [](const ReportTimelineRow& a, const ReportTimelineRow& b) { return a.seq < b.seq; });
        m.findings = ReportFindings::derive(m, t);
        return m;
    }

private:
    const JournalReadResult& j;
    const SampleReadResult* s;
    const TextTranslator t;
    ReportModel m;
    ReportTimelineRows rows;
    ReportSnapshotReader snapshots;
    ReportOutageWindows outages;

    QStringList nodes; // configured node names, from drill-started
    qint64 maxIndexLag = -1;
    std::optional<double> faultAppliedMono;
    std::optional<double> restoreIssuedMono;
    std::optional<double> answeringMono;
    std::optional<double> recoveredMono;
    bool faultApplied = false; // the last of fault-applied / -restored / -not-applied was fault-applied
    LocalizedText lastStepTitle;
    QString lastStepState;
    QHash<QString, double> maxOutageByTarget;
    ReportImpactFigures::SummaryCounts summary; // probe-summary totals, when there is no samples file
    bool finished = false;

    QString shown(const QJsonObject& object, const QString& key) const { return F::shown(object, key, t); }

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
        for (const DrillStartedRecord::Probe& probe : r.probes)
            m.probeUrls.insert(probe.name, probe.url);
        m.dryRun = r.dryRun;
        m.operatorUser = r.by.user;
        m.host = r.by.host;
        QHash<QString, QString> nodeByEndpoint;
        for (const DrillStartedRecord::Node& node : r.nodes) {
            if (node.name.isEmpty())
                continue;
            nodes.append(node.name);
            if (!node.etcd.isEmpty())
                nodeByEndpoint.insert(node.etcd, node.name);
        }
        snapshots.setNodeByEndpoint(nodeByEndpoint);
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

    void takeSnapshot(const JournalEntry& e, const QString& label, const QJsonObject& json)
    {
        if (std::optional<ReportSnapshot> snapshot = snapshots.read(e, label, json))
            m.snapshots.append(*snapshot);
    }

    // What line `e` tells about the drill; its timeline row comes from ReportTimelineRows, after this.
    void take(const JournalEntry& e)
    {
        const QJsonObject& f = e.fields;
        const std::optional<JournalKind> k = e.kind;
        if (k == JournalKind::Check) {
            m.checks.append(CheckRecord::fromJson(f).check);
            const bool passed = f.value(QStringLiteral("passed"))
                                    .toBool(text(f, QStringLiteral("status")) == QLatin1String("passed"));
            if (text(f, QStringLiteral("name")) == QLatin1String(DrillCheck::kKubernetesWriteName) &&
                text(f, QStringLiteral("step")) == DrillStep::idName(DrillStep::Id::VerifySurvivors))
                (passed ? m.writeChecksPassed : m.writeChecksFailed)++;
        } else if (k == JournalKind::Step) {
            const LocalizedText title = ReportTimelineRows::stepTitle(f);
            lastStepTitle = title.isEmpty() ? LocalizedText(text(f, QStringLiteral("step"))) : title;
            lastStepState = text(f, QStringLiteral("state"));
        } else if (k == JournalKind::TargetResolved) {
            const TargetResolvedRecord r = TargetResolvedRecord::fromJson(f);
            m.targetNode = r.node;
            m.targetMemberId = r.memberId;
            m.targetWasLeader = r.wasLeader;
        } else if (k == JournalKind::CommandStarted) {
            if (faultAppliedMono && !restoreIssuedMono &&
                CommandStartedRecord::fromJson(f).command.role == DrillCommand::Role::Start)
                restoreIssuedMono = double(e.monoMs);
        } else if (k == JournalKind::FaultApplied) {
            faultApplied = true;
            if (!faultAppliedMono)
                faultAppliedMono = double(e.monoMs);
        } else if (k == JournalKind::FaultNotApplied) {
            faultApplied = false;
        } else if (k == JournalKind::FaultRestored) {
            faultApplied = false;
            if (faultAppliedMono && !restoreIssuedMono)
                restoreIssuedMono = double(e.monoMs);
        } else if (k == JournalKind::TargetStopped) {
            m.detectStopMs = asDouble(TargetStoppedRecord::fromJson(f).afterMs);
            m.stoppedMonoMs = double(e.monoMs);
        } else if (k == JournalKind::TargetAnswering) {
            m.answeredMs = asDouble(TargetAnsweringRecord::fromJson(f).afterMs);
            answeringMono = double(e.monoMs);
            if (faultAppliedMono && !restoreIssuedMono && m.answeredMs)
                restoreIssuedMono = double(e.monoMs) - *m.answeredMs;
        } else if (k == JournalKind::Snapshot) {
            const SnapshotRecord r = SnapshotRecord::fromJson(f);
            takeSnapshot(e, r.label, r.snapshot);
        } else if (k == JournalKind::ClusterEvent) {
            if (f.contains(QStringLiteral("endpoints")))
                takeSnapshot(e, QStringLiteral("cluster-event"), f);
        } else if (k == JournalKind::OutageOpened) {
            outages.takeOpened(e);
        } else if (k == JournalKind::OutageClosed) {
            outages.takeClosed(e);
        } else if (k == JournalKind::ProbeSummary) {
            for (const QJsonValue& value : f.value(QStringLiteral("targets")).toArray()) {
                const QJsonObject target = value.toObject();
                const QString name = text(target, QStringLiteral("target"));
                if (!summary.targets.contains(name))
                    summary.targets.append(name);
                summary.ok[name] += F::integer(target, QStringLiteral("ok"), 0);
                summary.failed[name] += F::integer(target, QStringLiteral("failed"), 0);
            }
        } else if (k == JournalKind::WriteCheck) {
            if (f.value(QStringLiteral("counted")).toBool(true))
                (f.value(QStringLiteral("ok")).toBool() ? m.writeChecksPassed : m.writeChecksFailed)++;
        } else if (k == JournalKind::Election) {
            m.electionMs = asDouble(ElectionRecord::fromJson(f).durationMs);
        } else if (k == JournalKind::DataSafety) {
            m.dataSafety = DataSafetyRecord::fromJson(f);
        } else if (k == JournalKind::StopCondition) {
            if (m.rollbackKind.isEmpty()) {
                const StopConditionRecord r = StopConditionRecord::fromJson(f);
                takeRollbackReason(r.kind, r.reason);
            }
        } else if (k == JournalKind::Abort) {
            if (m.rollbackKind.isEmpty())
                takeRollbackReason(QStringLiteral("abort"), AbortRecord::fromJson(f).reason);
        } else if (k == JournalKind::RollbackStarted) {
            m.rolledBack = true;
            // The rollback line names what made the drill roll back; a stop-condition line before it says
            // the same with its own kind, which wins only when the rollback line lacks one.
            const RollbackStartedRecord r = RollbackStartedRecord::fromJson(f);
            if (!r.kind.isEmpty())
                takeRollbackReason(r.kind, r.reason);
        } else if (k == JournalKind::Recovered) {
            m.recoveryMs = asDouble(RecoveredRecord::fromJson(f).recoveryMs);
            recoveredMono = double(e.monoMs);
        } else if (k == JournalKind::Verdict) {
            takeVerdict(e);
        } else if (k == JournalKind::DrillFinished) {
            finished = true;
            const DrillFinishedRecord r = DrillFinishedRecord::fromJson(f);
            m.outcome = r.outcome;
            m.headline = r.headline.english();
            m.reason = r.reason.english();
            m.translatedHeadline = r.headline.translated(t);
            m.translatedReason = r.reason.translated(t);
            m.finishedAt = e.time;
            m.endMonoMs = double(e.monoMs);
        }
    }

    static std::optional<double> asDouble(std::optional<qint64> ms)
    {
        return ms ? std::optional<double>(double(*ms)) : std::nullopt;
    }

    // What made the drill roll back: its kind and reason, in English and in the report's language.
    void takeRollbackReason(const QString& kind, const LocalizedText& reason)
    {
        m.rollbackKind = kind;
        m.rollbackReason = reason.english();
        m.translatedRollbackReason = reason.translated(t);
    }

    void takeVerdict(const JournalEntry& e)
    {
        const QJsonObject& f = e.fields;
        m.verdictPassed = f.value(QStringLiteral("passed")).toBool();
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

    void finishCompleteness()
    {
        m.etcdVersion = snapshots.etcdVersions().join(QStringLiteral(", "));
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
            QString translated = headline.translated(t);
            if (faultApplied) {
                const LocalizedText stopped =
                    builderText(QT_TRANSLATE_NOOP("ReportBuilder", "; %1 may still be stopped"))
                        .arg(m.targetNode.isEmpty()
                                 ? builderText(QT_TRANSLATE_NOOP("ReportBuilder", "the target"))
                                 : LocalizedText(m.targetNode));
                english += stopped.english();
                translated += stopped.translated(t);
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
        m.incompleteReasons.append(reason.translated(t));
        m.englishIncompleteReasons.append(reason.english());
    }
    void addProblem(const LocalizedText& problem)
    {
        m.problems.append(problem.translated(t));
        m.englishProblems.append(problem.english());
    }
};

} // namespace

ReportModel ReportBuilder::build(const QString& journalFileOrFolder, QString* error,
                                 const TextTranslator& translator)
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
        model.translatedHeadline = headline.translated(translator);
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
        return fromData(journal, nullptr, translator);
    const SampleReadResult samples = DrillSampleReader::read(samplesFile);
    return fromData(journal, &samples, translator);
}

ReportModel ReportBuilder::fromData(const JournalReadResult& journal, const SampleReadResult* samples,
                                    const TextTranslator& translator)
{
    return Builder(journal, samples, translator).run();
}

} // namespace etcddrill
