// What the report shows of the previous drill of the same cluster: which drill it was and each key figure
// next to its previous value, marked worse or better (ComparedFigure). Filled by core/history's
// DrillComparison (ReportExportRequest::comparison), since the report itself reads only its own folder. A
// value type.
#pragma once

#include "ComparedFigure.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace etcddrill {

struct ReportComparison
{
    QString previousFolder;
    QDateTime previousStartedAt; // UTC
    QString previousOutcome;
    QString previousOperator;
    QList<ComparedFigure> figures;

    int worse() const
    {
        int n = 0;
        for (const ComparedFigure& f : figures)
            n += f.worse() ? 1 : 0;
        return n;
    }
};

} // namespace etcddrill
