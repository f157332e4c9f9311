// journal "write-check": a write through one surviving member (put, read back and delete a key under
// etcd.write-prefix), with its latency. Written by SurvivorWriteChecks for every write check: a first round
// when the survivors have a leader, then at a fixed interval until the start commands are issued.
#pragma once

#include "JournalKind.h"

#include <QJsonObject>
#include <QString>

namespace etcddrill {

struct WriteCheckRecord
{
    static constexpr JournalKind kKind = JournalKind::WriteCheck;

    QString node; // the member written through
    bool ok = false;
    double latencyMs = 0; // ms, fractional
    QString error;        // the first failing step, empty when ok (always written)
    // The target was down (fault applied, start commands not yet issued): only these count against
    // drill.hypothesis.write-failures. Read back, a line without it counts (true).
    bool counted = true;

    QJsonObject toJson() const;
    static WriteCheckRecord fromJson(const QJsonObject& json);
};

} // namespace etcddrill
