#include "EtcdClient.h"

#include "EtcdCallTracker.h"
#include "EtcdErrorText.h"
#include "EtcdTlsMaterial.h"

#include "rpc.grpc.pb.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QUuid>

#include <grpc/support/log.h>
#include <grpc/support/time.h>
#include <grpcpp/client_context.h>
#include <grpcpp/create_channel.h>
#include <grpcpp/security/credentials.h>
#include <grpcpp/support/channel_arguments.h>
#include <grpcpp/support/client_callback.h>

#include <atomic>
#include <mutex>

namespace etcddrill {

// gRPC's own log lines ("E1125 ssl_transport_security.cc:1501] Handshake failed …") would otherwise go to
// stderr of the CLI and the GUI, next to our explanation of the same failure. They are forwarded here
// instead: QT_LOGGING_RULES="etcddrill.etcd.grpc.debug=true" shows them. They name files and addresses, never
// keys.
Q_LOGGING_CATEGORY(lcEtcdGrpc, "etcddrill.etcd.grpc", QtWarningMsg)

namespace {

// Decided once: gRPC may log from its threads during process exit, when the category may already be gone.
std::atomic<bool> g_forwardGrpcLog{false};

void forwardGrpcLog(gpr_log_func_args* args)
{
    if (g_forwardGrpcLog.load(std::memory_order_relaxed))
        qCDebug(lcEtcdGrpc, "%s:%d %s", args->file, args->line, args->message);
}

void routeGrpcLogging()
{
    static std::once_flag once;
    std::call_once(once, [] {
        g_forwardGrpcLog = lcEtcdGrpc().isDebugEnabled();
        gpr_set_log_function(forwardGrpcLog);
    });
}

using std::chrono::duration_cast;
using std::chrono::microseconds;
using std::chrono::steady_clock;

// Reconnect back-off: gRPC's default grows to 120 s, which would hide a restarted member for minutes.
// Capped at 1 s, a member that comes back is seen within a poll or two.
constexpr int kInitialReconnectBackoffMs = 100;
constexpr int kMaxReconnectBackoffMs = 1000;
// Despite its name, gRPC core uses GRPC_ARG_MIN_RECONNECT_BACKOFF_MS as the minimum time one connection
// attempt (TCP + TLS + HTTP/2 settings) may take. 100 ms would fail a TLS handshake to a busy or distant
// member; one second matches the default call deadline.
constexpr int kMinConnectTimeoutMs = 1000;

// Deadlines on gRPC's monotonic clock: a wall-clock step (NTP) must not expire or extend calls.
gpr_timespec deadlineFromNow(std::chrono::milliseconds deadline)
{
    return gpr_time_add(gpr_now(GPR_CLOCK_MONOTONIC), gpr_time_from_millis(deadline.count(), GPR_TIMESPAN));
}

template <typename Request, typename Response> struct PendingCall
{
    explicit PendingCall(std::shared_ptr<EtcdCallTracker> tracker) : lease(std::move(tracker)) {}

    EtcdCallTracker::Lease lease; // first: released last, after the context and its channel reference
    grpc::ClientContext context;
    Request request;
    Response response;
    steady_clock::time_point started;
};

QByteArray bytesOf(const std::string& s)
{
    return QByteArray(s.data(), qsizetype(s.size()));
}

MemberInfo memberFrom(const etcdserverpb::Member& m)
{
    MemberInfo info;
    info.id = m.id();
    info.name = QString::fromStdString(m.name());
    for (const std::string& url : m.peerurls())
        info.peerUrls.append(QString::fromStdString(url));
    for (const std::string& url : m.clienturls())
        info.clientUrls.append(QString::fromStdString(url));
    info.isLearner = m.islearner();
    return info;
}

QString alarmName(etcdserverpb::AlarmType type)
{
    switch (type) {
    case etcdserverpb::NOSPACE:
        return QStringLiteral("NOSPACE");
    case etcdserverpb::CORRUPT:
        return QStringLiteral("CORRUPT");
    default:
        return QStringLiteral("ALARM_%1").arg(int(type));
    }
}

void recordStep(EtcdWriteCheckResult::Step& step, const EtcdCallResult& result)
{
    step.ran = true;
    step.ok = result.ok();
    step.grpcCode = result.grpcCode;
    step.error = result.error;
    step.latency = result.latency;
}

// One LeaseKeepAlive round trip on a bidirectional stream: write the request and half-close at once, read the
// single answer, let the server end the stream. etcd answers every request before it reads the next one, so
// the half-close never overtakes the answer. The call owns itself (`self`) from start to OnDone, the last
// reaction gRPC makes; the tracker lease is declared first so that it is released last, as for unary calls.
class KeepAliveCall : public grpc::ClientBidiReactor<etcdserverpb::LeaseKeepAliveRequest,
                                                     etcdserverpb::LeaseKeepAliveResponse>
{
public:
    using Finish = std::function<void(KeepAliveCall&, const grpc::Status&)>;

    explicit KeepAliveCall(std::shared_ptr<EtcdCallTracker> tracker) : lease(std::move(tracker)) {}

    EtcdCallTracker::Lease lease;
    grpc::ClientContext context;
    etcdserverpb::LeaseKeepAliveRequest request;
    etcdserverpb::LeaseKeepAliveResponse response;
    bool gotResponse = false;
    steady_clock::time_point started;
    Finish finish;
    std::shared_ptr<KeepAliveCall> self;

    void OnReadDone(bool ok) override { gotResponse = ok; }
    void OnDone(const grpc::Status& status) override
    {
        std::shared_ptr<KeepAliveCall> keep = std::move(self); // dropped when this reaction returns
        finish(*this, status);
    }
};

// One watch stream: write the create request, then read until the stream ends (the server cancels the watch,
// the connection is lost, or the owner cancels the context). Owns itself (`self`) from start to OnDone, the
// last reaction gRPC makes; the tracker lease is declared first so that it is released last.
class WatchCall : public grpc::ClientBidiReactor<etcdserverpb::WatchRequest, etcdserverpb::WatchResponse>
{
public:
    explicit WatchCall(std::shared_ptr<EtcdCallTracker> tracker) : lease(std::move(tracker)) {}

