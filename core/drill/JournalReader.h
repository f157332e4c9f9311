// Reads a drill journal (journal.jsonl, written by JournalWriter) back for the report and for DrillRecovery.
// Tolerant by design: a journal is most interesting after a crash, so a cut-off last line is reported and
// skipped, and a damaged line in the middle is reported without losing the rest. Stateless; any thread;
// reads the file synchronously (journals are small: kilobytes to a few megabytes).
#pragma once

#include "JournalReadResult.h"

#include <QByteArray>
#include <QString>

namespace etcddrill {

class JournalReader
{
public:
    static JournalReadResult read(const QString& file);
    static JournalReadResult parse(const QByteArray& content, const QString& fileName);
};

} // namespace etcddrill
