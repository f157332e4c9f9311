#include "HostResolver.h"

#include <QMetaObject>
#include <QUrl>
#include <deque>
#include <mutex>
#include <thread>

#include <netdb.h>
#include <sys/socket.h>

namespace etcddrill {

struct HostResolver::Shared
{
    std::mutex mutex;
    HostResolver* owner = nullptr; // null once the resolver is gone: helpers then drop their results
    std::deque<std::pair<quint64, QByteArray>> queue;
    int running = 0;
    int maxThreads = 4;
};

HostResolver::HostResolver(int maxThreads, QObject* parent)
    : QObject(parent), m_shared(std::make_shared<Shared>())
{
    m_shared->owner = this;
    m_shared->maxThreads = std::max(maxThreads, 1);
}

HostResolver::~HostResolver()
{
    std::lock_guard lock(m_shared->mutex);
    m_shared->owner = nullptr;
    m_shared->queue.clear();
}

quint64 HostResolver::lookup(const QString& host)
{
    const quint64 id = m_nextId++;
    m_pending.insert(id);
    std::lock_guard lock(m_shared->mutex);
    m_shared->queue.emplace_back(id, QUrl::toAce(host));
    if (m_shared->running < m_shared->maxThreads) {
        ++m_shared->running;
        std::thread(&HostResolver::helperLoop, m_shared).detach();
    }
    return id;
}

void HostResolver::cancel(quint64 id)
{
    m_pending.remove(id);
    std::lock_guard lock(m_shared->mutex);
    std::erase_if(m_shared->queue, [id](const auto& item) { return item.first == id; });
}

void HostResolver::deliver(quint64 id, const QList<QHostAddress>& addresses, const QString& error)
{
    if (!m_pending.remove(id))
        return;
    emit finished(id, addresses, error);
}

void HostResolver::helperLoop(std::shared_ptr<Shared> shared)
{
    std::unique_lock lock(shared->mutex);
    while (!shared->queue.empty()) {
        const auto [id, host] = shared->queue.front();
        shared->queue.pop_front();
        lock.unlock();

        addrinfo hints{};
        hints.ai_family = AF_UNSPEC;
        hints.ai_socktype = SOCK_STREAM;
        addrinfo* list = nullptr;
        const int rc = ::getaddrinfo(host.constData(), nullptr, &hints, &list);
        QList<QHostAddress> addresses;
        QString error;
        if (rc == 0) {
            for (const addrinfo* ai = list; ai; ai = ai->ai_next) {
                const QHostAddress address(ai->ai_addr);
                if (!address.isNull() && !addresses.contains(address))
                    addresses.append(address);
            }
            ::freeaddrinfo(list);
            if (addresses.isEmpty())
                error = QStringLiteral("no address for this name");
        } else {
            error = QString::fromLocal8Bit(::gai_strerror(rc));
        }

        lock.lock();
        if (shared->owner) {
            HostResolver* owner = shared->owner;
            // Posted while holding the mutex: the resolver's destructor takes it too, so owner stays valid.
            QMetaObject::invokeMethod(
                owner, [owner, id, addresses, error] { owner->deliver(id, addresses, error); },
                Qt::QueuedConnection);
        }
    }
    --shared->running;
}

} // namespace etcddrill
