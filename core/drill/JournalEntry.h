// One line of a drill journal (journal.jsonl) as read back: the fields every line has and the whole object.
// A value type produced by JournalReader.
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace etcddrill {

struct JournalEntry
{
    qint64 seq = 0;     // 1, 2, 3… in the order written
    QDateTime time;     // UTC wall clock, for display
    qint64 monoMs = 0;  // CLOCK_MONOTONIC in ms, for durations (same clock as the lab's ground truth)
    QString type;       // "step", "check", "command-started", … (see JournalWriter)
    QJsonObject fields; // the whole line, including the four above
    int line = 0;       // 1-based line number in the file

    QString text(const QString& key) const { return fields.value(key).toString(); }
};

} // namespace etcddrill
