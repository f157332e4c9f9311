// journal "command-started": a command of the drill began (or, in a dry run, is shown and not run). Written
// by CommandSequencer for every fault command and by DrillRecovery for each start command it replays; its
// command-finished follows. The JSON is DrillCommand::toJson's (purpose, display, command_line redacted by
// whoever made the DrillCommand).
#pragma once

#include "DrillCommand.h"
#include "JournalKind.h"

#include <QJsonObject>

namespace etcddrill {

struct CommandStartedRecord
{
    static constexpr JournalKind kKind = JournalKind::CommandStarted;

    DrillCommand command;

    QJsonObject toJson() const;
    static CommandStartedRecord fromJson(const QJsonObject& json);
};

} // namespace etcddrill
