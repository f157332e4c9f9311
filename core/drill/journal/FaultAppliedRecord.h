// journal "fault-applied": written (and fsynced) BEFORE the stop command runs, since it may take effect even
// when the command fails. From here until fault-restored or fault-not-applied the target may be stopped;
// DrillRecovery restores a journal whose last of the three is this one, with the recorded start commands.
#pragma once

#include "JournalKind.h"
#include "PlannedCommand.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace etcddrill {

struct FaultAppliedRecord
{
    static constexpr JournalKind kKind = JournalKind::FaultApplied;

    QString node;
    QString memberId;            // hex, as ClusterSnapshotJson::memberIdText
    QString endpoint;            // the target's etcd client URL
    QList<PlannedCommand> start; // the commands that undo the fault (scripts withheld when secret)
    bool startComplete = true;   // read back: every start command has its script

    QJsonObject toJson() const;
    static FaultAppliedRecord fromJson(const QJsonObject& json);
};

} // namespace etcddrill
