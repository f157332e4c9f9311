// The report's raw data for scripts and spreadsheets, written from a ReportModel:
//
// writeSummaryJson: one JSON object (UTF-8, indented), times in ms, relative ones from the drill's start.
// Data, not a face: every text is English whatever language the model was built in (ReportModel's English
// fields: headline, reason, hypothesis lines, englishIncompleteReasons, englishProblems, the findings'
// englishTitle and englishEvidence); texts recorded from the cluster (errors, command output) are as
// recorded.
//   { "format": "etcd-drill-report-summary", "format_version": 1,
//     "complete": bool, "incomplete_reasons": [text], "problems": [text],
//     "journal_file": text, "samples_file": text,
//     "header": { "cluster", "operator", "host", "tool_version", "etcd_version", "config_file",
//                 "target_spec", "target_node", "target_member_id", "fault", "transport", "dry_run",
//                 "started_at", "finished_at" (ISO 8601 UTC or null), "duration_ms" },
//     "verdict": { "outcome", "headline", "reason", "passed" (bool, null: no verdict reached),
//                  "rolled_back", "rollback_kind", "rollback_reason" },
//     "hypothesis": [ { "name", "expected", "measured", "passed", "informational" } ],
//     "key_figures": { "election_ms", "detect_stop_ms", "answered_ms", "recovery_ms", "catch_up_ms"
//                      (each a number or null), "write_checks_passed", "write_checks_failed" },
//     "impact": [ { "target", "kind", "samples", "failed_samples", "windows", "total_outage_ms",
//                   "longest_outage_ms", "max_outage_ms" (or null) } ],
//     "outages": [ { "target", "start_ms", "end_ms", "duration_ms", "failed_samples", "phase",
//                    "first_outcome", "closed" } ],
//     "phase_stats": [ { "phase", "target", "samples", "failed", "p50_ms", "p90_ms", "p99_ms", "max_ms" } ],
//     "findings": [ { "severity" ("info", "warning", "problem"), "title", "evidence" } ] }
//
// writeSamplesCsv: every probe sample, the columns of DrillSampleLog (samples.csv) plus relative_ms (from the
// drill's start). Copied row by row from the model's samples.csv when it can be read (all timing columns
// kept), otherwise written from the model's series (the timing breakdown columns are then empty: the model
// keeps only the total). Sample details go through Redactor.
//
// Both write through QSaveFile (a crash leaves no half file) and refuse to replace an existing file unless
// overwrite is set. Errors name the file and say what to do, in the language of `translator` (default: the
// application's installed translators). Stateless; any thread (a worker for big drills).
#pragma once

#include "ReportModel.h"
#include "i18n/TextTranslator.h"

#include <QJsonObject>
#include <QString>

namespace etcddrill {

class ReportDataExport
{
public:
    static bool writeSummaryJson(const ReportModel& model, const QString& file, QString* error,
                                 bool overwrite = false, const TextTranslator& translator = {});
    static bool writeSamplesCsv(const ReportModel& model, const QString& file, QString* error,
                                bool overwrite = false, const TextTranslator& translator = {});

    // The summary object writeSummaryJson writes (for the GUI and tests).
    static QJsonObject summaryJson(const ReportModel& model);
};

} // namespace etcddrill
