// Finishes drills whose console died: finds the journals of this cluster whose fault was applied and never
// restored (in drill.journal-dir, following the pointers a drill with --out leaves there, or in folders named
// by the caller), restores each target with the start commands the drill recorded (or, when a script was
// not recorded, the config's), and verifies that the target answers again as the same member and catches up.
// Everything it does is appended to that drill's journal (recover-started, command-*, fault-restored,
// recover-finished). `etcd-drill-cli recover` and the GUI at start-up use it.
//
// It refuses while the drill's own console still runs (same host, live pid), and when a live console holds
// the cluster's drill lock; a lock left by a dead console on this host is removed.
//
// Thread: lives on the thread that created it; asynchronous like DrillEngine. Owner: the face.
#pragma once

#include "CommandResult.h"
#include "DrillCommand.h"
#include "DrillOptions.h"
#include "DrillRecoveryResult.h"
#include "UnfinishedDrill.h"

#include "config/DrillConfig.h"

#include <QList>
#include <QObject>
#include <QStringList>
#include <memory>
#include <optional>

namespace etcddrill {

class DrillRecovery : public QObject
{
    Q_OBJECT

public:
    // options: the ssh client settings and the clock; extraFolders: more journal folders (or folders of
    // journal folders) to look in besides drill.journal-dir.
    DrillRecovery(const DrillConfig& config, const DrillOptions& options = {}, QStringList extraFolders = {},
                  QObject* parent = nullptr);
    ~DrillRecovery() override;

    // Reads the journals (synchronously; they are small). Unfinished drills of config's cluster, oldest
    // first; *problems gets journals that could not be read.
    // withWorkloadLeft: also drills whose target is not stopped but whose client workload's keys were never
    // deleted (faultHeld false), when nothing can still be running them: their console, on this host, is
    // gone, or they finished and only their cleanup failed.
    static QList<UnfinishedDrill> findUnfinished(const DrillConfig& config, const QStringList& extraFolders,
                                                 QStringList* problems = nullptr,
                                                 bool withWorkloadLeft = false);
    static std::optional<UnfinishedDrill> inspect(const QString& journalFile, bool withWorkloadLeft = false);

public slots:
    void start();

signals:
    void notice(const etcddrill::LocalizedText& text);
    void commandStarted(const etcddrill::DrillCommand& command);
    void commandFinished(const etcddrill::DrillCommand& command, const etcddrill::CommandResult& result);
    void finished(const etcddrill::DrillRecoveryResult& result);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace etcddrill
