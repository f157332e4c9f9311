#include "ReportTimelineRows.h"

#include "ReportJournalFields.h"

#include "drill/DrillCheck.h"
#include "drill/DrillStep.h"
#include "drill/DrillText.h"
#include "drill/Redactor.h"
#include "drill/journal/DegradedClosedRecord.h"
#include "drill/journal/DegradedOpenedRecord.h"
#include "drill/journal/FaultAppliedRecord.h"
#include "drill/journal/FaultNotAppliedRecord.h"
#include "drill/journal/FaultRestoredRecord.h"
#include "drill/journal/NotificationRecord.h"
#include "i18n/DrillDuration.h"

#include <QJsonArray>

#include <algorithm>
#include <chrono>
#include <cmath>

namespace etcddrill {

namespace {

using F = ReportJournalFields;

QString durationText(double ms, const TextTranslator& translator)
{
    return DrillDuration::fromMillis(ms).translated(translator);
}

QString text(const QJsonObject& object, const QString& key)
{
    return F::text(object, key);
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

// Outage rows sort among the journal's rows by time: they take the seq of the last line at or before their
// start (and sort after it, stable sort keeps appended rows last among equals). mono_ms never goes back in a
// journal, so a binary search finds it (a long drill has thousands of windows).
qint64 seqAt(const QList<JournalEntry>& entries, double monoMs)
{
    const auto after =
        std::upper_bound(entries.cbegin(), entries.cend(), monoMs,
                         [](double at, const JournalEntry& e) { return at < double(e.monoMs); });
    return after == entries.cbegin() ? 0 : std::prev(after)->seq;
}

} // namespace

LocalizedText ReportTimelineRows::stepTitle(const QJsonObject& step)
{
    // The engine writes DrillStep::title (English, a DrillText template without arguments), so the DrillText
    // translation of that source shows it in the report's language; an unknown title stays as written
    // (translate() returns the source when no translator has it).
    const LocalizedText title = LocalizedText::fromField(step, QStringLiteral("title"));
    if (title.isTranslatable() || title.source().isEmpty())
        return title;
    return LocalizedText("DrillText", title.source().toUtf8().constData());
}

QString ReportTimelineRows::shown(const QJsonObject& object, const QString& key) const
{
    return F::shown(object, key, m_translator);
}

// A step's state as journaled ("running", "passed", …; DrillStep::stateName) in the report's language, in the
// words the console and the CLI use (DrillText::stepState).
QString ReportTimelineRows::stateText(const QString& state) const
{
    const std::optional<DrillStep::State> known = DrillStep::stateFromName(state);
    return known ? DrillText::stepState(*known).translated(m_translator) : state;
}

QString ReportTimelineRows::operatorText(const QJsonObject& op) const
{
    const QString user = text(op, QStringLiteral("user"));
    const QString host = text(op, QStringLiteral("host"));
    if (user.isEmpty() && host.isEmpty())
        return tr("an unknown operator");
    if (host.isEmpty())
        return user;
    return QStringLiteral("%1@%2").arg(user, host);
}

ReportTimelineRow& ReportTimelineRows::row(const JournalEntry& e, const QString& kind, const QString& line,
                                           const QString& detail, bool failed)
{
    ReportTimelineRow r;
    r.seq = e.seq;
    r.monoMs = double(e.monoMs);
    r.time = e.time;
    r.kind = kind;
    r.text = line;
    r.detail = detail;
    r.failed = failed;
    m_rows.append(r);
    return m_rows.last();
}

void ReportTimelineRows::take(const JournalEntry& e, const ReportModel& m)
{
    const QJsonObject& f = e.fields;
    const std::optional<JournalKind> k = e.kind;
    if (k == JournalKind::DrillStarted) {
        row(e, QStringLiteral("step"),
            tr("Drill started on %1 by %2 (target %3, fault %4)")
                .arg(m.cluster, operatorText(f.value(QStringLiteral("operator")).toObject()), m.targetSpec,
                     m.fault),
            m.configFile.isEmpty() ? QString() : tr("config: %1").arg(m.configFile));
    } else if (k == JournalKind::Step) {
        takeStep(e);
    } else if (k == JournalKind::Check) {
        const bool passed = f.value(QStringLiteral("passed"))
                                .toBool(text(f, QStringLiteral("status")) == QLatin1String("passed"));
        QString line = QStringLiteral("%1: %2").arg(shown(f, QStringLiteral("name")),
                                                    shown(f, QStringLiteral("measured")));
        const QString expected = shown(f, QStringLiteral("expected"));
        if (!expected.isEmpty())
            line += tr(" (expected: %1)").arg(expected);
        row(e, QStringLiteral("check"), line, Redactor::redact(shown(f, QStringLiteral("detail"))), !passed);
    } else if (k == JournalKind::TargetResolved) {
        row(e, QStringLiteral("notice"),
            tr("Target %1 (member %2, %3): it was %4")
                .arg(m.targetNode, m.targetMemberId, text(f, QStringLiteral("how")),
                     f.value(QStringLiteral("was_leader")).toBool() ? tr("the leader") : tr("a follower")));
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
                     tr("holder: %1 (%2), started %3")
                         .arg(operatorText(holder), text(holder, QStringLiteral("tool")),
                              text(holder, QStringLiteral("started_at")));
        row(e, QStringLiteral("notice"), tr("Drill lock %1: %2").arg(text(f, QStringLiteral("key")), event),
            detail, bad);
    } else if (k == JournalKind::GateRequested) {
        QStringList commands;
        for (const QJsonValue& value : f.value(QStringLiteral("commands")).toArray())
            commands.append(QStringLiteral("$ ") +
                            Redactor::redact(text(value.toObject(), QStringLiteral("display"))));
        row(e, QStringLiteral("gate"),
            tr("Confirmation requested: type %1 to %2")
                .arg(text(f, QStringLiteral("node")), text(f, QStringLiteral("action"))),
            commands.join(u'\n'));
    } else if (k == JournalKind::GateConfirmed) {
        const QString at = text(f, QStringLiteral("confirmed_at"));
        row(e, QStringLiteral("gate"),
            tr("Confirmed by %1 at %2: %3 (%4)")
                .arg(operatorText(f.value(QStringLiteral("operator")).toObject()),
                     at.isEmpty() ? e.time.toString(Qt::ISODateWithMs) : at, text(f, QStringLiteral("node")),
                     text(f, QStringLiteral("step"))));
    } else if (k == JournalKind::GateRefused) {
        row(e, QStringLiteral("gate"),
            tr("Confirmation refused (%1): %2")
                .arg(text(f, QStringLiteral("step")), text(f, QStringLiteral("reason"))),
            tr("typed: %1").arg(Redactor::redact(text(f, QStringLiteral("typed")))), true);
    } else if (k == JournalKind::CommandStarted) {
        finishCommands();
        m_pendingCommand = e;
    } else if (k == JournalKind::CommandFinished) {
        m_pendingCommand.reset();
        takeCommand(e, true);
    } else if (k == JournalKind::FaultApplied) {
        const FaultAppliedRecord applied = FaultAppliedRecord::fromJson(f);
        row(e, QStringLiteral("notice"),
            tr("Fault applied: stopping etcd on %1 (member %2)").arg(applied.node, applied.memberId));
    } else if (k == JournalKind::FaultNotApplied) {
        const FaultNotAppliedRecord notApplied = FaultNotAppliedRecord::fromJson(f);
        row(e, QStringLiteral("notice"),
            tr("Fault not applied on %1: %2").arg(notApplied.node, Redactor::redact(notApplied.reason)), {},
            true);
    } else if (k == JournalKind::FaultRestored) {
        const FaultRestoredRecord restored = FaultRestoredRecord::fromJson(f);
        row(e, QStringLiteral("notice"),
            restored.by == QLatin1String(FaultRestoredRecord::kByRecover)
                ? tr("Fault restored on %1 by etcd-drill-cli recover").arg(restored.node)
                : tr("Fault restored: the start commands on %1 succeeded").arg(restored.node));
    } else if (k == JournalKind::TargetStopped) {
        row(e, QStringLiteral("cluster"),
            tr("%1's etcd stopped answering %2 after the stop command")
                .arg(text(f, QStringLiteral("node")), durationText(m.detectStopMs.value_or(0), translator())),
            Redactor::redact(text(f, QStringLiteral("error"))));
    } else if (k == JournalKind::TargetAnswering) {
        row(e, QStringLiteral("cluster"),
            tr("%1's etcd answers again %2 after the start command (member %3)")
                .arg(text(f, QStringLiteral("node")), durationText(m.answeredMs.value_or(0), translator()),
                     text(f, QStringLiteral("member_id"))));
    } else if (k == JournalKind::Snapshot) {
        // A member table (ReportSnapshotReader), no row.
    } else if (k == JournalKind::ClusterEvent) {
        const QString line = text(f, QStringLiteral("text"));
        row(e, QStringLiteral("cluster"), line.isEmpty() ? text(f, QStringLiteral("event")) : line,
            Redactor::redact(text(f, QStringLiteral("detail"))),
            text(f, QStringLiteral("event")) == QLatin1String("quorum-lost"));
    } else if (k == JournalKind::OutageOpened || k == JournalKind::OutageClosed) {
        // One row per window, added with addOutages().
    } else if (k == JournalKind::DegradedOpened) {
        const DegradedOpenedRecord r = DegradedOpenedRecord::fromJson(f);
        m_periods.append({r.target, double(r.startMonoMs), 0, false, r.probes, r.failed, {}, {}});
    } else if (k == JournalKind::DegradedClosed) {
        const DegradedClosedRecord r = DegradedClosedRecord::fromJson(f);
        Period closed{r.target, double(r.startMonoMs), double(r.endMonoMs), true, r.probes, r.failed,
                      r.kind,   r.failedBackends};
        bool found = false;
        for (Period& p : m_periods) {
            if (!p.closed && p.target == r.target && p.startMonoMs == double(r.startMonoMs)) {
                p = closed;
                found = true;
            }
        }
        if (!found)
            m_periods.append(closed);
    } else if (k == JournalKind::ProbeSummary) {
        // Counts only (ReportImpactFigures).
    } else if (k == JournalKind::WriteCheck) {
        if (!f.value(QStringLiteral("ok")).toBool()) {
            // Kept in English too: the write finding quotes it (ReportFindings).
            const LocalizedText line =
                LocalizedText(
                    "ReportBuilder",
                    QT_TRANSLATE_NOOP("ReportBuilder", "Write check through %1 failed after %2: %3"))
                    .arg(text(f, QStringLiteral("node")),
                         DrillDuration::fromMillis(F::number(f, QStringLiteral("latency_ms")).value_or(0)),
                         Redactor::redact(text(f, QStringLiteral("error"))));
            row(e, QStringLiteral("write"), line.translated(m_translator), {}, true).englishText =
                line.english();
        }
    } else if (k == JournalKind::Election) {
        row(e, QStringLiteral("cluster"),
            tr("Leader election: %1 → %2 in %3 (term %4)")
                .arg(text(f, QStringLiteral("old_leader")), text(f, QStringLiteral("new_leader")),
                     durationText(m.electionMs.value_or(0), translator()))
                .arg(F::integer(f, QStringLiteral("term"), 0)));
    } else if (k == JournalKind::StopCondition) {
        row(e, QStringLiteral("stop-condition"),
            tr("Stop condition %1: %2")
                .arg(text(f, QStringLiteral("kind")), shown(f, QStringLiteral("reason"))),
            {}, true);
    } else if (k == JournalKind::Abort) {
        row(e, QStringLiteral("rollback"),
            tr("Aborted by %1: %2")
                .arg(operatorText(f.value(QStringLiteral("operator")).toObject()),
                     shown(f, QStringLiteral("reason"))),
            {}, true);
    } else if (k == JournalKind::PreflightOverridden) {
        QStringList failed;
        // The engine writes "failed_checks" (docs/journal-format.md); "checks" was never written, but is read
        // too so that nothing a hand-made journal says is lost.
        const QJsonValue list = f.contains(QStringLiteral("failed_checks"))
                                    ? f.value(QStringLiteral("failed_checks"))
                                    : f.value(QStringLiteral("checks"));
        for (const QJsonValue& value : list.toArray())
            failed.append(value.isString() ? value.toString()
                                           : text(value.toObject(), QStringLiteral("name")));
        row(e, QStringLiteral("notice"), tr("Preflight overridden by the operator"), failed.join(u'\n'),
            true);
    } else if (k == JournalKind::RollbackStarted) {
        row(e, QStringLiteral("rollback"),
            tr("Rollback started (%1): %2")
                .arg(text(f, QStringLiteral("kind")), shown(f, QStringLiteral("reason"))),
            f.value(QStringLiteral("restore_needed")).toBool() ? tr("the target had to be started again")
                                                               : tr("the target was already restored"),
            true);
    } else if (k == JournalKind::Recovered) {
        row(e, QStringLiteral("cluster"),
            tr("%1 rejoined as the same member and caught up %2 after the start command")
                .arg(text(f, QStringLiteral("node")), durationText(m.recoveryMs.value_or(0), translator())));
    } else if (k == JournalKind::Verdict) {
        takeVerdict(e);
    } else if (k == JournalKind::DrillFinished) {
        row(e, QStringLiteral("verdict"), m.translatedHeadline.isEmpty() ? m.outcome : m.translatedHeadline,
            m.translatedReason,
            m.outcome != QLatin1String("passed") && m.outcome != QLatin1String("dry-run"));
    } else if (k == JournalKind::RecoverStarted) {
        row(e, QStringLiteral("recover"),
            tr("Recovery by %1 started for %2 (commands from the %3)")
                .arg(operatorText(f.value(QStringLiteral("operator")).toObject()),
                     text(f, QStringLiteral("node")), text(f, QStringLiteral("commands_from"))));
    } else if (k == JournalKind::RecoverFinished) {
        const QString status = text(f, QStringLiteral("status"));
        row(e, QStringLiteral("recover"), tr("Recovery %1").arg(status),
            Redactor::redact(text(f, QStringLiteral("detail"))), status != QLatin1String("restored"));
    } else if (k == JournalKind::Note) {
        row(e, QStringLiteral("notice"), Redactor::redact(shown(f, QStringLiteral("text"))));
    } else if (k == JournalKind::Notification) {
        const NotificationRecord r = NotificationRecord::fromJson(f);
        if (r.ok)
            row(e, QStringLiteral("notice"), tr("Notified %1 (%2): %3").arg(r.webhook, r.format, r.event));
        else if (r.inFlight)
            row(e, QStringLiteral("notice"),
                tr("Notification to %1 (%2) of %3 still being sent when the journal closed")
                    .arg(r.webhook, r.format, r.event));
        else
            row(e, QStringLiteral("notice"),
                tr("Notification to %1 (%2) of %3 failed: %4").arg(r.webhook, r.format, r.event, r.problem),
                {}, true);
    } else {
        // A kind without a row of its own, or one this build does not know (a newer engine; JournalReader
        // lists it among the schema problems the report shows): kept, so the timeline hides nothing.
        row(e, QStringLiteral("notice"), e.type);
    }
}

void ReportTimelineRows::takeStep(const JournalEntry& e)
{
    const QJsonObject& f = e.fields;
    const QString step = text(f, QStringLiteral("step"));
    const QString title = stepTitle(f).translated(m_translator);
    const QString state = text(f, QStringLiteral("state"));
    const QString detail = shown(f, QStringLiteral("detail"));
    QString line = QStringLiteral("%1: %2").arg(stepLabel(step, title), stateText(state));
    if (!detail.isEmpty())
        line += QStringLiteral(" — ") + detail;
    row(e, QStringLiteral("step"), line, {}, state == QLatin1String("failed"));
    if ((state == QLatin1String("running") || state == QLatin1String("waiting-for-operator")) &&
        !m_markedSteps.contains(step)) {
        m_markedSteps.insert(step);
        m_markers.append(ReportMarker{double(e.monoMs), step, stepLabel(step, title)});
    }
}

void ReportTimelineRows::takePlan(const JournalEntry& e)
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
    list(QStringLiteral("preflight"), tr("preflight:"));
    list(QStringLiteral("stop"), tr("stop:"));
    list(QStringLiteral("start"), tr("start:"));
    const QString restore = shown(f, QStringLiteral("restore_instructions"));
    if (!restore.isEmpty())
        lines.append(Redactor::redact(restore));
    row(e, QStringLiteral("notice"),
        tr("Plan for %1 (%2, %3)")
            .arg(text(f, QStringLiteral("node")), text(f, QStringLiteral("fault")),
                 text(f, QStringLiteral("location"))),
        lines.join(u'\n'));
}

void ReportTimelineRows::takeCommand(const JournalEntry& e, bool hasResult)
{
    const QJsonObject& f = e.fields;
    const QString display = Redactor::redact(text(f, QStringLiteral("display")));
    const QString purpose = Redactor::redact(shown(f, QStringLiteral("purpose")));
    QStringList detail;
    detail.append(QStringLiteral("$ ") + display);
    const QString location = text(f, QStringLiteral("location"));
    if (!location.isEmpty())
        detail.append(tr("run %1 on %2 (%3)")
                          .arg(location, text(f, QStringLiteral("node")), text(f, QStringLiteral("role"))));
    if (!hasResult) {
        detail.append(tr("no result recorded: the journal ends or the drill moved on while it ran"));
        row(e, QStringLiteral("command"), tr("%1: started, no result").arg(purpose), detail.join(u'\n'),
            true);
        return;
    }
    const bool dry = f.value(QStringLiteral("dry_run")).toBool();
    const bool succeeded =
        f.value(QStringLiteral("succeeded")).toBool(F::integer(f, QStringLiteral("exit_code"), -1) == 0);
    const qint64 exitCode = F::integer(f, QStringLiteral("exit_code"), -1);
    QString status = dry ? tr("not run (dry run)") : tr("exit code %1").arg(exitCode);
    if (f.value(QStringLiteral("timed_out")).toBool())
        status += tr(", timed out");
    if (f.value(QStringLiteral("refused")).toBool())
        status += tr(", refused");
    if (const std::optional<double> duration = F::number(f, QStringLiteral("duration_ms")); duration && !dry)
        status += tr(", %1").arg(durationText(*duration, translator()));
    detail.append(status);
    const QString error = Redactor::redact(text(f, QStringLiteral("error")));
    if (!error.isEmpty())
        detail.append(tr("error: %1").arg(error));
    const QString out = Redactor::redact(text(f, QStringLiteral("stdout")));
    const QString err = Redactor::redact(text(f, QStringLiteral("stderr")));
    if (!out.trimmed().isEmpty())
        detail.append(tr("stdout:") + u'\n' + out.trimmed());
    if (!err.trimmed().isEmpty())
        detail.append(tr("stderr:") + u'\n' + err.trimmed());
    row(e, QStringLiteral("command"), QStringLiteral("%1: %2 → %3").arg(purpose, display, status),
        detail.join(u'\n'), !dry && !succeeded);
}

void ReportTimelineRows::finishCommands()
{
    if (m_pendingCommand) {
        takeCommand(*m_pendingCommand, false);
        m_pendingCommand.reset();
    }
}

void ReportTimelineRows::takeVerdict(const JournalEntry& e)
{
    const QJsonObject& f = e.fields;
    const bool passed = f.value(QStringLiteral("passed")).toBool();
    QStringList lines;
    for (const QJsonValue& value : f.value(QStringLiteral("lines")).toArray()) {
        const QJsonObject line = value.toObject();
        lines.append(QStringLiteral("%1 %2: %3 (%4)")
                         .arg(line.value(QStringLiteral("passed")).toBool(true) ? QStringLiteral("✓")
                                                                                : QStringLiteral("✗"),
                              shown(line, QStringLiteral("name")), shown(line, QStringLiteral("measured")),
                              shown(line, QStringLiteral("expected"))));
    }
    row(e, QStringLiteral("verdict"),
        passed ? tr("Verdict: every hypothesis held") : tr("Verdict: a hypothesis failed"), lines.join(u'\n'),
        !passed);
}

void ReportTimelineRows::addOutages(const QList<ReportOutage>& outages, const ReportModel& m,
                                    const QList<JournalEntry>& entries)
{
    for (const Period& p : std::as_const(m_periods)) {
        ReportTimelineRow r;
        r.monoMs = p.startMonoMs;
        r.time =
            m.startedAt.isValid() ? m.startedAt.addMSecs(qint64(p.startMonoMs - m.startMonoMs)) : QDateTime();
        r.kind = QStringLiteral("outage");
        const int percent = p.probes ? qRound(100.0 * double(p.failed) / double(p.probes)) : 0;
        r.text = p.closed ? (p.kind == QLatin1String("full")
                                 ? tr("%1 down for %2: every probe failed (%3)")
                                       .arg(p.target, durationText(p.endMonoMs - p.startMonoMs, translator()))
                                       .arg(p.failed)
                                 : tr("%1 degraded for %2: %3 of %4 probes failed (%5 %)")
                                       .arg(p.target, durationText(p.endMonoMs - p.startMonoMs, translator()))
                                       .arg(p.failed)
                                       .arg(p.probes)
                                       .arg(percent))
                          : tr("%1 degraded, still when the journal ends: %2 of %3 probes failed so far")
                                .arg(p.target)
                                .arg(p.failed)
                                .arg(p.probes);
        if (!p.failedBackends.isEmpty())
            r.detail = tr("failing backends: %1").arg(p.failedBackends.join(QStringLiteral(", ")));
        r.failed = true;
        r.seq = seqAt(entries, p.startMonoMs);
        m_rows.append(r);
    }
    for (const ReportOutage& o : outages) {
        // A window inside a degraded period of its target is one of that period's flickers: its row says it.
        bool folded = false;
        for (const Period& p : std::as_const(m_periods)) {
            folded = folded || (p.target == o.target && o.startMonoMs >= p.startMonoMs &&
                                (!p.closed || o.startMonoMs <= p.endMonoMs));
        }
        if (folded)
            continue;
        ReportTimelineRow r;
        r.monoMs = o.startMonoMs;
        r.time =
            m.startedAt.isValid() ? m.startedAt.addMSecs(qint64(o.startMonoMs - m.startMonoMs)) : QDateTime();
        r.kind = QStringLiteral("outage");
        QString outcome = o.firstOutcome;
        if (!o.firstDetail.isEmpty())
            outcome += QStringLiteral(": ") + o.firstDetail;
        r.text = o.closed
                     ? tr("Outage of %1: %2, %3 failed probes (%4)")
                           .arg(o.target, durationText(o.endMonoMs - o.startMonoMs, translator()))
                           .arg(o.failedSamples)
                           .arg(outcome)
                     : tr("Outage of %1: still failing when the journal ends, %2 so far (%3)")
                           .arg(o.target, durationText(o.endMonoMs - o.startMonoMs, translator()), outcome);
        r.detail = tr("phase %1").arg(o.phase);
        r.failed = true;
        r.seq = seqAt(entries, o.startMonoMs);
        m_rows.append(r);
    }
}

} // namespace etcddrill
