// Writes probe samples to a CSV file as they arrive, one row per sample, so a long run never holds its
// samples twice in memory: target, start relative to the run's start (ms) and as UTC ISO time, outcome,
// HTTP status, answering backend, the phase durations (ms; empty when the phase was not reached), the
// scheduler's start lag, whether the connection was reused, and the failure detail. The layout is the CLI's
// own (not samples.csv's); the fields are written by SampleCsvRow, like every probe-samples CSV.
// Lives in main()'s thread; owned by ProbeCommand.
#pragma once

#include "ProbeSample.h"

#include <QDateTime>
#include <QFile>
#include <QString>
#include <chrono>

namespace etcddrill {

class SampleCsvWriter
{
public:
    // origin: the run's slot 0; wallAt/steadyAt: one moment read on both clocks, to date the samples.
    SampleCsvWriter(std::chrono::steady_clock::time_point origin, QDateTime wallAt,
                    std::chrono::steady_clock::time_point steadyAt);

    // Creates (or truncates) the file and writes the header line; false and a message naming the file.
    bool open(const QString& path, QString* error);
    void write(const QString& target, const ProbeSample& sample);
    // Flushes and closes; false and a message when something could not be written (disk full…).
    bool close(QString* error);

    static QString headerLine();
    // One line, with its end (the fields are SampleCsvRow's).
    QByteArray row(const QString& target, const ProbeSample& sample) const;

private:
    QFile m_file;
    std::chrono::steady_clock::time_point m_origin;
    QDateTime m_wallAt;
    std::chrono::steady_clock::time_point m_steadyAt;
};

} // namespace etcddrill
