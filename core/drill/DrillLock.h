// The drill lock: so that two consoles never drill the same cluster at once. A key under etcd.write-prefix
// ("/etcd-drill/lock") created with a transaction "create_revision == 0" and attached to a lease that this
// object keeps alive (one short keep-alive stream per renewal, every TTL/3). The key's value names the
// holder (DrillLockHolder), which a refused console shows. If this process dies, the lease expires after
// its TTL and the lock goes with it; DrillRecovery revokes the lease of a dead local holder at once.
//
// Every call goes to one member and fails over to the next configured member when that one does not
// answer, so the lock keeps working through a survivor while the drill's target is down.
//
// Thread: lives on the thread that created it (the engine's); callbacks and lost() come on that thread.
// Owner: the engine (Qt child). Destroying it does not release the lock: call release() first (otherwise
// the lease simply expires).
#pragma once

#include "DrillLockHolder.h"

#include "config/DrillConfig.h"

#include <QObject>
#include <QTimer>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace etcddrill {

class EtcdClient;

class DrillLock : public QObject
{
    Q_OBJECT

public:
    struct Outcome
    {
        bool ok = false;                       // acquire: taken; release: released; inspect: read
        std::optional<DrillLockHolder> holder; // acquire refused / inspect: who holds it (nullopt: free)
        bool heldByStranger = false;           // the key exists but was not written by etcd-drill
        QString error;                         // why not, for the operator
    };
    using Done = std::function<void(const Outcome&)>;

    DrillLock(const DrillConfig& config, std::chrono::seconds ttl, QObject* parent = nullptr);
    ~DrillLock() override;

    static QByteArray keyFor(const DrillConfig& config); // etcd.write-prefix + "lock"
    QByteArray key() const { return m_key; }
    bool isHeld() const { return m_leaseId != 0; }
    qint64 leaseId() const { return m_leaseId; }

    // Takes the lock for `me` (its leaseId is filled in). Refused when someone else holds it: the outcome
    // names the holder.
    void acquire(DrillLockHolder me, Done done);
    // Reads the lock without taking it (dry run, recovery).
    void inspect(Done done);
    // Revokes our lease, which deletes the key.
    void release(Done done);
    // Revokes someone else's lease: only for a holder that is known to be dead (DrillRecovery).
    void revokeStale(const DrillLockHolder& holder, Done done);

signals:
    // The lease could not be renewed for longer than its TTL, or etcd says it is gone: another console may
    // take the lock now.
    void lost(const QString& reason);

private:
    template <typename Result>
    void withFailover(std::function<void(EtcdClient&, std::function<void(const Result&)>)> call,
                      std::function<void(const Result&)> done, int attempt = 0);
    void renew();
    QString refusal(const DrillLockHolder& holder) const;

    DrillConfig m_config;
    QByteArray m_key;
    std::chrono::seconds m_ttl;
    std::vector<std::unique_ptr<EtcdClient>> m_clients;
    QStringList m_setupErrors;
    size_t m_current = 0; // the member calls go to first
    qint64 m_leaseId = 0;
    QTimer m_renewTimer;
    bool m_renewing = false;
    std::chrono::steady_clock::time_point m_lastRenewed;
    bool m_lostReported = false;
};

} // namespace etcddrill
