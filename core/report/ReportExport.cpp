#include "ReportExport.h"

#include "ReportBuilder.h"
#include "ReportComparisonSection.h"
#include "ReportDataExport.h"
#include "ReportJUnit.h"
#include "ReportModel.h"
#include "ReportRenderer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

namespace etcddrill {

ReportOutputResult ReportExport::write(const ReportModel& model, const ReportExportRequest& request)
{
    switch (request.format) {
    case ReportFormat::Pdf:
        return ReportRenderer(model, request.render).writePdf(request.output, request.overwrite);
    case ReportFormat::PngPages:
        return ReportRenderer(model, request.render)
            .writePngPages(request.output, request.render.pageWidthPx, request.overwrite);
    case ReportFormat::SummaryPng:
        return ReportRenderer(model, request.render)
            .writeSummaryPng(request.output, request.render.summaryWidthPx, request.overwrite);
    case ReportFormat::JUnit: {
        ReportOutputResult result;
        result.refusedExisting = !request.overwrite && QFileInfo::exists(request.output);
        result.ok = ReportJUnit::writeFile(model, request.output, request.overwrite, &result.error);
        if (result.ok) {
            result.files << request.output;
            result.bytes = QFileInfo(request.output).size();
        }
        return result;
    }
    case ReportFormat::SamplesCsv:
    case ReportFormat::SummaryJson:
        break;
    }
    ReportOutputResult result;
    if (!request.overwrite && QFileInfo::exists(request.output)) {
        result.refusedExisting = true;
        result.error = request.render.translator
                           .translate("ReportRenderer",
                                      "%1 already exists: nothing was written. Choose another name or allow "
                                      "overwriting (--force).")
                           .arg(QDir::toNativeSeparators(request.output));
        return result;
    }
    const bool ok = request.format == ReportFormat::SamplesCsv
                        ? ReportDataExport::writeSamplesCsv(model, request.output, &result.error,
                                                            request.overwrite, request.render.translator)
                        : ReportDataExport::writeSummaryJson(model, request.output, &result.error,
                                                             request.overwrite, request.render.translator);
    if (ok) {
        result.ok = true;
        result.files << request.output;
        result.bytes = QFileInfo(request.output).size();
    }
    return result;
}

ReportExportResult ReportExport::run(const ReportExportRequest& request)
{
    ReportExportResult result;
    QElapsedTimer timer;
    timer.start();
    QString error;
    ReportModel model = ReportBuilder::build(request.journal, &error, request.render.translator);
    if (request.comparison)
        ReportComparisonSection::attach(model, *request.comparison, request.render.translator);
    result.buildMs = timer.restart();
    if (!error.isEmpty()) {
        result.journalUnreadable = true;
        result.output.error = error;
        return result;
    }
    result.reportComplete = model.complete;
    result.outcome = model.outcome;
    result.output = write(model, request);
    result.writeMs = timer.elapsed();
    return result;
}

} // namespace etcddrill
