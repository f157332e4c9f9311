// Writes every raw probe sample of a drill to samples.csv next to the journal, one row per sample, so the
// report can redraw any window at full resolution. The journal itself keeps only per-second summaries.
// Columns: target, start_mono_ms, outcome, http_status, total_ms, dns_ms, connect_ms, tls_ms, ttfb_ms,
// start_lag_ms, reused_connection, backend, detail. Rows are buffered and written per batch (about every
// 50 ms, as the scheduler delivers them) and flushed to the OS each time. Not thread-safe: lives on the
// engine's thread.
#pragma once

#include "probe/ProbeSample.h"

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

    static QByteArray header();
    static QByteArray row(const QString& target, const ProbeSample& sample);

private:
    QFile m_file;
};

} // namespace etcddrill
