// The result of one drill: how it ended and why, the target, the key times, every check, the verdict and the
// client impact per probe target. A value type carried by DrillEngine::finished and written to summary.json
// (toJson()); the report is built from it and the journal.
#pragma once

#include "DrillCheck.h"
#include "DrillMeasurements.h"
#include "DrillVerdict.h"

#include "probe/ImpactSummary.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <chrono>
#include <optional>

namespace etcddrill {

struct DrillSummary
{
    enum class Outcome {
        Passed,           // the drill ran through and every hypothesis held
        HypothesisFailed, // the drill ran through; a hypothesis or the recovery failed
        Aborted,          // stopped by the operator or a stop condition; the target was restored if needed
        PreflightFailed,  // nothing was changed: a preflight check failed (or the journal could not be made)
        RestoreFailed,    // the target's etcd may still be stopped: see restoreInstructions
        DryRun,           // every command was shown, none that changes the cluster ran
    };

    QString cluster;
    QString configFile;
    QString journalFolder;
    QString targetSpec;              // as configured: "M3", "leader", "follower"
    QString targetNode;              // as resolved; empty if the preflight did not get that far
    quint64 targetMemberId = 0;      // before the stop
    quint64 targetMemberIdAfter = 0; // after the restore, 0 when not seen
    bool targetWasLeader = false;
    QDateTime startedAt; // UTC
    QDateTime finishedAt;
    bool dryRun = false;
    bool overridePreflight = false;   // the operator asked for it
    bool preflightOverridden = false; // and it was used: failed checks were gone past
    bool faultApplied = false;        // a stop command was started
    bool restored = false;            // the start commands succeeded (or the fault was never applied)

    Outcome outcome = Outcome::PreflightFailed;
    QString reason; // why it ended this way (abort reason, stop condition, failed check), empty on success
    LocalizedText reasonText; // `reason` for a face to translate (DrillText); may be empty
    QString stopCondition;    // the stop condition that rolled the drill back, empty if none

    // Measured times, from the stop/restore command.
    std::optional<std::chrono::milliseconds> stoppedAfter;  // stop command -> endpoint stopped answering
    std::optional<std::chrono::milliseconds> answeredAfter; // start command -> endpoint answered again
    DrillMeasurements measurements;
    std::optional<DrillVerdict> verdict; // only when the drill reached its verdict
    QList<DrillCheck> checks;
    QList<ImpactSummary> impact;
    LocalizedText restoreInstructions; // set when the target's etcd may be left stopped (DrillText)

    static QString outcomeName(Outcome outcome); // "passed", "hypothesis-failed", "aborted", …
    QString headline() const;           // "PASSED: M3 stopped and recovered in 8.2 s; every hypothesis held"
    LocalizedText headlineText() const; // the same for a face to translate; headline() is its English
    QString translatedReason() const { return reasonText.isEmpty() ? reason : reasonText.translated(); }
    QJsonObject toJson() const;
    // toJson(), indented, saved atomically to `file`; false with the reason in `*error`.
    bool writeFile(const QString& file, QString* error) const;
};

} // namespace etcddrill

Q_DECLARE_METATYPE(etcddrill::DrillSummary)
