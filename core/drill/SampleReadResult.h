// What DrillSampleReader found in a samples.csv: one series per target (in order of first appearance), a
// cut-off last row (a crash mid-write) and any other row that could not be read. A value type.
#pragma once

#include "RecordedSeries.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace etcddrill {

struct SampleReadResult
{
    QString file;
    QString error; // the file could not be read at all (or has no samples.csv header); empty otherwise
    QList<RecordedSeries> series;
    qint64 rows = 0;               // rows read into series
    bool truncatedLastRow = false; // the last row has no line end and is incomplete: dropped
    QStringList problems;          // "samples.csv:12: 9 columns, expected 13 — skipped" (at most 20 listed)
    qint64 skippedRows = 0;        // every row skipped, also those beyond the 20 listed

    bool ok() const { return error.isEmpty(); }
    const RecordedSeries* find(const QString& target) const
    {
        for (const RecordedSeries& one : series) {
            if (one.target == target)
                return &one;
        }
        return nullptr;
    }
};

} // namespace etcddrill
