// The outcome of the health read on one endpoint: a linearizable Range of the key "health", the check
// `etcdctl endpoint health` makes. A linearizable read needs the member to reach a leader and a quorum,
// so it fails on a member that is up but cut off from the majority.
#pragma once

#include "EtcdCallResult.h"

#include <QtGlobal>

namespace etcddrill {

struct EtcdHealthResult : EtcdCallResult
{
    // True when the read succeeded, and also when etcd answered PERMISSION_DENIED: etcdctl 3.4 counts that
    // as healthy because the member had to consult the cluster to decide (auth is enabled, our user may not
    // read "health"). grpcCode/grpcMessage still carry the denial; error stays empty.
    bool healthy = false;
    quint64 memberId = 0; // from the response header, 0 when the read failed
    quint64 raftTerm = 0;
    qint64 revision = 0;
};

} // namespace etcddrill
