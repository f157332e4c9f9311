// What JournalReader found in a journal file: the entries that could be read, whether the last line was cut
// off (a crash in the middle of a write) and any other line that could not be read. A value type.
#pragma once

#include "JournalEntry.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace etcddrill {

struct JournalReadResult
{
    QString file;
    QString error; // the file could not be read at all; empty otherwise
    QList<JournalEntry> entries;
    bool truncatedLastLine = false; // the last line has no line end and is not complete JSON: dropped
    QString truncatedText;          // its first bytes, for the message
    QStringList problems;           // "journal.jsonl:12: not a JSON object — skipped", for other bad lines
    // Lines read and kept that do not fit JournalSchema (an unknown kind, a required field missing), each
    // "journal.jsonl:12: …" with what is wrong.
    QStringList schemaProblems;

    bool ok() const { return error.isEmpty(); }
    // Entries of one kind, in file order.
    QList<JournalEntry> ofKind(JournalKind kind) const
    {
        QList<JournalEntry> list;
        for (const JournalEntry& entry : entries) {
            if (entry.kind == kind)
                list.append(entry);
        }
        return list;
    }
    // The same by the kind's JSON name (JournalSchema::name), for tests that read journals as text.
    QList<JournalEntry> ofType(const QString& type) const
    {
        QList<JournalEntry> list;
        for (const JournalEntry& entry : entries) {
            if (entry.type == type)
                list.append(entry);
        }
        return list;
    }
};

} // namespace etcddrill
