#include "SampleStore.h"

namespace etcddrill {

SampleStore::SampleStore(qsizetype capacity) : m_capacity(std::max<qsizetype>(capacity, 1)) {}

void SampleStore::append(const ProbeSample& sample)
{
    if (size() < m_capacity) {
        // Grow by doubling but never past the capacity: std::vector alone could reserve up to twice of it.
        if (m_samples.size() == m_samples.capacity())
            m_samples.reserve(size_t(std::min(m_capacity, std::max<qsizetype>(1024, size() * 2))));
        m_samples.push_back(sample);
        return;
    }
    m_samples[size_t(m_head)] = sample;
    m_head = (m_head + 1) % m_capacity;
    ++m_dropped;
}

void SampleStore::append(const QList<ProbeSample>& samples)
{
    for (const ProbeSample& sample : samples)
        append(sample);
}

void SampleStore::clear()
{
    m_samples.clear();
    m_samples.shrink_to_fit();
    m_head = 0;
    m_dropped = 0;
}

const ProbeSample& SampleStore::at(qsizetype index) const
{
    return m_samples[size_t((m_head + index) % size())];
}

qsizetype SampleStore::lowerBound(qint64 startNs) const
{
    qsizetype low = 0;
    qsizetype high = size();
    while (low < high) {
        const qsizetype mid = low + (high - low) / 2;
        if (at(mid).startNs < startNs)
            low = mid + 1;
        else
            high = mid;
    }
    return low;
}

QList<ProbeSample> SampleStore::between(std::chrono::steady_clock::time_point from,
                                        std::chrono::steady_clock::time_point to) const
{
    const auto ns = [](std::chrono::steady_clock::time_point t) {
        return std::chrono::duration_cast<std::chrono::nanoseconds>(t.time_since_epoch()).count();
    };
    QList<ProbeSample> result;
    for (qsizetype i = lowerBound(ns(from)); i < size() && at(i).startNs < ns(to); ++i)
        result.append(at(i));
    return result;
}

} // namespace etcddrill
