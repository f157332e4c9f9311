// One row of a probe-samples CSV file, built field by field: the one place that knows how etcd-drill writes
// a CSV field (UTF-8; RFC 4180: a field holding a comma, a quote or a line break is quoted, its quotes
// doubled) and a time in ms (three decimals, C locale). Three files are written with it, in layouts that
// differ on purpose and are each kept by their owner:
//  - samples.csv beside the journal, part of the journal format (DrillSampleLog; read back by
//    DrillSampleReader),
//  - the report's CSV export: samples.csv's columns plus relative_ms (ReportDataExport),
//  - `etcd-drill-cli probe --csv`, for a spreadsheet: times from the run's start and in UTC, the backend
//    next to the status (the CLI's SampleCsvWriter).
// A value type; any thread.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace etcddrill {

class SampleCsvRow
{
public:
    // A text field, quoted when it must be.
    SampleCsvRow& text(const QString& text);
    // A field already in UTF-8 (e.g. one read back from a CSV file), quoted when it must be.
    SampleCsvRow& utf8(QByteArrayView bytes);
    // A time in ms with three decimals: "12.345".
    SampleCsvRow& ms(double milliseconds);
    // A duration kept in µs, written in ms: 12345 -> "12.345".
    SampleCsvRow& microsAsMs(quint32 microseconds);
    SampleCsvRow& number(qint64 value);
    SampleCsvRow& empty();

    // The fields joined by commas, with the line's end.
    QByteArray line() const;

    static QByteArray escape(QByteArrayView utf8);

private:
    void next();

    QByteArray m_bytes;
    bool m_started = false;
};

} // namespace etcddrill
