#include "EtcdWatch.h"

namespace etcddrill {

EtcdWatch::EtcdWatch(std::chrono::milliseconds createDeadline, EtcdCallResult late,
                     std::function<void()> cancel)
    : m_cancel(std::move(cancel))
{
    m_link->target = this;
    m_createDeadline.setSingleShot(true);
    m_createDeadline.setInterval(createDeadline);
    connect(&m_createDeadline, &QTimer::timeout, this, [this, late] {
        onEnded(late, 0);
        m_cancel();
    });
    m_createDeadline.start();
}

EtcdWatch::~EtcdWatch()
{
    {
        std::lock_guard lock(m_link->mutex);
        m_link->target = nullptr;
    }
    m_cancel();
}

void EtcdWatch::onCreated(qint64 revision)
{
    if (m_ended || m_created)
        return;
    m_created = true;
    m_createDeadline.stop();
    emit created(revision);
}

void EtcdWatch::onEvents(const QList<EtcdWatchEvent>& batch, qint64 revision)
{
    if (m_ended)
        return;
    emit events(batch, revision);
}

void EtcdWatch::onEnded(const EtcdCallResult& result, qint64 compactRevision)
{
    if (m_ended)
        return;
    m_ended = true;
    m_createDeadline.stop();
    emit ended(result, compactRevision);
}

} // namespace etcddrill
