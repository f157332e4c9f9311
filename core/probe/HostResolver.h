// Resolves host names for the probes without blocking the thread it lives on (the ProbeScheduler's worker).
// Each lookup runs getaddrinfo() on one of a few detached helper threads; the answer comes back as a queued
// call on the resolver's thread. Detached on purpose: getaddrinfo() cannot be cancelled, and a dead DNS
// server holds it for resolv.conf's timeout x attempts (10 s by default) — a scheduler that stops must not
// wait for that. Qt's QHostInfo is not used because its 60 s cache would hide exactly the DNS outage a probe
// must see. Owned by ProbeWorker; lives on the worker thread.
#pragma once

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QSet>
#include <memory>

namespace etcddrill {

class HostResolver : public QObject
{
    Q_OBJECT

public:
    // maxThreads bounds the helper threads: lookups beyond it wait in a queue (and so show up as slow DNS).
    explicit HostResolver(int maxThreads = 4, QObject* parent = nullptr);
    ~HostResolver() override;

    // Starts a lookup; the result arrives through finished() with the returned id.
    quint64 lookup(const QString& host);
    // The lookup's result will not be delivered (it may still run to completion on its helper thread).
    void cancel(quint64 id);

signals:
    // addresses is empty and error says why when the name did not resolve.
    void finished(quint64 id, const QList<QHostAddress>& addresses, const QString& error);

private:
    struct Shared;
    void deliver(quint64 id, const QList<QHostAddress>& addresses, const QString& error);
    static void helperLoop(std::shared_ptr<Shared> shared);

    std::shared_ptr<Shared> m_shared;
    QSet<quint64> m_pending;
    quint64 m_nextId = 1;
};

} // namespace etcddrill