    EtcdCallTracker::Lease lease;
    grpc::ClientContext context;
    etcdserverpb::WatchRequest request;
    etcdserverpb::WatchResponse response;
    qint64 compactRevision = 0;
    bool canceledByServer = false;
    QString cancelReason;
    std::function<void(const etcdserverpb::WatchResponse&)> onResponse; // on gRPC's thread
    std::function<void(WatchCall&, const grpc::Status&)> finish;
    std::shared_ptr<WatchCall> self;

    void OnWriteDone(bool) override {}
    void OnReadDone(bool ok) override
    {
        if (!ok)
            return; // the stream is over; OnDone follows
        if (response.canceled()) {
            canceledByServer = true;
            compactRevision = response.compact_revision();
            cancelReason = QString::fromStdString(response.cancel_reason());
            context.TryCancel(); // etcd keeps the stream open for other watches: close it
            return;
        }
        onResponse(response);
        response.Clear();
        StartRead(&response);
    }
    void OnDone(const grpc::Status& status) override
    {
        std::shared_ptr<WatchCall> keep = std::move(self); // dropped when this reaction returns
        finish(*this, status);
    }
};

} // namespace

struct EtcdClient::Private
{
    EtcdEndpoint endpoint;
    TlsFiles tlsFiles; // paths only, for error messages
    bool usesTls = false;
    std::chrono::milliseconds deadline{kDefaultDeadline};
    std::shared_ptr<grpc::Channel> channel;
    std::unique_ptr<etcdserverpb::KV::Stub> kv;
    std::unique_ptr<etcdserverpb::Cluster::Stub> cluster;
    std::unique_ptr<etcdserverpb::Maintenance::Stub> maintenance;
    std::unique_ptr<etcdserverpb::Lease::Stub> lease;
    std::unique_ptr<etcdserverpb::Watch::Stub> watch;
    std::shared_ptr<EtcdCallTracker> tracker = std::make_shared<EtcdCallTracker>();

    EtcdErrorText::Context errorContext() const
    {
        EtcdErrorText::Context c;
        c.endpoint = endpoint.text();
        c.host = endpoint.host();
        c.port = endpoint.port();
        c.tls = usesTls;
        c.tlsFiles = tlsFiles;
        c.deadline = deadline;
        return c;
    }

