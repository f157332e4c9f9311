#include "LiveSessionWorker.h"

#include "etcd/ClusterMonitor.h"
#include "probe/ImpactTracker.h"
#include "probe/OutageTracker.h"
#include "probe/ProbePlan.h"
#include "probe/ProbeScheduler.h"
#include "probe/SteadyClock.h"

#include <QThread>

namespace etcddrill {

LiveSessionWorker::LiveSessionWorker(const DrillConfig& config) : m_config(config) {}

LiveSessionWorker::~LiveSessionWorker()
{
    teardown();
}

void LiveSessionWorker::begin()
{
    m_monitor = std::make_unique<ClusterMonitor>(m_config);
    for (const QString& problem : m_monitor->setupErrors())
        emit monitorSetupProblem(problem);
    connect(m_monitor.get(), &ClusterMonitor::snapshotReady, this, &LiveSessionWorker::clusterSnapshot);
    connect(m_monitor.get(), &ClusterMonitor::clusterEvent, this, &LiveSessionWorker::clusterEvent);
    m_monitor->start();

    // The plan reads the kubeconfig and the token file, and the scheduler loads certificates: small local
    // files, but read here rather than on the GUI thread.
    QString error;
    const std::optional<QList<ProbeTarget>> targets = ProbePlan::fromConfig(m_config, &error);
    if (!targets) {
        emit probesUnavailable(error);
        return;
    }
    m_targets = *targets;
    emit probeTargetsReady(m_targets);
    if (m_targets.isEmpty())
        return;
    m_tracker =
        std::make_unique<ImpactTracker>(SteadyClock::instance(), ProbePlan::outageThreshold(m_config));
    m_tracker->setDegradedRule(m_config.probes.degradedWindow, m_config.probes.degradedThreshold);
    m_outages = std::make_unique<OutageTracker>(*m_tracker);
    m_scheduler = std::make_unique<ProbeScheduler>(m_targets);
    connect(m_scheduler.get(), &ProbeScheduler::samplesReady, this, &LiveSessionWorker::onSamples);
    if (!m_scheduler->start(&error)) {
        emit probesUnavailable(error);
        m_scheduler.reset();
    }
}

void LiveSessionWorker::end()
{
    teardown();
    if (QThread* thread = QThread::currentThread(); thread == this->thread())
        thread->quit();
}

void LiveSessionWorker::teardown()
{
    // The scheduler joins its probe thread and the monitor's clients cancel their calls: both are quick.
    if (m_scheduler) {
        m_scheduler->disconnect(this);
        m_scheduler->stop();
        m_scheduler.reset();
    }
    if (m_monitor) {
        m_monitor->disconnect(this);
        m_monitor->stop();
        m_monitor.reset();
    }
}

void LiveSessionWorker::onSamples(int targetIndex, const QList<ProbeSample>& samples)
{
    if (targetIndex < 0 || targetIndex >= m_targets.size() || !m_outages)
        return;
    const QString& name = m_targets.at(targetIndex).name;
    emit probeSamples(name, samples);

    for (const OutageTracker::Event& event : m_outages->add(name, samples)) {
        if (event.kind == OutageTracker::Event::Kind::Opened)
            emit outageWindowOpened(name, event.window);
        else
            emit outageWindowClosed(name, event.window);
    }
    for (const OutageTracker::DegradedChange& change : m_outages->takeDegradedChanges(name)) {
        if (change.opened)
            emit degradedPeriodOpened(name, change.period);
        else
            emit degradedPeriodClosed(name, change.period);
    }
}

} // namespace etcddrill
