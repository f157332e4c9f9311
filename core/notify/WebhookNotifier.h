// Sends NotifyMessages to the webhooks of a drill config's notify: section, without ever holding up the
// drill: send() only queues; each webhook sends its queue in order, one request at a time, each with the
// section's deadline (connect to answer); a webhook that answers an error, refuses the message or does not
// answer in time is reported through delivered() and the next message goes on. A queue holds at most
// kMaxQueued messages (the oldest is dropped and reported). URLs and signing secrets are read once, when the
// notifier is made (url-file's first line or url-env), kept in memory only and never put in a message,
// a delivery or a log: deliveries name the webhook.
//
// Thread: lives on its creator's thread, which needs an event loop (the drill engine's); all network work is
// asynchronous (QNetworkAccessManager). Owner: the creator (Qt parent). Destroying it aborts what is in
// flight, silently.
#pragma once

#include "NotifyDelivery.h"
#include "NotifyMessage.h"
#include "config/NotifySettings.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>
#include <QStringList>
#include <QUrl>
#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace etcddrill {

class WebhookNotifier : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxQueued = 20;

    explicit WebhookNotifier(
        const NotifySettings& settings,
        const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment(),
        QObject* parent = nullptr);
    ~WebhookNotifier() override;

    // Webhooks whose URL or secret could not be read now ("sre-dingtalk: the environment variable … is not
    // set"); they are skipped. Never holds a URL.
    QStringList setupProblems() const { return m_setupProblems; }
    // Queues the message for every webhook that wants its event. Returns at once.
    void send(const NotifyMessage& message);
    int pending() const; // queued and in flight
    // What is still pending, as deliveries not yet made (webhook, format, event), for the journal.
    QList<NotifyDelivery> pendingItems() const;
    std::chrono::milliseconds timeout() const { return m_timeout; }

signals:
    void delivered(const etcddrill::NotifyDelivery& delivery);
    void drained(); // nothing is pending any more

private:
    struct Hook
    {
        NotifyTarget config;
        QUrl url;
        QString secret;
        QList<NotifyMessage> queue;
        QPointer<QNetworkReply> reply;
        QString inFlightEvent;
        QElapsedTimer clock;
    };

    void pump(Hook& hook);
    void finished(Hook& hook, QNetworkReply* reply, bool timedOut);
    void report(const Hook& hook, const QString& event, bool ok, int status, const QString& problem,
                qint64 ms);

    QNetworkAccessManager* m_network; // child: moves with this object to the engine's thread
    std::chrono::milliseconds m_timeout;
    QList<std::shared_ptr<Hook>> m_hooks;
    QStringList m_setupProblems;
};

} // namespace etcddrill
