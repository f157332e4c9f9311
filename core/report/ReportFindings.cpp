#include "ReportFindings.h"

#include "ReportImpactFigures.h"

#include "drill/DrillText.h"
#include "drill/HypothesisLine.h"
#include "i18n/DrillDuration.h"
#include "i18n/LocalizedText.h"

#include "drill/DataSafetyLines.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <functional>

namespace etcddrill {

namespace {

LocalizedText dur(double ms)
{
    return DrillDuration::fromMillis(std::max(ms, 0.0));
}

using Severity = ReportFinding::Severity;

// A finding's text: `source` is marked with QT_TRANSLATE_NOOP("ReportFindings", …) so that lupdate files it
// under this context; figures, node and target names are verbatim arguments.
LocalizedText tx(const char* source)
{
    return LocalizedText("ReportFindings", source);
}

// A title or evidence in English (the JSON export) and in the report's language, made from the same parts:
// a sentence and the sub-sentences appended to it are each rendered both ways and joined, so neither form
// mixes languages. The English form is rendered at once; the translated one keeps its parts until
// derive() renders them with its translator.
struct Bilingual
{
    QString english;
    QList<LocalizedText> parts; // the translated form, part by part

    Bilingual() = default;
    Bilingual(const LocalizedText& text) : english(text.english()), parts{text} {} // NOLINT
    // Texts the model keeps in both forms (a reason, a timeline row); an empty translation shows the English.
    Bilingual(const QString& englishText, const QString& translatedText)
        : english(englishText), parts{LocalizedText(translatedText.isEmpty() ? englishText : translatedText)}
    {
    }

    bool isEmpty() const { return english.isEmpty(); }
    QString translated(const TextTranslator& translator) const
    {
        QString text;
        for (const LocalizedText& part : parts)
            text += part.translated(translator);
        return text;
    }
    Bilingual& operator+=(const Bilingual& more)
    {
        english += more.english;
        parts += more.parts;
        return *this;
    }
    friend Bilingual operator+(Bilingual a, const Bilingual& b) { return a += b; }

