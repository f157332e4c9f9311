#include "ApiserverClient.h"

#include "ApiCall.h"

#include "HostResolver.h"
#include "KubeconfigLoader.h"
#include "ProbeEndpoint.h"
#include "ProbePlan.h"
#include "ProbeTarget.h"

namespace etcddrill {

namespace {

void setError(QString* error, const QString& message)
{
    if (error)
        *error = message;
}

bool isHttps(const QUrl& url)
{
    return url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0;
}

// A request line must not be split or extended by what the caller passes as a path.
bool isRequestPath(const QString& path)
{
    if (!path.startsWith(QLatin1Char('/')))
        return false;
    for (const QChar c : path) {
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7f || c == QLatin1Char('#'))
            return false;
    }
    return true;
}

// "https://host:port" of a probe target's URL: the checks ask their own paths.
QUrl serverOf(const QUrl& url)
{
    QUrl server;
    server.setScheme(url.scheme());
    server.setHost(url.host());
    server.setPort(url.port());
    return server;
}

} // namespace

ApiserverClient::ApiserverClient(std::shared_ptr<const ProbeEndpoint> endpoint, QUrl baseUrl,
                                 QString resolveAddress, std::chrono::milliseconds timeout)
    : m_endpoint(std::move(endpoint)), m_resolver(std::make_unique<HostResolver>()),
      m_baseUrl(std::move(baseUrl)), m_resolveAddress(std::move(resolveAddress)), m_timeout(timeout)
{
    m_pathPrefix = m_baseUrl.path(QUrl::FullyEncoded);
    while (m_pathPrefix.endsWith(QLatin1Char('/')))
        m_pathPrefix.chop(1);
}

ApiserverClient::~ApiserverClient()
{
    // The calls use m_resolver: they must go before it does, not later with the QObject children.
    const QList<ApiCall*> calls = findChildren<ApiCall*>(Qt::FindDirectChildrenOnly);
    qDeleteAll(calls);
}

std::unique_ptr<ApiserverClient> ApiserverClient::create(const QUrl& baseUrl,
                                                         const ProbeCredentials& credentials,
                                                         const QString& resolveAddress,
                                                         std::chrono::milliseconds timeout, QString* error)
{
    if (!baseUrl.isValid() || baseUrl.host().isEmpty() ||
        (!isHttps(baseUrl) && baseUrl.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) != 0)) {
        setError(error, QStringLiteral("'%1' is not an apiserver URL: write https://host:port, e.g. "
                                       "https://192.0.2.100:6443")
                            .arg(baseUrl.toString(QUrl::RemoveUserInfo)));
        return nullptr;
    }
    if (timeout <= std::chrono::milliseconds::zero()) {
        setError(error, QStringLiteral("apiserver client for %1: the deadline must be positive")
                            .arg(baseUrl.toString(QUrl::RemoveUserInfo)));
        return nullptr;
    }
    ProbeTarget target;
    target.name = QStringLiteral("apiserver %1").arg(serverOf(baseUrl).toString());
    target.url = baseUrl;
    target.timeout = timeout;
    target.resolveAddress = resolveAddress;
    target.credentials = credentials;
    // A token must not cross the network in clear text (the probes hold to the same rule).
    if (!isHttps(baseUrl))
        target.credentials.bearerToken.clear();
    std::shared_ptr<const ProbeEndpoint> endpoint = ProbeEndpoint::prepare(target, error);
    if (!endpoint)
        return nullptr;
    return std::unique_ptr<ApiserverClient>(
        new ApiserverClient(std::move(endpoint), baseUrl, resolveAddress, timeout));
}

