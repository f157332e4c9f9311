// Rebuilds a drill report (ReportModel) from what a drill left on disk: journal.jsonl and, when it is there,
// samples.csv beside it. Nothing else is read (no config, no cluster): a report of last month's drill comes
// out the same as the one printed right after it. Tolerant like the readers it uses: a journal cut off by a
// crash, a damaged line or a missing samples file gives a report marked incomplete (with the reasons), never
// a crash. Texts recorded by the engine are taken as recorded (already redacted); command output is run
// through Redactor once more before it lands in the timeline (defence in depth).
//
// How the derived figures are computed (everything else is copied from a journal line):
//   impact      samples/failed per target from samples.csv (or, without it, from the probe-summary lines);
//               windows, total and longest from the outage-opened/-closed lines; an outage never closed
//               ends at the target's last sample (ReportOutage::closed = false).
//   catchUpMs   from target-answering to the first moment the target was seen caught up: the earliest of a
//               snapshot after it whose target endpoint is reachable with 0 <= index_lag <=
//               settings.max_index_lag, and the recovered line (the engine writes it only once every member,
//               the target included, is within max_index_lag).
//   phases      "before" until fault-applied, "during-fault" until the restore was issued (the first start
//               command-started after fault-applied; else fault-restored; else target-answering minus its
//               after_ms), "after-restore" to the end: the ImpactTracker's phases, same names as the
//               outage lines' `phase`.
//   percentiles nearest-rank over the successful samples' total time.
//   snapshots   every snapshot line; a cluster-event line only when it carries a whole snapshot (the engine
//               writes ClusterEvent JSON there, which becomes a timeline row instead).
//
// The texts the builder makes or translates (timeline rows, headings of derived rows, findings) are in the
// language of `translator` (default: the application's installed translators), the English ones kept beside
// them (ReportModel). The parts: ReportTimelineRows (the timeline and step markers), ReportSnapshotReader
// (member tables), ReportOutageWindows, ReportImpactFigures (impact, percentiles, catch-up) and
// ReportFindings; this class reads the header and the drill's facts and puts them together.
//
// Stateless; any thread (the GUI calls it from a worker: a one-hour drill's samples take ~0.3 s to read).
#pragma once

#include "ReportModel.h"
#include "drill/JournalReadResult.h"
#include "drill/SampleReadResult.h"
#include "i18n/TextTranslator.h"

#include <QString>

namespace etcddrill {

class ReportBuilder
{
public:
    // journalFileOrFolder: a drill folder or its journal.jsonl. samples.csv beside the journal is optional.
    // When the journal cannot be read at all, *error says why and the model returned is an empty incomplete
    // one; otherwise *error is cleared (an incomplete or damaged journal still gives a report).
    static ReportModel build(const QString& journalFileOrFolder, QString* error,
                             const TextTranslator& translator = {});

    // The same from data already read (tests, the GUI's replay). samples may be null: no samples file.
    static ReportModel fromData(const JournalReadResult& journal, const SampleReadResult* samples,
                                const TextTranslator& translator = {});
};

} // namespace etcddrill
