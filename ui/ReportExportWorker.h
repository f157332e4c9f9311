// Runs one report export (core's ReportExport: read the drill folder, render or export, write the files) off
// the GUI thread for ReportExportDialog.
// Thread: lives on the dialog's worker QThread; export() is invoked there (queued), finished() reaches the
// dialog queued. Owner: ReportExportDialog (deleted with the thread's finished()).
#pragma once

#include "report/ReportExport.h"

#include <QObject>

namespace etcddrill {

class ReportExportWorker : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

public slots:
    void exportReport(const etcddrill::ReportExportRequest& request);

signals:
    void finished(const etcddrill::ReportExportResult& result);
};

} // namespace etcddrill
