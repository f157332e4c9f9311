// What a kubeconfig says about reaching one apiserver: the server URL of the selected context's cluster and
// the credentials of its user. A value type produced by KubeconfigLoader. Holds secrets: never print or log
// `credentials`.
#pragma once

#include "ProbeCredentials.h"
#include "ProbeTarget.h"

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
    ProbeCredentials credentials;

    // A probe of this server's /readyz (or the server URL's own path) with these credentials.
    ProbeTarget probeTarget(const QString& name) const
    {
        ProbeTarget target;
        target.name = name;
        target.url = server;
        target.credentials = credentials;
        return target;
    }
};

} // namespace etcddrill
