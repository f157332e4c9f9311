// Everything a drill report shows, rebuilt from a drill's journal.jsonl and samples.csv alone
// (ReportBuilder): the header facts, the verdict and hypothesis lines, the key figures, member tables at the
// drill's moments, the probe series with their outage windows and step markers, per-phase latency
// percentiles, the timeline and the findings derived from the data. The PDF/PNG renderer, the JSON/CSV export
// and the GUI's export all read this one value type, so every face shows the same figures.
//
// Times: *MonoMs are CLOCK_MONOTONIC ms (the journal's mono_ms clock, same as samples.csv); relative times
// in the report are (monoMs - startMonoMs). Texts recorded by the engine (check names, measured values,
// command output) are as recorded (already redacted by the engine); texts the builder makes (findings,
// headings of derived rows) are in the language of the translator the builder was given. What the JSON
// export writes is also kept in English (english*/translated* pairs below), whatever that language.
// A value type.
#pragma once

#include "ReportComparison.h"
#include "drill/journal/DataSafetyRecord.h"

#include "drill/DrillCheck.h"
#include "drill/RecordedSeries.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace etcddrill {

struct ReportMember
{
    QString node;     // "M1" (configured node name, or the member name when no node matched)
    QString memberId; // hex, "" when unknown
    QString role;     // "leader", "follower", "learner", "down", "unknown"
    bool healthy = false;
    qint64 raftTerm = -1; // -1: not known (member down)
    qint64 raftIndex = -1;
    qint64 indexLag = -1;
    qint64 revision = -1;
    qint64 dbSizeBytes = -1;
    double latencyMs = -1;
    QString version;
    QString error; // why it could not be read, "" when it could
};

struct ReportSnapshot
{
    QString label; // as journaled: "preflight", "before-stop", "target-down", "end-of-observation",
                   // "after-recovery", …; "cluster-event" for those of cluster-event lines
    double monoMs = 0;
    QDateTime time;
    QString health; // "healthy", "degraded", "quorum-lost"
    QString leader; // node name, "" when none
    QList<ReportMember> members;
};

struct ReportHypothesisLine
{
    QString name;
    QString expected;
    QString measured;
    bool passed = true;
    bool informational = false; // shown, but does not decide the verdict
    // name/expected/measured stay English (the JSON export, figures parsed from them); these are the same in
    // the builder's language, from the journal's "texts". Empty: show the English one.
    QString translatedName;
    QString translatedExpected;
    QString translatedMeasured;
};

struct ReportTargetImpact
{
    QString target; // "vip", "domain", "M1-apiserver", …
    QString kind;   // "vip", "domain", "apiserver", "other"
    qint64 samples = 0;
    qint64 failedSamples = 0;
    int windows = 0;
    double totalOutageMs = 0;
    double longestOutageMs = 0;
    std::optional<double> maxOutageMs; // the hypothesis' limit for this target, when one was configured
    // From the fault on (the phases during-fault and after-restore): the error rate while the target was
    // down.
    qint64 downSamples = 0;
    qint64 downFailed = 0;
    double degradedMs = 0; // its degraded periods together (one still open: to the report's end)
    int degradedPeriods = 0;
};

// A degraded period as the journal recorded it (degraded-opened, degraded-closed): the share of a target's
// failed probes stayed above the threshold (DegradedPeriodDetector).
struct ReportDegradedPeriod
{
    QString target;
    double startMonoMs = 0;
    double endMonoMs = 0; // for a period never closed: the report's end (ReportBuilder sets it)
    bool closed = false;
    qint64 probes = 0;
    qint64 failed = 0;
    QString kind; // "partial", "full"
    QStringList failedBackends;

    double share() const { return probes ? double(failed) / double(probes) : 0.0; }
};

struct ReportOutage
{
    QString target;
    double startMonoMs = 0;
    double endMonoMs = 0; // for an outage never closed: the last sample's time
    qint64 failedSamples = 0;
    QString phase;        // "before", "during-fault", "after-restore", … as journaled
    QString firstOutcome; // "connection-refused", "http-error", …
    QString firstDetail;
    bool closed = true; // false: the journal ends while it was open
};

struct ReportMarker
{
    double monoMs = 0;
    QString step;  // "stop-target", … (DrillStep::idName)
    QString label; // "2 Stop the target's etcd" — short, for a vertical line on a chart
};

struct ReportPhaseStats
{
    QString phase; // "before", "during-fault", "after-restore", "after-recovery" (the phases samples fall
                   // into; the names of the journal's outage lines, ImpactPhase)
    QString target;
    qint64 samples = 0;
    qint64 failed = 0;
    double longestOutageMs = 0; // of the outage windows that opened in the phase
    double degradedMs = 0;      // the target's degraded periods' time within the phase
    double p50Ms = 0;           // of the successful samples' total time; 0 when none succeeded
    double p90Ms = 0;
    double p99Ms = 0;
    double maxMs = 0;
};

struct ReportTimelineRow
{
    qint64 seq = 0;
    double monoMs = 0;
    QDateTime time;
    QString kind;   // "step", "check", "gate", "command", "cluster", "outage", "write", "stop-condition",
                    // "rollback", "verdict", "notice", "recover"
    QString text;   // one line
    QString detail; // more lines: a command's display text, exit code and redacted output; a check's detail
    bool failed = false; // a failed check or command, a refused gate: drawn as a failure
    // `text` in English, for the rows the findings quote (failed write checks), so that the findings' English
    // form (the JSON export) quotes them in English too; "" for the other rows.
    QString englishText{}; // {}: aggregate initialisers written before it stay complete
};

