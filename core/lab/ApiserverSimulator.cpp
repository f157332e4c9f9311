#include "ApiserverSimulator.h"

#include "EtcdClient.h"
#include "GroundTruthLog.h"
#include "KubeApiPath.h"
#include "KubeHealthReport.h"
#include "KubeResourceCatalog.h"
#include "KubeTable.h"
#include "LabClusterObjects.h"
#include "LabLayout.h"
#include "LabState.h"
#include "StaticPodMirror.h"

#include <QAbstractHttpServer>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>

#include <functional>
#include <optional>
#include <unistd.h>
#include <vector>

namespace etcddrill {

namespace {

// gRPC status codes the answers depend on (grpc::StatusCode stays out of this file).
constexpr int kGrpcDeadlineExceeded = 4;
constexpr int kGrpcUnavailable = 14;
// A client that connects and never finishes its handshake must not hold a socket for long; haproxy and
// nginx complete theirs in milliseconds.
constexpr int kHandshakeTimeoutMs = 5000;

const QByteArray kJson = QByteArrayLiteral("application/json");
const QByteArray kText = QByteArrayLiteral("text/plain; charset=utf-8");

void logLine(const QString& node, const QString& line)
{
    const QByteArray text = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8() + ' ' +
                            node.toUtf8() + " apiserver: " + line.toUtf8() + '\n';
    [[maybe_unused]] const ssize_t ignored = ::write(STDERR_FILENO, text.constData(), size_t(text.size()));
}

// The answer to one request, possibly given later (after an etcd round trip). The socket may be gone by
// then: the client hung up, and QHttpServer deleted it; the QPointer notices, the responder is then dropped
// unused (its destructor does not touch the socket). Answers on one connection leave in the order their etcd
// calls complete: fine for clients that wait for each answer (curl, haproxy's checks, the probes, nginx's
// TCP relay of them), not for HTTP pipelining, which no client of the lab uses.
struct Reply
{
    QPointer<QTcpSocket> socket;
    std::shared_ptr<QHttpServerResponder> responder;
    bool closeAfter = false;
    QByteArray warning; // a Warning header (RFC 7234 form), which kubectl prints as "Warning: …"
};

// kube-apiserver's error object (metav1.Status), the body of every failed API call.
QJsonObject statusObject(int code, const QString& reason, const QString& message,
                         const QJsonObject& details = {})
{
    QJsonObject status{
        {QStringLiteral("kind"), QStringLiteral("Status")},
        {QStringLiteral("apiVersion"), QStringLiteral("v1")},
        {QStringLiteral("metadata"), QJsonObject()},
        {QStringLiteral("status"), code < 300 ? QStringLiteral("Success") : QStringLiteral("Failure")},
        {QStringLiteral("message"), message},
        {QStringLiteral("reason"), reason},
        {QStringLiteral("code"), code},
    };
    if (!details.isEmpty())
        status.insert(QStringLiteral("details"), details);
    return status;
}

QByteArray headerValue(const QHttpServerRequest& request, const QByteArray& name)
{
    for (const auto& header : request.headers()) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second.trimmed();
    }
    return {};
}

// Constant time: the comparison must not tell a client how many leading characters of a guess were right.
bool sameSecret(const QByteArray& a, const QByteArray& b)
{
    if (a.size() != b.size() || a.isEmpty())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

std::optional<QSslKey> readKey(const QString& file, QString* error)
{
    QFile input(file);
    if (!input.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the TLS key %1: %2").arg(file, input.errorString());
        return std::nullopt;
    }
    const QByteArray pem = input.readAll();
    for (QSsl::KeyAlgorithm algorithm : {QSsl::Ec, QSsl::Rsa}) {
        QSslKey key(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            return key;
    }
    *error = QStringLiteral("%1 holds no unencrypted EC or RSA private key in PEM form").arg(file);
    return std::nullopt;
}

// Qt HttpServer's entry point; forwards every parsed request to the simulator. Not a Q_OBJECT: it adds no
// signals or slots of its own.
class ApiserverHttpFront final : public QAbstractHttpServer
{
public:
    using Handler = std::function<void(const QHttpServerRequest&, Reply)>;
    explicit ApiserverHttpFront(Handler handler) : m_handler(std::move(handler)) {}

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override
    {
        Reply reply;
        reply.socket = socket;
        reply.responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
        reply.closeAfter =
            headerValue(request, QByteArrayLiteral("connection")).compare("close", Qt::CaseInsensitive) == 0;
        m_handler(request, std::move(reply));
        return true;
    }
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override
    {
        // Not reached: handleRequest() takes every request.
        makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
    }

private:
    Handler m_handler;
};

} // namespace

struct ApiserverSimulator::Private
{
    struct Check
    {
        bool ok = false;
        int grpcCode = 0;
        QString error;
        qint64 latencyMs = 0;
    };
    using CheckCallback = std::function<void(const Check&)>;

    ApiserverSimulator* q;
    Options options;
    QByteArray token;
    std::optional<GroundTruthLog> groundTruth;
    QList<StaticPodSpec> labPods; // from lab.json next to the state file, when there is one
    std::unique_ptr<EtcdClient> etcd;
    std::unique_ptr<QAbstractHttpServer> http;
    QSslServer* tcp = nullptr; // child of http

    std::optional<Check> lastCheck;
    QElapsedTimer lastCheckAge;
    bool checkInFlight = false;
    std::vector<CheckCallback> waiters;
    QTimer checkTimer;
    bool ready = false;
    std::optional<LabLayout> layout; // the lab's plan, when the state file is in a lab folder
    QDateTime labStarted;            // lab.json's time: the bootstrap objects' and mirror pods' creation
    bool bootstrapped = false;
    bool bootstrapping = false;

    Private(ApiserverSimulator* owner, const Options& o) : q(owner), options(o) {}

    // --- readiness ---------------------------------------------------------------------------------------

    void withEtcdCheck(CheckCallback done)
    {
        if (lastCheck && lastCheckAge.elapsed() <= kMaxCheckAge.count()) {
            done(*lastCheck);
            return;
        }
        waiters.push_back(std::move(done));
        runCheck();
    }

    void runCheck()
    {
        if (checkInFlight || !etcd)
            return;
        checkInFlight = true;
        checkTimer.stop();
        etcd->health([this](const EtcdHealthResult& result) { onChecked(result); });
    }

    void onChecked(const EtcdHealthResult& result)
    {
        Check check;
        check.ok = result.healthy;
        check.grpcCode = result.grpcCode;
        check.error = result.error.isEmpty() ? result.grpcMessage : result.error.english();
        check.latencyMs = std::chrono::duration_cast<std::chrono::milliseconds>(result.latency).count();
        lastCheck = check;
        lastCheckAge.start();
        checkInFlight = false;
        updateReadiness(check);
        const std::vector<CheckCallback> pending = std::exchange(waiters, {});
        for (const CheckCallback& callback : pending)
            callback(check);
        checkTimer.start();
    }

    void updateReadiness(const Check& check)
    {
        // Starts unready, like kube-apiserver before its first good etcd check: the first success is a
        // transition too, the one a drill sees when a restarted apiserver comes back.
        if (check.ok && !bootstrapped)
            bootstrap();
        if ((check.ok && bootstrapped) == ready)
            return;
        ready = check.ok && bootstrapped;
        const QString detail =
            ready ? QStringLiteral("etcd %1 answered a linearizable read in %2 ms")
                        .arg(options.etcdEndpoint)
                        .arg(check.latencyMs)
                  : QStringLiteral("etcd %1 failed: %2").arg(options.etcdEndpoint, check.error);
        logLine(options.node, (ready ? QStringLiteral("ready: ") : QStringLiteral("unready: ")) + detail);
        if (groundTruth) {
            QString error;
            const auto event =
                GroundTruthEvent::now(options.node, QStringLiteral("apiserver"),
                                      ready ? QStringLiteral("ready") : QStringLiteral("unready"),
                                      QCoreApplication::applicationPid(), detail);
            if (!groundTruth->append(event, &error))
                logLine(options.node, error);
        }
        emit q->readinessChanged(ready, detail);
    }

    // --- replies -----------------------------------------------------------------------------------------

    void send(const Reply& reply, int code, const QByteArray& contentType, const QByteArray& body)
    {
        if (!reply.socket || reply.socket->state() != QAbstractSocket::ConnectedState)
            return;
        QHttpServerResponder& responder = *reply.responder;
        responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(code));
        responder.writeHeader(QByteArrayLiteral("Content-Type"), contentType);
        responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(body.size()));
        responder.writeHeader(QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff"));
        responder.writeHeader(QByteArrayLiteral("X-Etcd-Drill-Node"), options.node.toUtf8());
        if (!reply.warning.isEmpty())
            responder.writeHeader(QByteArrayLiteral("Warning"), reply.warning);
        if (reply.closeAfter)
            responder.writeHeader(QByteArrayLiteral("Connection"), QByteArrayLiteral("close"));
        responder.writeBody(body);
        if (reply.closeAfter)
            reply.socket->disconnectFromHost();
    }

    void sendJson(const Reply& reply, int code, const QJsonObject& object)
    {
        send(reply, code, kJson, QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n');
    }

    void sendStatus(const Reply& reply, int code, const QString& reason, const QString& message,
                    const QJsonObject& details = {})
    {
        sendJson(reply, code, statusObject(code, reason, message, details));
    }

    // What kube-apiserver answers when its storage fails: 503 while etcd cannot be reached, 504 when the
    // request outlived its deadline, 500 for anything else.
    void sendEtcdFailure(const Reply& reply, int grpcCode, const QString& error)
    {
        if (grpcCode == kGrpcUnavailable)
            sendStatus(reply, 503, QStringLiteral("ServiceUnavailable"),
                       QStringLiteral("etcd is unavailable: %1").arg(error));
        else if (grpcCode == kGrpcDeadlineExceeded)
            sendStatus(
                reply, 504, QStringLiteral("Timeout"),
                QStringLiteral("Timeout: request did not complete within requested timeout - %1").arg(error));
        else
            sendStatus(reply, 500, QStringLiteral("InternalError"),
                       QStringLiteral("Internal error occurred: %1").arg(error));
    }

    // --- routing -----------------------------------------------------------------------------------------

    void handle(const QHttpServerRequest& request, Reply reply)
    {
        const KubeApiPath path = KubeApiPath::parse(request.url().path());
        const QHttpServerRequest::Method method = request.method();
        switch (path.kind) {
        case KubeApiPath::Kind::Health:
            if (method != QHttpServerRequest::Method::Get)
                return sendStatus(reply, 405, QStringLiteral("MethodNotAllowed"),
                                  QStringLiteral("only GET is allowed on /%1").arg(path.healthName));
            return health(path.healthName, request.query(), std::move(reply));
        case KubeApiPath::Kind::Version:
            return sendJson(reply, 200, KubeResourceCatalog::version());
        case KubeApiPath::Kind::Unknown:
            return notFoundPath(reply);
        default:
            break;
        }
        // Discovery needs an authenticated client too, as kube-apiserver's default RBAC (system:discovery).
        if (!authorized(request))
            return sendStatus(reply, 401, QStringLiteral("Unauthorized"), QStringLiteral("Unauthorized"));
        if (path.kind == KubeApiPath::Kind::DiscoveryVersions)
            return sendJson(reply, 200,
                            KubeResourceCatalog::apiVersions(QStringLiteral("%1:%2").arg(
                                options.listenAddress.toString(), QString::number(q->serverPort()))));
        if (path.kind == KubeApiPath::Kind::DiscoveryGroups)
            return sendJson(reply, 200, KubeResourceCatalog::apiGroupList());
        if (path.kind == KubeApiPath::Kind::DiscoveryResources) {
            const auto list = KubeResourceCatalog::resourceList(path.group, path.version);
            return list ? sendJson(reply, 200, *list) : notFoundPath(reply);
        }

        if (path.kind == KubeApiPath::Kind::OpenApiV3Index)
            return sendJson(reply, 200, KubeResourceCatalog::openApiV3Index());
        if (path.kind == KubeApiPath::Kind::OpenApiV3Document) {
            const auto document = KubeResourceCatalog::openApiV3Document(path.group, path.version);
            return document ? sendJson(reply, 200, *document) : notFoundPath(reply);
        }
        if (path.kind == KubeApiPath::Kind::OpenApiV2)
            return send(reply, 200,
                        QByteArrayLiteral("application/com.github.proto-openapi.spec.v2.v1.0+protobuf"),
                        KubeResourceCatalog::openApiV2Protobuf());
        if (path.kind == KubeApiPath::Kind::NodeProxy)
            return nodeProxy(path, std::move(reply));
        const auto resource = KubeResourceCatalog::find(path.group, path.version, path.resource);
        if (!resource)
            return notFoundPath(reply);
        // namespaces/<ns> of a namespaced resource, or <resource>/<name> of a cluster-scoped one; not a
        // cluster-scoped resource under a namespace, nor a namespaced object without one.
        const bool collection =
            path.kind == KubeApiPath::Kind::Collection || path.kind == KubeApiPath::Kind::ClusterCollection;
        if ((path.kind == KubeApiPath::Kind::ClusterObject && resource->namespaced) ||
            (!path.namespaceName.isEmpty() && !resource->namespaced))
            return notFoundPath(reply);
        if (resource->name == QLatin1String("componentstatuses"))
            reply.warning = QByteArrayLiteral("299 - \"v1 ComponentStatus is deprecated in v1.19+\"");
        Request r;
        r.resource = *resource;
        r.namespaceName = path.namespaceName;
        r.name = path.name;
        r.table = KubeTable::wanted(headerValue(request, QByteArrayLiteral("accept")));
        const QUrlQuery query = request.query();
        if (method == QHttpServerRequest::Method::Get) {
            if (query.queryItemValue(QStringLiteral("watch")) == QLatin1String("true") ||
                query.queryItemValue(QStringLiteral("watch")) == QLatin1String("1"))
                return sendStatus(reply, 405, QStringLiteral("MethodNotAllowed"),
                                  QStringLiteral("the lab apiserver does not serve watches; list again "
                                                 "instead"));
            if (collection)
                return list(r, query, std::move(reply));
            return get(r, std::move(reply));
        }
        // A namespaced object is created in its namespace's collection, a cluster-scoped one in
        // /api/v1/<resource>.
        if (method == QHttpServerRequest::Method::Post && collection &&
            (!resource->namespaced || path.kind == KubeApiPath::Kind::Collection)) {
            if (!resource->creatable())
                return notServed(reply, *resource, "create");
            return create(r, request.body(),
                          query.queryItemValue(QStringLiteral("dryRun")) == QLatin1String("All"),
                          std::move(reply));
        }
        if (method == QHttpServerRequest::Method::Delete && !collection) {
            if (!resource->creatable())
                return notServed(reply, *resource, "delete");
            return remove(r, std::move(reply));
        }
        return sendStatus(
            reply, 405, QStringLiteral("MethodNotAllowed"),
            QStringLiteral("the lab apiserver lists and reads (GET), creates (POST) and deletes (DELETE) "
                           "%1; not this")
                .arg(resource->qualifiedName()));
    }

    // GET /api/v1/nodes/<node>/proxy/configz: what the node's kubelet reports of its configuration, here
    // the lab's node agent: its static pod folder. Other kubelet paths are not served.
    void nodeProxy(const KubeApiPath& path, Reply reply)
    {
        const int index = layout ? layout->indexOfNode(path.name) : -1;
        if (index < 0)
            return sendStatus(reply, 404, QStringLiteral("NotFound"),
                              QStringLiteral("nodes \"%1\" not found").arg(path.name));
        if (path.subpath != QLatin1String("configz"))
            return notFoundPath(reply);
        sendJson(reply, 200,
                 QJsonObject{{QStringLiteral("kubeletconfig"),
                              QJsonObject{{QStringLiteral("kind"), QStringLiteral("KubeletConfiguration")},
                                          {QStringLiteral("apiVersion"),
                                           QStringLiteral("kubelet.config.k8s.io/v1beta1")},
                                          {QStringLiteral("staticPodPath"), layout->manifestsDir(index)},
                                          {QStringLiteral("fileCheckFrequency"), QStringLiteral("20s")}}}});
    }

    void notFoundPath(const Reply& reply)
    {
        sendStatus(reply, 404, QStringLiteral("NotFound"),
                   QStringLiteral("the server could not find the requested resource"));
    }

    void notServed(const Reply& reply, const KubeResource& resource, const char* verb)
    {
        sendStatus(reply, 405, QStringLiteral("MethodNotAllowed"),
                   QStringLiteral("the lab apiserver cannot %1 %2; they come from the lab's own state")
                       .arg(QLatin1String(verb), resource.qualifiedName()));
    }

    bool authorized(const QHttpServerRequest& request) const
    {
        const QByteArray header = headerValue(request, QByteArrayLiteral("authorization"));
        const QByteArray scheme = QByteArrayLiteral("bearer ");
        if (header.size() <= scheme.size() || header.left(scheme.size()).toLower() != scheme)
            return false;
        return sameSecret(header.mid(scheme.size()).trimmed(), token);
    }

    // --- health ------------------------------------------------------------------------------------------

    void health(const QString& name, const QUrlQuery& query, Reply reply)
    {
        const bool verbose = query.hasQueryItem(QStringLiteral("verbose"));
        const QStringList excluded = query.allQueryItemValues(QStringLiteral("exclude"));
        withEtcdCheck([this, name, verbose, excluded, reply](const Check& check) {
            const KubeHealthReport::Answer answer =
                KubeHealthReport::build(name, verbose, excluded, check.ok, bootstrapped);
            send(reply, answer.code, kText, answer.body);
        });
    }

    // --- reading: lists and objects ----------------------------------------------------------------------

    struct Request
    {
        KubeResource resource;
        QString namespaceName; // empty: every namespace (namespaced) or none (cluster-scoped)
        QString name;          // for one object
        bool table = false;    // kubectl's server-side printing
    };

    struct Collected
    {
        bool ok = false;
        int grpcCode = 0;
        QString error;
        QJsonArray items;
        qint64 revision = 0;
    };
    using CollectedCallback = std::function<void(const Collected&)>;

    // Everything of one resource in one namespace (or all), as this apiserver sees it: from its etcd, from
    // the lab's state (mirror pods, Endpoints) or its etcd check (componentstatuses). Fails while the local
    // etcd does not answer: an apiserver without storage serves nothing, not stale data.
    void collect(const Request& r, CollectedCallback done)
    {
        if (r.resource.name == QLatin1String("componentstatuses"))
            return withEtcdCheck([done = std::move(done)](const Check& check) {
                Collected c;
                c.ok = true;
                c.items.append(componentStatus(check));
                done(c);
            });
        if (r.resource.source == KubeResource::Source::Derived) // endpoints
            return withEtcdCheck([this, r, done = std::move(done)](const Check& check) {
                Collected c;
                if (!check.ok) {
                    c.grpcCode = check.grpcCode;
                    c.error = check.error;
                    return done(c);
                }
                QString error;
                const auto state = labState(&error);
                if (!state) {
                    c.error = error;
                    return done(c);
                }
                c.ok = true;
                const QString ns =
                    r.namespaceName.isEmpty() ? QStringLiteral("kube-system") : r.namespaceName;
                for (const QJsonValue& value :
                     StaticPodMirror::endpointsList(*state, ns).value(QStringLiteral("items")).toArray()) {
                    QJsonObject endpoints = value.toObject();
                    QJsonObject metadata = endpoints.value(QStringLiteral("metadata")).toObject();
                    if (labStarted.isValid())
                        metadata.insert(QStringLiteral("creationTimestamp"),
                                        labStarted.toString(Qt::ISODate));
                    endpoints.insert(QStringLiteral("metadata"), metadata);
                    c.items.append(endpoints);
                }
                done(c);
            });
        const QByteArray prefix = r.resource.storagePrefix(r.namespaceName).toUtf8();
        etcd->range(prefix, EtcdClient::prefixEnd(prefix), EtcdClient::Consistency::Linearizable, 0,
                    [this, r, done = std::move(done)](const EtcdRangeResult& result) {
                        Collected c;
                        if (!result.ok()) {
                            c.grpcCode = result.grpcCode;
                            c.error = result.error.english();
                            return done(c);
                        }
                        c.revision = result.revision;
                        for (const EtcdKeyValue& kv : result.kvs) {
                            const QJsonDocument stored = QJsonDocument::fromJson(kv.value);
                            if (stored.isObject())
                                c.items.append(withResourceVersion(stored.object(), kv.modRevision));
                            else
                                logLine(options.node,
                                        QStringLiteral("%1 does not hold a JSON object; skipped")
                                            .arg(QString::fromUtf8(kv.key)));
                        }
                        if (r.resource.source == KubeResource::Source::Mirror) {
                            // Without the lab's state the static pods are unknown: an error, as a real
                            // apiserver's list is whole or fails, never silently short.
                            QString error;
                            const auto state = labState(&error);
                            if (!state) {
                                c.error = QStringLiteral("the lab's state cannot be read: %1").arg(error);
                                return done(c);
                            }
                            const QJsonArray mirror =
                                StaticPodMirror::podList(*state, labPods, r.namespaceName, {}, labStarted)
                                    .value(QStringLiteral("items"))
                                    .toArray();
                            for (const QJsonValue& pod : mirror)
                                c.items.append(pod);
                        }
                        c.ok = true;
                        done(c);
                    });
    }

    std::optional<LabState> labState(QString* error) const
    {
        if (options.stateFile.isEmpty()) {
            *error = QStringLiteral("no lab state file");
            return std::nullopt;
        }
        return LabState::read(options.stateFile, error);
    }

    void list(const Request& r, const QUrlQuery& query, Reply reply)
    {
        QString error;
        const auto labels = StaticPodMirror::parseSelector(
            query.queryItemValue(QStringLiteral("labelSelector"), QUrl::FullyDecoded), &error);
        if (!labels)
            return sendStatus(reply, 400, QStringLiteral("BadRequest"), error);
        const auto fields = StaticPodMirror::parseSelector(
            query.queryItemValue(QStringLiteral("fieldSelector"), QUrl::FullyDecoded), &error);
        if (!fields)
            return sendStatus(reply, 400, QStringLiteral("BadRequest"), error);
        for (auto it = fields->cbegin(); it != fields->cend(); ++it) {
            if (it.key() != QLatin1String("metadata.name") && it.key() != QLatin1String("metadata.namespace"))
                return sendStatus(reply, 400, QStringLiteral("BadRequest"),
                                  QStringLiteral("field label not supported: %1 (the lab apiserver selects "
                                                 "by metadata.name and metadata.namespace)")
                                      .arg(it.key()));
        }
        collect(r, [this, r, reply, labels = *labels, fields = *fields](const Collected& c) {
            if (!c.ok)
                return sendCollectFailure(reply, c);
            QJsonArray items;
            for (const QJsonValue& value : c.items) {
                if (selected(value.toObject(), labels, fields))
                    items.append(value);
            }
            items = sorted(items);
            const QString revision = c.revision > 0 ? QString::number(c.revision) : QString();
            if (r.table)
                return sendJson(
                    reply, 200,
                    KubeTable::fromItems(r.resource, items, revision, QDateTime::currentDateTimeUtc()));
            sendJson(reply, 200,
                     QJsonObject{{QStringLiteral("kind"), r.resource.listKind()},
                                 {QStringLiteral("apiVersion"), r.resource.apiVersion()},
                                 {QStringLiteral("metadata"),
                                  QJsonObject{{QStringLiteral("resourceVersion"), revision}}},
                                 {QStringLiteral("items"), items}});
        });
    }

    void get(const Request& r, Reply reply)
    {
        if (r.resource.source != KubeResource::Source::Stored)
            return collect(r, [this, r, reply](const Collected& c) {
                if (!c.ok)
                    return sendCollectFailure(reply, c);
                for (const QJsonValue& value : c.items) {
                    if (value.toObject()
                            .value(QStringLiteral("metadata"))
                            .toObject()
                            .value(QStringLiteral("name")) == r.name)
                        return sendObject(reply, r, value.toObject(), 200);
                }
                notFound(reply, r);
            });
        const QString key = r.resource.storageKey(r.namespaceName, r.name);
        etcd->get(key.toUtf8(), EtcdClient::Consistency::Linearizable,
                  [this, reply, r, key](const EtcdKvResult& found) {
                      if (!found.ok())
                          return sendEtcdFailure(reply, found.grpcCode, found.error.english());
                      if (!found.found)
                          return notFound(reply, r);
                      const QJsonDocument stored = QJsonDocument::fromJson(found.value);
                      if (!stored.isObject())
                          return sendStatus(reply, 500, QStringLiteral("InternalError"),
                                            QStringLiteral("Internal error occurred: %1 does not hold a JSON "
                                                           "object")
                                                .arg(key));
                      sendObject(reply, r, withResourceVersion(stored.object(), found.modRevision), 200);
                  });
    }

    void sendObject(const Reply& reply, const Request& r, const QJsonObject& object, int code)
    {
        if (r.table)
            return sendJson(reply, code,
                            KubeTable::fromItems(r.resource, QJsonArray{object}, QString(),
                                                 QDateTime::currentDateTimeUtc()));
        sendJson(reply, code, object);
    }

    void sendCollectFailure(const Reply& reply, const Collected& c)
    {
        if (c.grpcCode != 0)
            return sendEtcdFailure(reply, c.grpcCode, c.error);
        sendStatus(reply, 500, QStringLiteral("InternalError"),
                   QStringLiteral("Internal error occurred: %1").arg(c.error));
    }

    static bool selected(const QJsonObject& object, const QMap<QString, QString>& labels,
                         const QMap<QString, QString>& fields)
    {
        const QJsonObject metadata = object.value(QStringLiteral("metadata")).toObject();
        const QJsonObject present = metadata.value(QStringLiteral("labels")).toObject();
        for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
            if (!present.contains(it.key()) || present.value(it.key()).toString() != it.value())
                return false;
        }
        for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
            if (metadata.value(it.key().mid(int(qstrlen("metadata.")))).toString() != it.value())
                return false;
        }
        return true;
    }

