#include "LabReadiness.h"

#include "EtcdClient.h"

#include <QEventLoop>
#include <QThread>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace etcddrill {

namespace {

// Runs one call per client at once and waits (a local event loop) for every answer, at most `guard`. The
// state is shared with the callbacks: a late answer must find live memory and no loop to quit.
template <class Result>
std::vector<std::optional<Result>>
callAll(const std::vector<std::unique_ptr<EtcdClient>>& clients, std::chrono::milliseconds guard,
        const std::function<void(EtcdClient&, std::function<void(const Result&)>)>& call)
{
    struct Pending
    {
        int count = 0;
        std::vector<std::optional<Result>> results;
        QEventLoop* loop = nullptr;
    };
    auto pending = std::make_shared<Pending>();
    pending->count = int(clients.size());
    pending->results.resize(clients.size());
    QEventLoop loop;
    pending->loop = &loop;
    for (size_t i = 0; i < clients.size(); ++i) {
        call(*clients[i], [pending, i](const Result& result) {
            pending->results[i] = result;
            if (--pending->count == 0 && pending->loop)
                pending->loop->quit();
        });
    }
    QTimer::singleShot(guard, &loop, &QEventLoop::quit);
    if (pending->count > 0)
        loop.exec();
    pending->loop = nullptr;
    return pending->results;
}

} // namespace

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
    // Every call carries the client's deadline; the guard only covers a result that never arrives.
    const auto results = callAll<EtcdHealthResult>(
        m_clients, m_deadline + std::chrono::milliseconds{1000},
        [](EtcdClient& c, std::function<void(const EtcdHealthResult&)> done) { c.health(std::move(done)); });
    for (size_t i = 0; i < m_clients.size(); ++i) {
        const QString node = m_layout.nodeName(int(i));
        if (results[i] && results[i]->healthy) {
            round.healthy << node;
        } else {
            round.unhealthy << node;
            round.errors << QStringLiteral("%1 (%2): %3")
                                .arg(node, m_layout.etcdClientUrl(int(i)),
                                     results[i] ? results[i]->error.english() : QStringLiteral("no answer"));
        }
    }
    return round;
}

bool LabReadiness::makeLeader(int index, QString* error)
{
    using namespace std::chrono_literals;
    const auto statusAll = [this] {
        return callAll<EtcdStatusResult>(
            m_clients, m_deadline + 1000ms,
            [](EtcdClient& c, std::function<void(const EtcdStatusResult&)> done) {
                c.status(std::move(done));
            });
    };
    const auto fail = [error](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    if (index < 0 || index >= int(m_clients.size()))
        return fail(QStringLiteral("no member %1").arg(index));
    for (int attempt = 0; attempt < 20; ++attempt) {
        const auto statuses = statusAll();
        const std::optional<EtcdStatusResult>& wanted = statuses[size_t(index)];
        if (!wanted || !wanted->ok())
            return fail(QStringLiteral("%1 does not answer its status").arg(m_layout.nodeName(index)));
        if (wanted->leaderId == wanted->memberId)
            return true;
        // Ask the leader, once per attempt; then look again.
        for (size_t i = 0; i < statuses.size(); ++i) {
            if (statuses[i] && statuses[i]->ok() && statuses[i]->memberId == wanted->leaderId) {
                // A late answer (after the guard) must find live memory and no loop to quit.
                struct Moved
                {
                    std::optional<EtcdCallResult> result;
                    QEventLoop* loop = nullptr;
                };
                auto moved = std::make_shared<Moved>();
                QEventLoop loop;
                moved->loop = &loop;
                m_clients[i]->moveLeader(wanted->memberId, [moved](const EtcdCallResult& r) {
                    moved->result = r;
                    if (moved->loop)
                        moved->loop->quit();
                });
                QTimer::singleShot(m_deadline + 1000ms, &loop, &QEventLoop::quit);
                if (!moved->result)
                    loop.exec();
                moved->loop = nullptr;
                break;
            }
        }
        QThread::msleep(200);
    }
    return fail(QStringLiteral("%1 did not become the leader").arg(m_layout.nodeName(index)));
}

} // namespace etcddrill
