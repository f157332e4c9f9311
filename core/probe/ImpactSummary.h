// How badly one probe target was hurt: outage windows, total impact, failure counts and latency per drill
// phase. A value type made by ImpactTracker::summary(), ready to print (describe()) or to store as JSON
// (toJson()).
#pragma once

#include "DegradedPeriod.h"
#include "OutageWindow.h"
#include "PhaseImpact.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <array>
#include <chrono>

namespace etcddrill {

struct ImpactSummary
{
    QString target;
    // Times in JSON are milliseconds after this point (when the tracker was created).
    std::chrono::steady_clock::time_point origin;
    quint64 samples = 0;
    quint64 failed = 0;
    quint64 skipped = 0;
    QList<OutageWindow> windows;              // oldest first; only the last can be open
    std::chrono::microseconds totalImpact{0}; // sum of the windows' durations, open ones so far
    std::chrono::microseconds longestWindow{0};
    int openWindows = 0;
    QList<DegradedPeriod> degraded; // oldest first; only the last can be open
    std::chrono::milliseconds degradedTime{0};
    std::array<PhaseImpact, impactPhaseCount> phases{};

    const PhaseImpact& phase(ImpactPhase p) const { return phases[size_t(p)]; }
    QJsonObject toJson() const;
    // A few lines for a terminal: totals, windows, per-phase latency.
    QString describe() const;
};

} // namespace etcddrill
