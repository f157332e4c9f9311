// Runs the probes of one target as its slots come (ProbeWorker says when) and hands back their samples in
// slot order. A probe still in flight when the next slot comes does not delay it: the next probe starts
// concurrently, up to ceil(timeout / interval) + 1 in flight. Since every probe ends by its deadline that
// bound is only reached when the worker thread itself stalled; a slot beyond it is recorded as Skipped.
// Samples are released in slot order, so a finished probe waits (at most one timeout) for earlier ones.
// Lives on the scheduler's worker thread; owned (Qt parent) by ProbeWorker.
#pragma once

#include "ProbeSample.h"

#include <QList>
#include <QObject>
#include <chrono>
#include <deque>
#include <memory>

namespace etcddrill {

class ConnectionPool;
class HostResolver;
class ProbeEndpoint;

class TargetProber : public QObject
{
    Q_OBJECT

public:
    TargetProber(std::shared_ptr<const ProbeEndpoint> endpoint, HostResolver& resolver,
                 QObject* parent = nullptr);
    ~TargetProber() override;

    const ProbeEndpoint& endpoint() const { return *m_endpoint; }
    void probe(std::chrono::steady_clock::time_point slot);
    void skip(std::chrono::steady_clock::time_point slot, const QString& why);
    int inFlight() const { return m_inFlight; }
    int maxInFlight() const { return m_maxInFlight; }
    // Finished samples whose earlier slots have all finished too, oldest first.
    QList<ProbeSample> takeFinished();

private:
    struct Slot
    {
        quint64 sequence = 0;
        bool done = false;
        ProbeSample sample;
    };

    std::shared_ptr<const ProbeEndpoint> m_endpoint;
    HostResolver& m_resolver;
    std::unique_ptr<ConnectionPool> m_pool;
    std::deque<Slot> m_slots;
    quint64 m_nextSequence = 0;
    int m_inFlight = 0;
    int m_maxInFlight = 1;
};

} // namespace etcddrill
