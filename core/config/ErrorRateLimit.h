// A stop condition on a probe target's share of failed probes: `share` (0 to 1) or more of its probes
// failing over the last `held` rolls the drill back (probes.targets[].abort-error-rate, "50% for 10s").
// A value type.
#pragma once

#include <chrono>

namespace etcddrill {

struct ErrorRateLimit
{
    double share = 0.5;
    std::chrono::milliseconds held{10000};

    friend bool operator==(const ErrorRateLimit&, const ErrorRateLimit&) = default;
};

} // namespace etcddrill
