// Where a drill is in its procedure: the states of DrillEngine's state machine, and the word a progress
// report carries for each (DrillProgress::phase: "preflight", "stopping", "observation", "settle", …; the
// gates are "waiting for the operator"). A value type; any thread.
#pragma once

#include <QString>

namespace etcddrill {

enum class DrillPhase {
    Idle,
    Preflight,
    StopGate,
    Stopping,    // stop commands running
    WaitStopped, // waiting for the target's endpoint to stop answering
    Survivors,   // waiting for a leader among the survivors
    Observing,   // the observation window
    StartGate,
    Starting,       // start commands running
    WaitAnswering,  // waiting for the target's endpoint to answer
    Recovering,     // waiting for the full recovery
    Settling,       // recovered; must stay so for drill.settle
    RollingBack,    // start commands running after an abort or a stop condition
    RollbackVerify, // waiting for the target to rejoin after a rollback
    CheckingData,   // the client workload's reads, watch and HashKV checked, its keys deleted
    Finished,
};

QString drillPhaseName(DrillPhase phase);

} // namespace etcddrill
