// The operator's confirmation gates before the stop and the start of the target's etcd. request() builds the
// gate (what to type, the action, exactly the commands that will run), sets its step waiting for the
// operator and journals gate-requested; confirm() takes what the operator typed — the node name, exactly —
// and journals gate-refused or gate-confirmed (with who confirmed, and when). What a confirmed gate starts is
// the engine's to decide.
//
// Thread: the drill engine's. Owner: DrillEngine (a QObject child).
#pragma once

#include "DrillGate.h"
#include "OperatorIdentity.h"

#include <QObject>
#include <optional>

namespace etcddrill {

class CommandSequencer;
class DrillRecorder;
class FaultAction;

class DrillGateKeeper : public QObject
{
    Q_OBJECT

public:
    DrillGateKeeper(bool dryRun, const OperatorIdentity& me, DrillRecorder& recorder,
                    const CommandSequencer& commands, QObject* parent = nullptr);
    ~DrillGateKeeper() override;

    // The gate of `step` (StopTarget or StartTarget) for `node`, whose fault is `action`.
    void request(DrillStep::Id step, const QString& node, const FaultAction& action);
    // The confirmed gate, or nothing (gateRefused() said why: a mismatch, or no gate pending).
    std::optional<DrillGate> confirm(const QString& typed);
    void cancel(); // the drill rolls back or ended: nothing is pending any more
    const std::optional<DrillGate>& pending() const { return m_gate; }

signals:
    void gateRequested(const etcddrill::DrillGate& gate);
    void gateRefused(const etcddrill::DrillGate& gate, const QString& reason);
    void gateConfirmed(const etcddrill::DrillGate& gate);

private:
    bool m_dryRun = false;
    OperatorIdentity m_me;
    DrillRecorder& m_recorder;
    const CommandSequencer& m_commands;
    std::optional<DrillGate> m_gate;
};

} // namespace etcddrill
