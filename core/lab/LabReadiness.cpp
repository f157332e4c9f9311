#include "LabReadiness.h"

#include "EtcdClient.h"

#include <QEventLoop>
#include <QTimer>

#include <memory>
#include <optional>

namespace etcddrill {

LabReadiness::LabReadiness(const LabLayout& layout, std::chrono::milliseconds deadline)
    : m_layout(layout), m_deadline(deadline)
{
    TlsFiles tls;
    tls.caFile = layout.caCertFile();
    tls.certFile = layout.clientCertFile();
    tls.keyFile = layout.clientKeyFile();
    for (int i = 0; i < layout.members; ++i) {
        QString error;
        auto client = EtcdClient::create(layout.etcdClientUrl(i), tls, deadline, &error);
        if (!client) {
            m_error = QStringLiteral("%1: %2").arg(layout.nodeName(i), error);
            m_clients.clear();
            return;
        }
        m_clients.push_back(std::move(client));
    }
}

LabReadiness::~LabReadiness() = default;

bool LabReadiness::isValid(QString* error) const
{
    if (error)
        *error = m_error;
    return !m_clients.empty();
}

LabReadiness::Round LabReadiness::checkOnce()
{
    Round round;
    if (m_clients.empty())
        return round;
    // Shared with the callbacks: a late answer (after the guard timer below) must find live memory and a
    // loop pointer that says nobody waits any more.
    struct Pending
    {
        int count = 0;
        std::vector<std::optional<EtcdHealthResult>> results;
        QEventLoop* loop = nullptr;
    };
    auto pending = std::make_shared<Pending>();
    pending->count = int(m_clients.size());
    pending->results.resize(m_clients.size());
    QEventLoop loop;
    pending->loop = &loop;
    for (size_t i = 0; i < m_clients.size(); ++i) {
        m_clients[i]->health([pending, i](const EtcdHealthResult& result) {
            pending->results[i] = result;
            if (--pending->count == 0 && pending->loop)
                pending->loop->quit();
        });
    }
    // Every call carries the client's deadline; the timer only guards against a result that never arrives.
    QTimer::singleShot(m_deadline + std::chrono::milliseconds{1000}, &loop, &QEventLoop::quit);
    if (pending->count > 0)
        loop.exec();
    pending->loop = nullptr;
    const auto results = pending->results;
    for (size_t i = 0; i < m_clients.size(); ++i) {
        const QString node = m_layout.nodeName(int(i));
        if (results[i] && results[i]->healthy) {
            round.healthy << node;
        } else {
            round.unhealthy << node;
            round.errors << QStringLiteral("%1 (%2): %3")
                                .arg(node, m_layout.etcdClientUrl(int(i)),
                                     results[i] ? results[i]->error : QStringLiteral("no answer"));
        }
    }
    return round;
}

} // namespace etcddrill
