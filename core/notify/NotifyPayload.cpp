#include "NotifyPayload.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QUrlQuery>

namespace etcddrill {

namespace {

QByteArray compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString shortened(const QString& text)
{
    return text.size() > 200 ? text.left(200) + QStringLiteral("…") : text;
}

} // namespace

QString NotifyPayload::dingTalkSign(qint64 nowMs, const QString& secret)
{
    const QByteArray toSign = QByteArray::number(nowMs) + '\n' + secret.toUtf8();
    return QString::fromLatin1(
        QMessageAuthenticationCode::hash(toSign, secret.toUtf8(), QCryptographicHash::Sha256).toBase64());
}

QString NotifyPayload::feishuSign(qint64 nowSeconds, const QString& secret)
{
    // Feishu signs an empty message with timestamp + "\n" + secret as the key.
    const QByteArray key = QByteArray::number(nowSeconds) + '\n' + secret.toUtf8();
    return QString::fromLatin1(
        QMessageAuthenticationCode::hash(QByteArray(), key, QCryptographicHash::Sha256).toBase64());
}

QByteArray NotifyPayload::body(NotifyTarget::Format format, const NotifyMessage& m, qint64 nowMs,
                               const QString& secret)
{
    const QString text = m.text();
    switch (format) {
    case NotifyTarget::Format::Slack:
        return compact(QJsonObject{{QStringLiteral("text"), text}});
    case NotifyTarget::Format::DingTalk:
    case NotifyTarget::Format::WeCom:
        return compact(QJsonObject{{QStringLiteral("msgtype"), QStringLiteral("text")},
                                   {QStringLiteral("text"), QJsonObject{{QStringLiteral("content"), text}}}});
    case NotifyTarget::Format::Feishu: {
        QJsonObject object{{QStringLiteral("msg_type"), QStringLiteral("text")},
                           {QStringLiteral("content"), QJsonObject{{QStringLiteral("text"), text}}}};
        if (!secret.isEmpty()) {
            const qint64 seconds = nowMs / 1000;
            object.insert(QStringLiteral("timestamp"), QString::number(seconds));
            object.insert(QStringLiteral("sign"), feishuSign(seconds, secret));
        }
        return compact(object);
    }
    case NotifyTarget::Format::Webhook:
        break;
    }
    return compact(QJsonObject{
        {QStringLiteral("source"), QStringLiteral("etcd-drill")},
        {QStringLiteral("event"), m.event},
        {QStringLiteral("cluster"), m.cluster},
        {QStringLiteral("step"), m.step},
        {QStringLiteral("operator"), m.operatorName},
        {QStringLiteral("summary"), m.summary.english()},
        {QStringLiteral("text"), text},
        {QStringLiteral("outcome"), m.outcome},
        {QStringLiteral("drill"), m.drill},
        {QStringLiteral("time"), m.time.toUTC().toString(Qt::ISODateWithMs)},
    });
}

QUrl NotifyPayload::url(NotifyTarget::Format format, const QUrl& url, qint64 nowMs, const QString& secret)
{
    if (format != NotifyTarget::Format::DingTalk || secret.isEmpty())
        return url;
    QUrl signedUrl = url;
    QUrlQuery query(url);
    query.addQueryItem(QStringLiteral("timestamp"), QString::number(nowMs));
    query.addQueryItem(QStringLiteral("sign"),
                       QString::fromLatin1(QUrl::toPercentEncoding(dingTalkSign(nowMs, secret))));
    signedUrl.setQuery(query);
    return signedUrl;
}

QString NotifyPayload::problem(NotifyTarget::Format format, int httpStatus, const QByteArray& answer)
{
    if (httpStatus < 200 || httpStatus > 299)
        return QStringLiteral("HTTP %1").arg(httpStatus);
    const QJsonObject json = QJsonDocument::fromJson(answer).object();
    switch (format) {
    case NotifyTarget::Format::DingTalk:
    case NotifyTarget::Format::WeCom:
        if (json.contains(QStringLiteral("errcode")) && json.value(QStringLiteral("errcode")).toInt() != 0)
            return QStringLiteral("errcode %1: %2")
                .arg(json.value(QStringLiteral("errcode")).toInt())
                .arg(shortened(json.value(QStringLiteral("errmsg")).toString()));
        break;
    case NotifyTarget::Format::Feishu: {
        const QString codeKey =
            json.contains(QStringLiteral("code")) ? QStringLiteral("code") : QStringLiteral("StatusCode");
        if (json.contains(codeKey) && json.value(codeKey).toInt() != 0)
            return QStringLiteral("code %1: %2")
                .arg(json.value(codeKey).toInt())
                .arg(shortened(json.value(QStringLiteral("msg"))
                                   .toString(json.value(QStringLiteral("StatusMessage")).toString())));
        break;
    }
    case NotifyTarget::Format::Slack:
    case NotifyTarget::Format::Webhook:
        break;
    }
    return {};
}

} // namespace etcddrill
