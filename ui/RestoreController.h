// The console's side of "a drill stopped a member and never restored it": when a config is opened it looks
// for such drills (UnfinishedDrillSearch: the journals in drill.journal-dir are read off the GUI thread), and
// on the operator's word it restores them (RecoverySession: DrillRecovery on a worker thread), relaying the
// recovery's progress and result. Decides nothing itself: RestoreOffer shows the offer (RestoreBanner,
// RestoreDialog) and asks.
//
// Thread: GUI thread; the search and the recovery run on the threads of the core/session objects it holds.
// Every signal arrives on the GUI thread. Owner: RestoreOffer (Qt parent). Destroying it does not wait for a
// search still reading (it ends on its own, its result dropped), but does wait for a running restore to end
// (a restore is never cut off half-way: it would leave the member in an unknown state).
#pragma once

#include "config/DrillConfig.h"
#include "drill/CommandResult.h"
#include "drill/DrillCommand.h"
#include "drill/DrillRecoveryResult.h"
#include "drill/UnfinishedDrill.h"

#include <QList>
#include <QObject>
#include <QStringList>

namespace etcddrill {

class RecoverySession;
class UnfinishedDrillSearch;

class RestoreController : public QObject
{
    Q_OBJECT

public:
    explicit RestoreController(QObject* parent = nullptr);
    ~RestoreController() override;

    bool isChecking() const;
    bool isRestoring() const;
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
    void notice(const etcddrill::LocalizedText& text);
    void commandStarted(const etcddrill::DrillCommand& command);
    void commandFinished(const etcddrill::DrillCommand& command, const etcddrill::CommandResult& result);
    void finished(const etcddrill::DrillRecoveryResult& result);

private:
    DrillConfig m_config;
    QList<UnfinishedDrill> m_unfinished;
    UnfinishedDrillSearch* m_search;
    RecoverySession* m_recovery;
};

} // namespace etcddrill