struct ReportFinding
{
    enum class Severity { Info, Warning, Problem };
    Severity severity = Severity::Info;
    QString title;    // one sentence: what was seen and what it means
    QString evidence; // the figures it rests on: times, counts, backends
    // title/evidence are in the language installed when ReportFindings ran (what the report shows); these
    // are the same in English (the JSON export, stable whatever the language). Empty: title/evidence are
    // the English ones (a finding made by hand).
    QString englishTitle{}; // {}: aggregate initialisers written before these stay complete
    QString englishEvidence{};
};

struct ReportModel
{
    QString journalFile;
    QString samplesFile;           // "" when there was none
    bool complete = false;         // the journal has a drill-finished line and was read without damage
    QStringList incompleteReasons; // why not: "the journal ends at 12:03:04 without drill-finished (…)"
    QStringList problems;          // damaged lines and rows, as the readers reported them
    // incompleteReasons and problems are in the language installed when the builder ran (what the report
    // shows); these are the same lists in English, item for item (the JSON export). A list whose size differs
    // from its displayed one (a model made by hand) is not used: the displayed one is taken as English.
    QStringList englishIncompleteReasons;
    QStringList englishProblems;

    // Header.
    QString cluster;
    QString operatorUser;
    QString host;
    QString toolVersion;
    QHash<QString, QString>
        probeUrls;       // probe target name → URL, from the drill-started line (newer journals)
    QString etcdVersion; // from the snapshots, "" when none
    QString configFile;
    QString targetSpec; // "M3", "leader", "follower"
    QString targetNode; // as resolved
    QString targetMemberId;
    QString fault;     // "static-pod", "systemd", "command"
    QString transport; // "local", "ssh"
    bool dryRun = false;
    QDateTime startedAt;  // UTC
    QDateTime finishedAt; // invalid when the journal has no drill-finished
    double startMonoMs = 0;
    double endMonoMs = 0; // the last line's (or sample's) time when not finished

    // Verdict first.
    QString outcome; // DrillSummary::outcomeName: "passed", "hypothesis-failed", "aborted", …; "incomplete"
    QString headline; // as journaled, or made by the builder for an incomplete journal
    QString reason;
    bool rolledBack = false;
    QString
        rollbackKind; // "quorum-lost", "outage", "write-failures", "abort", "stop-command", "stop-timeout"
    QString rollbackReason;
    // headline, reason and rollbackReason stay English (the JSON export is stable whatever the language);
    // these are what the report shows, in the language installed when the builder ran (from the journal's
    // "texts"). Empty: show the English field.
    QString translatedHeadline;
    QString translatedReason;
    QString translatedRollbackReason;
    std::optional<bool> verdictPassed; // no value: the drill never reached its verdict
    QList<ReportHypothesisLine> hypothesis;

    // Key figures.
    QList<ReportTargetImpact> impact;
    std::optional<double> electionMs;   // leader election, when the leader changed
    std::optional<double> detectStopMs; // stop command -> the target's etcd stopped answering
    std::optional<double> answeredMs;   // start command -> it answered again
    std::optional<double> recoveryMs;   // start command -> same member back and caught up
    std::optional<double> catchUpMs;    // it answered -> its index lag within drill.max-index-lag
    int writeChecksPassed = 0;
    int writeChecksFailed = 0;
    // Every check line in journal order (preflight, survivors, recovery…), English fields as recorded: what
    // the JUnit export lists.
    QList<DrillCheck> checks;

    // The drill's moments (monoMs), for the findings and the charts; no value when the journal has no such
    // line. faultMonoMs: fault-applied (the stop command was issued); stoppedMonoMs: the target's etcd seen
    // not answering; restoreMonoMs: the start command was issued (the "after-restore" phase begins);
    // answeringMonoMs: its etcd answered again; recoveredMonoMs: same member back and caught up.
    std::optional<double> faultMonoMs;
    std::optional<double> stoppedMonoMs;
    std::optional<double> restoreMonoMs;
    std::optional<double> answeringMonoMs;
    std::optional<double> recoveredMonoMs;
    bool targetWasLeader = false;
    bool faultStillApplied = false; // the journal ends with the fault applied and never restored
    // The hypothesis' limits as drill-started recorded them (no value: not recorded).
    std::optional<double> maxElectionMs;
    std::optional<double> maxRecoveryMs;
    std::optional<int> maxWriteFailures;
    qint64 maxIndexLag = -1; // drill.max-index-lag, -1 when not recorded

    // Topology at the drill's moments (before the stop, during, after recovery), in journal order.
    QList<ReportSnapshot> snapshots;

    // Charts.
    QList<RecordedSeries> series; // every probe target's samples (vip and domain first)
    QList<ReportOutage> outages;
    QList<ReportDegradedPeriod> degraded; // every target's, oldest first
    QList<ReportMarker> markers;
    QList<ReportPhaseStats> phaseStats;

    QList<ReportTimelineRow> timeline;
    QList<ReportFinding> findings;
    // The client workload's checks (the journal's data-safety line); unset: the workload was off, or the
    // journal is older than it.
    std::optional<DataSafetyRecord> dataSafety;

    // The previous drill of the same cluster and the key figures next to it; unset when none was found or
    // none was looked for (ReportBuilder reads only this drill's folder: the caller fills it).
    std::optional<ReportComparison> comparison;

    double relativeMs(double monoMs) const { return monoMs - startMonoMs; }
    // What the JSON export writes: the English lists, or the displayed ones when those were made by hand.
    QStringList incompleteReasonsInEnglish() const
    {
        return englishIncompleteReasons.size() == incompleteReasons.size() ? englishIncompleteReasons
                                                                           : incompleteReasons;
    }
    QStringList problemsInEnglish() const
    {
        return englishProblems.size() == problems.size() ? englishProblems : problems;
    }
};

} // namespace etcddrill
