// `etcd-drill-cli run`: the whole drill headless, through core's DrillEngine. Prints every step, check (with
// measured and expected values), command before it runs, cluster event, outage window and, while the target
// is down, a line per second; asks at the two gates on a terminal (type the node name) unless --yes or
// --confirm NODE. Ctrl+C aborts, which restores the target. What it prints while the drill runs is in the
// language --language names (default: the system's, as the console); the journal stays English. Lives in
// main()'s thread.
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace etcddrill {

class RunCommand
{
    Q_DECLARE_TR_FUNCTIONS(RunCommand)

public:
    // Exit codes: 0 passed (or a dry run), 1 hypothesis failed, 2 aborted or rolled back (also when the
    // restore failed: the output says what to run by hand), 3 config or preflight error (nothing changed).
    int run(const QStringList& arguments);
};

} // namespace etcddrill
