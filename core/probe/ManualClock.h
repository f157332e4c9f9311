// A clock that only moves when told to: for tests of time-dependent logic (ImpactTracker) without sleeping.
// Starts at an arbitrary fixed point well away from the steady_clock epoch. Not thread-safe: use it on one
// thread.
#pragma once

#include "MonotonicClock.h"

namespace etcddrill {

class ManualClock : public MonotonicClock
{
public:
    ManualClock();

    TimePoint now() const override;
    void set(TimePoint time);
    void advance(std::chrono::nanoseconds by);

private:
    TimePoint m_now;
};

} // namespace etcddrill
