// The TLS files a load uses when the config is silent on etcd TLS and an endpoint is https: ETCDCTL_CACERT,
// ETCDCTL_CERT and ETCDCTL_KEY (what the operator's etcdctl already uses), else kubeadm's
// healthcheck-client certificate, the one kubeadm made for exactly this kind of read-only health probing.
// Part of ConfigLoader's implementation. Stateless; the thread of the load.
#pragma once

#include "ConfigDraft.h"
#include "ConfigYamlReader.h"

#include <QProcessEnvironment>
#include <QString>

namespace etcddrill {

class EtcdTlsFallback
{
public:
    // Sets draft's ca, cert and key from environment or pkiDir (kubeadm's folder), or reports why neither
    // can be used. `note` ends messages about those files, saying why they were used.
    static void choose(ConfigYamlReader& reader, ConfigDraft& draft, const QProcessEnvironment& environment,
                       const QString& pkiDir, const QString& note);
};

} // namespace etcddrill