    // Starts one unary call. `method` issues it on a stub's async() interface; `convert` fills the payload of
    // the result (it also runs for failed calls, which lets health() treat PERMISSION_DENIED as healthy).
    // Conversion happens on the gRPC thread; only the finished value type crosses to the owner's thread.
    template <typename Result, typename Request, typename Response, typename Method, typename Convert>
    void start(EtcdClient* owner, Request request, Method method, Convert convert, Callback<Result> done)
    {
        auto call = std::make_shared<PendingCall<Request, Response>>(tracker);
        call->request = std::move(request);
        call->context.set_wait_for_ready(false); // a down member must fail fast, not queue until it is back
        call->context.set_deadline(deadlineFromNow(deadline));
        const quint64 id = tracker->add(std::shared_ptr<grpc::ClientContext>(call, &call->context));
        if (id == 0)
            return;
        call->started = steady_clock::now();
        auto onDone = [owner, tracker = tracker, id, call, errors = errorContext(), convert,
                       done = std::move(done)](const grpc::Status& status) {
            Result result;
            result.latency = duration_cast<microseconds>(steady_clock::now() - call->started);
            result.grpcCode = int(status.error_code());
            result.grpcMessage = QString::fromStdString(status.error_message());
            result.error = EtcdErrorText::describe(result.grpcCode, result.grpcMessage, errors);
            convert(call->response, result);
            tracker->finish(id, [&] {
                QMetaObject::invokeMethod(
                    owner, [done, result] { done(result); }, Qt::QueuedConnection);
            });
        };
        method(&call->context, &call->request, &call->response, std::move(onDone));
    }
};

EtcdClient::EtcdClient(std::unique_ptr<Private> dd) : d(std::move(dd)) {}

EtcdClient::~EtcdClient()
{
    d->tracker->closeAndWait();
}

std::unique_ptr<EtcdClient> EtcdClient::create(const QString& endpointText, const TlsFiles& tls,
                                               std::chrono::milliseconds deadline, QString* error)
{
    QString ignored;
    QString* why = error ? error : &ignored;
    routeGrpcLogging();

    EtcdEndpoint endpoint = EtcdEndpoint::parse(endpointText, why);
    if (!endpoint.isValid())
        return nullptr;

    auto d = std::make_unique<Private>();
    d->endpoint = endpoint;
    d->tlsFiles = tls;
    d->usesTls = endpoint.usesTls(!tls.isEmpty());
    d->deadline = deadline.count() > 0 ? deadline : kDefaultDeadline;

    std::shared_ptr<grpc::ChannelCredentials> credentials;
    if (d->usesTls) {
        EtcdTlsMaterial material;
        if (!material.load(tls, why)) {
            *why = QStringLiteral("%1 (for etcd endpoint %2)").arg(*why, endpoint.text());
            return nullptr;
        }
        // Verification is always on: gRPC checks the chain against the CA and the certificate's names against
        // the endpoint's host (IP SANs match when the host is an IP).
        grpc::SslCredentialsOptions options;
        options.pem_root_certs = material.caPem();
        options.pem_cert_chain = material.certPem();
        options.pem_private_key = material.keyPem();
        credentials = grpc::SslCredentials(options);
        if (!options.pem_private_key.empty())
            std::fill(options.pem_private_key.begin(), options.pem_private_key.end(), '\0');
    } else {
        credentials = grpc::InsecureChannelCredentials();
    }

    grpc::ChannelArguments args;
    args.SetInt(GRPC_ARG_INITIAL_RECONNECT_BACKOFF_MS, kInitialReconnectBackoffMs);
    args.SetInt(GRPC_ARG_MIN_RECONNECT_BACKOFF_MS, kMinConnectTimeoutMs);
    args.SetInt(GRPC_ARG_MAX_RECONNECT_BACKOFF_MS, kMaxReconnectBackoffMs);
    // Own subchannels: otherwise channels to the same address share connection state across clients, and a
    // fresh client would inherit another one's back-off.
    args.SetInt(GRPC_ARG_USE_LOCAL_SUBCHANNEL_POOL, 1);
    // No transparent retries: gRPC 1.51's retry filter aborts the process (an absl::optional assertion in
    // its recv_trailing_metadata_ready) when a member is killed while a call to it is in flight and the
    // connection ends without a grpc-status, which is exactly what a drill does. A failed call is the
    // measurement anyway; the callers retry on their own schedule.
    args.SetInt(GRPC_ARG_ENABLE_RETRIES, 0);
    d->channel = grpc::CreateCustomChannel(endpoint.grpcTarget().toStdString(), credentials, args);
    d->kv = etcdserverpb::KV::NewStub(d->channel);
    d->cluster = etcdserverpb::Cluster::NewStub(d->channel);
    d->maintenance = etcdserverpb::Maintenance::NewStub(d->channel);
    d->lease = etcdserverpb::Lease::NewStub(d->channel);
    d->watch = etcdserverpb::Watch::NewStub(d->channel);

    return std::unique_ptr<EtcdClient>(new EtcdClient(std::move(d)));
}

const EtcdEndpoint& EtcdClient::endpoint() const
{
    return d->endpoint;
}

bool EtcdClient::usesTls() const
{
    return d->usesTls;
}

std::chrono::milliseconds EtcdClient::deadline() const
{
    return d->deadline;
}

void EtcdClient::setDeadline(std::chrono::milliseconds deadline)
{
    if (deadline.count() > 0)
        d->deadline = deadline;
}

int EtcdClient::callsInFlight() const
{
    return d->tracker->inFlight();
}

void EtcdClient::status(Callback<EtcdStatusResult> done)
{
    auto* stub = d->maintenance.get();
    d->start<EtcdStatusResult, etcdserverpb::StatusRequest, etcdserverpb::StatusResponse>(
        this, etcdserverpb::StatusRequest{},
        [stub](auto* context, auto* request, auto* response, auto onDone) {
            stub->async()->Status(context, request, response, std::move(onDone));
        },
        [](const etcdserverpb::StatusResponse& r, EtcdStatusResult& result) {
            if (!result.ok())
                return;
            result.clusterId = r.header().cluster_id();
            result.memberId = r.header().member_id();
            result.revision = r.header().revision();
            result.version = QString::fromStdString(r.version());
            result.dbSize = r.dbsize();
            result.dbSizeInUse = r.dbsizeinuse();
            result.leaderId = r.leader();
            result.raftIndex = r.raftindex();
            result.raftTerm = r.raftterm();
            result.raftAppliedIndex = r.raftappliedindex();
            for (const std::string& e : r.errors())
                result.errors.append(QString::fromStdString(e));
            result.isLearner = r.islearner();
        },
        std::move(done));
}

void EtcdClient::health(Callback<EtcdHealthResult> done)
{
    etcdserverpb::RangeRequest request;
    request.set_key("health");
    request.set_serializable(false); // linearizable: needs a leader and a quorum, which is the point
    auto* stub = d->kv.get();
    d->start<EtcdHealthResult, etcdserverpb::RangeRequest, etcdserverpb::RangeResponse>(
        this, std::move(request),
        [stub](auto* context, auto* request, auto* response, auto onDone) {
            stub->async()->Range(context, request, response, std::move(onDone));
        },
        [](const etcdserverpb::RangeResponse& r, EtcdHealthResult& result) {
            // etcdctl 3.4 `endpoint health`: a permission-denied answer still proves the member is serving
            // requests (auth is checked after the member reached the cluster).
            constexpr int kPermissionDenied = grpc::StatusCode::PERMISSION_DENIED;
            result.healthy = result.ok() || result.grpcCode == kPermissionDenied;
            if (result.grpcCode == kPermissionDenied)
                result.error = {};
            if (result.ok()) {
                result.memberId = r.header().member_id();
                result.raftTerm = r.header().raft_term();
                result.revision = r.header().revision();
            }
        },
        std::move(done));
}

void EtcdClient::memberList(Callback<EtcdMemberListResult> done)
{
    etcdserverpb::MemberListRequest request;
    // The member's local view: a linearizable list (etcd 3.5+) would fail on a member cut off from the
    // majority, and the monitor asks every endpoint anyway.
    request.set_linearizable(false);
    auto* stub = d->cluster.get();
    d->start<EtcdMemberListResult, etcdserverpb::MemberListRequest, etcdserverpb::MemberListResponse>(
        this, std::move(request),
        [stub](auto* context, auto* request, auto* response, auto onDone) {
            stub->async()->MemberList(context, request, response, std::move(onDone));
        },
        [](const etcdserverpb::MemberListResponse& r, EtcdMemberListResult& result) {
            if (!result.ok())
                return;
            result.clusterId = r.header().cluster_id();
            result.answeredBy = r.header().member_id();
            for (const etcdserverpb::Member& m : r.members())
                result.members.append(memberFrom(m));
        },
        std::move(done));
}

void EtcdClient::alarms(Callback<EtcdAlarmsResult> done)
{
    etcdserverpb::AlarmRequest request;
    request.set_action(etcdserverpb::AlarmRequest::GET); // member 0 + alarm NONE: every alarm of every member
    auto* stub = d->maintenance.get();
    d->start<EtcdAlarmsResult, etcdserverpb::AlarmRequest, etcdserverpb::AlarmResponse>(
        this, std::move(request),
        [stub](auto* context, auto* request, auto* response, auto onDone) {
            stub->async()->Alarm(context, request, response, std::move(onDone));
        },
        [](const etcdserverpb::AlarmResponse& r, EtcdAlarmsResult& result) {
            if (!result.ok())
                return;
            for (const etcdserverpb::AlarmMember& a : r.alarms())
                result.alarms.append({a.memberid(), alarmName(a.alarm())});
        },
        std::move(done));
}

void EtcdClient::moveLeader(quint64 targetMemberId, Callback<EtcdCallResult> done)
{
    etcdserverpb::MoveLeaderRequest request;
    request.set_targetid(targetMemberId);
    auto* stub = d->maintenance.get();
    d->start<EtcdCallResult, etcdserverpb::MoveLeaderRequest, etcdserverpb::MoveLeaderResponse>(
        this, std::move(request),
        [stub](auto* context, auto* request, auto* response, auto onDone) {
            stub->async()->MoveLeader(context, request, response, std::move(onDone));
        },
        [](const etcdserverpb::MoveLeaderResponse&, EtcdCallResult&) {}, std::move(done));
}

void EtcdClient::put(const QByteArray& key, const QByteArray& value, Callback<EtcdKvResult> done)
{
    etcdserverpb::PutRequest request;
    request.set_key(key.toStdString());
    request.set_value(value.toStdString());
    auto* stub = d->kv.get();
    d->start<EtcdKvResult, etcdserverpb::PutRequest, etcdserverpb::PutResponse>(
        this, std::move(request),
        [stub](auto* context, auto* request, auto* response, auto onDone) {
            stub->async()->Put(context, request, response, std::move(onDone));
        },
        [key, value](const etcdserverpb::PutResponse& r, EtcdKvResult& result) {
            result.key = key;
            result.value = value;
            if (!result.ok())
                return;
            result.revision = r.header().revision();
            result.memberId = r.header().member_id();
        },
        std::move(done));
}

void EtcdClient::get(const QByteArray& key, Consistency consistency, Callback<EtcdKvResult> done)
{
    etcdserverpb::RangeRequest request;
    request.set_key(key.toStdString());
    request.set_serializable(consistency == Consistency::Serializable);
    auto* stub = d->kv.get();
    d->start<EtcdKvResult, etcdserverpb::RangeRequest, etcdserverpb::RangeResponse>(
        this, std::move(request),
        [stub](auto* context, auto* request, auto* response, auto onDone) {
            stub->async()->Range(context, request, response, std::move(onDone));
        },
        [key](const etcdserverpb::RangeResponse& r, EtcdKvResult& result) {
            result.key = key;
            if (!result.ok())
                return;
            result.revision = r.header().revision();
            result.memberId = r.header().member_id();
            if (r.kvs_size() > 0) {
                result.found = true;
                result.value = bytesOf(r.kvs(0).value());
                result.modRevision = r.kvs(0).mod_revision();
            }
        },
        std::move(done));
}

QByteArray EtcdClient::prefixEnd(const QByteArray& prefix)
{
    QByteArray end = prefix;
    while (!end.isEmpty()) {
        const auto last = static_cast<unsigned char>(end.back());
        if (last < 0xff) {
            end.back() = char(last + 1);
            return end;
        }
        end.chop(1);
    }
    return QByteArray(1, '\0');
}

void EtcdClient::range(const QByteArray& key, const QByteArray& rangeEnd, Consistency consistency,
                       qint64 limit, Callback<EtcdRangeResult> done)
{
    etcdserverpb::RangeRequest request;
    request.set_key(key.toStdString());
    request.set_range_end(rangeEnd.toStdString());
    request.set_limit(limit);
    request.set_serializable(consistency == Consistency::Serializable);
    auto* stub = d->kv.get();
    d->start<EtcdRangeResult, etcdserverpb::RangeRequest, etcdserverpb::RangeResponse>(
        this, std::move(request),
        [stub](auto* context, auto* request, auto* response, auto onDone) {
            stub->async()->Range(context, request, response, std::move(onDone));
        },
        [](const etcdserverpb::RangeResponse& r, EtcdRangeResult& result) {
            if (!result.ok())
                return;
            result.revision = r.header().revision();
            result.memberId = r.header().member_id();
            result.more = r.more();
            result.count = r.count();
            result.kvs.reserve(r.kvs_size());
            for (const mvccpb::KeyValue& kv : r.kvs())
                result.kvs.append(EtcdKeyValue{bytesOf(kv.key()), bytesOf(kv.value()), kv.create_revision(),
                                               kv.mod_revision(), kv.version()});
        },
        std::move(done));
}

void EtcdClient::deleteRange(const QByteArray& key, const QByteArray& rangeEnd, Callback<EtcdKvResult> done)
{
    etcdserverpb::DeleteRangeRequest request;
    request.set_key(key.toStdString());
    request.set_range_end(rangeEnd.toStdString());
    auto* stub = d->kv.get();
    d->start<EtcdKvResult, etcdserverpb::DeleteRangeRequest, etcdserverpb::DeleteRangeResponse>(
        this, std::move(request),
        [stub](auto* context, auto* request, auto* response, auto onDone) {
            stub->async()->DeleteRange(context, request, response, std::move(onDone));
        },
        [key](const etcdserverpb::DeleteRangeResponse& r, EtcdKvResult& result) {
            result.key = key;
            if (!result.ok())
                return;
            result.revision = r.header().revision();
            result.memberId = r.header().member_id();
            result.deleted = r.deleted();
        },
        std::move(done));
}

void EtcdClient::hashKv(qint64 revision, Callback<EtcdHashResult> done)
{
    etcdserverpb::HashKVRequest request;
    request.set_revision(revision);
    auto* stub = d->maintenance.get();
    d->start<EtcdHashResult, etcdserverpb::HashKVRequest, etcdserverpb::HashKVResponse>(
        this, std::move(request),
        [stub](auto* context, auto* request, auto* response, auto onDone) {
            stub->async()->HashKV(context, request, response, std::move(onDone));
        },
        [](const etcdserverpb::HashKVResponse& r, EtcdHashResult& result) {
            if (!result.ok())
                return;
            result.hash = r.hash();
            result.compactRevision = r.compact_revision();
            result.revision = r.header().revision();
            result.memberId = r.header().member_id();
        },
        std::move(done));
}

void EtcdClient::deleteKey(const QByteArray& key, Callback<EtcdKvResult> done)
{
    deleteRange(key, QByteArray(), std::move(done)); // no range end: the key alone
}

void EtcdClient::writeCheck(const QString& prefix, Callback<EtcdWriteCheckResult> done)
{
    struct State
    {
        EtcdWriteCheckResult result;
        QByteArray value;
        steady_clock::time_point started = steady_clock::now();
        Callback<EtcdWriteCheckResult> done;
    };
    auto state = std::make_shared<State>();
    const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    state->result.key = (prefix + QStringLiteral("write-check-") + uuid).toUtf8();
    state->value = QStringLiteral("etcd-drill write check %1 %2")
                       .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), uuid)
                       .toUtf8();
    for (const char* name : {"put", "get", "compare", "delete"}) {
        EtcdWriteCheckResult::Step step;
        step.name = QString::fromLatin1(name);
        state->result.steps.append(step);
    }
    state->done = std::move(done);

    // Every continuation below runs on this object's thread through a delivered result, so none can outlive
    // the client: deliveries stop when it is destroyed.
    auto removeKey = [this, state] {
        deleteKey(state->result.key, [state](const EtcdKvResult& r) {
            recordStep(state->result.steps[3], r);
            state->result.latency = duration_cast<microseconds>(steady_clock::now() - state->started);
            state->done(state->result);
        });
    };
    put(state->result.key, state->value, [this, state, removeKey](const EtcdKvResult& r) {
        recordStep(state->result.steps[0], r);
        if (!r.ok()) {
            // A put that timed out may still have been committed: clean up anyway.
            removeKey();
            return;
        }
        get(state->result.key, Consistency::Linearizable, [state, removeKey](const EtcdKvResult& r) {
            recordStep(state->result.steps[1], r);
            if (r.ok()) {
                EtcdWriteCheckResult::Step& compare = state->result.steps[2];
                compare.ran = true;
                compare.ok = r.found && r.value == state->value;
                if (!r.found)
                    compare.error =
                        LocalizedText(EtcdErrorText::kContext,
                                      QT_TRANSLATE_NOOP("EtcdErrorText",
                                                        "the key just written was not found when read back"));
                else if (r.value != state->value)
                    compare.error = LocalizedText(
                        EtcdErrorText::kContext,
                        QT_TRANSLATE_NOOP("EtcdErrorText",
                                          "the value read back differs from the value written"));
            }
            removeKey();
        });
    });
}

