// Where the drill stands when a probe sample was taken; ImpactTracker splits its figures by it. Set by the
// drill engine through ImpactTracker::setPhase():
//   Before         until the stop command;
//   DuringFault    the target is down: from the stop command to the start command;
//   AfterRestore   the recovery: from the start command until the target is back (rejoined, caught up, every
//                  probe target answering) — the name is the journal's since before there were four phases;
//   AfterRecovery  from then to the end of the drill: the settle, when everything must stay healthy. A
//                  recovery that does not hold during the settle goes back to AfterRestore.
#pragma once

#include <QString>

namespace etcddrill {

enum class ImpactPhase : quint8 { Before, DuringFault, AfterRestore, AfterRecovery };

inline constexpr int impactPhaseCount = 4;

// Stable names, used in JSON and the journal.
inline QString impactPhaseName(ImpactPhase phase)
{
    switch (phase) {
    case ImpactPhase::Before:
        return QStringLiteral("before");
    case ImpactPhase::DuringFault:
        return QStringLiteral("during-fault");
    case ImpactPhase::AfterRestore:
        return QStringLiteral("after-restore");
    case ImpactPhase::AfterRecovery:
        return QStringLiteral("after-recovery");
    }
    return QStringLiteral("before");
}

} // namespace etcddrill
