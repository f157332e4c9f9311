// The time source for everything that measures durations in the probe concern (outage windows, open-window
// "so far" figures). An interface so that tests drive time by hand instead of sleeping; production code uses
// SteadyClock. Implementations must be safe to call from the thread that owns the object using them.
#pragma once

#include <chrono>

namespace etcddrill {

class MonotonicClock
{
public:
    using TimePoint = std::chrono::steady_clock::time_point;

    virtual ~MonotonicClock() = default;
    virtual TimePoint now() const = 0;
};

} // namespace etcddrill
