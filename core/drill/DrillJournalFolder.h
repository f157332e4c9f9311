// Where a drill writes its journal: the folder given with --out, else a new folder named after the cluster
// and the start time under drill.journal-dir (or the default journal folder). A drill written outside
// drill.journal-dir leaves a pointer file there (<cluster>-<time>.pointer holding the folder's path), so
// that DrillRecovery, which looks in drill.journal-dir, still finds it after a crash.
// Static functions; any thread.
#pragma once

#include "config/DrillConfig.h"

#include <QDateTime>
#include <QString>

namespace etcddrill {

class DrillJournalFolder
{
public:
    // Empty with *error when there is neither --out nor a journal folder.
    static QString choose(const DrillConfig& config, const QString& outFolder, const QDateTime& startedAt,
                          QString* error);
    // After the journal was created in `journalFolder`: the pointer, when --out put it elsewhere.
    static void leavePointer(const DrillConfig& config, const QString& outFolder,
                             const QString& journalFolder, const QDateTime& startedAt);

private:
    static QString base(const DrillConfig& config);
};

} // namespace etcddrill
