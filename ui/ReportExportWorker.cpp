#include "ReportExportWorker.h"

namespace etcddrill {

void ReportExportWorker::exportReport(const ReportExportRequest& request)
{
    emit finished(ReportExport::run(request));
}

} // namespace etcddrill
