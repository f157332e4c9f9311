// `etcd-drill-cli history`: every drill of a cluster found in the journal folders, newest first, with the
// figures teams compare from one game day to the next and, per drill, how many of them got worse than in
// the drill before it; unreadable or cut-off folders listed with the reason (core's DrillHistory and
// DrillComparison). In the operator's language (--language, as run); --json for scripts, always English keys.
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace etcddrill {

struct DrillHistoryEntry;

class HistoryCommand
{
    Q_DECLARE_TR_FUNCTIONS(HistoryCommand)

public:
    // Exit codes: 0 listed (also when nothing was found: it says so), 1 a folder could not be listed, 3 usage
    // or config error.
    int run(const QStringList& arguments);

private:
    static QString dataSafety(const DrillHistoryEntry& e); // "0 lost, hashes agree"
};

} // namespace etcddrill
