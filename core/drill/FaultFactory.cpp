#include "FaultFactory.h"

#include "CommandAction.h"
#include "LocalTransport.h"
#include "SshTransport.h"
#include "StaticPodAction.h"
#include "StopsAnsweringEffect.h"
#include "SystemdAction.h"

namespace etcddrill {

std::unique_ptr<FaultEffect> FaultFactory::effect(const FaultAction& action, const NodeConfig& node,
                                                  const EtcdSettings& etcd)
{
    switch (action.effect()) {
    case FaultEffectKind::StopsAnswering:
        break;
    }
    return std::make_unique<StopsAnsweringEffect>(node, etcd.tls, etcd.requestTimeout);
}

std::unique_ptr<FaultAction> FaultFactory::action(const DrillSettings& drill, const NodeConfig& node)
{
    switch (drill.fault) {
    case DrillSettings::Fault::StaticPod:
        return std::make_unique<StaticPodAction>(drill.manifestOn(node), drill.backupDirOn(node), node.name);
    case DrillSettings::Fault::Systemd:
        return std::make_unique<SystemdAction>(drill.unit, node.name);
    case DrillSettings::Fault::Command:
        return std::make_unique<CommandAction>(drill.stopCommand, drill.startCommand, node.name);
    }
    return nullptr;
}

std::unique_ptr<CommandTransport> FaultFactory::transport(const DrillSettings& drill, const NodeConfig& node,
                                                          const SshSettings& ssh, QString* error)
{
    if (drill.transport == DrillSettings::Transport::Local)
        return std::make_unique<LocalTransport>(drill.sudo);
    if (node.sshHost.trimmed().isEmpty()) {
        *error =
            QStringLiteral("node %1 has no ssh: entry, but drill.transport is ssh: add ssh: user@host to "
                           "node %1, or use transport: local on the node itself")
                .arg(node.name);
        return nullptr;
    }
    QString why;
    const std::optional<SshTarget> target = SshTarget::parse(node.sshHost, &why);
    if (!target) {
        *error = QStringLiteral("node %1's ssh: '%2' cannot be used: %3").arg(node.name, node.sshHost, why);
        return nullptr;
    }
    SshSettings settings = ssh;
    settings.connectTimeout = drill.sshConnectTimeout;
    settings.sudo = drill.sudo;
    return std::make_unique<SshTransport>(*target, settings);
}

QString FaultFactory::faultName(DrillSettings::Fault fault)
{
    switch (fault) {
    case DrillSettings::Fault::StaticPod:
        return FaultAction::kindName(FaultAction::Kind::StaticPod);
    case DrillSettings::Fault::Systemd:
        return FaultAction::kindName(FaultAction::Kind::Systemd);
    case DrillSettings::Fault::Command:
        return FaultAction::kindName(FaultAction::Kind::Command);
    }
    return {};
}

QString FaultFactory::transportName(DrillSettings::Transport transport)
{
    return transport == DrillSettings::Transport::Ssh ? QStringLiteral("ssh") : QStringLiteral("local");
}

} // namespace etcddrill
