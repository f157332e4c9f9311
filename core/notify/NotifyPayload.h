// What is sent to each kind of robot, and how its answer is read. The bodies follow each service's documented
// text message: Slack's incoming webhook {"text"}; DingTalk's custom robot {"msgtype": "text", "text":
// {"content"}} (signed with the robot's secret as DingTalk's "加签" asks: timestamp and sign in the URL);
// Feishu/Lark's custom bot {"msg_type": "text", "content": {"text"}} (signed: timestamp and sign in the
// body); WeCom's group robot {"msgtype": "text", "text": {"content"}}; the generic webhook the message's
// fields as JSON. The chat robots answer HTTP 200 also when they refuse (an errcode / code in the body): that
// is read as a failure with the service's own message. Stateless; any thread.
#pragma once

#include "NotifyMessage.h"
#include "config/NotifySettings.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace etcddrill {

class NotifyPayload
{
public:
    // nowMs: the wall clock in ms since the epoch (the signatures carry it); secret: "" when none.
    static QByteArray body(NotifyTarget::Format format, const NotifyMessage& message, qint64 nowMs,
                           const QString& secret);
    // The URL to POST to: DingTalk's signed URL when there is a secret, else the URL as given.
    static QUrl url(NotifyTarget::Format format, const QUrl& url, qint64 nowMs, const QString& secret);
    // Empty when the service took the message; otherwise why not ("HTTP 500", "errcode 310000: sign not
    // match"), never holding the URL.
    static QString problem(NotifyTarget::Format format, int httpStatus, const QByteArray& answer);

    static QString dingTalkSign(qint64 nowMs, const QString& secret);
    static QString feishuSign(qint64 nowSeconds, const QString& secret);
};

} // namespace etcddrill
