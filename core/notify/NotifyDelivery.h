// How one message to one webhook went: delivered, or why not (the service's answer, no answer within the
// deadline, a connection problem, dropped from a full queue). Never holds the webhook's URL or secret. A
// value type carried by WebhookNotifier::delivered and written to the journal ("notification").
#pragma once

#include <QMetaType>
#include <QString>

namespace etcddrill {

struct NotifyDelivery
{
    QString webhook; // the webhook's name
    QString format;  // "dingtalk", …
    QString event;   // "start", …
    bool ok = false;
    int httpStatus = 0; // 0: no HTTP answer
    QString problem;    // empty when ok
    qint64 ms = 0;      // from the request to its end

    // "sre-dingtalk (dingtalk): verdict delivered in 120 ms" / "… not delivered: HTTP 500"
    QString describe() const;
};

} // namespace etcddrill

Q_DECLARE_METATYPE(etcddrill::NotifyDelivery)
