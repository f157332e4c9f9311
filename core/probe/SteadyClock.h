// The real monotonic clock (std::chrono::steady_clock). Stateless: any thread may use it; a process-wide
// instance is available through SteadyClock::instance() for code that has no clock handed in.
#pragma once

#include "MonotonicClock.h"

namespace etcddrill {

class SteadyClock : public MonotonicClock
{
public:
    TimePoint now() const override;

    static const SteadyClock& instance();
};

} // namespace etcddrill
