// `etcd-drill-cli recover`: finishes drills whose console died (crash, SIGKILL, lost ssh session): restores
// each stopped target recorded in the journals under drill.journal-dir and verifies that it rejoined, through
// core's DrillRecovery. Lives in main()'s thread.
#pragma once

#include <QStringList>

namespace etcddrill {

class RecoverCommand
{
public:
    // Exit codes: 0 restored or nothing to do, 1 the restore failed (the output says what to run by hand),
    // 3 config error.
    int run(const QStringList& arguments);
};

} // namespace etcddrill
