// Probes a set of apiserver targets continuously (see ProbeTarget) and keeps their samples. The probing runs
// on a worker thread the scheduler owns, so a slow or hung target never delays the caller nor another
// target's schedule. Samples reach the caller's thread in batches (about every 50 ms), per target in start
// order, through samplesReady(); the last ProbeTarget::sampleCapacity() of each target stay in a SampleStore.
// Lives on the thread that creates it (usually the GUI or CLI main thread); owned by its creator.
#pragma once

#include "ProbeSample.h"
#include "ProbeTarget.h"
#include "SampleStore.h"

#include <QList>
#include <QObject>
#include <chrono>
#include <memory>
#include <vector>

class QThread;

namespace etcddrill {

class ProbeWorker;

class ProbeScheduler : public QObject
{
    Q_OBJECT

public:
    explicit ProbeScheduler(QList<ProbeTarget> targets, QObject* parent = nullptr);
    ~ProbeScheduler() override;

    const QList<ProbeTarget>& targets() const { return m_targets; }
    int indexOf(const QString& targetName) const; // -1 when unknown

    // Checks every target and loads its certificates; on a problem returns false and a message that names
    // the target and what to fix, and nothing runs. Slot 0 of every target is shortly after this call.
    bool start(QString* error = nullptr);
    // Stops probing; samples finished so far still arrive through samplesReady() afterwards.
    void stop();
    bool isRunning() const { return m_thread != nullptr; }
    std::chrono::steady_clock::time_point startTime() const { return m_start; }

    const SampleStore& samples(int targetIndex) const { return m_stores.at(size_t(targetIndex)); }

signals:
    void samplesReady(int targetIndex, const QList<etcddrill::ProbeSample>& samples);

private:
    void onWorkerSamples(int targetIndex, const QList<ProbeSample>& samples);

    QList<ProbeTarget> m_targets;
    std::vector<SampleStore> m_stores;
    std::unique_ptr<QThread> m_thread;
    ProbeWorker* m_worker = nullptr; // lives on m_thread, deleted when it finishes
    std::chrono::steady_clock::time_point m_start;
};

} // namespace etcddrill
