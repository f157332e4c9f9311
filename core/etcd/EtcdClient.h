// An asynchronous etcd v3 client for ONE endpoint (one gRPC channel), used by ClusterMonitor for its polls
// and by tests and the CLI for one-off calls.
//
// Thread: lives on the thread that created it (or was moved to); call its methods from that thread only.
// Every call is asynchronous (gRPC callback API) with the client's deadline, and its result is delivered on
// this object's thread through its event loop, so callers need no locks. Nothing here blocks except the
// destructor, which cancels the calls still in flight and waits (briefly) for gRPC to acknowledge them;
// no result is delivered after destruction has begun. To drop a client from inside one of its own result
// callbacks, use deleteLater().
// Owner: whoever called create() (ClusterMonitor makes its clients Qt children).
#pragma once

#include "EtcdAlarmsResult.h"
#include "EtcdCreateResult.h"
#include "EtcdHashResult.h"
#include "EtcdHealthResult.h"
#include "EtcdKvResult.h"
#include "EtcdLeaseResult.h"
#include "EtcdMemberListResult.h"
#include "EtcdRangeResult.h"
#include "EtcdStatusResult.h"
#include "EtcdWatch.h"
#include "EtcdWriteCheckResult.h"
#include "config/EtcdEndpoint.h"
#include "config/TlsFiles.h"

#include <QObject>
#include <chrono>
#include <functional>
#include <memory>

namespace etcddrill {

class EtcdClient : public QObject
{
    Q_OBJECT

public:
    enum class Consistency { Linearizable, Serializable };
    template <typename Result> using Callback = std::function<void(const Result&)>;

    static constexpr std::chrono::milliseconds kDefaultDeadline{1000};

    // nullptr and *error set when the endpoint cannot be parsed or a TLS file cannot be read; the message
    // names the endpoint or file and what to fix. No connection is made here: gRPC connects on first use.
    static std::unique_ptr<EtcdClient> create(const QString& endpoint, const TlsFiles& tls,
                                              std::chrono::milliseconds deadline, QString* error);
    ~EtcdClient() override;

    const EtcdEndpoint& endpoint() const;
    bool usesTls() const;
    std::chrono::milliseconds deadline() const;
    void setDeadline(std::chrono::milliseconds deadline); // applies to calls started afterwards
    int callsInFlight() const;

    // Maintenance.Status: member ID, leader, raft term/index, version, DB size.
    void status(Callback<EtcdStatusResult> done);
    // The `etcdctl endpoint health` check: a linearizable read of the key "health".
    void health(Callback<EtcdHealthResult> done);
    void memberList(Callback<EtcdMemberListResult> done);
    // Maintenance.Alarm(GET): alarms raised anywhere in the cluster.
    void alarms(Callback<EtcdAlarmsResult> done);
    // Asks this endpoint, which must be the leader, to hand leadership to `targetMemberId` (etcdctl
    // move-leader). The embedded lab uses it so that its drill stops a follower every time.
    void moveLeader(quint64 targetMemberId, Callback<EtcdCallResult> done);
    void put(const QByteArray& key, const QByteArray& value, Callback<EtcdKvResult> done);
    void get(const QByteArray& key, Consistency consistency, Callback<EtcdKvResult> done);
    void deleteKey(const QByteArray& key, Callback<EtcdKvResult> done);
    // KV.Range over [key, rangeEnd) in key order, at most `limit` keys (0: all). rangeEnd empty: the key
    // alone; prefixEnd(p): every key that starts with p.
    void range(const QByteArray& key, const QByteArray& rangeEnd, Consistency consistency, qint64 limit,
               Callback<EtcdRangeResult> done);
    // KV.DeleteRange over [key, rangeEnd); the result's `deleted` counts the keys removed.
    void deleteRange(const QByteArray& key, const QByteArray& rangeEnd, Callback<EtcdKvResult> done);
    // Maintenance.HashKV of this member's store up to `revision` (0: its latest). Compare members at one
    // revision that every one of them has applied.
    void hashKv(qint64 revision, Callback<EtcdHashResult> done);
    // The end of the range of every key that starts with `prefix` (the prefix with its last byte below 0xff
    // incremented, what follows dropped); "\0" (every key from the prefix on) when there is none.
    static QByteArray prefixEnd(const QByteArray& prefix);
    // Watch.Watch on [key, rangeEnd) from startRevision on (inclusive; 0: from now), with the previous
    // value of each changed key. nullptr while the client is being destroyed. See EtcdWatch.
    std::unique_ptr<EtcdWatch> watch(const QByteArray& key, const QByteArray& rangeEnd, qint64 startRevision);
    // Opt-in end-to-end write: put a unique key under prefix, read it back linearizably, compare, delete it.
    void writeCheck(const QString& prefix, Callback<EtcdWriteCheckResult> done);

    // KV.Txn "create_revision(key) == 0 ? put(key, value, lease) : get(key)": creates the key only if it does
    // not exist; otherwise the result carries the value already there. leaseId 0: no lease.
    void putIfAbsent(const QByteArray& key, const QByteArray& value, qint64 leaseId,
                     Callback<EtcdCreateResult> done);
    // Lease.LeaseGrant: a lease of ttl seconds (etcd may round it up to its minimum TTL).
    void leaseGrant(std::chrono::seconds ttl, Callback<EtcdLeaseResult> done);
    // Lease.LeaseRevoke: ends the lease and deletes every key attached to it.
    void leaseRevoke(qint64 leaseId, Callback<EtcdLeaseResult> done);
    // One Lease.LeaseKeepAlive round trip: a bidirectional stream opened for one request and its answer,
    // then closed, all within the deadline. Long-lived streams would outlive a dying member unnoticed; one
    // short stream per renewal fails fast and lets the caller switch to another endpoint.
    void leaseKeepAlive(qint64 leaseId, Callback<EtcdLeaseResult> done);

private:
    struct Private;
    explicit EtcdClient(std::unique_ptr<Private> d);

    std::unique_ptr<Private> d;
};

} // namespace etcddrill