    static Bilingual join(const QList<Bilingual>& parts, const QString& separator)
    {
        Bilingual joined;
        for (qsizetype i = 0; i < parts.size(); ++i)
            joined += i == 0 ? parts.at(i) : Bilingual(separator, separator) + parts.at(i);
        return joined;
    }
};

// `make(text)` made twice, for a text the model keeps in English and translated (ReportModel's translated*
// fields): in English with the English one, translated with its translation (the English one when empty).
Bilingual withModelText(const std::function<LocalizedText(const QString&)>& make, const QString& english,
                        const QString& translated)
{
    Bilingual text;
    text.english = make(english).english();
    text.parts = {make(translated.isEmpty() ? english : translated)};
    return text;
}

// A finding whose translated texts derive() renders.
struct PendingFinding
{
    Severity severity;
    Bilingual title;
    Bilingual evidence;
};

PendingFinding finding(Severity severity, const Bilingual& title, const Bilingual& evidence)
{
    return PendingFinding{severity, title, evidence};
}

const RecordedSeries* seriesOf(const ReportModel& m, const QString& target)
{
    for (const RecordedSeries& s : m.series) {
        if (s.target == target)
            return &s;
    }
    return nullptr;
}

// The stop as the clients saw it: from the moment the stop command was issued (or, lacking that line, the
// target was seen down) to the moment the start command was issued (or the journal's end).
struct FaultWindow
{
    double from = 0;
    double to = 0;
    bool restored = false;
    double length() const { return to - from; }
};

std::optional<FaultWindow> faultWindow(const ReportModel& m)
{
    const std::optional<double> from = m.faultMonoMs ? m.faultMonoMs : m.stoppedMonoMs;
    if (!from)
        return std::nullopt;
    FaultWindow w;
    w.from = *from;
    w.restored = m.restoreMonoMs.has_value();
    w.to = m.restoreMonoMs.value_or(m.endMonoMs);
    if (w.to <= w.from)
        return std::nullopt;
    return w;
}

// (a) A load-balanced way in (VIP, domain) while the target node's apiserver was unready: did the balancer
// stop sending it requests, and when? Failures whose backend is the stopped node (samples name the backend
// that answered) show the balancer still routing there. They may continue to the restore — the balancer
// never took the node out (no active health check on /readyz) — or stop early: the time from the stop to
// the end of the last such failure is the fail-over time. Without backend names every failure counts.
void loadBalancedTargets(const ReportModel& m, const FaultWindow& w, QList<PendingFinding>* out)
{
    const QString node = m.targetNode;
    for (const ReportTargetImpact& impact : m.impact) {
        if (!ReportImpactFigures::isWayIn(impact.kind))
            continue;
        const RecordedSeries* series = seriesOf(m, impact.target);
        if (!series || series->samples.isEmpty())
            continue;
        bool haveBackends = false;
        int inWindow = 0;
        int failed = 0;
        int viaNode = 0;
        std::optional<double> firstBad;
        std::optional<double> lastBadEnd;
        for (const RecordedSample& s : series->samples) {
            haveBackends |= s.backend != 0;
            if (s.monoMs < w.from || s.monoMs >= w.to || s.outcome == ProbeSample::Outcome::Skipped)
                continue;
            ++inWindow;
            if (!s.isFailure())
                continue;
            ++failed;
            const QString backend = series->text(s.backend);
            if (!backend.isEmpty() && backend != node)
                continue;
            ++viaNode;
            if (!firstBad)
                firstBad = s.monoMs;
            lastBadEnd = s.monoMs + double(s.totalMs);
        }
        if (inWindow == 0)
            continue;
        const LocalizedText via =
            haveBackends ? tx(QT_TRANSLATE_NOOP("ReportFindings", "through backend %1")).arg(node)
                         : tx(QT_TRANSLATE_NOOP("ReportFindings", "(no backend recorded)"));
        if (!lastBadEnd) {
            out->append(finding(
                Severity::Info,
                tx(QT_TRANSLATE_NOOP(
                       "ReportFindings",
                       "%1 was not hurt by the stop of %2: no probe through it failed while %2 was "
                       "down"))
                    .arg(impact.target, node),
                tx(QT_TRANSLATE_NOOP("ReportFindings", "%1 probes of %2 during the %3 stop, %4 failed %5"))
                    .arg(inWindow)
                    .arg(impact.target, dur(w.length()))
                    .arg(failed)
                    .arg(via)));
            continue;
        }
        // Failures to the end (within 5% of the stop, at least 2 s): the balancer never took the node out.
        const double margin = std::max(2000.0, 0.05 * w.length());
        Bilingual evidence =
            tx(QT_TRANSLATE_NOOP(
                   "ReportFindings",
                   "%1 of %2 probes of %3 failed %4 between %5 and %6 after the stop command; %7 "
                   "outage windows, longest %8"))
                .arg(viaNode)
                .arg(inWindow)
                .arg(impact.target, via, dur(*firstBad - w.from), dur(*lastBadEnd - w.from))
                .arg(impact.windows)
                .arg(dur(impact.longestOutageMs));
        evidence +=
            w.restored
                ? tx(QT_TRANSLATE_NOOP("ReportFindings",
                                       "; the start command came %1 after the stop command"))
                      .arg(dur(w.length()))
                : tx(QT_TRANSLATE_NOOP("ReportFindings", "; the journal ends %1 after the stop command"))
                      .arg(dur(w.length()));
        if (*lastBadEnd >= w.to - margin) {
            out->append(finding(
                Severity::Problem,
                tx(QT_TRANSLATE_NOOP("ReportFindings",
                                     "%1 kept sending new connections to %2's unready apiserver for %3: its "
                                     "load balancer has no "
                                     "active health check on /readyz (or ignores it)"))
                    .arg(impact.target, node, dur(*lastBadEnd - *firstBad)),
                evidence));
            continue;
        }
        // Did any probe still reach the node after that (and succeed)? Then it is "fewer failures", not a
        // fail-over.
        int viaNodeAfter = 0;
        for (const RecordedSample& s : series->samples) {
            if (s.monoMs > *lastBadEnd && s.monoMs < w.to && haveBackends && series->text(s.backend) == node)
                ++viaNodeAfter;
        }
        const double failover = *lastBadEnd - w.from;
        Bilingual title =
            viaNodeAfter == 0 && haveBackends
                ? tx(QT_TRANSLATE_NOOP("ReportFindings",
                                       "%1 failed over in %2: no request reached %3's apiserver after that"))
                      .arg(impact.target, dur(failover), node)
                : tx(QT_TRANSLATE_NOOP("ReportFindings", "%1 stopped failing %2 after the stop of %3"))
                      .arg(impact.target, dur(failover), node);
        Severity severity = Severity::Info;
        if (impact.maxOutageMs) {
            const bool within = impact.longestOutageMs <= *impact.maxOutageMs;
            title +=
                within
                    ? tx(QT_TRANSLATE_NOOP("ReportFindings",
                                           "; its longest outage stayed within max-outage %1"))
                          .arg(dur(*impact.maxOutageMs))
                    : tx(QT_TRANSLATE_NOOP("ReportFindings", "; its longest outage exceeded max-outage %1"))
                          .arg(dur(*impact.maxOutageMs));
            if (!within)
                severity = Severity::Problem;
        }
        // The verdict's error-rate line of this way in, when the config set one (max-error-rate).
        const QString errorRateName =
            DrillText::make(HypothesisLine::kErrorRateName, impact.target).english();
        for (const ReportHypothesisLine& line : m.hypothesis) {
            if (line.name != errorRateName)
                continue;
            title += line.passed
                         ? tx(QT_TRANSLATE_NOOP("ReportFindings", "; its error rate while %1 was down, "
                                                                  "%2, stayed within max-error-rate"))
                               .arg(node, line.measured.section(u' ', 0, 1))
                         : tx(QT_TRANSLATE_NOOP("ReportFindings", "; but its error rate while %1 was "
                                                                  "down, %2, exceeded max-error-rate"))
                               .arg(node, line.measured.section(u' ', 0, 1));
            if (!line.passed)
                severity = Severity::Problem;
        }
        out->append(finding(
            severity, title,
            evidence + tx(QT_TRANSLATE_NOOP("ReportFindings", "; no failure in the remaining %1 of the stop"))
                           .arg(dur(w.to - *lastBadEnd))));
    }
}

// (b) The stopped node's own apiserver ("<node>-apiserver"): kubeadm points it at its local etcd only, so
// it is unready as long as that etcd is down. Compared: its longest outage overlapping the stop with the
// time the etcd was down (seen stopped -> seen answering, else the fault window).
void targetApiserver(const ReportModel& m, const FaultWindow& w, QList<PendingFinding>* out)
{
    const QString target = m.targetNode + QStringLiteral("-apiserver");
    bool probed = false;
    for (const ReportTargetImpact& impact : m.impact)
        probed |= impact.target == target && impact.samples > 0;
    if (!probed)
        return;
    const double etcdFrom = m.stoppedMonoMs.value_or(w.from);
    const double etcdTo = m.answeringMonoMs.value_or(w.to);
    const double etcdDown = etcdTo - etcdFrom;
    if (etcdDown <= 0)
        return;
    const ReportOutage* longest = nullptr;
    for (const ReportOutage& o : m.outages) {
        if (o.target != target || o.endMonoMs < w.from || o.startMonoMs > etcdTo)
            continue;
        if (!longest || o.endMonoMs - o.startMonoMs > longest->endMonoMs - longest->startMonoMs)
            longest = &o;
    }
    if (!longest) {
        out->append(finding(
            Severity::Info,
            tx(QT_TRANSLATE_NOOP(
                   "ReportFindings",
                   "%1's apiserver kept answering while its etcd was down: it reaches the other "
                   "members"))
                .arg(m.targetNode),
            tx(QT_TRANSLATE_NOOP("ReportFindings", "no outage of %1 during the %2 %3's etcd was down"))
                .arg(target, dur(etcdDown), m.targetNode)));
        return;
    }
    const double down = longest->endMonoMs - longest->startMonoMs;
    const LocalizedText evidence =
        tx(QT_TRANSLATE_NOOP("ReportFindings", "%1: outage of %2 (%3 failed probes, first %4) from %5 to %6 "
                                               "after the stop command; %7's etcd "
                                               "was down %8 (from %9 to %10)"))
            .arg(target, dur(down))
            .arg(longest->failedSamples)
            .arg(longest->firstOutcome, dur(longest->startMonoMs - w.from), dur(longest->endMonoMs - w.from),
                 m.targetNode, dur(etcdDown), dur(etcdFrom - w.from), dur(etcdTo - w.from));
    if (down >= 0.8 * etcdDown) {
        out->append(
            finding(Severity::Warning,
                    tx(QT_TRANSLATE_NOOP(
                           "ReportFindings",
                           "%1's apiserver was down as long as its etcd: it only talks to its local etcd, so "
                           "clients routed to it fail while that member is down"))
                        .arg(m.targetNode),
                    evidence));
    } else {
        out->append(finding(
            Severity::Info,
            tx(QT_TRANSLATE_NOOP("ReportFindings", "%1's apiserver was down %2 of the %3 its etcd was down"))
                .arg(m.targetNode, dur(down), dur(etcdDown)),
            evidence));
    }
}

// (c) The election: measured when the leader was stopped; otherwise the leader and term before and during
// the stop show that none was needed.
void election(const ReportModel& m, QList<PendingFinding>* out)
{
    const ReportSnapshot* before = nullptr;
    const ReportSnapshot* during = nullptr;
    for (const ReportSnapshot& s : m.snapshots) {
        if (s.label == QLatin1String("before-stop") || (!before && s.label == QLatin1String("preflight")))
            before = &s;
        if (s.label == QLatin1String("target-down"))
            during = &s;
    }
    const auto term = [](const ReportSnapshot* s) {
        qint64 t = -1;
        if (s) {
            for (const ReportMember& member : s->members)
                t = std::max(t, member.raftTerm);
        }
        return t;
    };
    if (m.electionMs) {
        const bool within = !m.maxElectionMs || *m.electionMs <= *m.maxElectionMs;
        out->append(finding(
            within ? Severity::Info : Severity::Problem,
            m.maxElectionMs
                ? tx(QT_TRANSLATE_NOOP("ReportFindings",
                                       "The survivors elected a new leader in %1 (max-election %2)"))
                      .arg(dur(*m.electionMs), dur(*m.maxElectionMs))
                : tx(QT_TRANSLATE_NOOP("ReportFindings", "The survivors elected a new leader in %1"))
                      .arg(dur(*m.electionMs)),
            tx(QT_TRANSLATE_NOOP("ReportFindings",
                                 "leader before: %1 (term %2); during the stop: %3 (term %4); measured from "
                                 "the stop command to "
                                 "the first snapshot with a new leader"))
                .arg(before ? before->leader : tx(QT_TRANSLATE_NOOP("ReportFindings", "unknown")))
                .arg(term(before))
                .arg(during ? during->leader : tx(QT_TRANSLATE_NOOP("ReportFindings", "unknown")))
                .arg(term(during))));
        return;
    }
    if (!m.stoppedMonoMs)
        return;
    if (m.targetWasLeader) {
        out->append(finding(
            Severity::Problem,
            tx(QT_TRANSLATE_NOOP("ReportFindings",
                                 "%1 was the leader, but no new leader was seen while it was down"))
                .arg(m.targetNode),
            tx(QT_TRANSLATE_NOOP("ReportFindings",
                                 "no election line in the journal; leader during the stop: %1"))
                .arg(during && !during->leader.isEmpty() ? during->leader
                                                         : tx(QT_TRANSLATE_NOOP("ReportFindings", "none")))));
        return;
    }
    if (before && during && !before->leader.isEmpty() && before->leader == during->leader) {
        out->append(finding(
            Severity::Info,
            tx(QT_TRANSLATE_NOOP("ReportFindings", "No election: %1 was a follower and %2 stayed the leader"))
                .arg(m.targetNode, before->leader),
            tx(QT_TRANSLATE_NOOP("ReportFindings",
                                 "leader %1 in term %2 before the stop and in term %3 with %4 down"))
                .arg(before->leader)
                .arg(term(before))
                .arg(term(during))
                .arg(m.targetNode)));
    }
}

// (d) The write checks through the survivors while the target was down.
void writes(const ReportModel& m, QList<PendingFinding>* out)
{
    const int total = m.writeChecksPassed + m.writeChecksFailed;
    if (total == 0)
        return;
    if (m.writeChecksFailed == 0) {
        out->append(finding(
            Severity::Info,
            tx(QT_TRANSLATE_NOOP("ReportFindings",
                                 "Every write through the survivors succeeded while %1 was down"))
                .arg(m.targetNode),
            tx(QT_TRANSLATE_NOOP("ReportFindings", "%1 write checks (put, read back, delete), 0 failed"))
                .arg(total)));
        return;
    }
    QList<Bilingual> first;
    for (const ReportTimelineRow& row : m.timeline) {
        if (row.kind != QLatin1String("write") || first.size() >= 3)
            continue;
        const Bilingual at = Bilingual(QStringLiteral("+"), QStringLiteral("+")) +
                             Bilingual(dur(m.relativeMs(row.monoMs))) +
                             Bilingual(QStringLiteral(" "), QStringLiteral(" "));
        first.append(at + Bilingual(row.englishText.isEmpty() ? row.text : row.englishText, row.text));
    }
    const bool allowed = m.maxWriteFailures && m.writeChecksFailed <= *m.maxWriteFailures;
    out->append(finding(
        allowed ? Severity::Warning : Severity::Problem,
        tx(QT_TRANSLATE_NOOP("ReportFindings",
                             "%1 of %2 writes through the survivors failed while %3 was down"))
            .arg(m.writeChecksFailed)
            .arg(total)
            .arg(m.targetNode),
        (m.maxWriteFailures
             ? tx(QT_TRANSLATE_NOOP("ReportFindings", "the hypothesis allows %1; ")).arg(*m.maxWriteFailures)
             : Bilingual()) +
            Bilingual::join(first, QStringLiteral("; "))));
}

// (e) Recovery and catch-up against the hypothesis.
void recovery(const ReportModel& m, QList<PendingFinding>* out)
{
    if (!m.restoreMonoMs || m.dryRun)
        return;
    QList<Bilingual> evidence;
    if (m.answeredMs)
        evidence.append(tx(QT_TRANSLATE_NOOP("ReportFindings", "etcd answered %1 after the start command"))
                            .arg(dur(*m.answeredMs)));
    if (m.catchUpMs)
        evidence.append(tx(QT_TRANSLATE_NOOP("ReportFindings", "caught up (index lag within %1) %2 later"))
                            .arg(m.maxIndexLag)
                            .arg(dur(*m.catchUpMs)));
    if (!m.recoveryMs) {
        out->append(finding(
            Severity::Problem,
            tx(QT_TRANSLATE_NOOP("ReportFindings",
                                 "%1 was not seen to recover (same member back and caught up)"))
                .arg(m.targetNode),
            evidence.isEmpty()
                ? tx(QT_TRANSLATE_NOOP("ReportFindings",
                                       "no target-answering and no recovered line after the start command"))
                : Bilingual::join(evidence, QStringLiteral("; "))));
        return;
    }
    evidence.append(tx(QT_TRANSLATE_NOOP("ReportFindings", "recovered %1 after the start command"))
                        .arg(dur(*m.recoveryMs)));
    if (m.maxRecoveryMs)
        evidence.append(
            tx(QT_TRANSLATE_NOOP("ReportFindings", "max-recovery %1")).arg(dur(*m.maxRecoveryMs)));
    const bool within = !m.maxRecoveryMs || *m.recoveryMs <= *m.maxRecoveryMs;
    out->append(finding(
        within ? Severity::Info : Severity::Problem,
        within ? tx(QT_TRANSLATE_NOOP("ReportFindings",
                                      "%1 rejoined and caught up in %2, within the hypothesis"))
                     .arg(m.targetNode, dur(*m.recoveryMs))
               : tx(QT_TRANSLATE_NOOP("ReportFindings",
                                      "%1 took %2 to rejoin and catch up, longer than the hypothesis allows"))
                     .arg(m.targetNode, dur(*m.recoveryMs)),
        Bilingual::join(evidence, QStringLiteral("; "))));
}

// (f) A drill that did not run to its verdict: why, and what to do now.
void interrupted(const ReportModel& m, QList<PendingFinding>* out)
{
    const LocalizedText node = m.targetNode.isEmpty() ? tx(QT_TRANSLATE_NOOP("ReportFindings", "the target"))
                                                      : LocalizedText(m.targetNode);
    const QString recoverCommand =
        QStringLiteral("etcd-drill-cli recover -c %1")
            .arg(m.configFile.isEmpty() ? QStringLiteral("<config>") : m.configFile);
    if (m.faultStillApplied) {
        out->append(finding(
            Severity::Problem,
            tx(QT_TRANSLATE_NOOP(
                   "ReportFindings",
                   "%1's etcd may still be stopped: the journal records the stop but no restore. "
                   "Run `%2` (or the "
                   "plan's restore instructions) now"))
                .arg(node, recoverCommand),
            tx(QT_TRANSLATE_NOOP("ReportFindings",
                                 "fault applied at +%1; no fault-restored line; the journal ends at +%2"))
                .arg(dur(m.relativeMs(m.faultMonoMs.value_or(m.startMonoMs))),
                     dur(m.relativeMs(m.endMonoMs)))));
    }
    if (!m.complete && m.outcome == QLatin1String("incomplete")) {
        out->append(
            finding(Severity::Problem,
                    tx(QT_TRANSLATE_NOOP(
                        "ReportFindings",
                        "The drill did not finish: the figures cover only what the journal recorded and "
                        "there is no verdict")),
                    Bilingual(m.incompleteReasonsInEnglish().join(QStringLiteral("; ")),
                              m.incompleteReasons.join(QStringLiteral("; ")))));
    }
    if (m.rolledBack) {
        LocalizedText advice;
        if (m.rollbackKind == QLatin1String("outage"))
            advice = tx(QT_TRANSLATE_NOOP(
                "ReportFindings",
                "check how the failing way in routes around a stopped member before the next drill"));
        else if (m.rollbackKind == QLatin1String("quorum-lost"))
            advice = tx(QT_TRANSLATE_NOOP(
                "ReportFindings",
                "check the other members' health: stopping one member should not lose quorum"));
        else if (m.rollbackKind == QLatin1String("write-failures"))
            advice = tx(QT_TRANSLATE_NOOP(
                "ReportFindings",
                "check why the survivors refused writes (leader, quorum, disk) before the next drill"));
        else if (m.rollbackKind == QLatin1String("abort"))
            advice = tx(
                QT_TRANSLATE_NOOP("ReportFindings", "the operator aborted: run the drill again when ready"));
        else
            advice = tx(QT_TRANSLATE_NOOP(
                "ReportFindings", "check the commands' output in the timeline, then run the drill again"));
        out->append(finding(
            Severity::Problem,
            withModelText(
                [&](const QString& reason) {
                    return tx(QT_TRANSLATE_NOOP(
                                  "ReportFindings",
                                  "The drill was rolled back (%1): %2; the hypothesis was not judged — %3"))
                        .arg(m.rollbackKind, reason, advice);
                },
                m.rollbackReason, m.translatedRollbackReason),
            tx(QT_TRANSLATE_NOOP("ReportFindings", "rollback at +%1; %2 restored: %3"))
                .arg(dur(m.relativeMs(m.restoreMonoMs.value_or(m.endMonoMs))), node,
                     m.faultStillApplied ? tx(QT_TRANSLATE_NOOP("ReportFindings", "no"))
                                         : tx(QT_TRANSLATE_NOOP("ReportFindings", "yes")))));
    } else if (m.outcome == QLatin1String("aborted")) {
        out->append(finding(
            Severity::Warning,
            withModelText(
                [](const QString& reason) {
                    return tx(QT_TRANSLATE_NOOP("ReportFindings", "The drill was aborted: %1")).arg(reason);
                },
                m.reason, m.translatedReason),
            m.faultMonoMs ? tx(QT_TRANSLATE_NOOP("ReportFindings", "the fault was applied at +%1"))
                                .arg(dur(m.relativeMs(*m.faultMonoMs)))
                          : tx(QT_TRANSLATE_NOOP("ReportFindings", "nothing was changed on %1")).arg(node)));
    } else if (m.outcome == QLatin1String("restore-failed")) {
        out->append(finding(
            Severity::Problem,
            tx(QT_TRANSLATE_NOOP("ReportFindings",
                                 "Restoring %1 failed: run `%2` or follow the plan's restore instructions"))
                .arg(node, recoverCommand),
            Bilingual(m.reason, m.translatedReason)));
    } else if (m.outcome == QLatin1String("preflight-failed")) {
        out->append(finding(
            Severity::Warning,
            tx(QT_TRANSLATE_NOOP("ReportFindings", "The drill did not start: a preflight check failed")),
            m.reason.isEmpty() ? Bilingual(m.headline, m.translatedHeadline)
                               : Bilingual(m.reason, m.translatedReason)));
    }
}

} // namespace

// (f) A way in's availability over the whole drill against its min-availability: the verdict's line, told
// as a finding so that the findings agree with the verdict.
void availability(const ReportModel& m, QList<PendingFinding>* out)
{
    for (const ReportTargetImpact& impact : m.impact) {
        const QString name = DrillText::make(HypothesisLine::kAvailabilityName, impact.target).english();
        for (const ReportHypothesisLine& line : m.hypothesis) {
            if (line.name != name || line.informational)
                continue;
            const QString measured = line.measured.section(u' ', 0, 1); // "99.20 %"
            const QString expected = line.expected.section(u' ', -2, -1);
            out->append(finding(
                line.passed ? Severity::Info : Severity::Problem,
                line.passed
                    ? tx(QT_TRANSLATE_NOOP("ReportFindings",
                                           "%1 answered %2 of its calls over the drill, within its "
                                           "min-availability %3"))
                          .arg(impact.target, measured, expected)
                    : tx(QT_TRANSLATE_NOOP("ReportFindings",
                                           "%1 answered only %2 of its calls over the drill, below its "
                                           "min-availability %3"))
                          .arg(impact.target, measured, expected),
                Bilingual(line.measured, line.translatedMeasured)));
        }
    }
}

// (h) The client workload: acknowledged writes, foreign changes, the watch, the members' hashes, the cleanup.
void dataSafety(const ReportModel& m, QList<PendingFinding>* out)
{
    if (!m.dataSafety)
        return;
    const DataSafetyRecord& record = *m.dataSafety;
    const DataSafetyResult& r = record.result;
    if (!record.verified || !r.readDone) {
        out->append(
            finding(Severity::Warning,
                    tx(QT_TRANSLATE_NOOP("ReportFindings", "The workload's writes were not checked")),
                    !record.verified
                        ? tx(QT_TRANSLATE_NOOP("ReportFindings", "%1 was not back when the drill ended; %2 "
                                                                 "acknowledged puts were deleted unchecked"))
                              .arg(m.targetNode)
                              .arg(r.acknowledged)
                        : tx(QT_TRANSLATE_NOOP("ReportFindings", "the keys could not be read: %1"))
                              .arg(r.readError)));
    } else {
        const bool lost = r.lost > record.lostWritesAllowed || !r.membersNotRead.isEmpty();
        if (lost)
            out->append(
                finding(Severity::Problem,
                        tx(QT_TRANSLATE_NOOP("ReportFindings", "%1 of %2 acknowledged writes were lost"))
                            .arg(r.lost)
                            .arg(r.acknowledged),
                        Bilingual(DataSafetyLines::example(r, {QStringLiteral("missing"),
                                                               QStringLiteral("other-value"),
                                                               QStringLiteral("other-revision")})) +
                            (r.membersNotRead.isEmpty()
                                 ? Bilingual()
                                 : tx(QT_TRANSLATE_NOOP("ReportFindings", "; not read from %1"))
                                       .arg(r.membersNotRead.join(QStringLiteral("; "))))));
        if (r.foreign > 0)
            out->append(finding(
                Severity::Problem,
                tx(QT_TRANSLATE_NOOP("ReportFindings",
                                     "%1 workload key(s) were changed by someone else during the drill"))
                    .arg(r.foreign),
                Bilingual(DataSafetyLines::example(
                    r, {QStringLiteral("unwritten-key"), QStringLiteral("overwritten"),
                        QStringLiteral("deleted"), QStringLiteral("failed-but-applied"),
                        QStringLiteral("unexplained-put")}))));
        if (r.orderViolations > 0)
            out->append(finding(Severity::Problem,
                                tx(QT_TRANSLATE_NOOP("ReportFindings",
                                                     "%1 acknowledged write(s) got a revision out of order"))
                                    .arg(r.orderViolations),
                                Bilingual(DataSafetyLines::example(r, {QStringLiteral("revision-order")}))));
        if (!r.watchComplete())
            out->append(finding(
                Severity::Problem,
                tx(QT_TRANSLATE_NOOP("ReportFindings",
                                     "The watch did not see every acknowledged write once and in order")),
                tx(QT_TRANSLATE_NOOP("ReportFindings", "%1 missing, %2 twice, %3 out of order; opened %4"))
                    .arg(r.watchMissing)
                    .arg(r.watchDuplicated)
                    .arg(r.watchOutOfOrder)
                    .arg(r.watchOpens.join(QStringLiteral(", ")))));
        if (!r.hashesAgree)
            out->append(finding(
                record.hashesRequired ? Severity::Problem : Severity::Warning,
                tx(QT_TRANSLATE_NOOP("ReportFindings", "The members' HashKV were not equal at revision %1"))
                    .arg(r.hashRevision),
                tx(QT_TRANSLATE_NOOP("ReportFindings", "%1 attempt(s); see the Data safety section"))
                    .arg(r.hashAttempts)));
        if (!lost && r.foreign == 0 && r.orderViolations == 0 && r.watchComplete() && r.hashesAgree)
            out->append(finding(
                Severity::Info,
                tx(QT_TRANSLATE_NOOP("ReportFindings",
                                     "No acknowledged write was lost and every member holds the same data")),
                tx(QT_TRANSLATE_NOOP("ReportFindings",
                                     "%1 acknowledged puts read back from %2; the watch saw each "
                                     "once over %3 open(s); HashKV equal at revision %4"))
                    .arg(r.acknowledged)
                    .arg(r.membersRead.join(QStringLiteral(", ")))
                    .arg(r.watchOpens.size())
                    .arg(r.hashRevision)));
    }
    if (!r.cleanedUp)
        out->append(
            finding(Severity::Warning,
                    tx(QT_TRANSLATE_NOOP("ReportFindings", "The workload's keys were not all deleted")),
                    tx(QT_TRANSLATE_NOOP("ReportFindings", "%1; delete them with: %2"))
                        .arg(r.cleanupError, r.cleanupCommand)));
}

QList<ReportFinding> ReportFindings::derive(const ReportModel& m, const TextTranslator& translator)
{
    QList<PendingFinding> pending;
    QList<PendingFinding>* out = &pending;
    interrupted(m, out);
    if (const std::optional<FaultWindow> w = faultWindow(m)) {
        loadBalancedTargets(m, *w, out);
        targetApiserver(m, *w, out);
    }
    election(m, out);
    writes(m, out);
    recovery(m, out);
    dataSafety(m, out);
    availability(m, out);
    QList<ReportFinding> findings;
    for (const PendingFinding& p : pending) {
        ReportFinding f;
        f.severity = p.severity;
        f.title = p.title.translated(translator);
        f.evidence = p.evidence.translated(translator);
        f.englishTitle = p.title.english;
        f.englishEvidence = p.evidence.english;
        findings.append(f);
    }
    // Problems first, then warnings, then the rest, each in rule order.
    std::stable_sort(findings.begin(), findings.end(), [](const ReportFinding& a, const ReportFinding& b) {
        return int(a.severity) > int(b.severity);
    });
    return findings;
}

} // namespace etcddrill
