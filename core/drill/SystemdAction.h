// The fault for etcd run as a systemd service: `systemctl stop <unit>` and `systemctl start <unit>`, after
// checking that systemd knows the unit and that it is active (stopping an inactive unit would measure
// nothing). Immutable, any thread.
#pragma once

#include "FaultAction.h"

namespace etcddrill {

class SystemdAction : public FaultAction
{
public:
    // unit: "etcd", "etcd.service", "etcd@m1" (drill.unit); node names the node in messages.
    explicit SystemdAction(const QString& unit, const QString& node = QString());

    Kind kind() const override { return Kind::Systemd; }
    QString configurationProblem() const override;
    QList<PlannedCommand> preflightCommands() const override;
    QList<PlannedCommand> stopCommands() const override;
    QList<PlannedCommand> startCommands() const override;
    std::optional<PlannedCommand> verifyStoppedCommand() const override;

    const QString& unit() const { return m_unit; }

private:
    QString m_unit;
};

} // namespace etcddrill
