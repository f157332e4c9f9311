// journal "recover-started": etcd-drill-cli recover (or the console's restore offer) began restoring this
// drill's target. Written (and fsynced) by DrillRecovery into the drill's own journal, after its last line;
// command-started/-finished pairs, fault-restored (by "recover") and recover-finished follow.
#pragma once

#include "JournalKind.h"
#include "OperatorIdentity.h"

#include <QJsonObject>
#include <QString>

namespace etcddrill {

struct RecoverStartedRecord
{
    static constexpr JournalKind kKind = JournalKind::RecoverStarted;
    static constexpr char kFromJournal[] = "journal"; // the start commands recorded in fault-applied
    static constexpr char kFromConfig[] =
        "config"; // the config's, when a script was withheld or none recorded

    QString node; // the target
    OperatorIdentity by;
    QString commandsFrom; // kFromJournal or kFromConfig

    QJsonObject toJson() const;
    static RecoverStartedRecord fromJson(const QJsonObject& json);
};

} // namespace etcddrill
