// Writes every raw probe sample of a drill to samples.csv next to the journal, one row per sample, so the
// report can redraw any window at full resolution. The journal itself keeps only per-second summaries.
// Columns: target, start_mono_ms, outcome, http_status, total_ms, dns_ms, connect_ms, tls_ms, ttfb_ms,
// start_lag_ms, reused_connection, backend, detail (SampleCsvRow writes the fields). Rows are buffered and
// written per batch (about every 50 ms, as the scheduler delivers them) and flushed to the OS each time. Not
// thread-safe: lives on the engine's thread.
#pragma once

#include "RecordedSeries.h"

#include "probe/ProbeSample.h"
#include "probe/SampleCsvRow.h"

#include <QFile>
#include <QList>
#include <QString>

namespace etcddrill {

class DrillSampleLog
{
public:
    bool open(const QString& file, QString* error); // creates the file with its header row
    bool isOpen() const { return m_file.isOpen(); }
    void append(const QString& target, const QList<ProbeSample>& samples);
    void close();

    static constexpr int kColumns = 13;
    static constexpr int kDetailColumn = 12;
    static QByteArray header();
    static QByteArray row(const QString& target, const ProbeSample& sample);
    // A sample read back (DrillSampleReader) in the same columns, without the line's end so that a caller
    // can add columns (the report's export adds relative_ms). RecordedSample keeps no phase durations nor
    // start lag: those fields are empty.
    static SampleCsvRow recordedRow(const QString& target, const RecordedSample& sample,
                                    const QString& backend, const QString& detail);

private:
    QFile m_file;
};

} // namespace etcddrill
