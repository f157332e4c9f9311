// How a probe authenticates the apiserver and itself: trust anchors, client certificate, bearer token.
// A value type, usually filled from a kubeconfig (KubeconfigLoader) or the drill config. Each item can be
// given as a file or as PEM bytes; the bytes win when both are set. Holds secrets: never print or log it.
#pragma once

#include <QByteArray>
#include <QString>

namespace etcddrill {

struct ProbeCredentials
{
    QString caFile; // PEM bundle trusted INSTEAD of the system store (kubectl semantics); empty: system store
    QByteArray caPem; // same, inline
    QString clientCertFile;
    QByteArray clientCertPem;
    QString clientKeyFile;
    QByteArray clientKeyPem;
    QString bearerToken;                // sent as "Authorization: Bearer …"
    bool insecureSkipTlsVerify = false; // only when the operator explicitly asked for it

    bool hasCa() const { return !caFile.isEmpty() || !caPem.isEmpty(); }
    bool hasClientCertificate() const { return !clientCertFile.isEmpty() || !clientCertPem.isEmpty(); }
    bool hasClientKey() const { return !clientKeyFile.isEmpty() || !clientKeyPem.isEmpty(); }

    friend bool operator==(const ProbeCredentials&, const ProbeCredentials&) = default;
};

} // namespace etcddrill
