// How ReportRenderer lays a report out: the language (fonts with CJK glyphs and the locale that formats
// dates and numbers; the texts themselves come from the translator the caller installed), the size of PNG
// pages and of the summary image, and when to add a table of contents. A value type.
#pragma once

#include <QString>

namespace etcddrill {

struct ReportRenderOptions
{
    QString language = QStringLiteral("en"); // "en" or "zh_CN"
    int pageWidthPx = 1240;                  // PNG pages: 1240 px = A4 at 150 dpi
    int summaryWidthPx = 1200;               // the summary image for chat
    int tocMinPages = 4;     // a table of contents when the report has at least this many pages
    int maxDetailLines = 40; // a timeline row's command output beyond this is cut ("… N more lines")
};

} // namespace etcddrill
