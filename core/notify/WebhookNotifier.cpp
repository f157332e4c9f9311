#include "WebhookNotifier.h"

#include "NotifyPayload.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace etcddrill {

namespace {

// What went wrong on the wire, in our words: QNetworkReply::errorString() may quote the URL, which holds the
// robot's token.
QString networkProblem(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return QStringLiteral("connection refused");
    case QNetworkReply::RemoteHostClosedError:
        return QStringLiteral("the server closed the connection");
    case QNetworkReply::HostNotFoundError:
        return QStringLiteral("host not found (DNS)");
    case QNetworkReply::TimeoutError:
        return QStringLiteral("connection timed out");
    case QNetworkReply::SslHandshakeFailedError:
        return QStringLiteral("TLS handshake failed (is the server's certificate trusted here?)");
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        return QStringLiteral("the network is down");
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return QStringLiteral("the proxy failed");
    default:
        break;
    }
    return QStringLiteral("network error %1").arg(int(error));
}

} // namespace

WebhookNotifier::WebhookNotifier(const NotifySettings& settings, const QProcessEnvironment& environment,
                                 QObject* parent)
    : QObject(parent), m_network(new QNetworkAccessManager(this)), m_timeout(settings.timeout)
{
    for (const NotifyTarget& target : settings.targets) {
        auto hook = std::make_shared<Hook>();
        hook->config = target;
        QString error;
        const QString url = NotifyTarget::readSecret(target.urlFile, target.urlEnv, environment, &error);
        if (!error.isEmpty()) {
            m_setupProblems << QStringLiteral("%1: no URL: %2").arg(target.name, error);
            continue;
        }
        hook->url = QUrl(url, QUrl::StrictMode);
        if (!hook->url.isValid() || hook->url.host().isEmpty() ||
            (hook->url.scheme() != QLatin1String("https") && hook->url.scheme() != QLatin1String("http"))) {
            m_setupProblems
                << QStringLiteral("%1: its URL is not an http:// or https:// URL").arg(target.name);
            continue;
        }
        if (!target.secretFile.isEmpty() || !target.secretEnv.isEmpty()) {
            hook->secret = NotifyTarget::readSecret(target.secretFile, target.secretEnv, environment, &error);
            if (!error.isEmpty()) {
                m_setupProblems << QStringLiteral("%1: no signing secret: %2").arg(target.name, error);
                continue;
            }
        }
        m_hooks.append(hook);
    }
}

WebhookNotifier::~WebhookNotifier()
{
    for (const auto& hook : std::as_const(m_hooks)) {
        hook->queue.clear();
        if (hook->reply) {
            QNetworkReply* reply = hook->reply;
            hook->reply = nullptr;
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
    }
}

void WebhookNotifier::send(const NotifyMessage& message)
{
    for (const auto& hook : std::as_const(m_hooks)) {
        if (!hook->config.wants(message.event))
            continue;
        if (hook->queue.size() >= kMaxQueued) {
            const NotifyMessage dropped = hook->queue.takeFirst();
            report(*hook, dropped.event, false, 0,
                   QStringLiteral("dropped: %1 messages were waiting for this webhook").arg(kMaxQueued), 0);
        }
        hook->queue.append(message);
        pump(*hook);
    }
}

int WebhookNotifier::pending() const
{
    int n = 0;
    for (const auto& hook : m_hooks)
        n += int(hook->queue.size()) + (hook->reply ? 1 : 0);
    return n;
}

QList<NotifyDelivery> WebhookNotifier::pendingItems() const
{
    QList<NotifyDelivery> list;
    const auto item = [](const Hook& hook, const QString& event) {
        NotifyDelivery d;
        d.webhook = hook.config.name;
        d.format = NotifyTarget::formatName(hook.config.format);
        d.event = event;
        return d;
    };
    for (const auto& hook : m_hooks) {
        if (hook->reply)
            list << item(*hook, hook->inFlightEvent);
        for (const NotifyMessage& m : hook->queue)
            list << item(*hook, m.event);
    }
    return list;
}

void WebhookNotifier::pump(Hook& hook)
{
    if (hook.reply || hook.queue.isEmpty())
        return;
    const NotifyMessage message = hook.queue.takeFirst();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QNetworkRequest request(NotifyPayload::url(hook.config.format, hook.url, now, hook.secret));
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/json; charset=utf-8"));
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("etcd-drill"));
    // A redirect elsewhere would carry the message (and the signature) to another host: only the same origin.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    request.setTransferTimeout(int(m_timeout.count()));
    hook.inFlightEvent = message.event;
    hook.clock.start();
    QNetworkReply* reply =
        m_network->post(request, NotifyPayload::body(hook.config.format, message, now, hook.secret));
    hook.reply = reply;
    Hook* h = &hook;
    // The deadline holds for the whole exchange, also against a server that trickles bytes.
    auto timedOut = std::make_shared<bool>(false);
    QTimer::singleShot(m_timeout, reply, [reply, timedOut] {
        *timedOut = true;
        reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this,
            [this, h, reply, timedOut] { finished(*h, reply, *timedOut); });
}

void WebhookNotifier::finished(Hook& hook, QNetworkReply* reply, bool timedOut)
{
    reply->deleteLater();
    if (hook.reply != reply)
        return;
    hook.reply = nullptr;
    const qint64 ms = hook.clock.elapsed();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray answer = reply->read(64 * 1024);
    QString problem;
    if (timedOut || reply->error() == QNetworkReply::OperationCanceledError)
        problem = QStringLiteral("no answer within %1 ms").arg(m_timeout.count());
    else if (status == 0 && reply->error() != QNetworkReply::NoError)
        problem = networkProblem(reply->error());
    else if (reply->error() != QNetworkReply::NoError && status >= 200 && status <= 299)
        problem = QStringLiteral("the answer was cut off: %1").arg(networkProblem(reply->error()));
    else
        problem = NotifyPayload::problem(hook.config.format, status, answer);
    report(hook, hook.inFlightEvent, problem.isEmpty(), status, problem, ms);
    pump(hook);
    if (pending() == 0)
        emit drained();
}

void WebhookNotifier::report(const Hook& hook, const QString& event, bool ok, int status,
                             const QString& problem, qint64 ms)
{
    NotifyDelivery d;
    d.webhook = hook.config.name;
    d.format = NotifyTarget::formatName(hook.config.format);
    d.event = event;
    d.ok = ok;
    d.httpStatus = status;
    d.problem = problem;
    d.ms = ms;
    emit delivered(d);
}

} // namespace etcddrill
