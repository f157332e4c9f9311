#include "RestoreController.h"

#include "drill/DrillRecovery.h"

#include <QThread>

namespace etcddrill {

struct RestoreController::Found
{
    QList<UnfinishedDrill> drills;
    QStringList problems;
};

RestoreController::RestoreController(QObject* parent) : QObject(parent)
{
    qRegisterMetaType<DrillCommand>();
    qRegisterMetaType<CommandResult>();
    qRegisterMetaType<DrillRecoveryResult>();
}

RestoreController::~RestoreController()
{
    if (m_checkThread)
        m_checkThread->wait();
    for (const std::unique_ptr<QThread>& stale : m_staleChecks)
        stale->wait();
    // The recovery's own finished() quits its thread (see restore()): this waits for the restore to end.
    if (m_restoreThread)
        m_restoreThread->wait();
}

bool RestoreController::isChecking() const
{
    return m_checkThread && m_checkThread->isRunning();
}

QString RestoreController::commandLine(const DrillConfig& config)
{
    return QStringLiteral("etcd-drill-cli recover -c %1")
        .arg(config.sourceFile.isEmpty() ? QStringLiteral("<drill.yaml>") : config.sourceFile);
}

QString RestoreController::describe(const UnfinishedDrill& drill)
{
    const QString started = drill.startedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    const QString owner = drill.owner.user.isEmpty() && drill.owner.host.isEmpty()
                              ? tr("an unknown operator")
                              : QStringLiteral("%1@%2").arg(drill.owner.user, drill.owner.host);
    return tr("A drill on %1 started %2 by %3 stopped %4's etcd and never restored it.")
        .arg(drill.cluster, started, owner, drill.node);
}

void RestoreController::check(const DrillConfig& config)
{
    m_config = config;
    m_unfinished.clear();
    const quint64 generation = ++m_generation;
    auto found = std::make_shared<Found>();
    // A previous search still running is not waited for on the GUI thread (a journal folder on a slow or hung
    // file system would freeze the window): it is set aside and its result dropped.
    std::erase_if(m_staleChecks, [](const std::unique_ptr<QThread>& stale) { return stale->isFinished(); });
    if (m_checkThread && m_checkThread->isRunning())
        m_staleChecks.push_back(std::move(m_checkThread));
    m_checkThread.reset(QThread::create(
        [config, found] { found->drills = DrillRecovery::findUnfinished(config, {}, &found->problems); }));
    m_checkThread->setObjectName(QStringLiteral("etcd-drill find unfinished drills"));
    connect(m_checkThread.get(), &QThread::finished, this, [this, generation, found] {
        if (generation != m_generation)
            return;
        m_unfinished = found->drills;
        emit checked(found->drills, found->problems);
    });
    m_checkThread->start();
}

bool RestoreController::restore()
{
    if (m_restoring || m_unfinished.isEmpty())
        return false;
    if (m_restoreThread)
        m_restoreThread->wait();
    m_restoring = true;
    m_restoreThread = std::make_unique<QThread>();
    m_restoreThread->setObjectName(QStringLiteral("etcd-drill restore"));
    auto* recovery = new DrillRecovery(m_config);
    recovery->moveToThread(m_restoreThread.get());
    QThread* thread = m_restoreThread.get();
    // The recovery is deleted on its own thread once that thread's loop has ended (QThread's documented
    // worker pattern); its helpers (monitor, processes, timers) belong there.
    connect(thread, &QThread::finished, recovery, &QObject::deleteLater);
    connect(recovery, &DrillRecovery::finished, thread, &QThread::quit, Qt::DirectConnection);
    connect(recovery, &DrillRecovery::notice, this, &RestoreController::notice);
    connect(recovery, &DrillRecovery::commandStarted, this, &RestoreController::commandStarted);
    connect(recovery, &DrillRecovery::commandFinished, this, &RestoreController::commandFinished);
    connect(recovery, &DrillRecovery::finished, this, [this](const DrillRecoveryResult& result) {
        m_restoring = false;
        if (result.status != DrillRecoveryResult::Status::Failed)
            m_unfinished.clear();
        emit finished(result);
    });
    thread->start();
    QMetaObject::invokeMethod(recovery, &DrillRecovery::start, Qt::QueuedConnection);
    return true;
}

} // namespace etcddrill
