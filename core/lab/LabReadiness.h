// Asks every member of a lab whether it is healthy, the way `etcdctl endpoint health` does (a linearizable
// read through core/etcd's EtcdClient, with the lab's healthcheck-client certificate), so that `lab up` only
// reports success once the cluster really serves. checkOnce() blocks the calling thread on a local event
// loop for at most the deadline: call it from the CLI's main thread or a worker thread, never a GUI thread.
// Owns one EtcdClient per member (kept across rounds so the TLS connection is reused).
#pragma once

#include "LabLayout.h"

#include <QStringList>
#include <chrono>
#include <memory>
#include <vector>

namespace etcddrill {

class EtcdClient;

class LabReadiness
{
public:
    struct Round
    {
        QStringList healthy;   // node names
        QStringList unhealthy; // node names
        QStringList errors;    // "M2: connection refused …", one per unhealthy node
        bool allHealthy() const { return unhealthy.isEmpty() && !healthy.isEmpty(); }
    };

    explicit LabReadiness(const LabLayout& layout,
                          std::chrono::milliseconds deadline = std::chrono::milliseconds{1000});
    ~LabReadiness();

    bool isValid(QString* error) const; // false when the clients could not be created (TLS files unreadable)
    Round checkOnce();
    // Makes member `index` the leader (MoveLeader on the current leader), waiting until every answer says
    // so; blocks like checkOnce(), a few seconds at most. False with the reason when it could not.
    bool makeLeader(int index, QString* error);

private:
    LabLayout m_layout;
    std::chrono::milliseconds m_deadline;
    std::vector<std::unique_ptr<EtcdClient>> m_clients; // one per member, in node order
    QString m_error;
};

} // namespace etcddrill
