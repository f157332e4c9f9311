// Builds what the drill config says about one node's fault: the FaultAction (drill.fault with the node's
// manifest and backup folder, the unit or the custom commands) and the CommandTransport that runs its
// commands (drill.transport: local, or ssh to the node's ssh: with drill.ssh-connect-timeout and drill.sudo),
// and the FaultEffect that checks what the action does to the member. Used by DrillEngine once the target is
// known and by DrillRecovery. Stateless.
#pragma once

#include "CommandTransport.h"
#include "FaultAction.h"
#include "FaultEffect.h"
#include "SshSettings.h"

#include "config/DrillSettings.h"
#include "config/EtcdSettings.h"
#include "config/NodeConfig.h"

#include <QString>
#include <memory>

namespace etcddrill {

class FaultFactory
{
public:
    static std::unique_ptr<FaultAction> action(const DrillSettings& drill, const NodeConfig& node);
    // nullptr with *error when the node cannot be reached as configured (transport ssh without a usable
    // ssh: entry). ssh: the client settings to start from; connect timeout and sudo come from `drill`.
    static std::unique_ptr<CommandTransport> transport(const DrillSettings& drill, const NodeConfig& node,
                                                       const SshSettings& ssh, QString* error);
    // The FaultEffect that observes `action`'s effect on `node`'s member (its etcd endpoint, with the etcd
    // TLS files and request deadline).
    static std::unique_ptr<FaultEffect> effect(const FaultAction& action, const NodeConfig& node,
                                               const EtcdSettings& etcd);
    // "static-pod", "systemd", "command" and "local", "ssh": the config's words.
    static QString faultName(DrillSettings::Fault fault);
    static QString transportName(DrillSettings::Transport transport);
};

} // namespace etcddrill
