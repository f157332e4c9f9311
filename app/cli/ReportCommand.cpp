#include "ReportCommand.h"

#include "CliLanguage.h"
#include "CommandHelp.h"

#include "history/DrillComparison.h"
#include "report/ReportExport.h"
#include "report/ReportRenderer.h"

#include <QCommandLineParser>
#include <QDir>
#include <QTextStream>

namespace etcddrill {

namespace {

constexpr int kExitWritten = 0;
constexpr int kExitFailed = 1;
constexpr int kExitUsage = 3;

} // namespace

int ReportCommand::run(const QStringList& arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Writes the report of a drill from its folder (journal.jsonl and samples.csv) alone: a PDF (A4, "
        "vector), PNG pages, a summary PNG for chat, the samples as CSV, the summary as JSON or the results "
        "as "
        "JUnit XML for CI. The same pages as the console's File > Export report. Needs no display.\n"
        "Exit codes: 0 written (also for an incomplete journal: the report says so), 1 nothing written: the "
        "journal cannot be read or the output cannot be written, 3 usage error or an output file exists "
        "(use --force to replace it)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("drill"),
                                 QStringLiteral("The drill's folder or its journal.jsonl."),
                                 QStringLiteral("<journal.jsonl|drill folder>"));
    const QCommandLineOption outputOption(
        {QStringLiteral("o"), QStringLiteral("output")},
        QStringLiteral("Where to write: out.pdf, out.png (PNG pages become out-1.png, out-2.png, …; a folder "
                       "gives report-1.png, …), out.csv, out.json, out.xml (JUnit)."),
        QStringLiteral("file"));
    const QCommandLineOption formatOption(
        QStringLiteral("format"),
        QStringLiteral(
            "pdf, png (pages), summary-png, csv (samples), json (summary) or junit (JUnit XML for "
            "CI: one testcase per preflight check and hypothesis; an aborted or rolled-back drill is "
            "an error). Default: from the output's suffix (.xml: junit)."),
        QStringLiteral("format"));
    const ReportRenderOptions defaults;
    const QCommandLineOption widthOption(
        QStringLiteral("width"),
        QStringLiteral("Width in pixels of PNG pages (default %1, A4 at 150 dpi) or of the summary PNG "
                       "(default %2).")
            .arg(defaults.pageWidthPx)
            .arg(defaults.summaryWidthPx),
        QStringLiteral("px"));
    const QCommandLineOption languageOption(
        QStringLiteral("language"),
        QStringLiteral("The report's language: en or zh_CN (default: the system's, as the console)."),
        QStringLiteral("language"));
    const QCommandLineOption forceOption(QStringLiteral("force"),
                                         QStringLiteral("Replace output files that exist."));
    parser.addOptions({outputOption, formatOption, widthOption, languageOption, forceOption});
    QStringList argv = arguments;
    argv.prepend(QStringLiteral("etcd-drill-cli report"));
    if (!parser.parse(argv)) {
        err << "etcd-drill-cli report: " << parser.errorText() << "\nRun 'etcd-drill-cli report --help'.\n";
        return kExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << CommandHelp::text(parser, QStringLiteral("report"));
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1 || !parser.isSet(outputOption)) {
        err << "etcd-drill-cli report: give one drill folder (or journal.jsonl) and -o <output>, e.g.\n"
               "  etcd-drill-cli report drills/lab-20261125T232147Z -o report.pdf\n";
        return kExitUsage;
    }

    ReportExportRequest request;
    request.journal = positional.front();
    request.output = parser.value(outputOption);
    request.overwrite = parser.isSet(forceOption);
    std::optional<ReportFormat> format;
    if (parser.isSet(formatOption)) {
        format = ReportFormatNames::fromName(parser.value(formatOption));
        if (!format) {
            err << "etcd-drill-cli report: --format " << parser.value(formatOption)
                << " is not one of pdf, png, summary-png, csv, json, junit.\n";
            return kExitUsage;
        }
    } else {
        format = ReportFormatNames::fromPath(request.output);
        if (!format) {
            err << "etcd-drill-cli report: cannot tell the format from " << request.output
                << ": end it in .pdf, .png, .csv or .json, or give --format.\n";
            return kExitUsage;
        }
    }
    request.format = *format;
    if (parser.isSet(widthOption)) {
        bool ok = false;
        const int width = parser.value(widthOption).toInt(&ok);
        if (!ok || width < ReportRenderOptions::kMinWidthPx || width > ReportRenderOptions::kMaxWidthPx) {
            err << "etcd-drill-cli report: --width " << parser.value(widthOption)
                << " is not a width in pixels between " << ReportRenderOptions::kMinWidthPx << " and "
                << ReportRenderOptions::kMaxWidthPx << ".\n";
            return kExitUsage;
        }
        request.render.pageWidthPx = width;
        request.render.summaryWidthPx = width;
    }

    const std::unique_ptr<TranslationLoader> translation =
        CliLanguage::load(QStringLiteral("report"), parser.value(languageOption), err,
                          QStringLiteral("the report is in English"));
    if (!translation)
        return kExitUsage;
    request.render.language = translation->language();

    // The previous drill of the same cluster in the drill's journal folder, for the comparison section.
    request.comparison = DrillComparison::forDrill(request.journal);
    const ReportExportResult result = ReportExport::run(request);
    if (result.journalUnreadable) {
        err << "etcd-drill-cli report: " << result.output.error << "\n";
        return kExitFailed;
    }
    if (!result.output.ok) {
        err << "etcd-drill-cli report: " << result.output.error << "\n";
        return result.output.refusedExisting ? kExitUsage : kExitFailed;
    }
    for (const QString& file : result.output.files)
        out << QDir::toNativeSeparators(file) << "\n";
    out << "written: " << result.output.files.size() << " file(s), "
        << ReportRenderer::bytesText(result.output.bytes);
    if (result.output.pages > 0 && request.format != ReportFormat::SummaryPng)
        out << ", " << result.output.pages << " page(s)";
    out << "; outcome " << (result.outcome.isEmpty() ? QStringLiteral("unknown") : result.outcome)
        << "; read in " << result.buildMs << " ms, written in " << result.writeMs << " ms\n";
    if (!result.reportComplete)
        err << "etcd-drill-cli report: the journal does not record the whole drill; the report is marked "
               "incomplete and says why.\n";
    return kExitWritten;
}

} // namespace etcddrill
