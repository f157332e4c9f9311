// How etcd-drill talks to the cluster's etcd members: TLS files, per-RPC deadline, poll interval and the
// opt-in write check. Defaults are those of the config reference (docs/config-reference.md).
#pragma once

#include "TlsFiles.h"

#include <QString>
#include <chrono>

namespace etcddrill {

struct EtcdSettings
{
    TlsFiles tls;
    // etcdctl's --command-timeout is 5 s, but a drill wants to see a dead member fast: 1 s is long enough for
    // a healthy linearizable read across a WAN-less control plane and short enough to mark a member down quickly.
    std::chrono::milliseconds requestTimeout{1000};
    std::chrono::milliseconds pollInterval{500};
    bool writeCheck = false;
    QString writePrefix = QStringLiteral("/etcd-drill/");
};

} // namespace etcddrill
