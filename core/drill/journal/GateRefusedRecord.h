// journal "gate-refused": a typed confirmation did not match the gate's node name. Written by the engine for
// every refused answer.
#pragma once

#include "JournalKind.h"

#include <QJsonObject>
#include <QString>

namespace etcddrill {

struct GateRefusedRecord
{
    static constexpr JournalKind kKind = JournalKind::GateRefused;

    QString step;   // DrillStep::idName of the gate's step
    QString typed;  // what was typed, trimmed, at most 64 characters (the caller cuts it); not redacted
    QString reason; // English: DrillGate::mismatch

    QJsonObject toJson() const;
    static GateRefusedRecord fromJson(const QJsonObject& json);
};

} // namespace etcddrill
