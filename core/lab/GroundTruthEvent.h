// One line of <lab>/ground-truth.jsonl: what the lab itself saw happen to a supervised process (it started,
// it stopped because its manifest went away, it exited on its own). Drill measurements are checked against
// these. A value type; the JSON keys are stable (other tools read the file):
//   {"time": "2024-05-01T10:00:00.123Z", "mono_ms": 123456, "node": "M3", "process": "etcd",
//    "event": "stopped", "pid": 4242, "detail": "manifest removed; exited after SIGTERM in 310 ms"}
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <optional>

namespace etcddrill {

struct GroundTruthEvent
{
    QDateTime time; // UTC wall clock, millisecond precision
    qint64 monoMs =
        0;           // CLOCK_MONOTONIC in ms (time since boot): comparable with steady_clock in every process
    QString node;    // "M3"
    QString process; // "etcd"
    QString event;   // "started", "stopped" (exit we asked for), "exited" (exit we did not ask for)
    qint64 pid = 0;
    QString detail;

    static GroundTruthEvent now(const QString& node, const QString& process, const QString& event, qint64 pid,
                                const QString& detail);
    QByteArray toJsonLine() const; // without the trailing newline
    static std::optional<GroundTruthEvent> fromJsonLine(const QByteArray& line);
};

} // namespace etcddrill
