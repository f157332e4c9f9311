// journal "command-finished": a command of the drill ended — the DrillCommand as command-started had it,
// plus how it ended. Outputs and the error are redacted before they reach the journal.
#pragma once

#include "CommandResult.h"
#include "DrillCommand.h"
#include "JournalKind.h"

#include <QJsonObject>

namespace etcddrill {

struct CommandFinishedRecord
{
    static constexpr JournalKind kKind = JournalKind::CommandFinished;

    DrillCommand command;
    CommandResult result; // read back: exitCode, stdOut, stdErr, timedOut, refused, errorText, duration
    bool succeeded = false;
    bool neverRan = false;

    // `result` redacted here, whoever made it.
    static CommandFinishedRecord of(const DrillCommand& command, const CommandResult& result);
    QJsonObject toJson() const;
    static CommandFinishedRecord fromJson(const QJsonObject& json);
};

} // namespace etcddrill
