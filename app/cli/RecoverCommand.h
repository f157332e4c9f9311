// `etcd-drill-cli recover`: finishes drills whose console died (crash, SIGKILL, lost ssh session): restores
// each stopped target recorded in the journals under drill.journal-dir and verifies that it rejoined, through
// core's DrillRecovery. Prints in the language --language names (default: the system's). Lives in main()'s
// thread.
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace etcddrill {

class RecoverCommand
{
    Q_DECLARE_TR_FUNCTIONS(RecoverCommand)

public:
    // Exit codes: 0 restored or nothing to do, 1 the restore failed (the output says what to run by hand),
    // 3 config error.
    int run(const QStringList& arguments);
};

} // namespace etcddrill
