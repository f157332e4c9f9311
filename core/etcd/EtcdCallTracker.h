// The gRPC calls one EtcdClient has in flight. Shared (std::shared_ptr) between the client, which lives on a
// Qt thread, and gRPC's callback threads, which finish the calls. It is what lets ~EtcdClient cancel every
// call and wait for the callbacks without a deadlock and without any result being delivered afterwards.
// Internal to core/etcd: not part of the public API (it names gRPC types).
#pragma once

#include <QtGlobal>

#include <condition_variable>
#include <functional>
#include <map>
#include <memory>
#include <mutex>

namespace grpc {
class ClientContext;
}

namespace etcddrill {

class EtcdCallTracker
{
public:
    // Held by each call's state object, declared first so that it is destroyed last. A grpc::ClientContext
    // holds a reference to the grpc::Channel; if the final reference were dropped on gRPC's callback thread
    // (the callback's closure outliving the client), ~Channel would tear down gRPC's callback queue from one
    // of its own threads — a double free in gRPC 1.51, seen under ASan. closeAndWait() therefore waits for
    // every call state to be destroyed, not merely for its callback to have run.
    class Lease
    {
    public:
        explicit Lease(std::shared_ptr<EtcdCallTracker> tracker);
        ~Lease();
        Lease(const Lease&) = delete;
        Lease& operator=(const Lease&) = delete;

    private:
        std::shared_ptr<EtcdCallTracker> m_tracker;
    };

    // Registers a call before it is started. Returns 0 when the tracker is closed (the client is being
    // destroyed): the caller must then not start the call. The context stays alive while registered.
    quint64 add(std::shared_ptr<grpc::ClientContext> context);

    // From the gRPC callback of call `id`: runs deliver() only while the tracker is open — under the lock, so
    // ~EtcdClient cannot complete while a result is being posted — then forgets the call.
    void finish(quint64 id, const std::function<void()>& deliver);

    // From ~EtcdClient: stop delivering, cancel everything in flight and block until every callback has run
    // and every call state is gone. gRPC completes cancelled calls promptly; the cancel happens outside the
    // lock because gRPC may run a callback inline from TryCancel(), and that callback takes the lock.
    void closeAndWait();

    int inFlight() const;

private:
    mutable std::mutex m_mutex;
    std::condition_variable m_idle;
    bool m_open = true;
    quint64 m_nextId = 1;
    int m_leases = 0;
    std::map<quint64, std::shared_ptr<grpc::ClientContext>> m_calls;
};

} // namespace etcddrill
