// A latency histogram with bounded memory and bounded error, so that ImpactTracker can give percentiles over
// hours of 50 Hz samples without keeping every value: values below 256 µs are exact, above that each power of
// two is split into 128 buckets (reported as the bucket middle: at most 0.4 % off). 13 KiB once the first
// value arrives. A plain value; used by ImpactTracker on its owner's thread.
#pragma once

#include "LatencyPercentiles.h"

#include <vector>

namespace etcddrill {

class LatencyHistogram
{
public:
    void record(quint32 micros);
    quint64 count() const { return m_count; }
    // Nearest rank: the smallest recorded value v with at least percent % of the values <= v.
    quint32 percentile(double percent) const;
    LatencyPercentiles percentiles() const;

private:
    static int bucketOf(quint32 micros);
    static quint64 lowestOf(int bucket);
    static quint64 highestOf(int bucket);

    std::vector<quint32> m_buckets; // empty until the first value
    quint64 m_count = 0;
    quint32 m_min = 0;
    quint32 m_max = 0;
};

} // namespace etcddrill
