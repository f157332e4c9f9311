#include "ApiserverSimulator.h"

#include "EtcdClient.h"
#include "GroundTruthLog.h"
#include "KubeApiPath.h"
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

QJsonObject objectDetails(const KubeApiPath& path, const QString& name)
{
    QJsonObject details{{QStringLiteral("name"), name}, {QStringLiteral("kind"), path.resource}};
    if (!path.group.isEmpty())
        details.insert(QStringLiteral("group"), path.group);
    return details;
}

QString qualifiedResource(const KubeApiPath& path)
{
    return path.group.isEmpty() ? path.resource : path.resource + QLatin1Char('.') + path.group;
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
        if (check.ok == ready)
            return;
        ready = check.ok;
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
            return sendJson(reply, 200, versionObject());
        case KubeApiPath::Kind::Unknown:
            return sendStatus(reply, 404, QStringLiteral("NotFound"),
                              QStringLiteral("the server could not find the requested resource"));
        default:
            break;
        }
        if (!authorized(request))
            return sendStatus(reply, 401, QStringLiteral("Unauthorized"), QStringLiteral("Unauthorized"));

        if (path.kind == KubeApiPath::Kind::ClusterCollection) {
            if (method == QHttpServerRequest::Method::Get &&
                path.resource == QLatin1String("componentstatuses"))
                return componentStatuses(std::move(reply));
            return notServed(reply, path);
        }
        if (path.kind == KubeApiPath::Kind::Collection) {
            if (method == QHttpServerRequest::Method::Post)
                return create(path, request.body(), std::move(reply));
            if (method == QHttpServerRequest::Method::Get && path.group.isEmpty() &&
                path.resource == QLatin1String("pods"))
                return listPods(path, request.query(), std::move(reply));
            if (method == QHttpServerRequest::Method::Get && path.group.isEmpty() &&
                path.resource == QLatin1String("endpoints"))
                return fromMirror(std::move(reply), [path](const LabState& state) {
                    return StaticPodMirror::endpointsList(state, path.namespaceName);
                });
            return notServed(reply, path);
        }
        // An object.
        if (method == QHttpServerRequest::Method::Get && path.group.isEmpty() &&
            path.resource == QLatin1String("endpoints") &&
            path.namespaceName == QLatin1String("kube-system") && path.name == QLatin1String("etcd"))
            return fromMirror(std::move(reply),
                              [](const LabState& state) { return StaticPodMirror::etcdEndpoints(state); });
        if (method == QHttpServerRequest::Method::Get)
            return get(path, std::move(reply));
        if (method == QHttpServerRequest::Method::Delete)
            return remove(path, std::move(reply));
        return sendStatus(
            reply, 405, QStringLiteral("MethodNotAllowed"),
            QStringLiteral("the lab apiserver only creates (POST), reads (GET) and deletes (DELETE) "
                           "objects"));
    }

    void notServed(const Reply& reply, const KubeApiPath& path)
    {
        sendStatus(
            reply, 405, QStringLiteral("MethodNotAllowed"),
            QStringLiteral("the lab apiserver does not serve this request on %1; it creates, reads and "
                           "deletes single namespaced objects")
                .arg(qualifiedResource(path)));
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
            // kube-apiserver's checks that matter here; the ones about etcd fail together with it.
            QStringList checks = {QStringLiteral("ping"), QStringLiteral("log"), QStringLiteral("etcd")};
            if (name == QLatin1String("readyz"))
                checks << QStringLiteral("etcd-readiness") << QStringLiteral("shutdown");
            QString list;
            bool failed = false;
            for (const QString& item : std::as_const(checks)) {
                if (excluded.contains(item)) {
                    list += QStringLiteral("[+]%1 excluded: ok\n").arg(item);
                } else if (item.startsWith(QLatin1String("etcd")) && !check.ok) {
                    // kube-apiserver withholds the reason from clients; it is in this apiserver's log and the
                    // ground truth.
                    list += QStringLiteral("[-]%1 failed: reason withheld\n").arg(item);
                    failed = true;
                } else {
                    list += QStringLiteral("[+]%1 ok\n").arg(item);
                }
            }
            if (failed)
                send(reply, 500, kText, (list + QStringLiteral("%1 check failed\n").arg(name)).toUtf8());
            else if (verbose)
                send(reply, 200, kText, (list + QStringLiteral("%1 check passed\n").arg(name)).toUtf8());
            else
                send(reply, 200, kText, QByteArrayLiteral("ok"));
        });
    }

    static QJsonObject versionObject()
    {
        return QJsonObject{
            {QStringLiteral("major"), QStringLiteral("1")},
            {QStringLiteral("minor"), QStringLiteral("28")},
            {QStringLiteral("gitVersion"), QStringLiteral("v1.28.0-etcd-drill-lab")},
            {QStringLiteral("gitTreeState"), QStringLiteral("clean")},
            {QStringLiteral("platform"), QStringLiteral("linux/amd64")},
        };
    }

    void componentStatuses(Reply reply)
    {
        withEtcdCheck([this, reply](const Check& check) {
            // kube-apiserver lists the etcd servers it was given: one, its own node's. The lab runs no
            // scheduler or controller manager, so they are not listed.
            const QJsonObject health{
                {QStringLiteral("health"), check.ok ? QStringLiteral("true") : QStringLiteral("false")},
                {QStringLiteral("reason"), check.ok ? QString() : check.error}};
            const QJsonObject item{
                {QStringLiteral("kind"), QStringLiteral("ComponentStatus")},
                {QStringLiteral("apiVersion"), QStringLiteral("v1")},
                {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), QStringLiteral("etcd-0")}}},
                {QStringLiteral("conditions"),
                 QJsonArray{QJsonObject{
                     {QStringLiteral("type"), QStringLiteral("Healthy")},
                     {QStringLiteral("status"), check.ok ? QStringLiteral("True") : QStringLiteral("False")},
                     {QStringLiteral("message"),
                      QString::fromUtf8(QJsonDocument(health).toJson(QJsonDocument::Compact))}}}},
            };
            sendJson(reply, 200,
                     QJsonObject{{QStringLiteral("kind"), QStringLiteral("ComponentStatusList")},
                                 {QStringLiteral("apiVersion"), QStringLiteral("v1")},
                                 {QStringLiteral("metadata"), QJsonObject()},
                                 {QStringLiteral("items"), QJsonArray{item}}});
        });
    }

    // --- mirror pods and Endpoints -----------------------------------------------------------------------

    // Answered only while this apiserver's etcd works: an apiserver without storage cannot list anything.
    void fromMirror(Reply reply, std::function<QJsonObject(const LabState&)> build)
    {
        withEtcdCheck([this, reply, build = std::move(build)](const Check& check) {
            if (!check.ok)
                return sendEtcdFailure(reply, check.grpcCode, check.error);
            QString error;
            const auto state =
                options.stateFile.isEmpty() ? std::nullopt : LabState::read(options.stateFile, &error);
            if (!state)
                return sendStatus(reply, 500, QStringLiteral("InternalError"),
                                  QStringLiteral("Internal error occurred: %1")
                                      .arg(error.isEmpty() ? QStringLiteral("no lab state file") : error));
            sendJson(reply, 200, build(*state));
        });
    }

    void listPods(const KubeApiPath& path, const QUrlQuery& query, Reply reply)
    {
        QString error;
        const auto selector = StaticPodMirror::parseSelector(
            query.queryItemValue(QStringLiteral("labelSelector"), QUrl::FullyDecoded), &error);
        if (!selector)
            return sendStatus(reply, 400, QStringLiteral("BadRequest"), error);
        const QList<StaticPodSpec> pods = labPods;
        fromMirror(std::move(reply), [path, pods, selector](const LabState& state) {
            return StaticPodMirror::podList(state, pods, path.namespaceName, *selector);
        });
    }

    // --- objects (etcd3 storage) -------------------------------------------------------------------------

    void create(const KubeApiPath& path, const QByteArray& body, Reply reply)
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
        const QString name = metadata.value(QStringLiteral("name")).toString();
        KubeApiPath target = path;
        target.name = name;
        if (!KubeApiPath::isValidName(name))
            return sendStatus(
                reply, 422, QStringLiteral("Invalid"),
                QStringLiteral("%1 is invalid: metadata.name: Required value: a lower-case name of "
                               "letters, digits, '-' and '.' (generateName is not supported)")
                    .arg(qualifiedResource(path)),
                objectDetails(path, name));
        const QString objectNamespace = metadata.value(QStringLiteral("namespace")).toString();
        if (!objectNamespace.isEmpty() && objectNamespace != path.namespaceName)
            return sendStatus(
                reply, 400, QStringLiteral("BadRequest"),
                QStringLiteral("the namespace of the provided object does not match the namespace "
                               "sent on the request"));
        metadata.insert(QStringLiteral("namespace"), path.namespaceName);
        metadata.insert(QStringLiteral("uid"), QUuid::createUuid().toString(QUuid::WithoutBraces));
        metadata.insert(QStringLiteral("creationTimestamp"),
                        QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        metadata.remove(QStringLiteral("resourceVersion")); // etcd's revision is the resource version
        object.insert(QStringLiteral("metadata"), metadata);
        if (!object.contains(QStringLiteral("apiVersion")))
            object.insert(QStringLiteral("apiVersion"), path.apiVersion());
        const QByteArray key = target.storageKey().toUtf8();
        const QByteArray value = QJsonDocument(object).toJson(QJsonDocument::Compact);
        // Like kube-apiserver's etcd3 storage: one transaction that puts only if the key does not exist.
        etcd->putIfAbsent(key, value, 0, [this, reply, object, target](const EtcdCreateResult& result) {
            if (!result.ok())
                return sendEtcdFailure(reply, result.grpcCode, result.error.english());
            if (!result.created)
                return sendStatus(
                    reply, 409, QStringLiteral("AlreadyExists"),
                    QStringLiteral("%1 \"%2\" already exists").arg(qualifiedResource(target), target.name),
                    objectDetails(target, target.name));
            sendJson(reply, 201, withResourceVersion(object, result.revision));
        });
    }

    void get(const KubeApiPath& path, Reply reply)
    {
        etcd->get(path.storageKey().toUtf8(), EtcdClient::Consistency::Linearizable,
                  [this, reply, path](const EtcdKvResult& found) {
                      if (!found.ok())
                          return sendEtcdFailure(reply, found.grpcCode, found.error.english());
                      if (!found.found)
                          return notFound(reply, path);
                      const QJsonDocument stored = QJsonDocument::fromJson(found.value);
                      if (!stored.isObject())
                          return sendStatus(reply, 500, QStringLiteral("InternalError"),
                                            QStringLiteral("Internal error occurred: %1 does not hold a JSON "
                                                           "object")
                                                .arg(path.storageKey()));
                      sendJson(reply, 200, withResourceVersion(stored.object(), found.modRevision));
                  });
    }

    void remove(const KubeApiPath& path, Reply reply)
    {
        etcd->deleteKey(path.storageKey().toUtf8(), [this, reply, path](const EtcdKvResult& result) {
            if (!result.ok())
                return sendEtcdFailure(reply, result.grpcCode, result.error.english());
            if (result.deleted == 0)
                return notFound(reply, path);
            sendStatus(reply, 200, QString(), QString(), objectDetails(path, path.name));
        });
    }

    void notFound(const Reply& reply, const KubeApiPath& path)
    {
        sendStatus(reply, 404, QStringLiteral("NotFound"),
                   QStringLiteral("%1 \"%2\" not found").arg(qualifiedResource(path), path.name),
                   objectDetails(path, path.name));
    }

    static QJsonObject withResourceVersion(QJsonObject object, qint64 revision)
    {
        QJsonObject metadata = object.value(QStringLiteral("metadata")).toObject();
        metadata.insert(QStringLiteral("resourceVersion"), QString::number(revision));
        object.insert(QStringLiteral("metadata"), metadata);
        return object;
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
    if (!o.stateFile.isEmpty()) {
        if (const auto layout = LabLayout::load(QFileInfo(o.stateFile).absolutePath(), nullptr))
            d->labPods = layout->staticPods();
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
