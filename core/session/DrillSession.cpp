#include "DrillSession.h"

#include "drill/DrillEngine.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QList>
#include <QPointer>
#include <QThread>
#include <memory>

namespace etcddrill {

namespace {

// The engine threads that may still be winding down (main thread only). Nobody waits for them while the
// application runs; when the application object goes (after the last window), they are joined, so that no
// engine is still being torn down on its thread while the process exits. Deleting an engine only kills its
// commands and cancels its calls: this takes milliseconds, the bound is a last resort.
QList<QPointer<QThread>>& engineThreads()
{
    static QList<QPointer<QThread>> threads;
    return threads;
}

void joinEngineThreads()
{
    for (const QPointer<QThread>& thread : std::as_const(engineThreads())) {
        if (thread)
            thread->wait(QDeadlineTimer(10000));
    }
    engineThreads().clear();
}

void rememberEngineThread(QThread* thread)
{
    QList<QPointer<QThread>>& threads = engineThreads();
    if (threads.isEmpty())
        qAddPostRoutine(joinEngineThreads); // once per batch: the routine runs once, then clears the list
    threads.removeAll(QPointer<QThread>());
    threads.append(thread);
}

} // namespace

DrillSession::DrillSession(const DrillConfig& config, const DrillOptions& options, QObject* parent)
    : QObject(parent), m_config(config)
{
    auto engine = std::make_unique<DrillEngine>(config, options);
    m_steps = engine->steps();
    // No Qt parent: the thread outlives this session until the engine is gone (see the destructor).
    auto thread = std::make_unique<QThread>();
    thread->setObjectName(QStringLiteral("etcd-drill drill engine"));
    engine->moveToThread(thread.get());
    // From here on both own themselves: the engine is deleted on its thread (deleteLater in the destructor),
    // whereupon that thread's loop quits, and the QThread object is deleted on this thread once finished.
    m_engine = engine.release();
    m_thread = thread.release();
    connect(m_engine, &QObject::destroyed, m_thread, &QThread::quit, Qt::DirectConnection);
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    rememberEngineThread(m_thread);
    forwardSignals();
    m_thread->start();
}

DrillSession::~DrillSession()
{
    // deleteLater is thread-safe: the engine goes on its own thread when its loop comes to it, after every
    // call queued to it before. Our own connections go with this object, and Qt drops the events already
    // queued to it, so nothing arrives afterwards.
    m_engine->deleteLater();
}

void DrillSession::forwardSignals()
{
    // Signal to signal across threads: queued, so every signal of ours is emitted on this object's thread.
    connect(m_engine, &DrillEngine::stepChanged, this, &DrillSession::stepChanged);
    connect(m_engine, &DrillEngine::checkFinished, this, &DrillSession::checkFinished);
    connect(m_engine, &DrillEngine::targetResolved, this, &DrillSession::targetResolved);
    connect(m_engine, &DrillEngine::gateRequested, this, &DrillSession::gateRequested);
    connect(m_engine, &DrillEngine::gateRefused, this, &DrillSession::gateRefused);
    connect(m_engine, &DrillEngine::gateConfirmed, this, &DrillSession::gateConfirmed);
    connect(m_engine, &DrillEngine::commandStarted, this, &DrillSession::commandStarted);
    connect(m_engine, &DrillEngine::commandFinished, this, &DrillSession::commandFinished);
    connect(m_engine, &DrillEngine::clusterSnapshot, this, &DrillSession::clusterSnapshot);
    connect(m_engine, &DrillEngine::clusterEvent, this, &DrillSession::clusterEvent);
    connect(m_engine, &DrillEngine::probeTargetsReady, this, &DrillSession::probeTargetsReady);
    connect(m_engine, &DrillEngine::probeSamples, this, &DrillSession::probeSamples);
    connect(m_engine, &DrillEngine::outageWindowOpened, this, &DrillSession::outageWindowOpened);
    connect(m_engine, &DrillEngine::outageWindowClosed, this, &DrillSession::outageWindowClosed);
    connect(m_engine, &DrillEngine::degradedPeriodOpened, this, &DrillSession::degradedPeriodOpened);
    connect(m_engine, &DrillEngine::degradedPeriodClosed, this, &DrillSession::degradedPeriodClosed);
    connect(m_engine, &DrillEngine::progress, this, &DrillSession::progress);
    connect(m_engine, &DrillEngine::stopConditionTriggered, this, &DrillSession::stopConditionTriggered);
    connect(m_engine, &DrillEngine::notice, this, &DrillSession::notice);
    connect(m_engine, &DrillEngine::faultAppliedChanged, this, &DrillSession::faultAppliedChanged);
    connect(m_engine, &DrillEngine::finished, this, [this](const DrillSummary& summary) {
        m_finished = true;
        emit finished(summary);
    });
}

void DrillSession::start()
{
    if (m_started)
        return;
    m_started = true;
    QMetaObject::invokeMethod(m_engine, &DrillEngine::start, Qt::QueuedConnection);
}

void DrillSession::confirmGate(const QString& typedNodeName)
{
    // The engine's bool is not needed here: gateConfirmed or gateRefused follows.
    QMetaObject::invokeMethod(
        m_engine, [engine = m_engine, typedNodeName] { engine->confirmGate(typedNodeName); },
        Qt::QueuedConnection);
}

void DrillSession::abort(const QString& reason)
{
    QMetaObject::invokeMethod(
        m_engine, [engine = m_engine, reason] { engine->abort(reason); }, Qt::QueuedConnection);
}

} // namespace etcddrill
