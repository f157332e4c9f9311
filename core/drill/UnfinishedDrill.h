// A drill whose journal says its fault was applied and never undone: the last of fault-applied,
// fault-not-applied and fault-restored is fault-applied. Found by DrillRecovery::findUnfinished(); a value
// type.
#pragma once

#include "OperatorIdentity.h"
#include "PlannedCommand.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace etcddrill {

struct UnfinishedDrill
{
    QString folder;      // the drill's journal folder
    QString journalFile; // folder/journal.jsonl
    qint64 lastSeq = 0;  // the journal goes on from here
    QString cluster;
    QString node;                  // the stopped node
    QString memberId;              // its member ID before the stop (hex, as in the journal)
    QDateTime startedAt;           // of the drill
    QDateTime appliedAt;           // when the stop command was started
    OperatorIdentity owner;        // the console that ran the drill
    bool finishedRecorded = false; // the drill wrote drill-finished (its restore failed) rather than crashing
    // The start commands the drill planned, as recorded; complete only when every script was recorded
    // (a script that would reveal a secret is not).
    QList<PlannedCommand> startCommands;
    bool startCommandsComplete = false;
    // The client workload's keys the drill may have left (drill-started had a workload and no data-safety
    // line says they were deleted): deleted once the target is restored. Empty: none.
    QByteArray workloadPrefix;
    bool faultHeld = true;  // false: only the workload's keys are left (DrillRecovery::findUnfinished)
    bool truncated = false; // the journal's last line was cut off
    QStringList problems;   // lines that could not be read
};

} // namespace etcddrill
