#include "ReportFormat.h"

#include <QDir>
#include <QFileInfo>

namespace etcddrill {

QString ReportFormatNames::name(ReportFormat format)
{
    switch (format) {
    case ReportFormat::Pdf:
        return QStringLiteral("pdf");
    case ReportFormat::PngPages:
        return QStringLiteral("png");
    case ReportFormat::SummaryPng:
        return QStringLiteral("summary-png");
    case ReportFormat::SamplesCsv:
        return QStringLiteral("csv");
    case ReportFormat::SummaryJson:
        return QStringLiteral("json");
    case ReportFormat::JUnit:
        return QStringLiteral("junit");
    }
    return QStringLiteral("pdf");
}

std::optional<ReportFormat> ReportFormatNames::fromName(const QString& name)
{
    for (ReportFormat format : {ReportFormat::Pdf, ReportFormat::PngPages, ReportFormat::SummaryPng,
                                ReportFormat::SamplesCsv, ReportFormat::SummaryJson, ReportFormat::JUnit}) {
        if (name.compare(ReportFormatNames::name(format), Qt::CaseInsensitive) == 0)
            return format;
    }
    return std::nullopt;
}

std::optional<ReportFormat> ReportFormatNames::fromPath(const QString& path)
{
    if (path.endsWith(QLatin1Char('/')) || QFileInfo(path).isDir())
        return ReportFormat::PngPages;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return ReportFormat::Pdf;
    if (suffix == QLatin1String("png"))
        return ReportFormat::PngPages;
    if (suffix == QLatin1String("csv"))
        return ReportFormat::SamplesCsv;
    if (suffix == QLatin1String("json"))
        return ReportFormat::SummaryJson;
    if (suffix == QLatin1String("xml"))
        return ReportFormat::JUnit;
    return std::nullopt;
}

QString ReportFormatNames::suffix(ReportFormat format)
{
    switch (format) {
    case ReportFormat::Pdf:
        return QStringLiteral("pdf");
    case ReportFormat::PngPages:
    case ReportFormat::SummaryPng:
        return QStringLiteral("png");
    case ReportFormat::SamplesCsv:
        return QStringLiteral("csv");
    case ReportFormat::SummaryJson:
        return QStringLiteral("json");
    case ReportFormat::JUnit:
        return QStringLiteral("xml");
    }
    return QStringLiteral("pdf");
}

QStringList ReportFormatNames::pngPageFiles(const QString& pathOrDir, int pages)
{
    QString base;
    if (pathOrDir.endsWith(QLatin1Char('/')) || QFileInfo(pathOrDir).isDir()) {
        base = QDir(pathOrDir).filePath(QStringLiteral("report"));
    } else {
        base = pathOrDir;
        if (base.endsWith(QLatin1String(".png"), Qt::CaseInsensitive))
            base.chop(4);
    }
    QStringList files;
    for (int i = 1; i <= pages; ++i)
        files << QStringLiteral("%1-%2.png").arg(base).arg(i);
    return files;
}

} // namespace etcddrill
