// Reads a drill's samples.csv (written by DrillSampleLog) back for the report and the replay. Tolerant like
// JournalReader: a cut-off last row is dropped and reported, a damaged row is skipped and reported, the rest
// is kept. Fast enough for a one-hour drill (360,000 rows in well under a second): one pass over the bytes,
// no per-row allocations besides new texts. Stateless; any thread.
#pragma once

#include "SampleReadResult.h"

#include <QByteArray>
#include <QString>

namespace etcddrill {

class DrillSampleReader
{
public:
    static SampleReadResult read(const QString& file);
    static SampleReadResult parse(const QByteArray& content, const QString& fileName);
};

} // namespace etcddrill
