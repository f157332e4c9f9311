// The console's side of "a drill stopped a member and never restored it": when a config is opened it looks
// for such drills (DrillRecovery::findUnfinished reads the journals in drill.journal-dir, so on a worker
// thread), and on the operator's word it restores them (DrillRecovery on a worker thread of its own),
// relaying the recovery's progress and result. Decides nothing itself: MainWindow shows the offer
// (RestoreBanner, RestoreDialog) and asks.
//
// Thread: lives on the GUI thread; the search and the recovery run on threads it owns. Every signal arrives
// on the GUI thread. Owner: MainWindow (Qt parent). Destroying it waits for a running restore to end (a
// restore is never cut off half-way: it would leave the member in an unknown state).
#pragma once

#include "config/DrillConfig.h"
#include "drill/CommandResult.h"
#include "drill/DrillCommand.h"
#include "drill/DrillRecoveryResult.h"
#include "drill/UnfinishedDrill.h"

#include <QList>
#include <QObject>
#include <QStringList>
#include <memory>
#include <vector>

class QThread;

namespace etcddrill {

class DrillRecovery;

class RestoreController : public QObject
{
    Q_OBJECT

public:
    explicit RestoreController(QObject* parent = nullptr);
    ~RestoreController() override;

    bool isChecking() const;
    bool isRestoring() const { return m_restoring; }
    DrillConfig config() const { return m_config; }
    QList<UnfinishedDrill> unfinished() const { return m_unfinished; }

    // The `etcd-drill-cli recover` command line that does the same for `config` (for the banner).
    static QString commandLine(const DrillConfig& config);
    // "A drill on lab started 2026-11-25 23:21 by root@vm stopped M3's etcd and never restored it."
    static QString describe(const UnfinishedDrill& drill);

public slots:
    // Looks for unfinished drills of this config's cluster; answers with checked(). A check still running
    // for another config is forgotten (its answer is dropped).
    void check(const etcddrill::DrillConfig& config);
    // Restores every unfinished drill of the checked config; false while one runs or none was found.
    bool restore();

signals:
    void checked(const QList<etcddrill::UnfinishedDrill>& drills, const QStringList& problems);
    void notice(const QString& text);
    void commandStarted(const etcddrill::DrillCommand& command);
    void commandFinished(const etcddrill::DrillCommand& command, const etcddrill::CommandResult& result);
    void finished(const etcddrill::DrillRecoveryResult& result);

private:
    struct Found;

    DrillConfig m_config;
    QList<UnfinishedDrill> m_unfinished;
    quint64 m_generation = 0; // of the latest check(); older answers are dropped
    std::unique_ptr<QThread> m_checkThread;
    // Searches superseded by a newer check() that are still reading: kept until they end (a running QThread
    // must not be destroyed), their results dropped (m_generation).
    std::vector<std::unique_ptr<QThread>> m_staleChecks;
    std::unique_ptr<QThread> m_restoreThread;
    bool m_restoring = false;
};

} // namespace etcddrill
