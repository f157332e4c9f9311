// The figures a drill measured that its verdict is judged on: the longest outage per probe target (with the
// target's max-outage), the write checks, the leader election, the recovery and the client workload's
// data-safety checks. A value type filled by the DrillEngine at the end of the drill and by tests by hand;
// DrillVerdict::compute() judges it.
#pragma once

#include "i18n/LocalizedText.h"
#include "workload/DataSafetyResult.h"

#include <QList>
#include <QString>
#include <chrono>
#include <optional>

namespace etcddrill {

struct DrillMeasurements
{
    struct TargetOutage
    {
        QString target;                       // "vip", "M3-apiserver"
        std::chrono::milliseconds longest{0}; // longest outage window, open ones counted so far
        std::chrono::milliseconds total{0};   // all windows together
        int windows = 0;
        bool stillFailing = false; // a window was still open when the drill ended
        quint64 samples = 0;
        quint64 failed = 0;
        std::optional<std::chrono::milliseconds> maxOutage; // probes.targets[].max-outage; unset: no limit
        // `samples` and `failed` above are from the stop command on; these are of the whole drill.
        quint64 drillSamples = 0;
        quint64 drillFailed = 0;
        int degradedPeriods = 0; // degraded periods from the stop command on (DegradedPeriodDetector)
        std::chrono::milliseconds degradedTime{0};
        std::optional<double> maxErrorRate;    // probes.targets[].max-error-rate (0 to 1); unset: no limit
        std::optional<double> minAvailability; // probes.targets[].min-availability (0 to 1); unset: none

        double errorRate() const { return samples ? double(failed) / double(samples) : 0.0; }
        double availability() const
        {
            return drillSamples ? 1.0 - double(drillFailed) / double(drillSamples) : 1.0;
        }
    };

    QList<TargetOutage> outages;
    int writeChecks = 0;   // write checks made through the survivors while the target was down
    int writeFailures = 0; // of those, how many failed
    bool targetWasLeader = false;
    // From the stop command to the survivors agreeing on a new leader; only when the target was the leader.
    // Unset with targetWasLeader: no new leader was seen.
    std::optional<std::chrono::milliseconds> election;
    // From the restore command to a fully recovered cluster; unset: it did not recover (recoveryProblem).
    std::optional<std::chrono::milliseconds> recovery;
    QString recoveryProblem;           // why not recovered: "M3 did not rejoin as member 8e9e… but as …"
    LocalizedText recoveryProblemText; // the same for a face to translate (may be empty)
    // The client workload's checks after the recovery; unset when the workload was off (or never ran).
    std::optional<DataSafetyResult> dataSafety;
};

} // namespace etcddrill
