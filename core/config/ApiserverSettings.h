// How etcd-drill reaches kube-apiserver (the probes, the Kubernetes checks and the write test): an optional
// kubeconfig and context, and files that override or complete it. A value type; empty strings mean "not
// set". Paths are local and absolute once ConfigLoader has read them (it resolves ~/ and relative paths).
//
// There is deliberately no inline token: a config file gets shared and committed, a token must not be.
#pragma once

#include "TlsFiles.h"

#include <QString>

namespace etcddrill {

struct ApiserverSettings
{
    QString kubeconfig; // a kubeconfig file; empty: none is read
    QString context;    // a context of kubeconfig; empty: its current-context (only set with kubeconfig)
    TlsFiles tls;       // ca overrides the kubeconfig's CA; cert and key come together or not at all
    QString tokenFile;  // a file holding a bearer token; its content is read by the prober, never printed

    bool isEmpty() const
    {
        return kubeconfig.isEmpty() && context.isEmpty() && tls.isEmpty() && tokenFile.isEmpty();
    }
    friend bool operator==(const ApiserverSettings&, const ApiserverSettings&) = default;
};

} // namespace etcddrill
