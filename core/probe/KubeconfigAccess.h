// What a kubeconfig says about reaching one apiserver: the server URL of the selected context's cluster and
// the credentials of its user. A value type produced by KubeconfigLoader. Holds secrets: never print or log
// `credentials`.
#pragma once

#include "ProbeCredentials.h"
#include "ProbeTarget.h"

#include <QHostAddress>
#include <QString>
#include <QUrl>

namespace etcddrill {

struct KubeconfigAccess
{
    QString file;    // absolute path of the kubeconfig
    QString context; // the context used (the named one or current-context)
    QString cluster;
    QString user; // empty when the context names no user (anonymous)
    QUrl server;  // "https://10.0.0.10:6443"
    // The cluster's tls-server-name: the name the server's certificate is checked against instead of the
    // server's host (a load balancer reached by address whose certificate names the cluster's domain).
    QString tlsServerName;
    ProbeCredentials credentials;

    // How our clients address the server: with tls-server-name and an IP-address server, the URL names
    // tls-server-name and resolveAddress() is the IP to connect to (curl --resolve), which gives the same
    // TLS check as kubectl's. Otherwise the server as written and no resolve address.
    QUrl clientUrl() const
    {
        if (tlsServerName.isEmpty() || resolveAddress().isEmpty())
            return server;
        QUrl url = server;
        url.setHost(tlsServerName);
        return url;
    }
    QString resolveAddress() const
    {
        if (tlsServerName.isEmpty())
            return {};
        const QString host = server.host();
        const bool ip = !QHostAddress(host).isNull();
        return ip ? host : QString();
    }

    // A probe of this server's /readyz (or the server URL's own path) with these credentials.
    ProbeTarget probeTarget(const QString& name) const
    {
        ProbeTarget target;
        target.name = name;
        target.url = clientUrl();
        target.resolveAddress = resolveAddress();
        target.credentials = credentials;
        return target;
    }
};

} // namespace etcddrill
