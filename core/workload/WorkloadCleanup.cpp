#include "WorkloadCleanup.h"

#include "etcd/EtcdClient.h"

#include <QPointer>

namespace etcddrill {

WorkloadCleanup::WorkloadCleanup(QList<EtcdClient*> clients, QByteArray prefix, QObject* parent)
    : QObject(parent), m_clients(std::move(clients)), m_prefix(std::move(prefix))
{
}

void WorkloadCleanup::start()
{
    if (m_clients.isEmpty() || m_prefix.isEmpty()) {
        m_done = true;
        emit finished(0, m_prefix.isEmpty() ? QStringLiteral("no prefix to delete")
                                            : QStringLiteral("no etcd member to delete through"));
        return;
    }
    step();
}

void WorkloadCleanup::step()
{
    EtcdClient* client = m_clients.at(m_client);
    QPointer<WorkloadCleanup> self(this);
    client->range(m_prefix, EtcdClient::prefixEnd(m_prefix), EtcdClient::Consistency::Linearizable, kBatch,
                  [self, client](const EtcdRangeResult& read) {
                      if (!self || self->m_done)
                          return;
                      if (!read.ok()) {
                          self->failed(read.error.english());
                          return;
                      }
                      if (read.kvs.isEmpty()) {
                          self->m_done = true;
                          emit self->finished(self->m_deleted, QString());
                          return;
                      }
                      const QByteArray from = read.kvs.first().key;
                      const QByteArray to = read.kvs.last().key + QByteArray(1, '\0');
                      client->deleteRange(from, to, [self](const EtcdKvResult& removed) {
                          if (!self || self->m_done)
                              return;
                          if (!removed.ok()) {
                              self->failed(removed.error.english());
                              return;
                          }
                          self->m_failuresInARow = 0;
                          self->m_deleted += removed.deleted;
                          self->step();
                      });
                  });
}

void WorkloadCleanup::failed(const QString& error)
{
    if (++m_failuresInARow >= m_clients.size()) {
        m_done = true;
        emit finished(m_deleted, error);
        return;
    }
    m_client = (m_client + 1) % int(m_clients.size());
    step();
}

} // namespace etcddrill