    static QJsonArray sorted(const QJsonArray& items)
    {
        QList<QJsonObject> list;
        for (const QJsonValue& value : items)
            list.append(value.toObject());
        const auto keyOf = [](const QJsonObject& o) {
            const QJsonObject m = o.value(QStringLiteral("metadata")).toObject();
            return m.value(QStringLiteral("namespace")).toString() + QLatin1Char('/') +
                   m.value(QStringLiteral("name")).toString();
        };
        std::stable_sort(list.begin(), list.end(),
                         [&](const QJsonObject& a, const QJsonObject& b) { return keyOf(a) < keyOf(b); });
        QJsonArray result;
        for (const QJsonObject& o : list)
            result.append(o);
        return result;
    }

    static QJsonObject componentStatus(const Check& check)
    {
        // kube-apiserver lists the etcd servers it was given: one, its own node's. The lab runs no
        // scheduler or controller manager, so they are not listed.
        QJsonObject condition{
            {QStringLiteral("type"), QStringLiteral("Healthy")},
            {QStringLiteral("status"), check.ok ? QStringLiteral("True") : QStringLiteral("False")}};
        if (check.ok)
            condition.insert(QStringLiteral("message"), QStringLiteral("ok"));
        else
            condition.insert(QStringLiteral("error"), check.error);
        return QJsonObject{
            {QStringLiteral("kind"), QStringLiteral("ComponentStatus")},
            {QStringLiteral("apiVersion"), QStringLiteral("v1")},
            {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), QStringLiteral("etcd-0")}}},
            {QStringLiteral("conditions"), QJsonArray{condition}},
        };
    }

    // --- writing (etcd3 storage) -------------------------------------------------------------------------

    void create(const Request& r, const QByteArray& body, bool dryRun, Reply reply)
    {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
        if (!document.isObject())
            return sendStatus(
                reply, 400, QStringLiteral("BadRequest"),
                QStringLiteral("the body must be a JSON object (%1); the lab apiserver reads JSON "
                               "only")
                    .arg(parseError.error == QJsonParseError::NoError ? QStringLiteral("not an object")
                                                                      : parseError.errorString()));
        QJsonObject object = document.object();
        QJsonObject metadata = object.value(QStringLiteral("metadata")).toObject();
        Request target = r;
        target.name = metadata.value(QStringLiteral("name")).toString();
        if (!KubeApiPath::isValidName(target.name))
            return sendStatus(
                reply, 422, QStringLiteral("Invalid"),
                QStringLiteral("%1 \"%2\" is invalid: metadata.name: Required value: a lower-case name of "
                               "letters, digits, '-' and '.' (generateName is not supported)")
                    .arg(r.resource.kind, target.name),
                details(target));
        const QString kind = object.value(QStringLiteral("kind")).toString();
        if (!kind.isEmpty() && kind != r.resource.kind)
            return sendStatus(reply, 400, QStringLiteral("BadRequest"),
                              QStringLiteral("the body is a %1, not a %2").arg(kind, r.resource.kind));
        if (r.resource.namespaced) {
            const QString objectNamespace = metadata.value(QStringLiteral("namespace")).toString();
            if (!objectNamespace.isEmpty() && objectNamespace != r.namespaceName)
                return sendStatus(
                    reply, 400, QStringLiteral("BadRequest"),
                    QStringLiteral("the namespace of the provided object does not match the namespace "
                                   "sent on the request"));
            metadata.insert(QStringLiteral("namespace"), r.namespaceName);
        }
        metadata.insert(QStringLiteral("uid"), QUuid::createUuid().toString(QUuid::WithoutBraces));
        metadata.insert(QStringLiteral("creationTimestamp"),
                        QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        metadata.remove(QStringLiteral("resourceVersion")); // etcd's revision is the resource version
        if (r.resource.kind == QLatin1String("Deployment"))
            metadata.insert(QStringLiteral("generation"), 1);
        object.insert(QStringLiteral("metadata"), metadata);
        object.insert(QStringLiteral("kind"), r.resource.kind);
        if (!object.contains(QStringLiteral("apiVersion")))
            object.insert(QStringLiteral("apiVersion"), r.resource.apiVersion());
        if (dryRun)
            return sendJson(reply, 201, object);
        const QByteArray key = r.resource.storageKey(r.namespaceName, target.name).toUtf8();
        const QByteArray value = QJsonDocument(object).toJson(QJsonDocument::Compact);
        // Like kube-apiserver's etcd3 storage: one transaction that puts only if the key does not exist.
        etcd->putIfAbsent(key, value, 0, [this, reply, object, target](const EtcdCreateResult& result) {
            if (!result.ok())
                return sendEtcdFailure(reply, result.grpcCode, result.error.english());
            if (!result.created)
                return sendStatus(reply, 409, QStringLiteral("AlreadyExists"),
                                  QStringLiteral("%1 \"%2\" already exists")
                                      .arg(target.resource.qualifiedName(), target.name),
                                  details(target));
            sendJson(reply, 201, withResourceVersion(object, result.revision));
        });
    }

    void remove(const Request& r, Reply reply)
    {
        // What kube-apiserver keeps: the namespaces it made itself, and here the lab's nodes, whose kubelets
        // would register them again.
        static const QStringList systemNamespaces = {QStringLiteral("default"), QStringLiteral("kube-system"),
                                                     QStringLiteral("kube-public"),
                                                     QStringLiteral("kube-node-lease")};
        if (r.resource.name == QLatin1String("namespaces") && systemNamespaces.contains(r.name))
            return sendStatus(
                reply, 403, QStringLiteral("Forbidden"),
                QStringLiteral("namespaces \"%1\" is forbidden: this namespace may not be deleted")
                    .arg(r.name),
                details(r));
        if (r.resource.name == QLatin1String("nodes") && layout && layout->indexOfNode(r.name) >= 0)
            return sendStatus(
                reply, 403, QStringLiteral("Forbidden"),
                QStringLiteral("nodes \"%1\" is forbidden: the lab's node stays registered (its "
                               "kubelet would register it again); take the lab down instead")
                    .arg(r.name),
                details(r));
        if (r.resource.source == KubeResource::Source::Mirror) {
            // A static pod's mirror: kubelet makes it again at once, as on a real node. Only moving the
            // manifest away stops the pod (the drill does, or `lab runbook --step 2`).
            QString error;
            const auto state = labState(&error);
            if (!state)
                return sendStatus(
                    reply, 500, QStringLiteral("InternalError"),
                    QStringLiteral("Internal error occurred: the lab's state cannot be read: %1").arg(error));
            const QJsonArray mirror =
                StaticPodMirror::podList(*state, labPods, r.namespaceName, {}, labStarted)
                    .value(QStringLiteral("items"))
                    .toArray();
            for (const QJsonValue& pod : mirror) {
                if (pod.toObject()
                        .value(QStringLiteral("metadata"))
                        .toObject()
                        .value(QStringLiteral("name")) == r.name) {
                    QJsonObject deleted = pod.toObject();
                    logLine(options.node, QStringLiteral("DELETE of mirror pod %1/%2: kubelet recreates it; "
                                                         "move its manifest to stop it")
                                              .arg(r.namespaceName, r.name));
                    return sendJson(reply, 200, deleted);
                }
            }
        }
        etcd->deleteKey(r.resource.storageKey(r.namespaceName, r.name).toUtf8(),
                        [this, reply, r](const EtcdKvResult& result) {
                            if (!result.ok())
                                return sendEtcdFailure(reply, result.grpcCode, result.error.english());
                            if (result.deleted == 0)
                                return notFound(reply, r);
                            sendStatus(reply, 200, QString(), QString(), details(r));
                        });
    }

    static QJsonObject details(const Request& r)
    {
        QJsonObject object{{QStringLiteral("name"), r.name}, {QStringLiteral("kind"), r.resource.name}};
        if (!r.resource.group.isEmpty())
            object.insert(QStringLiteral("group"), r.resource.group);
        return object;
    }

    void notFound(const Reply& reply, const Request& r)
    {
        sendStatus(reply, 404, QStringLiteral("NotFound"),
                   QStringLiteral("%1 \"%2\" not found").arg(r.resource.qualifiedName(), r.name), details(r));
    }

    static QJsonObject withResourceVersion(QJsonObject object, qint64 revision)
    {
        QJsonObject metadata = object.value(QStringLiteral("metadata")).toObject();
        metadata.insert(QStringLiteral("resourceVersion"), QString::number(revision));
        object.insert(QStringLiteral("metadata"), metadata);
        return object;
    }

    // --- bootstrap ---------------------------------------------------------------------------------------

    // Writes the cluster's first objects that this apiserver's etcd does not hold yet (every apiserver of
    // the lab tries; put-if-absent keeps the first). Runs after a good etcd check until it succeeds once.
    void bootstrap()
    {
        if (bootstrapped || bootstrapping)
            return;
        if (!layout) {
            bootstrapped = true;
            return;
        }
        bootstrapping = true;
        const QList<LabClusterObjects::Object> objects = LabClusterObjects::build(*layout, labStarted);
        auto pending = std::make_shared<int>(int(objects.size()));
        auto failure = std::make_shared<QString>();
        for (const LabClusterObjects::Object& object : objects) {
            etcd->putIfAbsent(
                object.key.toUtf8(), QJsonDocument(object.json).toJson(QJsonDocument::Compact), 0,
                [this, pending, failure, key = object.key](const EtcdCreateResult& result) {
                    if (!result.ok() && failure->isEmpty())
                        *failure = QStringLiteral("%1: %2").arg(key, result.error.english());
                    if (--*pending > 0)
                        return;
                    bootstrapping = false;
                    if (!failure->isEmpty()) {
                        logLine(options.node,
                                QStringLiteral("bootstrap: cannot write %1; trying again").arg(*failure));
                        return;
                    }
                    bootstrapped = true;
                    logLine(options.node, QStringLiteral("bootstrap: namespaces, nodes and "
                                                         "kube-system/kubeadm-config in place"));
                    if (lastCheck)
                        updateReadiness(*lastCheck);
                });
        }
    }
};

