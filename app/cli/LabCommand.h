// `etcd-drill-cli lab up|down|status|runbook` (and the hidden `lab supervise`, the process `lab up`
// detaches): parses the options, calls etcddrill::Lab / LabSupervisor in core and prints the outcome. Lives
// in main()'s thread.
#pragma once

#include <QStringList>

namespace etcddrill {

class LabCommand
{
public:
    // arguments: everything after "lab". Returns the process exit code: 0 success; 1 failure (for status: a
    // process is not running); 2 status without a running lab; 3 usage error.
    int run(const QStringList& arguments);

private:
    int up(const QStringList& arguments);
    int down(const QStringList& arguments);
    int status(const QStringList& arguments);
    int runbook(const QStringList& arguments);
    int supervise(const QStringList& arguments);
};

} // namespace etcddrill
