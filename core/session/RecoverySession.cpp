#include "RecoverySession.h"

#include "drill/DrillMetaTypes.h"
#include "drill/DrillRecovery.h"

#include <QThread>

namespace etcddrill {

RecoverySession::RecoverySession(QObject* parent) : QObject(parent)
{
    DrillMetaTypes::registerAll();
}

RecoverySession::~RecoverySession()
{
    // The recovery's own finished() quits its thread (see start()): this waits for the restore to end.
    if (m_thread)
        m_thread->wait();
}

bool RecoverySession::start(const DrillConfig& config)
{
    if (m_running)
        return false;
    // The previous restore's thread has quit (its finished() came); it only has to wind down.
    if (m_thread)
        m_thread->wait();
    m_running = true;
    m_thread = std::make_unique<QThread>();
    m_thread->setObjectName(QStringLiteral("etcd-drill restore"));
    auto recovery = std::make_unique<DrillRecovery>(config);
    recovery->moveToThread(m_thread.get());
    // Deleted on its own thread once that thread's loop has ended (QThread's documented worker pattern); its
    // helpers (monitor, processes, timers) belong there.
    DrillRecovery* worker = recovery.release();
    QThread* thread = m_thread.get();
    connect(thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &DrillRecovery::finished, thread, &QThread::quit, Qt::DirectConnection);
    connect(worker, &DrillRecovery::notice, this, &RecoverySession::notice);
    connect(worker, &DrillRecovery::commandStarted, this, &RecoverySession::commandStarted);
    connect(worker, &DrillRecovery::commandFinished, this, &RecoverySession::commandFinished);
    connect(worker, &DrillRecovery::finished, this, [this](const DrillRecoveryResult& result) {
        m_running = false;
        emit finished(result);
    });
    thread->start();
    QMetaObject::invokeMethod(worker, &DrillRecovery::start, Qt::QueuedConnection);
    return true;
}

} // namespace etcddrill