void EtcdClient::putIfAbsent(const QByteArray& key, const QByteArray& value, qint64 leaseId,
                             Callback<EtcdCreateResult> done)
{
    etcdserverpb::TxnRequest request;
    etcdserverpb::Compare* absent = request.add_compare();
    absent->set_result(etcdserverpb::Compare::EQUAL);
    absent->set_target(etcdserverpb::Compare::CREATE);
    absent->set_key(key.toStdString());
    absent->set_create_revision(0); // etcd reports create_revision 0 for a key that does not exist
    etcdserverpb::PutRequest* put = request.add_success()->mutable_request_put();
    put->set_key(key.toStdString());
    put->set_value(value.toStdString());
    put->set_lease(leaseId);
    etcdserverpb::RangeRequest* range = request.add_failure()->mutable_request_range();
    range->set_key(key.toStdString());
    auto* stub = d->kv.get();
    d->start<EtcdCreateResult, etcdserverpb::TxnRequest, etcdserverpb::TxnResponse>(
        this, std::move(request),
        [stub](auto* context, auto* request, auto* response, auto onDone) {
            stub->async()->Txn(context, request, response, std::move(onDone));
        },
        [key](const etcdserverpb::TxnResponse& r, EtcdCreateResult& result) {
            result.key = key;
            if (!result.ok())
                return;
            result.revision = r.header().revision();
            result.memberId = r.header().member_id();
            result.created = r.succeeded();
            if (r.succeeded() || r.responses_size() == 0 || !r.responses(0).has_response_range())
                return;
            const etcdserverpb::RangeResponse& existing = r.responses(0).response_range();
            if (existing.kvs_size() > 0) {
                result.existingValue = bytesOf(existing.kvs(0).value());
                result.existingLease = existing.kvs(0).lease();
            }
        },
        std::move(done));
}

