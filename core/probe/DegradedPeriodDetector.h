// Finds the degraded periods of one probe target from its samples, in start order: over a sliding window
// (`window`, default 5 s) the share of failed probes above `threshold` (default 5 %) opens a period — at
// the first failed probe in the window — and it closes once the share has stayed at or below the threshold
// for a whole window; it ends at its last failed probe. A lone failure never opens one (a period needs at
// least two failed probes in the window); skipped slots do not count; a window of one sample (after a gap
// without samples) is not judged, so a gap neither opens nor closes a period by itself. A plain class, not
// thread-safe: fed on its owner's thread.
#pragma once

#include "DegradedPeriod.h"
#include "ProbeSample.h"

#include <QList>
#include <chrono>
#include <deque>
#include <optional>

namespace etcddrill {

class DegradedPeriodDetector
{
public:
    using TimePoint = std::chrono::steady_clock::time_point;
    static constexpr std::chrono::milliseconds kDefaultWindow{5000};
    static constexpr double kDefaultThreshold = 0.05;

    explicit DegradedPeriodDetector(std::chrono::milliseconds window = kDefaultWindow,
                                    double threshold = kDefaultThreshold);

    // What changed with this sample: a period opened, closed, or nothing.
    enum class Change { None, Opened, Closed };
    Change add(const ProbeSample& sample);

    // Every period so far, oldest first; only the last can be open.
    const QList<DegradedPeriod>& periods() const { return m_periods; }
    bool isOpen() const { return !m_periods.isEmpty() && m_periods.last().open; }
    // The share of failed probes in the window that ends with the latest sample.
    double windowShare() const;
    // The periods' time together (an open one up to its last failed probe).
    std::chrono::milliseconds degradedTime() const;

private:
    struct Entry
    {
        TimePoint at;
        bool failed;
        quint16 backendId; // ProbeTextPool id, 0: unknown
    };

    std::chrono::milliseconds m_window;
    double m_threshold;
    std::deque<Entry> m_recent; // the samples of the last window
    int m_recentFailed = 0;
    std::optional<TimePoint>
        m_belowSince;               // an open period: since when the share is at or below the threshold
    quint64 m_sinceLastFailure = 0; // probes of the open period after its last failed probe
    QList<DegradedPeriod> m_periods;
};

} // namespace etcddrill
