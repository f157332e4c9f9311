// journal "gate-requested": a confirmation gate opened; the operator must type the target's node name before
// the drill stops or starts etcd. Written by the engine right after the step line in state
// waiting-for-operator. The JSON is DrillGate::toJson's.
#pragma once

#include "DrillGate.h"
#include "JournalKind.h"

#include <QJsonObject>

namespace etcddrill {

struct GateRequestedRecord
{
    static constexpr JournalKind kKind = JournalKind::GateRequested;

    // step ("stop-target", "start-target"), node (what must be typed), action (English), commands (in the
    // order they run once confirmed), dry_run. Read back, actionText stays empty (action is the English).
    DrillGate gate;

    QJsonObject toJson() const;
    static GateRequestedRecord fromJson(const QJsonObject& json);
};

} // namespace etcddrill
