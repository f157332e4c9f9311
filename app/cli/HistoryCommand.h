// `etcd-drill-cli history`: every drill of a cluster found in the journal folders, newest first, with the
// figures teams compare from one game day to the next and, per drill, how many of them got worse than in
// the drill before it; unreadable or cut-off folders listed with the reason (core's DrillHistory and
// DrillComparison). --json for scripts.
#pragma once

#include <QStringList>

namespace etcddrill {

class HistoryCommand
{
public:
    // Exit codes: 0 listed (also when nothing was found: it says so), 1 a folder could not be listed, 3 usage
    // or config error.
    int run(const QStringList& arguments);
};

} // namespace etcddrill
