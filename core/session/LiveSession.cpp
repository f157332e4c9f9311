#include "LiveSession.h"

#include "LiveSessionWorker.h"

#include "drill/DrillMetaTypes.h"

#include <QThread>

namespace etcddrill {

LiveSession::LiveSession(const DrillConfig& config, QObject* parent) : QObject(parent), m_config(config)
{
    DrillMetaTypes::registerAll();
}

LiveSession::~LiveSession()
{
    stop();
}

bool LiveSession::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void LiveSession::start()
{
    if (m_thread)
        return;
    m_startTime = std::chrono::steady_clock::now();
    m_thread = std::make_unique<QThread>();
    m_thread->setObjectName(QStringLiteral("etcd-drill session"));
    auto worker = std::make_unique<LiveSessionWorker>(m_config);
    worker->moveToThread(m_thread.get());
    m_worker = worker.release();
    connect(m_thread.get(), &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_thread.get(), &QThread::started, m_worker, &LiveSessionWorker::begin);
    // Queued across threads, so every slot of ours and of the views runs on this thread. Events already
    // queued when stop() runs are still delivered (Qt does not drop them): the generation check drops them.
    const quint64 generation = ++m_generation;
    const auto live = [this, generation] { return generation == m_generation && m_thread; };
    connect(m_worker, &LiveSessionWorker::probeTargetsReady, this, [this, live](const QList<ProbeTarget>& t) {
        if (live())
            emit probeTargetsReady(t);
    });
    connect(m_worker, &LiveSessionWorker::clusterSnapshot, this, [this, live](const ClusterSnapshot& s) {
        if (live())
            emit clusterSnapshot(s);
    });
    connect(m_worker, &LiveSessionWorker::clusterEvent, this, [this, live](const ClusterEvent& e) {
        if (live())
            emit clusterEvent(e);
    });
    connect(m_worker, &LiveSessionWorker::probeSamples, this,
            [this, live](const QString& target, const QList<ProbeSample>& samples) {
                if (live())
                    emit probeSamples(target, samples);
            });
    connect(m_worker, &LiveSessionWorker::outageWindowOpened, this,
            [this, live](const QString& target, const OutageWindow& window) {
                if (live())
                    emit outageWindowOpened(target, window);
            });
    connect(m_worker, &LiveSessionWorker::outageWindowClosed, this,
            [this, live](const QString& target, const OutageWindow& window) {
                if (live())
                    emit outageWindowClosed(target, window);
            });
    connect(m_worker, &LiveSessionWorker::degradedPeriodOpened, this,
            [this, live](const QString& target, const DegradedPeriod& period) {
                if (live())
                    emit degradedPeriodOpened(target, period);
            });
    connect(m_worker, &LiveSessionWorker::degradedPeriodClosed, this,
            [this, live](const QString& target, const DegradedPeriod& period) {
                if (live())
                    emit degradedPeriodClosed(target, period);
            });
    connect(m_worker, &LiveSessionWorker::monitorSetupProblem, this, [this, live](const QString& problem) {
        if (live())
            emit monitorSetupProblem(problem);
    });
    connect(m_worker, &LiveSessionWorker::probesUnavailable, this, [this, live](const QString& reason) {
        if (live())
            emit probesUnavailable(reason);
    });
    m_thread->start();
}

void LiveSession::stop()
{
    if (!m_thread)
        return;
    ++m_generation;
    if (m_worker) {
        // end() runs on the worker thread, tears the monitor and the probes down there and quits the loop.
        QMetaObject::invokeMethod(m_worker, &LiveSessionWorker::end, Qt::QueuedConnection);
    } else {
        m_thread->quit();
    }
    m_thread->wait();
    m_thread.reset();
}

} // namespace etcddrill
