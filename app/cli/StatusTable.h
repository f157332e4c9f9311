// Plain-text rendering of a ClusterSnapshot for terminals: the endpoint table (etcdctl's columns plus node,
// lag, latency and health), the member list and a summary of leader and quorum.
#pragma once

#include "etcd/ClusterSnapshot.h"

#include <QString>

namespace etcddrill {

class StatusTable
{
public:
    static QString render(const QString& clusterName, const ClusterSnapshot& snapshot);
    static QString humanBytes(qint64 bytes); // "25 kB", "1.2 MB": SI units, as etcdctl prints DB sizes
};

} // namespace etcddrill
