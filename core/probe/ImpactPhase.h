// Where the drill stands when a probe sample was taken; ImpactTracker splits its figures by it. Set by the
// drill engine through ImpactTracker::setPhase().
#pragma once

#include <QString>

namespace etcddrill {

enum class ImpactPhase : quint8 { Before, DuringFault, AfterRestore };

inline constexpr int impactPhaseCount = 3;

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
    }
    return QStringLiteral("before");
}

} // namespace etcddrill
