// The drill journal's schema in one place: the current schema version, each JournalKind's JSON name and the
// fields a line of that kind must have. JournalReader checks every line against it, so a line of an unknown
// kind or without a required field is reported with the file and line instead of being misread later; the
// typed records (journal/*Record.h) write at least these fields (tests/unit/TestJournalRecords checks it).
//
// Compatibility (docs/journal-format.md): fields are only ever added. A reader ignores fields it does not
// know; a new required field needs a new schema version, and lines of older versions stay readable. Journals
// written before the version existed (etcd-drill 0.1.0) have no "schema" field in drill-started and are
// schema 1.
//
// Pure functions over constant tables; any thread.
#pragma once

#include "JournalKind.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace etcddrill {

class JournalSchema
{
public:
    static constexpr int kVersion = 1;
    static constexpr char kSchemaField[] = "schema"; // in drill-started

    static QList<JournalKind> kinds();     // every kind, in JournalKind order
    static QString name(JournalKind kind); // "drill-started", "step", … (the line's "type")
    static std::optional<JournalKind> kindOf(const QString& name);
    // Fields besides seq, time, mono_ms and type that every line of `kind` has, in every schema version.
    static QStringList requiredFields(JournalKind kind);
    // One sentence on what a line of `kind` records (docs, errors).
    static QString meaning(JournalKind kind);

    // Empty when `line` (a whole journal line) is a line of a known kind with every required field;
    // otherwise what is wrong and what to do, without the file and line (the reader adds them).
    static QString problem(const QJsonObject& line);
    // The schema version of a journal whose drill-started line is `drillStarted` (1 when absent).
    static int versionOf(const QJsonObject& drillStarted);
};

} // namespace etcddrill
