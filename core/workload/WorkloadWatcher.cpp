#include "WorkloadWatcher.h"

#include "etcd/EtcdClient.h"

namespace etcddrill {

namespace {

constexpr int kRetryMs = 200;

} // namespace

WorkloadWatcher::WorkloadWatcher(QList<WorkloadRunner::Member> members, QByteArray prefix,
                                 qint64 startRevision, QObject* parent)
    : QObject(parent), m_members(std::move(members)), m_prefix(std::move(prefix)),
      m_last(std::max<qint64>(startRevision, 1) - 1)
{
    m_retry.setSingleShot(true);
    m_retry.setInterval(kRetryMs);
    connect(&m_retry, &QTimer::timeout, this, &WorkloadWatcher::open);
}

WorkloadWatcher::~WorkloadWatcher() = default;

void WorkloadWatcher::start()
{
    if (m_running || m_members.isEmpty())
        return;
    m_running = true;
    open();
}

void WorkloadWatcher::stop()
{
    m_running = false;
    m_retry.stop();
    m_watch.reset();
}

void WorkloadWatcher::open()
{
    if (!m_running)
        return;
    const WorkloadRunner::Member& member = m_members.at(m_member);
    m_watch = member.client->watch(m_prefix, EtcdClient::prefixEnd(m_prefix), m_last + 1);
    if (!m_watch) // the client is going away
        return;
    m_opens.append(Open{member.name, m_last + 1});
    connect(m_watch.get(), &EtcdWatch::events, this, [this](const QList<EtcdWatchEvent>& batch, qint64) {
        m_events.append(batch);
        for (const EtcdWatchEvent& event : batch)
            m_last = std::max(m_last, event.kv.modRevision);
        emit eventsArrived(int(batch.size()));
    });
    connect(m_watch.get(), &EtcdWatch::ended, this,
            [this](const EtcdCallResult&, qint64 compactRevision) { ended(compactRevision); });
}

void WorkloadWatcher::ended(qint64 compactRevision)
{
    // Not from inside the watch's own signal: it is dropped on the next turn of the loop.
    if (EtcdWatch* finished = m_watch.release())
        finished->deleteLater();
    if (compactRevision > m_last + 1) {
        m_compacted = true;
        m_last = compactRevision - 1;
    }
    m_member = (m_member + 1) % int(m_members.size());
    // At once on the next member; after a pause when it was the last one to try in this round.
    if (m_member == 0)
        m_retry.start();
    else
        open();
}

} // namespace etcddrill
