// The effect of stopping a member's etcd (every fault today: static pod, systemd, custom commands): its
// endpoint stops answering, and answers again once the fault is removed. Observed with an EndpointWatcher on
// the target's etcd endpoint (a Status call every 100 ms with the etcd deadline), so the moments are timed
// more finely than the ClusterMonitor's poll; in a snapshot the effect shows as the target's endpoint being
// unreachable.
//
// Thread: the drill engine's. Owner: DrillEngine (a QObject child, through FaultFactory::effect()).
#pragma once

#include "FaultEffect.h"

#include "config/NodeConfig.h"
#include "config/TlsFiles.h"

namespace etcddrill {

class EndpointWatcher;

class StopsAnsweringEffect : public FaultEffect
{
    Q_OBJECT

public:
    StopsAnsweringEffect(const NodeConfig& target, const TlsFiles& tls, Millis requestTimeout,
                         QObject* parent = nullptr);
    ~StopsAnsweringEffect() override;

    FaultEffectKind kind() const override { return FaultEffectKind::StopsAnswering; }
    void watch() override;
    void stop() override;
    QString lastError() const override;
    bool visibleIn(const ClusterSnapshot& snapshot) const override;

    LocalizedText waitingToTake(Millis timeout) const override;
    LocalizedText tookStepText(Millis after) const override;
    DrillCheck tookCheck(Millis after, Millis timeout) const override;
    DrillCheck notTakenCheck(Millis timeout) const override;
    LocalizedText waitingToClear(Millis timeout) const override;
    LocalizedText clearedStepText(Millis after) const override;
    DrillCheck clearedCheck(Millis after, Millis timeout) const override;
    DrillCheck notClearedCheck(Millis timeout) const override;

private:
    QString m_node;
    EndpointWatcher* m_watcher = nullptr; // child
};

} // namespace etcddrill
