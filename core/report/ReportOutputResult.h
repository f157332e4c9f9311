// What writing a report (or its data) to files did: the files written, or why nothing was written. A value
// type returned by ReportRenderer and ReportExport; the faces turn it into a message or an exit code.
#pragma once

#include <QString>
#include <QStringList>

namespace etcddrill {

struct ReportOutputResult
{
    bool ok = false;
    bool refusedExisting = false; // a target file exists and overwriting was not allowed: nothing was written
    QString error;                // names the file and says what to do; empty when ok
    QStringList files;            // written, in page order
    qint64 bytes = 0;             // total size of the files written
    int pages = 0;                // pages rendered (PDF, PNG pages)
};

} // namespace etcddrill
