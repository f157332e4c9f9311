// How a report is written: the language (fonts with CJK glyphs and the locale that formats dates and
// numbers) and the translator its texts come from (default: the ones installed in the application, as the
// CLI installs them; the export dialog passes the chosen language's own), the size of PNG pages and of the
// summary image, and when to add a table of contents. The defaults here are the faces' defaults too (the
// CLI's and the export dialog's). A value type.
#pragma once

#include "ReportFormat.h"
#include "i18n/TextTranslator.h"

#include <QLocale>
#include <QString>

namespace etcddrill {

struct ReportRenderOptions
{
    QString language = QStringLiteral("en"); // "en" or "zh_CN"
    TextTranslator translator;               // the texts' language; should be `language`'s
    int pageWidthPx = 1240;                  // PNG pages: 1240 px = A4 at 150 dpi
    int summaryWidthPx = 1200;               // the summary image for chat
    int tocMinPages = 4;     // a table of contents when the report has at least this many pages
    int maxDetailLines = 40; // a timeline row's command output beyond this is cut ("… N more lines")

    // The widths a face accepts for PNG pages and the summary image (--width, the dialog's width box).
    static constexpr int kMinWidthPx = 200;
    static constexpr int kMaxWidthPx = 10000;

    // The width that applies to `format`: pageWidthPx for PNG pages, summaryWidthPx for the others (only the
    // summary PNG uses it).
    int widthPx(ReportFormat format) const
    {
        return format == ReportFormat::PngPages ? pageWidthPx : summaryWidthPx;
    }
    void setWidthPx(ReportFormat format, int px)
    {
        (format == ReportFormat::PngPages ? pageWidthPx : summaryWidthPx) = px;
    }

    // The report language for a reader of `locale` (the export dialog passes the console's, QLocale()):
    // Simplified Chinese, the one translation there is, for any Chinese; English otherwise.
    static QString languageFor(const QLocale& locale)
    {
        return locale.name().startsWith(QLatin1String("zh")) ? QStringLiteral("zh_CN") : QStringLiteral("en");
    }
};

} // namespace etcddrill
