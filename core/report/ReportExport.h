// One export of a drill report, the same for the CLI (`etcd-drill-cli report`) and the GUI's export dialog:
// read the drill folder (ReportBuilder), then render (ReportRenderer) or export the data (ReportDataExport)
// into the requested file(s), never replacing an existing file unless asked to. The texts come out in the
// language of request.render.translator (default: the translators the caller installed, TranslationLoader);
// request.render.language picks fonts and date formats.
// Blocking (a one-hour drill: about a second): call it from a worker thread in a GUI. Stateless; any thread
// with a QGuiApplication.
#pragma once

#include "ReportComparison.h"
#include "ReportFormat.h"
#include "ReportOutputResult.h"
#include "ReportRenderOptions.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace etcddrill {

struct ReportModel;

struct ReportExportRequest
{
    QString journal; // a drill folder or its journal.jsonl
    QString output;  // a file; for PNG pages a file name pattern ("out.png" → out-1.png …) or a folder
    ReportFormat format = ReportFormat::Pdf;
    ReportRenderOptions render;
    bool overwrite = false;
    // Set into the model before it is written (core/history's DrillComparison::forDrill).
    std::optional<ReportComparison> comparison;
};

struct ReportExportResult
{
    ReportOutputResult output;
    bool journalUnreadable = false; // the journal could not be read at all: nothing was written
    bool reportComplete = false;    // the model was complete (a truncated journal still exports, marked)
    QString outcome;                // the drill's outcome as the report states it
    qint64 buildMs = 0;             // reading the files and building the model
    qint64 writeMs = 0;             // rendering and writing
};

class ReportExport
{
public:
    static ReportExportResult run(const ReportExportRequest& request);
    // The same from a model already built (the GUI builds once and may export several formats).
    static ReportOutputResult write(const ReportModel& model, const ReportExportRequest& request);
};

} // namespace etcddrill
