#include "ReportExportWorker.h"

#include "history/DrillComparison.h"

namespace etcddrill {

void ReportExportWorker::exportReport(const ReportExportRequest& request)
{
    // On the worker thread: the previous drill of the cluster is read here too, so the console's export has
    // the same comparison section as `etcd-drill-cli report`.
    ReportExportRequest withComparison = request;
    if (!withComparison.comparison)
        withComparison.comparison = DrillComparison::forDrill(request.journal);
    emit finished(ReportExport::run(withComparison));
}

} // namespace etcddrill
