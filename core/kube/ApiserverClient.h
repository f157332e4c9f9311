// Talks to kube-apiserver the way the runbook's kubectl commands do: GET, POST and DELETE of JSON objects,
// authenticated with the drill config's apiserver credentials (CA, client certificate, bearer token) and
// through the same way in as a probe target (the VIP, the domain with resolve:, or a node). Every request
// opens a new connection, like a kubectl invocation, so a load balancer routes each one afresh, and every
// request has a deadline. Asynchronous: callbacks run later on the client's thread, never inside the call
// that started the request; the callbacks of requests still in flight when the client is destroyed are
// dropped. Lives on the thread that creates it; owned by its creator (std::unique_ptr).
// Holds a bearer token: it is only ever written into requests, never logged or put into an error.
#pragma once

#include "ApiResponse.h"

#include "DrillConfig.h"
#include "ProbeCredentials.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QUrl>
#include <chrono>
#include <functional>
#include <memory>

namespace etcddrill {

class HostResolver;
class ProbeEndpoint;

class ApiserverClient : public QObject
{
    Q_OBJECT

public:
    // A Kubernetes check is a handful of requests, not a probe: it may wait longer than a probe, but a
    // request still unanswered after 5 s (longer than etcd's default election of 1-2 s) means the cluster
    // does not serve it.
    static constexpr std::chrono::milliseconds minimumConfigTimeout{5000};

    // baseUrl: "https://192.0.2.100:6443" (a path, if any, prefixes every request, as a kubeconfig server's
    // does). resolveAddress: connect there instead of resolving the host (curl's --resolve); TLS still
    // checks the URL's host. Null with a message when the URL or a certificate/key/CA file is unusable.
    static std::unique_ptr<ApiserverClient> create(const QUrl& baseUrl, const ProbeCredentials& credentials,
                                                   const QString& resolveAddress,
                                                   std::chrono::milliseconds timeout, QString* error);
    // Through the probe target named "vip" (ignoring case) if any, else the first probe target, else the
    // first node's apiserver, else the kubeconfig's server; credentials as ProbePlan::credentials(); the
    // deadline is that target's probe timeout, at least minimumConfigTimeout.
    static std::unique_ptr<ApiserverClient> fromConfig(const DrillConfig& config, QString* error);
    ~ApiserverClient() override;

    // pathAndQuery: already percent-encoded, starting with '/', e.g.
    // "/api/v1/namespaces/kube-system/pods?labelSelector=component%3Detcd".
    void get(const QString& pathAndQuery, std::function<void(const ApiResponse&)> done);
    void post(const QString& path, const QByteArray& json, std::function<void(const ApiResponse&)> done);
    void del(const QString& path, std::function<void(const ApiResponse&)> done);

    QUrl baseUrl() const { return m_baseUrl; }
    QString resolveAddress() const { return m_resolveAddress; }
    std::chrono::milliseconds timeout() const { return m_timeout; }

private:
    ApiserverClient(std::shared_ptr<const ProbeEndpoint> endpoint, QUrl baseUrl, QString resolveAddress,
                    std::chrono::milliseconds timeout);
    void send(const QByteArray& method, const QString& path, const QByteArray* json,
              std::function<void(const ApiResponse&)> done);

    std::shared_ptr<const ProbeEndpoint> m_endpoint;
    std::unique_ptr<HostResolver> m_resolver;
    QUrl m_baseUrl;
    QString m_pathPrefix; // the base URL's path without a trailing '/'
    QString m_resolveAddress;
    std::chrono::milliseconds m_timeout;
};

} // namespace etcddrill
