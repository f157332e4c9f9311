// `etcd-drill-cli status`: one poll of every configured etcd endpoint printed like
// `etcdctl endpoint status -w table` plus the member list, the leader and the quorum; --json for scripts;
// --watch to follow the cluster and print change events. Lives in main()'s thread; all etcd I/O is
// asynchronous inside ClusterMonitor.
#pragma once

#include <QStringList>

namespace etcddrill {

class StatusCommand
{
public:
    // Exit codes: 0 healthy, 1 degraded (quorum held, a member down), 2 quorum lost or unreachable,
    // 3 usage or config error.
    int run(const QStringList& arguments);
};

} // namespace etcddrill