void EtcdClient::leaseGrant(std::chrono::seconds ttl, Callback<EtcdLeaseResult> done)
{
    etcdserverpb::LeaseGrantRequest request;
    request.set_ttl(ttl.count());
    auto* stub = d->lease.get();
    d->start<EtcdLeaseResult, etcdserverpb::LeaseGrantRequest, etcdserverpb::LeaseGrantResponse>(
        this, std::move(request),
        [stub](auto* context, auto* request, auto* response, auto onDone) {
            stub->async()->LeaseGrant(context, request, response, std::move(onDone));
        },
        [](const etcdserverpb::LeaseGrantResponse& r, EtcdLeaseResult& result) {
            if (!result.ok())
                return;
            result.id = r.id();
            result.ttlSeconds = r.ttl();
            result.memberId = r.header().member_id();
            result.revision = r.header().revision();
            // etcd 3.0-3.2 reported some failures here instead of as a gRPC status.
            if (!r.error().empty()) {
                result.grpcCode = grpc::StatusCode::UNKNOWN;
                result.error = LocalizedText::make(
                    EtcdErrorText::kContext, QT_TRANSLATE_NOOP("EtcdErrorText", "etcd refused the lease: %1"),
                    QString::fromStdString(r.error()));
            }
        },
        std::move(done));
}

