// journal "notification": how one message to a notify: webhook went — delivered, or why not (HTTP status, the
// robot's errcode, no answer within the deadline, dropped), or still in flight when the journal closed.
// Written by DrillNotifications; names the webhook, never its URL or secret.
#pragma once

#include "JournalKind.h"

#include <QJsonObject>
#include <QString>

namespace etcddrill {

struct NotificationRecord
{
    static constexpr JournalKind kKind = JournalKind::Notification;

    QString webhook;
    QString format;
    QString event;
    bool ok = false;
    bool inFlight = false; // the journal closed before it ended
    int httpStatus = 0;
    QString problem;
    qint64 ms = 0;

    QJsonObject toJson() const;
    static NotificationRecord fromJson(const QJsonObject& json);
};

} // namespace etcddrill