std::unique_ptr<ApiserverClient> ApiserverClient::fromConfig(const DrillConfig& config, QString* error)
{
    const std::optional<QList<ProbeTarget>> targets = ProbePlan::fromConfig(config, error);
    if (!targets)
        return nullptr;
    const std::optional<ProbeCredentials> credentials = ProbePlan::credentials(config, error);
    if (!credentials)
        return nullptr;

    const ProbeTarget* chosen = nullptr;
    for (const ProbeTarget& target : *targets) {
        if (target.name.compare(QLatin1String("vip"), Qt::CaseInsensitive) == 0) {
            chosen = &target;
            break;
        }
    }
    if (!chosen && !targets->isEmpty())
        chosen = &targets->first();
    if (chosen) {
        return create(serverOf(chosen->url), chosen->credentials, chosen->resolveAddress,
                      std::max(chosen->timeout, minimumConfigTimeout), error);
    }

    const QString file = config.sourceFile.isEmpty() ? QString() : config.sourceFile + QStringLiteral(": ");
    const std::chrono::milliseconds timeout = std::max(config.probes.timeout, minimumConfigTimeout);
    for (const NodeConfig& node : config.nodes) {
        if (!node.apiserverUrl.isEmpty())
            return create(QUrl(node.apiserverUrl, QUrl::StrictMode), *credentials, QString(), timeout, error);
    }
    if (!config.apiserver.kubeconfig.isEmpty()) {
        QString why;
        const std::optional<KubeconfigAccess> access =
            KubeconfigLoader::load(config.apiserver.kubeconfig, config.apiserver.context, &why);
        if (!access) {
            setError(error, file + QStringLiteral("apiserver.kubeconfig: ") + why);
            return nullptr;
        }
        return create(access->clientUrl(), *credentials, access->resolveAddress(), timeout, error);
    }
    setError(error, file + QStringLiteral("no apiserver to talk to: add a probe target for the VIP "
                                          "(probes.targets with name: vip), nodes[].apiserver or "
                                          "apiserver.kubeconfig"));
    return nullptr;
}

void ApiserverClient::get(const QString& pathAndQuery, std::function<void(const ApiResponse&)> done)
{
    send("GET", pathAndQuery, nullptr, std::move(done));
}

void ApiserverClient::post(const QString& path, const QByteArray& json,
                           std::function<void(const ApiResponse&)> done)
{
    send("POST", path, &json, std::move(done));
}

void ApiserverClient::del(const QString& path, std::function<void(const ApiResponse&)> done)
{
    send("DELETE", path, nullptr, std::move(done));
}

void ApiserverClient::send(const QByteArray& method, const QString& path, const QByteArray* json,
                           std::function<void(const ApiResponse&)> done)
{
    const QString what = QString::fromLatin1(method) + QLatin1Char(' ') + path;
    QByteArray request = method + ' ' + (m_pathPrefix + path).toLatin1() +
                         " HTTP/1.1\r\nHost: " + m_endpoint->hostHeader() +
                         "\r\nUser-Agent: etcd-drill\r\nAccept: application/json\r\n";
    const QString& token = m_endpoint->target().credentials.bearerToken;
    if (!token.isEmpty())
        request += "Authorization: Bearer " + token.toUtf8() + "\r\n";
    if (json) {
        request +=
            "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(json->size()) + "\r\n";
    }
    // A kubectl run is a new process with a new connection; closing after every answer keeps it so, and
    // lets a load balancer pick a backend for every request.
    request += "Connection: close\r\n\r\n";
    if (json)
        request += *json;

    auto* call = new ApiCall(m_endpoint, *m_resolver, std::move(request), what, m_timeout, this);
    connect(call, &ApiCall::finished, this, [call, done = std::move(done)](const ApiResponse& response) {
        // Out of the client's children first: `done` may destroy the client, which must not delete the call
        // whose signal is running. A finished call no longer uses the resolver.
        call->setParent(nullptr);
        call->deleteLater();
        if (done)
            done(response);
    });
    if (!isRequestPath(path)) {
        call->failBeforeStart(QStringLiteral("'%1' is not a request path: it must start with '/' and be "
                                             "percent-encoded (no spaces, control characters or '#')")
                                  .arg(path));
        return;
    }
    call->start();
}

} // namespace etcddrill
