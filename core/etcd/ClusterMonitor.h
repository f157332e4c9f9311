// Watches the etcd cluster of a DrillConfig: polls every configured endpoint in parallel, builds one
// ClusterSnapshot per poll round and reports the changes between rounds as ClusterEvents.
//
// Per endpoint and round it asks Status, the linearizable health read, the member list and the alarms
// (four parallel calls on the endpoint's EtcdClient, each with etcd.requestTimeout). The member list and the
// alarms come from whichever endpoint answered last; every endpoint is asked so that any one is enough.
//
// Snapshot timing: a round's snapshot is emitted as soon as every call of the round has completed, or at
// the next tick, whichever comes first — so one slow or hung endpoint never holds back the others, and
// snapshots keep coming every pollInterval. An endpoint whose calls are still in flight at a tick is not
// asked again (no pile-up of calls against a hung member); it keeps its last known values in the snapshots
// until its calls complete — at the latest when their deadline fires, which marks it down in the next
// snapshot. A round with nothing to ask (all endpoints busy or unusable) is emitted right away (queued).
//
// With etcd.writeCheck the monitor also runs EtcdClient::writeCheck on every endpoint each round, but outside
// the round: it may take several deadlines on a sick member, so its outcome (MemberStatus::write*) lands in
// the first snapshot after it finished, and a new check starts only when the previous one has.
//
// One-shot use (`status` without --watch): connect snapshotReady to a QEventLoop's quit, call pollOnce(),
// exec the loop; the snapshot arrives after at most about one requestTimeout.
//
// Thread: lives on the thread that created it; may be moved to a worker QThread before start() (the clients
// and the timer are its Qt children and move with it). Signals are meant for queued connections; the
// snapshot and event types are registered as metatypes. Owner: the caller (usually via a Qt parent).
#pragma once

#include "ClusterEvent.h"
#include "ClusterSnapshot.h"
#include "config/DrillConfig.h"

#include <QObject>
#include <QStringList>
#include <chrono>
#include <memory>

namespace etcddrill {

class ClusterMonitor : public QObject
{
    Q_OBJECT

public:
    explicit ClusterMonitor(const DrillConfig& config, QObject* parent = nullptr);
    ~ClusterMonitor() override;

    // Endpoints that cannot be polled at all (bad endpoint text, unreadable TLS file): one message each, also
    // shown as the endpoint's error in every snapshot. Empty when every node got a client.
    QStringList setupErrors() const;

    std::chrono::milliseconds pollInterval() const;
    void setPollInterval(std::chrono::milliseconds interval);
    bool isRunning() const;
    const ClusterSnapshot& lastSnapshot() const; // sequence 0 before the first snapshot

public slots:
    void start();    // polls now, then every pollInterval
    void stop();     // no snapshot or event is emitted after this until start()/pollOnce()
    void pollOnce(); // one round now; closes (emits) the current round first if it is still open

signals:
    void snapshotReady(const etcddrill::ClusterSnapshot& snapshot);
    void clusterEvent(const etcddrill::ClusterEvent& event);

private:
    struct Private;
    std::unique_ptr<Private> d;

    void startRound();
    void finishRound();
    void issue(int index);
    void callDone(int index);
};

} // namespace etcddrill