ApiserverSimulator::ApiserverSimulator(const Options& options, QObject* parent)
    : QObject(parent), d(std::make_unique<Private>(this, options))
{
    d->checkTimer.setSingleShot(true);
    d->checkTimer.setInterval(kCheckInterval);
    connect(&d->checkTimer, &QTimer::timeout, this, [this] { d->runCheck(); });
}

ApiserverSimulator::~ApiserverSimulator()
{
    // The client first: its destructor cancels the calls in flight, whose callbacks use the rest.
    d->checkTimer.stop();
    d->etcd.reset();
    d->http.reset();
}

bool ApiserverSimulator::start(QString* error)
{
    QString why;
    const Options& o = d->options;
    const auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    if (o.node.isEmpty())
        return fail(QStringLiteral("the node name is missing (--node M1)"));

    QFile tokenInput(o.tokenFile);
    if (!tokenInput.open(QIODevice::ReadOnly))
        return fail(
            QStringLiteral("cannot read the token file %1: %2").arg(o.tokenFile, tokenInput.errorString()));
    d->token = tokenInput.readAll().trimmed();
    if (d->token.isEmpty())
        return fail(QStringLiteral("the token file %1 is empty; write the bearer token clients will send")
                        .arg(o.tokenFile));

    const QList<QSslCertificate> chain = QSslCertificate::fromPath(o.tlsCertFile, QSsl::Pem);
    if (chain.isEmpty())
        return fail(QStringLiteral("%1 holds no PEM certificate (--tls-cert)").arg(o.tlsCertFile));
    const auto key = readKey(o.tlsKeyFile, &why);
    if (!key)
        return fail(why + QStringLiteral(" (--tls-key)"));

    d->etcd = EtcdClient::create(o.etcdEndpoint, o.etcdTls, kEtcdDeadline, &why);
    if (!d->etcd)
        return fail(why);

    if (!o.groundTruthFile.isEmpty())
        d->groundTruth.emplace(o.groundTruthFile);
    // Outside a lab (no state file) there is nothing to bootstrap.
    d->bootstrapped = o.stateFile.isEmpty();
    if (!o.stateFile.isEmpty()) {
        d->layout = LabLayout::load(QFileInfo(o.stateFile).absolutePath(), nullptr);
        d->bootstrapped = !d->layout;
        if (d->layout) {
            d->labPods = d->layout->staticPods();
            d->labStarted = QFileInfo(d->layout->layoutFile()).lastModified().toUTC();
        }
    }

    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(chain);
    tls.setPrivateKey(*key);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    // No client certificates: clients authenticate with the bearer token, like the drill's probes.
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    // HTTP/1.1 only; without ALPN, curl and the probes do not try HTTP/2.
    tls.setAllowedNextProtocols({});

    d->http = std::make_unique<ApiserverHttpFront>(
        [this](const QHttpServerRequest& request, Reply reply) { d->handle(request, std::move(reply)); });
    auto server = std::make_unique<QSslServer>();
    server->setSslConfiguration(tls);
    server->setHandshakeTimeout(kHandshakeTimeoutMs);
    if (!server->listen(o.listenAddress, o.port))
        return fail(QStringLiteral("cannot listen on %1:%2: %3")
                        .arg(o.listenAddress.toString())
                        .arg(o.port)
                        .arg(server->errorString()));
    d->tcp = server.release();
    d->http->bind(d->tcp); // takes ownership

    logLine(o.node, QStringLiteral("serving https://%1:%2, storage %3")
                        .arg(o.listenAddress.toString())
                        .arg(d->tcp->serverPort())
                        .arg(o.etcdEndpoint));
    d->runCheck();
    return true;
}

quint16 ApiserverSimulator::serverPort() const
{
    return d->tcp ? d->tcp->serverPort() : 0;
}

bool ApiserverSimulator::isReady() const
{
    return d->ready;
}

} // namespace etcddrill
