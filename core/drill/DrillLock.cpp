#include "DrillLock.h"

#include "etcd/EtcdClient.h"

namespace etcddrill {

DrillLock::DrillLock(const DrillConfig& config, std::chrono::seconds ttl, QObject* parent)
    : QObject(parent), m_config(config), m_key(keyFor(config)), m_ttl(std::max(ttl, std::chrono::seconds(2)))
{
    for (const NodeConfig& node : config.nodes) {
        QString error;
        auto client =
            EtcdClient::create(node.etcdEndpoint, config.etcd.tls, config.etcd.requestTimeout, &error);
        if (!client) {
            m_setupErrors.append(error);
            continue;
        }
        client->setParent(this);
        m_clients.push_back(std::move(client));
    }
    m_renewTimer.setParent(this);
    // A third of the TTL: two renewals may fail (a member going down, an election) before the lease is at
    // risk.
    m_renewTimer.setInterval(std::chrono::milliseconds(m_ttl) / 3);
    connect(&m_renewTimer, &QTimer::timeout, this, &DrillLock::renew);
}

DrillLock::~DrillLock()
{
    m_renewTimer.stop();
    // Clients first: they cancel their calls, whose callbacks capture this object.
    m_clients.clear();
}

QByteArray DrillLock::keyFor(const DrillConfig& config)
{
    return (config.etcd.writePrefix + QStringLiteral("lock")).toUtf8();
}

template <typename Result>
void DrillLock::withFailover(std::function<void(EtcdClient&, std::function<void(const Result&)>)> call,
                             std::function<void(const Result&)> done, int attempt)
{
    if (m_clients.empty()) {
        Result result;
        result.grpcCode = 14; // UNAVAILABLE
        result.error = m_setupErrors.isEmpty() ? QStringLiteral("no etcd endpoint is configured")
                                               : m_setupErrors.join(QStringLiteral("; "));
        done(result);
        return;
    }
    EtcdClient& client = *m_clients[m_current % m_clients.size()];
    call(client, [this, call, done, attempt](const Result& result) {
        // Any failure moves on to the next member: a stopped member (the drill's target), one cut off from
        // the quorum, or one in the middle of an election. A real error repeats on every member and is
        // reported after the last.
        if (!result.ok() && attempt + 1 < int(m_clients.size())) {
            m_current = (m_current + 1) % m_clients.size();
            withFailover<Result>(call, done, attempt + 1);
            return;
        }
        done(result);
    });
}

QString DrillLock::refusal(const DrillLockHolder& holder) const
{
    QString text = QStringLiteral("cluster '%1' is already being drilled by %2 (lock %3 in etcd)")
                       .arg(m_config.clusterName, holder.describe(), QString::fromUtf8(m_key));
    if (holder.isDeadLocalProcess())
        text +=
            QStringLiteral(". That process no longer runs: run etcd-drill-cli recover -c <config> to restore "
                           "its target and remove the lock, or wait %1 s for the lock to expire")
                .arg(m_ttl.count());
    else
        text +=
            QStringLiteral(". Wait for that drill to end; if its console died, the lock expires within %1 s")
                .arg(m_ttl.count());
    return text;
}

void DrillLock::acquire(DrillLockHolder me, Done done)
{
    withFailover<EtcdLeaseResult>(
        [ttl = m_ttl](EtcdClient& client, auto cb) { client.leaseGrant(ttl, cb); },
        [this, me, done](const EtcdLeaseResult& grant) mutable {
            if (!grant.ok()) {
                done({false, std::nullopt, false,
                      QStringLiteral("cannot take the drill lock: no member granted a lease (%1)")
                          .arg(grant.error.english())});
                return;
            }
            me.leaseId = grant.id;
            const QByteArray value = me.toValue();
            withFailover<EtcdCreateResult>(
                [this, value, lease = grant.id](EtcdClient& client, auto cb) {
                    client.putIfAbsent(m_key, value, lease, cb);
                },
                [this, me, done, lease = grant.id](const EtcdCreateResult& created) {
                    if (created.ok() && created.created) {
                        m_leaseId = lease;
                        m_lastRenewed = std::chrono::steady_clock::now();
                        m_lostReported = false;
                        m_renewTimer.start();
                        done({true, me, false, {}});
                        return;
                    }
                    // Not ours: give the unused lease back at once instead of letting it expire.
                    withFailover<EtcdLeaseResult>(
                        [lease](EtcdClient& client, auto cb) { client.leaseRevoke(lease, cb); },
                        [](const EtcdLeaseResult&) {});
                    if (!created.ok()) {
                        done({false, std::nullopt, false,
                              QStringLiteral("cannot take the drill lock %1: %2")
                                  .arg(QString::fromUtf8(m_key), created.error.english())});
                        return;
                    }
                    const std::optional<DrillLockHolder> holder =
                        DrillLockHolder::fromValue(created.existingValue);
                    if (!holder) {
                        done(
                            {false, std::nullopt, true,
                             QStringLiteral("the drill lock key %1 exists but was not written by etcd-drill: "
                                            "check what wrote it (etcdctl get %1) and delete it, or set "
                                            "etcd.write-prefix to a prefix of etcd-drill's own")
                                 .arg(QString::fromUtf8(m_key))});
                        return;
                    }
                    done({false, holder, false, refusal(*holder)});
                });
        });
}

void DrillLock::inspect(Done done)
{
    withFailover<EtcdKvResult>(
        [this](EtcdClient& client, auto cb) { client.get(m_key, EtcdClient::Consistency::Linearizable, cb); },
        [this, done](const EtcdKvResult& read) {
            if (!read.ok()) {
                done({false, std::nullopt, false,
                      QStringLiteral("cannot read the drill lock %1: %2")
                          .arg(QString::fromUtf8(m_key), read.error.english())});
                return;
            }
            if (!read.found) {
                done({true, std::nullopt, false, {}});
                return;
            }
            const std::optional<DrillLockHolder> holder = DrillLockHolder::fromValue(read.value);
            if (!holder) {
                done({true, std::nullopt, true,
                      QStringLiteral("the drill lock key %1 exists but was not written by etcd-drill")
                          .arg(QString::fromUtf8(m_key))});
                return;
            }
            done({true, holder, false, refusal(*holder)});
        });
}

void DrillLock::release(Done done)
{
    m_renewTimer.stop();
    const qint64 lease = m_leaseId;
    if (lease == 0) {
        done({true, std::nullopt, false, {}});
        return;
    }
    withFailover<EtcdLeaseResult>(
        [lease](EtcdClient& client, auto cb) { client.leaseRevoke(lease, cb); },
        [this, done, lease](const EtcdLeaseResult& revoked) {
            if (m_leaseId == lease)
                m_leaseId = 0;
            if (!revoked.ok()) {
                done({false, std::nullopt, false,
                      QStringLiteral("cannot release the drill lock (%1); it expires by itself within %2 s")
                          .arg(revoked.error.english())
                          .arg(m_ttl.count())});
                return;
            }
            done({true, std::nullopt, false, {}});
        });
}

void DrillLock::revokeStale(const DrillLockHolder& holder, Done done)
{
    const qint64 lease = holder.leaseId;
    if (lease == 0) {
        done({false, holder, false, QStringLiteral("the lock names no lease to revoke")});
        return;
    }
    withFailover<EtcdLeaseResult>(
        [lease](EtcdClient& client, auto cb) { client.leaseRevoke(lease, cb); },
        [done, holder](const EtcdLeaseResult& revoked) {
            // NOT_FOUND (5): the lease expired meanwhile, which is what we wanted.
            if (!revoked.ok() && revoked.grpcCode != 5) {
                done({false, holder, false,
                      QStringLiteral("cannot remove the stale drill lock: %1").arg(revoked.error.english())});
                return;
            }
            done({true, holder, false, {}});
        });
}

void DrillLock::renew()
{
    if (m_leaseId == 0 || m_renewing)
        return;
    m_renewing = true;
    const qint64 lease = m_leaseId;
    withFailover<EtcdLeaseResult>(
        [lease](EtcdClient& client, auto cb) { client.leaseKeepAlive(lease, cb); },
        [this, lease](const EtcdLeaseResult& renewed) {
            m_renewing = false;
            if (m_leaseId != lease)
                return; // released meanwhile
            const auto now = std::chrono::steady_clock::now();
            QString reason;
            if (renewed.expired())
                reason = QStringLiteral("etcd says the drill lock's lease %1 no longer exists").arg(lease);
            else if (renewed.ok())
                m_lastRenewed = now;
            else if (now - m_lastRenewed > m_ttl)
                reason =
                    QStringLiteral("the drill lock could not be renewed for %1 s (%2)")
                        .arg(std::chrono::duration_cast<std::chrono::seconds>(now - m_lastRenewed).count())
                        .arg(renewed.error.english());
            if (!reason.isEmpty() && !m_lostReported) {
                m_lostReported = true;
                m_renewTimer.stop();
                m_leaseId = 0;
                emit lost(reason);
            }
        });
}

} // namespace etcddrill
