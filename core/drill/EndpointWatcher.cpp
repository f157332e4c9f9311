#include "EndpointWatcher.h"

#include "etcd/EtcdClient.h"

namespace etcddrill {

EndpointWatcher::EndpointWatcher(const QString& endpoint, const TlsFiles& tls,
                                 std::chrono::milliseconds deadline, QObject* parent)
    : QObject(parent)
{
    m_client = EtcdClient::create(endpoint, tls, deadline, &m_setupError);
    if (m_client)
        m_client->setParent(this);
    m_timer.setParent(this);
    m_timer.setInterval(kDefaultInterval);
    connect(&m_timer, &QTimer::timeout, this, &EndpointWatcher::poll);
}

EndpointWatcher::~EndpointWatcher()
{
    m_timer.stop();
    m_client.reset(); // cancels its calls before the state their callbacks use is gone
}

void EndpointWatcher::start()
{
    ++m_generation;
    m_known = false;
    m_inFlight = false;
    m_timer.start();
    poll();
}

void EndpointWatcher::stop()
{
    ++m_generation;
    m_timer.stop();
}

void EndpointWatcher::poll()
{
    if (!m_client || m_inFlight)
        return;
    m_inFlight = true;
    const auto issued = std::chrono::steady_clock::now();
    const quint64 generation = m_generation;
    m_client->status([this, issued, generation](const EtcdStatusResult& result) {
        if (generation != m_generation)
            return;
        m_inFlight = false;
        const bool answering = result.ok();
        m_lastError = result.error.english();
        if (answering)
            m_memberId = result.memberId;
        if (m_known && answering == m_answering)
            return;
        m_known = true;
        m_answering = answering;
        emit answeringChanged(answering, issued, result.error.english(), answering ? result.memberId : 0);
    });
}

} // namespace etcddrill