void EtcdClient::leaseRevoke(qint64 leaseId, Callback<EtcdLeaseResult> done)
{
    etcdserverpb::LeaseRevokeRequest request;
    request.set_id(leaseId);
    auto* stub = d->lease.get();
    d->start<EtcdLeaseResult, etcdserverpb::LeaseRevokeRequest, etcdserverpb::LeaseRevokeResponse>(
        this, std::move(request),
        [stub](auto* context, auto* request, auto* response, auto onDone) {
            stub->async()->LeaseRevoke(context, request, response, std::move(onDone));
        },
        [leaseId](const etcdserverpb::LeaseRevokeResponse& r, EtcdLeaseResult& result) {
            result.id = leaseId;
            if (!result.ok())
                return;
            result.memberId = r.header().member_id();
            result.revision = r.header().revision();
        },
        std::move(done));
}

std::unique_ptr<EtcdWatch> EtcdClient::watch(const QByteArray& key, const QByteArray& rangeEnd,
                                             qint64 startRevision)
{
    auto call = std::make_shared<WatchCall>(d->tracker);
    etcdserverpb::WatchCreateRequest* create = call->request.mutable_create_request();
    create->set_key(key.toStdString());
    create->set_range_end(rangeEnd.toStdString());
    create->set_start_revision(startRevision);
    create->set_prev_kv(true);
    call->context.set_wait_for_ready(false); // a down member fails the stream at once
    const quint64 id = d->tracker->add(std::shared_ptr<grpc::ClientContext>(call, &call->context));
    if (id == 0)
        return nullptr;

    EtcdCallResult late;
    late.grpcCode = grpc::StatusCode::DEADLINE_EXCEEDED;
    late.grpcMessage = QStringLiteral("etcd did not register the watch within the deadline");
    late.error = EtcdErrorText::describe(late.grpcCode, late.grpcMessage, d->errorContext());
    std::weak_ptr<WatchCall> weak = call;
    std::unique_ptr<EtcdWatch> watch(new EtcdWatch(d->deadline, late, [weak] {
        if (std::shared_ptr<WatchCall> c = weak.lock())
            c->context.TryCancel();
    }));
    std::shared_ptr<EtcdWatch::Link> link = watch->m_link;
    const auto post = [link](auto deliver) {
        std::lock_guard lock(link->mutex);
        if (EtcdWatch* target = link->target)
            QMetaObject::invokeMethod(
                target, [target, deliver] { deliver(*target); }, Qt::QueuedConnection);
    };
    call->onResponse = [post](const etcdserverpb::WatchResponse& r) {
        const qint64 revision = r.header().revision();
        if (r.created())
            post([revision](EtcdWatch& w) { w.onCreated(revision); });
        if (r.events_size() == 0)
            return;
        QList<EtcdWatchEvent> batch;
        batch.reserve(r.events_size());
        for (const mvccpb::Event& e : r.events()) {
            const mvccpb::KeyValue& kv = e.kv();
            batch.append(EtcdWatchEvent{e.type() == mvccpb::Event::DELETE ? EtcdWatchEvent::Type::Delete
                                                                          : EtcdWatchEvent::Type::Put,
                                        EtcdKeyValue{bytesOf(kv.key()), bytesOf(kv.value()),
                                                     kv.create_revision(), kv.mod_revision(), kv.version()}});
        }
        post([batch, revision](EtcdWatch& w) { w.onEvents(batch, revision); });
    };
    call->finish = [post, tracker = d->tracker, id, errors = d->errorContext()](WatchCall& c,
                                                                                const grpc::Status& status) {
        EtcdCallResult result;
        result.grpcCode = int(status.error_code());
        result.grpcMessage = QString::fromStdString(status.error_message());
        if (c.canceledByServer) {
            // etcd cancelled the watch (a compacted start revision, or a watch it will not keep).
            result.grpcCode = grpc::StatusCode::OUT_OF_RANGE;
            result.grpcMessage =
                c.cancelReason.isEmpty()
                    ? QStringLiteral("etcd cancelled the watch (compacted up to revision %1)")
                          .arg(c.compactRevision)
                    : c.cancelReason;
        } else if (status.ok()) {
            result.grpcCode = grpc::StatusCode::UNAVAILABLE;
            result.grpcMessage = QStringLiteral("the member ended the watch stream");
        }
        result.error = EtcdErrorText::describe(result.grpcCode, result.grpcMessage, errors);
        const qint64 compacted = c.compactRevision;
        tracker->finish(id,
                        [&] { post([result, compacted](EtcdWatch& w) { w.onEnded(result, compacted); }); });
    };
    call->self = call;
    d->watch->async()->Watch(&call->context, call.get());
    call->StartWrite(&call->request);
    call->StartRead(&call->response);
    call->StartCall();
    return watch;
}

