#include "EtcdCallTracker.h"

#include <grpcpp/client_context.h>

#include <vector>

namespace etcddrill {

EtcdCallTracker::Lease::Lease(std::shared_ptr<EtcdCallTracker> tracker) : m_tracker(std::move(tracker))
{
    std::lock_guard lock(m_tracker->m_mutex);
    ++m_tracker->m_leases;
}

EtcdCallTracker::Lease::~Lease()
{
    std::lock_guard lock(m_tracker->m_mutex);
    if (--m_tracker->m_leases == 0)
        m_tracker->m_idle.notify_all();
}

quint64 EtcdCallTracker::add(std::shared_ptr<grpc::ClientContext> context)
{
    std::lock_guard lock(m_mutex);
    if (!m_open)
        return 0;
    const quint64 id = m_nextId++;
    m_calls.emplace(id, std::move(context));
    return id;
}

void EtcdCallTracker::finish(quint64 id, const std::function<void()>& deliver)
{
    std::shared_ptr<grpc::ClientContext> context; // released after the lock, never inside it
    {
        std::lock_guard lock(m_mutex);
        if (m_open)
            deliver();
        auto it = m_calls.find(id);
        if (it != m_calls.end()) {
            context = std::move(it->second);
            m_calls.erase(it);
        }
        if (m_calls.empty() && m_leases == 0)
            m_idle.notify_all();
    }
}

void EtcdCallTracker::closeAndWait()
{
    std::vector<std::shared_ptr<grpc::ClientContext>> toCancel;
    {
        std::lock_guard lock(m_mutex);
        m_open = false;
        for (const auto& [id, context] : m_calls)
            toCancel.push_back(context);
    }
    // The shared_ptrs keep each context alive even if its call finishes (and is erased) meanwhile; cancelling
    // a finished call is a no-op.
    for (const auto& context : toCancel)
        context->TryCancel();
    toCancel.clear();

    std::unique_lock lock(m_mutex);
    m_idle.wait(lock, [this] { return m_calls.empty() && m_leases == 0; });
}

int EtcdCallTracker::inFlight() const
{
    std::lock_guard lock(m_mutex);
    return int(m_calls.size());
}

} // namespace etcddrill
