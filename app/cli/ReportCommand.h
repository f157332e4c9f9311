// `etcd-drill-cli report`: the drill report from a drill folder (or its journal.jsonl) as a PDF, PNG pages,
// a summary PNG for chat, or the raw data as CSV (samples) / JSON (summary), through core's ReportExport, the
// same path as the GUI's File ▸ Export report…. Runs without a display: main() gives this command a
// QGuiApplication on the offscreen platform. Lives in main()'s thread.
#pragma once

#include <QStringList>

namespace etcddrill {

class ReportCommand
{
public:
    // Exit codes: 0 written (also for an incomplete journal: the report says so), 1 nothing written: the
    // journal cannot be read or the output cannot be written, 3 usage error or an output file exists
    // (without --force).
    int run(const QStringList& arguments);
};

} // namespace etcddrill
