// Every drill found in journal folders, newest first: each subfolder of a journal folder (drill.journal-dir)
// that holds a journal, the folders its *.pointer files name (drills written elsewhere with --out), or a
// drill folder given directly. A folder whose journal cannot be read, is not a drill journal or is missing is
// listed with the reason, never skipped; a journal cut off by a crash is listed with what it holds and why it
// is incomplete. Also: the previous drill of the same cluster, which the regression comparison
// (DrillComparison) sets a drill against. Reads journals and summary.json, not samples.csv (a year of
// hour-long drills lists in a second): figures come from the journal's lines (ReportBuilder), the probe
// totals from summary.json where the drill wrote one (the per-second lines miss the last partial second).
// Stateless; any thread; blocking (call it off the GUI thread: DrillHistoryLoader).
#pragma once

#include "DrillHistoryEntry.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace etcddrill {

class DrillHistory
{
public:
    struct Scan
    {
        QList<DrillHistoryEntry> entries; // newest first
        QStringList problems;             // folders that could not be listed at all, with why
        QStringList notes;                // pointers to folders that are gone, and the like
    };

    // folders: journal folders or drill folders. cluster: only drills of that cluster (and unreadable folders
    // whose name says they are its: "<cluster>-<time>"); empty: all.
    static Scan scan(const QStringList& folders, const QString& cluster = {});
    // One drill folder (or its journal.jsonl).
    static DrillHistoryEntry read(const QString& drillFolder);
    // The newest comparable drill (DrillHistoryEntry::comparable) of the same cluster that started before
    // `drill` (not `drill` itself).
    static std::optional<DrillHistoryEntry> previous(const DrillHistoryEntry& drill,
                                                     const QList<DrillHistoryEntry>& entries);
    // The same, looking in the drill's own parent folder (its journal folder) and `moreFolders`.
    static std::optional<DrillHistoryEntry> previousOf(const DrillHistoryEntry& drill,
                                                       const QStringList& moreFolders = {});
};

} // namespace etcddrill
