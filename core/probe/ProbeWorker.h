// The ProbeScheduler's worker: on its own thread it keeps every target's schedule (slot k of a target is at
// start + k * interval, whatever happened to earlier probes), starts the probes through one TargetProber per
// target, and every 50 ms emits the samples finished since the last batch. Created by ProbeScheduler, moved
// to the scheduler's QThread and deleted (deleteLater) when that thread finishes.
#pragma once

#include "ProbeSample.h"

#include <QList>
#include <QObject>
#include <QTimer>
#include <chrono>
#include <memory>
#include <vector>

namespace etcddrill {

class HostResolver;
class ProbeEndpoint;
class TargetProber;

class ProbeWorker : public QObject
{
    Q_OBJECT

public:
    // How often finished samples travel to the scheduler: fast enough for a live chart, few enough signals.
    static constexpr std::chrono::milliseconds batchInterval{50};

    ProbeWorker(std::vector<std::shared_ptr<const ProbeEndpoint>> endpoints,
                std::chrono::steady_clock::time_point start);
    ~ProbeWorker() override;

    // Both run on the worker thread (invoked by the scheduler).
    void run();
    void shutdown(); // emits what has finished; probes still in flight are abandoned

signals:
    void samplesReady(int targetIndex, const QList<etcddrill::ProbeSample>& samples);

private:
    void tick();
    void flush();
    std::chrono::steady_clock::time_point slotTime(size_t target, qint64 k) const;

    std::vector<std::shared_ptr<const ProbeEndpoint>> m_endpoints;
    std::chrono::steady_clock::time_point m_start;
    std::unique_ptr<HostResolver> m_resolver;
    std::vector<TargetProber*> m_probers; // children
    std::vector<qint64> m_nextSlot;       // per target: index k of its next slot
    QTimer* m_scheduleTimer = nullptr;
    QTimer* m_batchTimer = nullptr;
    bool m_stopped = false;
};

} // namespace etcddrill
