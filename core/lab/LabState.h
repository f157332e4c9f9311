// The supervisor's view of the whole lab, rewritten to <lab>/state.json (atomically) on every change: its own
// pid and every supervised process. A value type; `lab status` and the GUI read it, and check the pids
// against /proc because a killed supervisor cannot update it any more.
#pragma once

#include "LabProcessState.h"

#include <QDateTime>
#include <QList>
#include <optional>

namespace etcddrill {

struct LabState
{
    qint64 supervisorPid = 0;
    QDateTime updated;                // UTC
    QList<LabProcessState> processes; // the supervisor first, then per node in node order

    bool write(const QString& file, QString* error) const;
    static std::optional<LabState> read(const QString& file, QString* error);
};

} // namespace etcddrill
