// One control-plane node of the drilled cluster, as written in the drill config's `nodes:` list.
#pragma once

#include <QString>

namespace etcddrill {

struct NodeConfig
{
    QString name;         // "M1": how the operator names the node; unique in a config
    QString etcdEndpoint; // "https://10.0.0.3:2379", "http://…" or "host:port" (plain, as etcdctl)
    QString apiserverUrl; // optional until probes are configured: "https://10.0.0.3:6443"
    QString sshHost;      // optional: "[user@]host[:port]" for the ssh transport of fault actions
    QString manifest;     // optional: this node's etcd manifest (a path on the node); empty: drill.manifest
    QString backupDir;    // optional: where this node's manifest is moved to; empty: drill.backup-dir
    int line = 0; // where the node starts in its file (1-based), for later messages; 0 if built in code

    friend bool operator==(const NodeConfig& a, const NodeConfig& b)
    {
        return a.name == b.name && a.etcdEndpoint == b.etcdEndpoint && a.apiserverUrl == b.apiserverUrl &&
               a.sshHost == b.sshHost && a.manifest == b.manifest && a.backupDir == b.backupDir;
    }
};

} // namespace etcddrill
