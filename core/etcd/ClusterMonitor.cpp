#include "ClusterMonitor.h"

#include "EtcdErrorText.h"

#include "ClusterEventDetector.h"
#include "EtcdClient.h"

#include <QFileInfo>
#include <QTimer>

#include <optional>
#include <vector>

namespace etcddrill {

namespace {

constexpr int kDeadlineExceeded = 4; // grpc::StatusCode::DEADLINE_EXCEEDED

// Calls per endpoint and round: status, health, member list, alarms.
constexpr int kCallsPerRound = 4;

} // namespace

struct ClusterMonitor::Private
{
    struct Endpoint
    {
        NodeConfig node;
        // A Qt child of the monitor too, so that moveToThread() takes it along; the unique_ptr deletes it
        // first in ~ClusterMonitor (QObject then drops it from the children list), before the state its
        // callbacks would touch is gone.
        std::unique_ptr<EtcdClient> client;
        MemberStatus status; // last known; what the snapshots show
        int pending = 0;     // calls of the current batch still in flight
        quint64 batchRound = 0;
        std::optional<EtcdStatusResult> statusResult;
        std::optional<EtcdHealthResult> healthResult;
        bool writeCheckRunning = false;
    };

    DrillConfig config;
    std::vector<Endpoint> endpoints;
    QStringList setupErrors;
    QTimer* timer = nullptr;
    bool running = false;
    quint64 round = 0;
    bool roundOpen = false;
    quint64 sequence = 0;
    QList<MemberInfo> members;
    QList<EtcdAlarmsResult::Alarm> alarms;
    ClusterSnapshot last;

