// The samples of one probe target, oldest first, bounded: when full, the oldest sample is dropped. Grows on
// demand up to its capacity (no up-front allocation of hours of samples), then works as a ring.
// Not thread-safe: owned by ProbeScheduler and used on the scheduler's (caller's) thread.
#pragma once

#include "ProbeSample.h"

#include <QList>
#include <chrono>
#include <vector>

namespace etcddrill {

class SampleStore
{
public:
    explicit SampleStore(qsizetype capacity = 1);

    void append(const ProbeSample& sample);
    void append(const QList<ProbeSample>& samples);
    void clear();

    qsizetype size() const { return qsizetype(m_samples.size()); }
    qsizetype capacity() const { return m_capacity; }
    bool isEmpty() const { return m_samples.empty(); }
    quint64 droppedCount() const { return m_dropped; }
    // Index 0 is the oldest sample still kept.
    const ProbeSample& at(qsizetype index) const;
    const ProbeSample& last() const { return at(size() - 1); }
    // Samples that started in [from, to), oldest first. Assumes samples arrive in start order, which the
    // scheduler guarantees per target.
    QList<ProbeSample> between(std::chrono::steady_clock::time_point from,
                               std::chrono::steady_clock::time_point to) const;

private:
    qsizetype lowerBound(qint64 startNs) const;

    std::vector<ProbeSample> m_samples;
    qsizetype m_capacity;
    qsizetype m_head = 0; // index of the oldest sample once the ring is full
    quint64 m_dropped = 0;
};

} // namespace etcddrill
