// What `lab status` reports about a lab directory: is there a lab at all, does its supervisor run, and every
// supervised process with pid, address and state (checked against /proc, not just read from state.json).
// A value type returned by Lab::status.
#pragma once

#include "LabLayout.h"
#include "LabProcessState.h"

#include <QList>
#include <QString>

namespace etcddrill {

struct LabStatus
{
    enum class Presence {
        NoLab,      // no lab.json in the directory: `lab up` never ran there
        NotRunning, // a lab was set up but its supervisor is not running
        Running,    // the supervisor runs (its members may not all be running)
    };

    Presence presence = Presence::NoLab;
    QString dir;
    LabLayout layout;                 // valid unless presence is NoLab
    QList<LabProcessState> processes; // the supervisor first, then per node
    QString message;                  // one line for humans

    bool allRunning() const
    {
        if (presence != Presence::Running || processes.isEmpty())
            return false;
        for (const LabProcessState& process : processes) {
            if (process.state != LabProcessState::State::Running)
                return false;
        }
        return true;
    }
};

} // namespace etcddrill
