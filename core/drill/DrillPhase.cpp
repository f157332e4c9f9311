#include "DrillPhase.h"

namespace etcddrill {

QString drillPhaseName(DrillPhase phase)
{
    switch (phase) {
    case DrillPhase::Idle:
        return QStringLiteral("idle");
    case DrillPhase::Preflight:
        return QStringLiteral("preflight");
    case DrillPhase::StopGate:
    case DrillPhase::StartGate:
        return QStringLiteral("waiting for the operator");
    case DrillPhase::Stopping:
    case DrillPhase::WaitStopped:
        return QStringLiteral("stopping");
    case DrillPhase::Survivors:
        return QStringLiteral("election");
    case DrillPhase::Observing:
        return QStringLiteral("observation");
    case DrillPhase::Starting:
    case DrillPhase::WaitAnswering:
        return QStringLiteral("starting");
    case DrillPhase::Recovering:
        return QStringLiteral("recovery");
    case DrillPhase::Settling:
        return QStringLiteral("settle");
    case DrillPhase::RollingBack:
    case DrillPhase::RollbackVerify:
        return QStringLiteral("rollback");
    case DrillPhase::CheckingData:
        return QStringLiteral("data checks");
    case DrillPhase::Finished:
        break;
    }
    return QStringLiteral("finished");
}

} // namespace etcddrill
