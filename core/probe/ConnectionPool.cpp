#include "ConnectionPool.h"

#include "ProbeConnection.h"

namespace etcddrill {

ConnectionPool::ConnectionPool(int maxIdle, QObject* parent)
    : QObject(parent), m_maxIdle(std::max(maxIdle, 1))
{
}

ConnectionPool::~ConnectionPool() = default;

std::unique_ptr<ProbeConnection> ConnectionPool::take()
{
    while (!m_idle.empty()) {
        std::unique_ptr<ProbeConnection> connection = std::move(m_idle.back());
        m_idle.pop_back();
        connection->disconnect(this);
        if (connection->isReady())
            return connection;
    }
    return nullptr;
}

void ConnectionPool::put(std::unique_ptr<ProbeConnection> connection)
{
    if (!connection || !connection->isReady())
        return;
    ProbeConnection* raw = connection.get();
    // Anything arriving on an idle connection (close, reset, unexpected bytes) makes it unusable.
    connect(raw, &ProbeConnection::received, this, [this, raw] { drop(raw); });
    connect(raw, &ProbeConnection::peerClosed, this, [this, raw] { drop(raw); });
    connect(raw, &ProbeConnection::failed, this, [this, raw] { drop(raw); });
    m_idle.push_back(std::move(connection));
    if (int(m_idle.size()) > m_maxIdle)
        m_idle.erase(m_idle.begin());
}

void ConnectionPool::drop(ProbeConnection* connection)
{
    const auto it = std::find_if(m_idle.begin(), m_idle.end(),
                                 [connection](const auto& c) { return c.get() == connection; });
    if (it == m_idle.end())
        return;
    // Called from the connection's own signal: it must outlive this call, so it is deleted later.
    (*it)->close();
    (*it)->disconnect(this);
    it->release()->deleteLater();
    m_idle.erase(it);
}

} // namespace etcddrill
