// A watch on a key range of one etcd member (Watch.Watch, a bidirectional gRPC stream), made by
// EtcdClient::watch(). It reports, on the thread of the client that made it:
//   created()  once etcd has registered the watch, with the member's revision at that moment;
//   events()   each batch of changes, in revision order, as etcd streams them (a batch is one or more whole
//              revisions);
//   ended()    exactly once, when the stream is over: etcd cancelled the watch (its start revision was
//              compacted: compactRevision says up to where), the member stopped answering (a lost
//              connection, a member that was stopped), or etcd did not register the watch within the
//              client's deadline. A caller re-opens it on another member from its last revision + 1.
// Destroying the watch cancels the stream; nothing is reported afterwards. The stream itself has no deadline
// (it lives as long as the watch); a member that vanishes without closing its connections (a network
// partition) is not noticed by this class.
//
// Thread: the client's thread. Owner: whoever called EtcdClient::watch(); it must not outlive its client
// (~EtcdClient cancels and waits for the stream).
#pragma once

#include "EtcdCallResult.h"
#include "EtcdWatchEvent.h"

#include <QList>
#include <QObject>
#include <QTimer>
#include <functional>
#include <memory>
#include <mutex>

namespace etcddrill {

class EtcdWatch : public QObject
{
    Q_OBJECT

public:
    ~EtcdWatch() override;

    bool isCreated() const { return m_created; }
    bool hasEnded() const { return m_ended; }

    // Between the gRPC thread and this object: the stream posts to `target` only under `mutex`, and the
    // destructor clears `target` under it first. Internal to core/etcd.
    struct Link
    {
        std::mutex mutex;
        EtcdWatch* target = nullptr;
    };

signals:
    void created(qint64 revision);
    void events(const QList<etcddrill::EtcdWatchEvent>& events, qint64 revision);
    void ended(const etcddrill::EtcdCallResult& result, qint64 compactRevision);

private:
    friend class EtcdClient;
    // `late`: what ended() reports when etcd does not register the watch within `createDeadline`.
    EtcdWatch(std::chrono::milliseconds createDeadline, EtcdCallResult late, std::function<void()> cancel);

    // Called (queued) from the stream's callbacks on this object's thread.
    void onCreated(qint64 revision);
    void onEvents(const QList<EtcdWatchEvent>& batch, qint64 revision);
    void onEnded(const EtcdCallResult& result, qint64 compactRevision);

    std::shared_ptr<Link> m_link = std::make_shared<Link>();
    std::function<void()> m_cancel; // cancels the stream's gRPC context; safe at any time
    QTimer m_createDeadline;
    bool m_created = false;
    bool m_ended = false;
};

} // namespace etcddrill