void EtcdClient::leaseKeepAlive(qint64 leaseId, Callback<EtcdLeaseResult> done)
{
    auto call = std::make_shared<KeepAliveCall>(d->tracker);
    call->request.set_id(leaseId);
    call->context.set_wait_for_ready(false);
    call->context.set_deadline(deadlineFromNow(d->deadline));
    const quint64 id = d->tracker->add(std::shared_ptr<grpc::ClientContext>(call, &call->context));
    if (id == 0)
        return;
    call->started = steady_clock::now();
    call->finish = [this, tracker = d->tracker, id, leaseId, errors = d->errorContext(),
                    done = std::move(done)](KeepAliveCall& c, const grpc::Status& status) {
        EtcdLeaseResult result;
        result.id = leaseId;
        result.latency = duration_cast<microseconds>(steady_clock::now() - c.started);
        result.grpcCode = int(status.error_code());
        result.grpcMessage = QString::fromStdString(status.error_message());
        if (status.ok() && !c.gotResponse) {
            // The server ended the stream without answering: treat it like an unavailable member.
            result.grpcCode = grpc::StatusCode::UNAVAILABLE;
            result.grpcMessage = QStringLiteral("the keep-alive stream ended without an answer");
        }
        result.error = EtcdErrorText::describe(result.grpcCode, result.grpcMessage, errors);
        if (result.ok()) {
            result.ttlSeconds = c.response.ttl();
            result.memberId = c.response.header().member_id();
            result.revision = c.response.header().revision();
        }
        tracker->finish(id, [&] {
            QMetaObject::invokeMethod(
                this, [done, result] { done(result); }, Qt::QueuedConnection);
        });
    };
    call->self = call;
    d->lease->async()->LeaseKeepAlive(&call->context, call.get());
    call->StartWriteLast(&call->request, grpc::WriteOptions());
    call->StartRead(&call->response);
    call->StartCall();
}

} // namespace etcddrill
