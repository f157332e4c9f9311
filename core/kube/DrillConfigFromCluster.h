// Turns what KubeadmClusterReader read into a drill config, as `etcd-drill-cli init` writes it: nodes with
// their etcd client URL, apiserver and ssh login; etcd TLS from certificatesDir as kubeadm lays it out
// (etcd/ca.crt, etcd/healthcheck-client.{crt,key}); apiserver: the kubeconfig and context that were used
// (never a token or key); probe targets for the ways in (the kubeconfig's server, controlPlaneEndpoint when
// it names a domain, each node's apiserver); target the last control-plane node unless chosen; the static-pod
// fault over ssh. Also says what it could not find and what the operator must fill in. Target names are
// unique (vip, domain, kubeconfig-server, control-plane-endpoint). Stateless, no I/O but reading whether the
// etcd TLS files are readable; any thread.
#pragma once

#include "DrillConfig.h"
#include "KubeadmCluster.h"
#include "KubeconfigAccess.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace etcddrill {

class DrillConfigFromCluster
{
public:
    struct Inputs
    {
        KubeadmCluster cluster;
        KubeconfigAccess access;             // the context the cluster was read through
        QList<KubeconfigAccess> otherAccess; // the file's other contexts: a tls-server-name there says
                                             // which address reaches the domain
        QString sshUser;                     // empty: root
        bool local = false;                  // the fault runs on this machine (transport: local)
        QString target;                      // a node name; empty: the last control-plane node
        QString outputFile;                  // where the config will be written (absolute)
        // Whether controlPlaneEndpoint's name resolved on this machine (DrillConfigInit looks it up,
        // with a deadline); nullopt: not looked up or no answer in time.
        std::optional<bool> endpointResolves;
    };
    struct Result
    {
        std::optional<DrillConfig> config; // nullopt: see error
        QString error;
        QStringList found;  // what was read, one line each, for the operator
        QStringList toFill; // what is missing or must be checked before a drill
        QString yaml;       // the file's text: a header with found/toFill, then ConfigWriter's YAML
    };

    static Result build(const Inputs& inputs);
};

} // namespace etcddrill
