// Idle connections of one keep-alive probe target, kept between probes so the next probe reuses one instead
// of connecting anew. A connection that the server closes (or that sends anything) while idle is dropped.
// Lives on the scheduler's worker thread; owned by the TargetProber of a keep-alive target.
#pragma once

#include <QObject>
#include <memory>
#include <vector>

namespace etcddrill {

class ProbeConnection;

class ConnectionPool : public QObject
{
    Q_OBJECT

public:
    explicit ConnectionPool(int maxIdle = 2, QObject* parent = nullptr);
    ~ConnectionPool() override;

    // A ready idle connection (most recently used first), or null.
    std::unique_ptr<ProbeConnection> take();
    // Keeps a connection that completed a response and may carry another request.
    void put(std::unique_ptr<ProbeConnection> connection);
    int idleCount() const { return int(m_idle.size()); }

private:
    void drop(ProbeConnection* connection);

    std::vector<std::unique_ptr<ProbeConnection>> m_idle;
    int m_maxIdle;
};

} // namespace etcddrill
