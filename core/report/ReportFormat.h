// The files a drill report can be exported as, and their names on the command line and in file suffixes.
// A value type.
#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace etcddrill {

enum class ReportFormat { Pdf, PngPages, SummaryPng, SamplesCsv, SummaryJson, JUnit };

struct ReportFormatNames
{
    // "pdf", "png", "summary-png", "csv", "json", "junit"
    static QString name(ReportFormat format);
    static std::optional<ReportFormat> fromName(const QString& name);
    // From an output path's suffix: .pdf, .png (pages), .csv, .json, .xml (JUnit); a directory means PNG
    // pages.
    static std::optional<ReportFormat> fromPath(const QString& path);
    static QString suffix(ReportFormat format); // "pdf", "png", "png", "csv", "json", "xml"
    // The files PNG pages go to: "out.png" gives out-1.png, out-2.png…; an existing directory (or a path
    // ending in '/') gives <dir>/report-1.png…
    static QStringList pngPageFiles(const QString& pathOrDir, int pages);
};

} // namespace etcddrill
