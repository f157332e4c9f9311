// A planned command as a journal keeps it (plan, fault-applied): purpose and display redacted, the script
// only when it reveals no secret — DrillRecovery replays a recorded script when the console died, and falls
// back to the config's commands when it was withheld. The one JSON form of PlannedCommand in a journal. Any
// thread.
#pragma once

#include "PlannedCommand.h"

#include <QJsonArray>
#include <QList>

namespace etcddrill {

class RecordedCommand
{
public:
    static QJsonArray toJson(const QList<PlannedCommand>& commands);
    // `complete` (optional): false when any script was withheld or the list is empty.
    static QList<PlannedCommand> fromJson(const QJsonArray& json, bool* complete = nullptr);
};

} // namespace etcddrill
