#include "RestoreController.h"

#include "session/RecoverySession.h"
#include "session/UnfinishedDrillSearch.h"

namespace etcddrill {

RestoreController::RestoreController(QObject* parent)
    : QObject(parent), m_search(new UnfinishedDrillSearch(this)), m_recovery(new RecoverySession(this))
{
    connect(m_search, &UnfinishedDrillSearch::finished, this,
            [this](const QList<UnfinishedDrill>& drills, const QStringList& problems) {
                m_unfinished = drills;
                emit checked(drills, problems);
            });
    connect(m_recovery, &RecoverySession::notice, this, &RestoreController::notice);
    connect(m_recovery, &RecoverySession::commandStarted, this, &RestoreController::commandStarted);
    connect(m_recovery, &RecoverySession::commandFinished, this, &RestoreController::commandFinished);
    connect(m_recovery, &RecoverySession::finished, this, [this](const DrillRecoveryResult& result) {
        if (result.status != DrillRecoveryResult::Status::Failed)
            m_unfinished.clear();
        emit finished(result);
    });
}

// The search and the recovery are Qt children: the search is not waited for, a running restore is
// (RecoverySession).
RestoreController::~RestoreController() = default;

bool RestoreController::isChecking() const
{
    return m_search->isRunning();
}

bool RestoreController::isRestoring() const
{
    return m_recovery->isRunning();
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
    // A previous search still running is not waited for (a journal folder on a slow or hung file system would
    // freeze the window): UnfinishedDrillSearch lets it end on its own and drops its result.
    m_search->start(config);
}

bool RestoreController::restore()
{
    if (isRestoring() || m_unfinished.isEmpty())
        return false;
    return m_recovery->start(m_config);
}

} // namespace etcddrill
