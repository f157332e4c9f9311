// The outcome of Lab::up or Lab::down: success, and a message for the operator (a summary on success; on
// failure what went wrong, which file or log to read and what to do). A value type.
#pragma once

#include <QString>

namespace etcddrill {

struct LabResult
{
    bool ok = false;
    QString message;
};

} // namespace etcddrill
