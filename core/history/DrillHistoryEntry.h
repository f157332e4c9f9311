// One drill as the history lists it: where its folder is, whether its journal could be read (and if not,
// why), and the figures a team compares from one game day to the next — date, operator, target, fault,
// verdict, per way in (probe target) the longest outage and the error rate, the election, the recovery and
// the data-safety checks. Built from the drill's journal (DrillHistory), with the probe totals of its
// summary.json where it has one (takeFinalTotals); a value type.
#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <optional>

namespace etcddrill {

struct ReportModel;

struct DrillHistoryEntry
{
    struct Target
    {
        QString name; // "vip", "domain", "M1-apiserver"
        QString kind; // "vip", "domain", "apiserver", "other"
        qint64 samples = 0;
        qint64 failed = 0;
        double longestOutageMs = 0;
        int outages = 0;
        double degradedMs = 0;

        double errorRate() const { return samples > 0 ? double(failed) / double(samples) : 0.0; }
    };

    QString folder; // absolute path of the drill's folder
    bool readable = false;
    QString problem; // why it could not be read, or what is missing (cut off, no verdict); empty: whole
    bool complete = false;

    QString cluster;
    QDateTime startedAt; // UTC; for an unreadable folder: its modification time
    QString operatorUser;
    QString host;
    QString targetSpec; // "M3", "leader"
    QString targetNode; // as resolved
    QString fault;      // "static-pod", "systemd", "command"
    bool dryRun = false;
    bool faultApplied = false; // the stop command was issued: the drill measured an outage
    QString outcome;           // "passed", "hypothesis-failed", "aborted", …, "incomplete", "unreadable"
    QString headline;          // English, as journaled
    bool rolledBack = false;
    QString rollbackKind;

    QList<Target> targets;
    std::optional<double> electionMs;
    std::optional<double> recoveryMs;
    std::optional<double> catchUpMs;
    int writeChecksFailed = 0;
    // The client workload's checks, when it ran.
    bool dataSafetyRecorded = false;
    int acknowledgedWrites = 0;
    int lostWrites = 0;
    std::optional<bool> hashesAgree; // no value: not compared

    bool passed() const { return outcome == QLatin1String("passed"); }
    // A drill that measured something worth comparing: read whole (not cut off), not a dry run, the fault
    // applied. Only such drills are compared, on either side.
    bool comparable() const;
    const Target* target(const QString& name) const;
    // The first way in of a kind ("vip", "domain"), whatever the config named it.
    const Target* wayIn(const QString& kind) const;
    // "2026-12-06 22:04" (UTC), "?" when unknown: how the CLI, the console's table and its comparison say it.
    QString startedUtc() const;

    static DrillHistoryEntry fromModel(const ReportModel& model, const QString& folder);
    // The journal's per-second probe summaries miss the probes of the last partial second: the drill's
    // summary.json ("impact": samples and failed per target, what `run` printed at its end and the report
    // counts from samples.csv) replaces those totals where it has them.
    void takeFinalTotals(const QJsonArray& impact);
    static DrillHistoryEntry unreadable(const QString& folder, const QString& problem);
    QJsonObject toJson() const;
};

} // namespace etcddrill

Q_DECLARE_METATYPE(etcddrill::DrillHistoryEntry)
