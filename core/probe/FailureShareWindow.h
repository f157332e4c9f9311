// The share of a probe target's probes that failed over the last `span`, for the abort-error-rate stop
// condition ("50% for 10s"): share() answers only once the window has watched for a whole span, so a
// failure in the first second never reads as "100 % for 10 s". Skipped slots do not count. A plain class,
// not thread-safe: fed on its owner's thread, samples in start order.
#pragma once

#include "ProbeSample.h"

#include <chrono>
#include <deque>
#include <optional>

namespace etcddrill {

class FailureShareWindow
{
public:
    using TimePoint = std::chrono::steady_clock::time_point;

    explicit FailureShareWindow(std::chrono::milliseconds span);

    void add(const ProbeSample& sample);
    // failed / probes of the samples that started within [now - span, now]; nullopt before the window has
    // watched for a whole span or when it holds no sample.
    std::optional<double> share(TimePoint now);
    std::chrono::milliseconds span() const { return m_span; }

private:
    struct Entry
    {
        TimePoint at;
        bool failed;
    };

    std::chrono::milliseconds m_span;
    std::optional<TimePoint> m_first;
    std::deque<Entry> m_recent;
    int m_failed = 0;
};

} // namespace etcddrill
