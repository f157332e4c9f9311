// Writes a drill journal: journal.jsonl, append-only JSON Lines, one event per line, each line written and
// flushed to the OS at once (QFile::flush) so that a crash loses at most the line being written; sync()
// also fsyncs, which the engine does at step boundaries. Every line starts with
//   {"seq":N,"time":"<UTC ISO 8601 with ms>","mono_ms":<CLOCK_MONOTONIC ms>,"type":"<event>", …}
// mono_ms uses the lab's ground-truth clock, so journal and ground truth line up.
//
// Texts are English (data: stable whatever the operator's language). A line whose texts were made from a
// DrillText template also carries them in "texts": {"<field>": LocalizedText JSON}, where LocalizedText JSON
// is a string (verbatim data) or {"context": "DrillText", "source": "<English template with %1…>", "args": [
// LocalizedText JSON, … ]}; LocalizedText::fromJson(…).translated() shows the field in the installed language
// (core/i18n). Fields with texts: step (detail), check (name, measured, expected, detail), note (text),
// stop-condition / rollback-started (reason), verdict lines (name, expected, measured), drill-finished
// (reason, headline); summary.json has the same for its checks, verdict lines, headline and reason.
//
// The kinds of line (JournalKind), their names and required fields are JournalSchema's; the typed records in
// journal/ are their JSON forms; docs/journal-format.md describes every kind, field and unit and what stays
// compatible. drill-started carries the schema version ("schema").
//
// Not thread-safe: lives on the drill engine's thread. Owned by the engine (std::unique_ptr).
#pragma once

#include "journal/JournalKind.h"

#include <QDateTime>
#include <QFile>
#include <QJsonObject>
#include <QString>

namespace etcddrill {

class MonotonicClock;

class JournalWriter
{
public:
    static constexpr char kJournalFile[] = "journal.jsonl";
    static constexpr char kSamplesFile[] = "samples.csv";
    static constexpr char kSummaryFile[] = "summary.json";

    // clock: where mono_ms comes from; null: SteadyClock. Must outlive the writer.
    explicit JournalWriter(const MonotonicClock* clock = nullptr);
    ~JournalWriter();
    JournalWriter(const JournalWriter&) = delete;
    JournalWriter& operator=(const JournalWriter&) = delete;

    // Creates `folder` (and its parents) and a new journal.jsonl in it; refuses a folder that already holds
    // one (a journal is never overwritten).
    bool create(const QString& folder, QString* error);
    // Continues an existing journal (DrillRecovery): seq goes on after the highest seq in it.
    bool openExisting(const QString& journalFile, qint64 lastSeq, QString* error);

    // "<cluster>-20250102T030405Z" under journalDir, with "-2", "-3"… appended when taken. Characters a
    // file name should not have are replaced by '_'. Does not create anything.
    static QString newFolderPath(const QString& journalDir, const QString& cluster, const QDateTime& utc);

    bool isOpen() const { return m_file.isOpen(); }
    QString folder() const { return m_folder; }
    QString filePath() const { return m_file.fileName(); }
    QString lastError() const { return m_lastError; }
    qint64 lastSeq() const { return m_seq; }

    // Appends one line and flushes it; returns its seq, or 0 when the journal is not open or the write
    // failed (lastError() says why; the drill goes on: losing the journal must not strand a stopped member).
    // fields must not use the keys seq, time, mono_ms or type (they are dropped).
    qint64 write(JournalKind kind, const QJsonObject& fields = {});
    // A typed record (journal/*Record.h): its kind and its JSON form.
    template <class Record> qint64 write(const Record& record)
    {
        return write(Record::kKind, record.toJson());
    }
    // A line of any type, as it is: for tests that write old or damaged journals. The code writes kinds.
    qint64 write(const QString& type, const QJsonObject& fields = {});
    // fsync(2): the lines so far survive a power loss, not only a crash of this process.
    void sync();
    void close();

private:
    const MonotonicClock* m_clock;
    QFile m_file;
    QString m_folder;
    QString m_lastError;
    qint64 m_seq = 0;
};

} // namespace etcddrill
