#include "LatencyHistogram.h"

#include <bit>
#include <cmath>

namespace etcddrill {

namespace {

constexpr int exactBuckets = 256;
constexpr int subBuckets =
    128; // per power of two above 256: buckets 1/128 wide, the middle 0.4 % off at most
constexpr int bucketCount = exactBuckets + (32 - 8) * subBuckets;

} // namespace

int LatencyHistogram::bucketOf(quint32 micros)
{
    if (micros < exactBuckets)
        return int(micros);
    const int exponent = 31 - std::countl_zero(micros); // 8..31
    const int shift = exponent - 7;
    return exactBuckets + (exponent - 8) * subBuckets + int((micros >> shift) - subBuckets);
}

quint64 LatencyHistogram::lowestOf(int bucket)
{
    if (bucket < exactBuckets)
        return quint64(bucket);
    const int exponent = (bucket - exactBuckets) / subBuckets + 8;
    const int sub = (bucket - exactBuckets) % subBuckets;
    return quint64(subBuckets + sub) << (exponent - 7);
}

quint64 LatencyHistogram::highestOf(int bucket)
{
    if (bucket < exactBuckets)
        return quint64(bucket);
    const int exponent = (bucket - exactBuckets) / subBuckets + 8;
    return lowestOf(bucket) + (quint64(1) << (exponent - 7)) - 1;
}

void LatencyHistogram::record(quint32 micros)
{
    if (m_buckets.empty())
        m_buckets.assign(bucketCount, 0);
    ++m_buckets[size_t(bucketOf(micros))];
    m_min = m_count == 0 ? micros : std::min(m_min, micros);
    m_max = m_count == 0 ? micros : std::max(m_max, micros);
    ++m_count;
}

quint32 LatencyHistogram::percentile(double percent) const
{
    if (m_count == 0)
        return 0;
    const auto rank = std::max<quint64>(1, quint64(std::ceil(percent / 100.0 * double(m_count))));
    quint64 seen = 0;
    for (int bucket = 0; bucket < bucketCount; ++bucket) {
        seen += m_buckets[size_t(bucket)];
        if (seen >= rank) {
            // The middle of the bucket, but never outside what was actually recorded.
            const quint64 middle = (lowestOf(bucket) + highestOf(bucket)) / 2;
            return quint32(std::clamp<quint64>(middle, m_min, m_max));
        }
    }
    return m_max;
}

LatencyPercentiles LatencyHistogram::percentiles() const
{
    LatencyPercentiles result;
    result.count = m_count;
    if (m_count == 0)
        return result;
    result.p50Us = percentile(50);
    result.p90Us = percentile(90);
    result.p99Us = percentile(99);
    result.maxUs = m_max;
    return result;
}

} // namespace etcddrill
