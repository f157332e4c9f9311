// journal "plan": the commands the fault will run on the target. Written once by DrillPreflight right after
// target-resolved, when the fault and its transport could be set up (otherwise a failed check "fault
// configuration"), before the fault's own checks run.
#pragma once

#include "JournalKind.h"
#include "PlannedCommand.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace etcddrill {

struct PlanRecord
{
    static constexpr JournalKind kKind = JournalKind::Plan;

    QString node;
    QString fault;    // FaultAction::kindName: "static-pod", "systemd", "command"
    QString location; // CommandTransport::location: "locally", "on <user@host>"
    // As RecordedCommand writes them: purpose and display redacted, a script that reveals a secret withheld.
    QList<PlannedCommand> preflight;
    QList<PlannedCommand> stop;
    QList<PlannedCommand> start;
    LocalizedText restoreInstructions; // what to do by hand; redacted by toJson

    QJsonObject toJson() const;
    static PlanRecord fromJson(const QJsonObject& json);
};

} // namespace etcddrill
