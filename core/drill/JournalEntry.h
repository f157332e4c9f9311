// One line of a drill journal (journal.jsonl) as read back: the fields every line has and the whole object.
// A value type produced by JournalReader.
#pragma once

#include "journal/JournalKind.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace etcddrill {

struct JournalEntry
{
    qint64 seq = 0;    // 1, 2, 3… in the order written
    QDateTime time;    // UTC wall clock, for display
    qint64 monoMs = 0; // CLOCK_MONOTONIC in ms, for durations (same clock as the lab's ground truth)
    QString type;      // "step", "check", "command-started", … (JournalSchema::name(kind))
    // What the line records (JournalSchema::kindOf(type)); empty for a kind this build does not know.
    std::optional<JournalKind> kind;
    QJsonObject fields; // the whole line, including the four above
    int line = 0;       // 1-based line number in the file

    QString text(const QString& key) const { return fields.value(key).toString(); }
};

} // namespace etcddrill
