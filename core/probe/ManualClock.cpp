#include "ManualClock.h"

namespace etcddrill {

// A day after the epoch, so that times computed as "now minus something" in tests never go negative.
ManualClock::ManualClock() : m_now(std::chrono::hours(24)) {}

MonotonicClock::TimePoint ManualClock::now() const
{
    return m_now;
}

void ManualClock::set(TimePoint time)
{
    m_now = time;
}

void ManualClock::advance(std::chrono::nanoseconds by)
{
    m_now += by;
}

} // namespace etcddrill