    void compose(Endpoint& endpoint);
};

void ClusterMonitor::Private::compose(Endpoint& ep)
{
    const EtcdStatusResult& st = *ep.statusResult;
    const EtcdHealthResult& he = *ep.healthResult;
    MemberStatus& s = ep.status;

    s.reachable = st.ok();
    s.healthy = he.healthy;
    if (st.ok()) {
        s.memberId = st.memberId;
        s.version = st.version;
        s.leaderId = st.leaderId;
        s.raftTerm = st.raftTerm;
        s.raftIndex = st.raftIndex;
        s.raftAppliedIndex = st.raftAppliedIndex;
        s.revision = st.revision;
        s.dbSize = st.dbSize;
        s.dbSizeInUse = st.dbSizeInUse;
        s.isLearner = st.isLearner;
        s.latency = st.latency;
    } else {
        // Keep who the member is (ID, version) for names and events; forget what it last said about the
        // cluster, which a down member no longer vouches for.
        if (he.ok() && he.memberId != 0)
            s.memberId = he.memberId;
        s.leaderId = 0;
        s.raftTerm = 0;
        s.raftIndex = 0;
        s.raftAppliedIndex = 0;
        s.revision = 0;
        s.dbSize = 0;
        s.dbSizeInUse = 0;
        s.latency = he.latency;
    }

    if (!st.ok()) {
        s.error = st.error;
        s.grpcCode = st.grpcCode;
    } else if (!he.healthy) {
        // Status answers from the member's local state; the linearizable read needs a leader and a quorum.
        // A member that answers the one and not the other is up but cut off from the majority.
        s.error =
            he.grpcCode == kDeadlineExceeded
                ? LocalizedText::make(EtcdErrorText::kContext,
                                      QT_TRANSLATE_NOOP("EtcdErrorText",
                                                        "health read got no answer within %1 ms although the "
                                                        "member answers Status — it has no leader or cannot "
                                                        "reach a quorum"),
                                      qint64(config.etcd.requestTimeout.count()))
                : LocalizedText::make(EtcdErrorText::kContext,
                                      QT_TRANSLATE_NOOP("EtcdErrorText", "health read failed: %1"), he.error);
        s.grpcCode = he.grpcCode;
    } else {
        s.error = {};
        s.grpcCode = 0;
    }
}

ClusterMonitor::ClusterMonitor(const DrillConfig& config, QObject* parent)
    : QObject(parent), d(std::make_unique<Private>())
{
    qRegisterMetaType<ClusterSnapshot>();
    qRegisterMetaType<ClusterEvent>();

    d->config = config;
    d->timer = new QTimer(this);
    d->timer->setInterval(config.etcd.pollInterval.count() > 0 ? config.etcd.pollInterval
                                                               : std::chrono::milliseconds(500));
    connect(d->timer, &QTimer::timeout, this, &ClusterMonitor::startRound);

    d->endpoints.resize(size_t(config.nodes.size()));
    for (int i = 0; i < config.nodes.size(); ++i) {
        Private::Endpoint& ep = d->endpoints[size_t(i)];
        ep.node = config.nodes[i];
        ep.status.nodeName = ep.node.name;
        ep.status.endpoint = ep.node.etcdEndpoint;

        QString error;
        if (ep.node.etcdEndpoint.trimmed().isEmpty())
            error = QStringLiteral("node '%1' has no etcd endpoint — add one to the node").arg(ep.node.name);
        else
            ep.client =
                EtcdClient::create(ep.node.etcdEndpoint, config.etcd.tls, config.etcd.requestTimeout, &error);
        if (!ep.client) {
            if (!config.sourceFile.isEmpty() && ep.node.line > 0)
                error = QStringLiteral("%1:%2: %3")
                            .arg(QFileInfo(config.sourceFile).fileName())
                            .arg(ep.node.line)
                            .arg(error);
            d->setupErrors.append(error);
            ep.status.error = error;
            continue;
        }
        ep.client->setParent(this);
        ep.status.error = LocalizedText::make(
            EtcdErrorText::kContext,
            QT_TRANSLATE_NOOP("EtcdErrorText", "waiting for the first answer from %1"), ep.node.etcdEndpoint);
    }
}

ClusterMonitor::~ClusterMonitor()
{
    // Clients first (they cancel and wait for their calls), while the state their callbacks use still exists.
    for (Private::Endpoint& ep : d->endpoints)
        ep.client.reset();
}

QStringList ClusterMonitor::setupErrors() const
{
    return d->setupErrors;
}

std::chrono::milliseconds ClusterMonitor::pollInterval() const
{
    return std::chrono::milliseconds(d->timer->interval());
}

void ClusterMonitor::setPollInterval(std::chrono::milliseconds interval)
{
    if (interval.count() > 0)
        d->timer->setInterval(interval);
}

bool ClusterMonitor::isRunning() const
{
    return d->running;
}

const ClusterSnapshot& ClusterMonitor::lastSnapshot() const
{
    return d->last;
}

void ClusterMonitor::start()
{
    if (d->running)
        return;
    d->running = true;
    d->timer->start();
    startRound();
}

void ClusterMonitor::stop()
{
    d->running = false;
    d->timer->stop();
    d->roundOpen = false; // calls in flight still complete and update the state, but nothing is emitted
}

void ClusterMonitor::pollOnce()
{
    startRound();
}

void ClusterMonitor::startRound()
{
    if (d->roundOpen)
        finishRound(); // the next tick came first: emit what we have

    ++d->round;
    d->roundOpen = true;
    bool issuedAny = false;
    for (int i = 0; i < int(d->endpoints.size()); ++i) {
        Private::Endpoint& ep = d->endpoints[size_t(i)];
        if (!ep.client || ep.pending > 0)
            continue; // unusable, or still waiting for an earlier round (its deadline will end that)
        issue(i);
        issuedAny = true;
    }
    if (!issuedAny) {
        // Queued so that a caller who connects, calls pollOnce() and then enters its event loop still sees
        // it.
        const quint64 round = d->round;
        QMetaObject::invokeMethod(
            this,
            [this, round] {
                if (d->roundOpen && d->round == round)
                    finishRound();
            },
            Qt::QueuedConnection);
    }
}

void ClusterMonitor::issue(int index)
{
    Private::Endpoint& ep = d->endpoints[size_t(index)];
    ep.pending = kCallsPerRound;
    ep.batchRound = d->round;
    ep.statusResult.reset();
    ep.healthResult.reset();
    EtcdClient* client = ep.client.get();

    client->status([this, index](const EtcdStatusResult& result) {
        d->endpoints[size_t(index)].statusResult = result;
        callDone(index);
    });
    client->health([this, index](const EtcdHealthResult& result) {
        d->endpoints[size_t(index)].healthResult = result;
        callDone(index);
    });
    client->memberList([this, index](const EtcdMemberListResult& result) {
        if (result.ok() && !result.members.isEmpty())
            d->members = result.members;
        callDone(index);
    });
    client->alarms([this, index](const EtcdAlarmsResult& result) {
        if (result.ok())
            d->alarms = result.alarms;
        callDone(index);
    });

    if (d->config.etcd.writeCheck && !ep.writeCheckRunning) {
        ep.writeCheckRunning = true;
        client->writeCheck(d->config.etcd.writePrefix, [this, index](const EtcdWriteCheckResult& result) {
            Private::Endpoint& e = d->endpoints[size_t(index)];
            e.writeCheckRunning = false;
            e.status.writeChecked = true;
            e.status.writeOk = result.ok();
            e.status.writeError = result.error();
            e.status.writeLatency = result.latency;
        });
    }
}

void ClusterMonitor::callDone(int index)
{
    Private::Endpoint& ep = d->endpoints[size_t(index)];
    if (--ep.pending > 0)
        return;
    d->compose(ep);

    if (!d->roundOpen || ep.batchRound != d->round)
        return; // a late batch of an earlier round: its values show in the next snapshot
    for (const Private::Endpoint& other : d->endpoints) {
        if (other.batchRound == d->round && other.pending > 0)
            return;
    }
    finishRound();
}

void ClusterMonitor::finishRound()
{
    d->roundOpen = false;

    ClusterSnapshot snapshot;
    snapshot.wallTime = QDateTime::currentDateTime();
    snapshot.at = std::chrono::steady_clock::now();
    snapshot.sequence = ++d->sequence;
    snapshot.members = d->members;
    for (const Private::Endpoint& ep : d->endpoints) {
        MemberStatus status = ep.status;
        status.alarms.clear();
        for (const EtcdAlarmsResult::Alarm& alarm : d->alarms) {
            if (alarm.memberId == status.memberId && status.memberId != 0)
                status.alarms.append(alarm.type);
        }
        snapshot.endpoints.append(status);
    }
    snapshot.derive();

    const QList<ClusterEvent> events = ClusterEventDetector::detect(d->last, snapshot);
    d->last = snapshot;
    emit snapshotReady(snapshot);
    for (const ClusterEvent& event : events)
        emit clusterEvent(event);
}

} // namespace etcddrill
