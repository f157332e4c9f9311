#include "NotificationRecord.h"

namespace etcddrill {

QJsonObject NotificationRecord::toJson() const
{
    QJsonObject json{{QStringLiteral("webhook"), webhook},
                     {QStringLiteral("format"), format},
                     {QStringLiteral("event"), event},
                     {QStringLiteral("ok"), ok},
                     {QStringLiteral("ms"), ms}};
    if (inFlight)
        json.insert(QStringLiteral("in_flight"), true);
    if (httpStatus != 0)
        json.insert(QStringLiteral("http_status"), httpStatus);
    if (!problem.isEmpty())
        json.insert(QStringLiteral("problem"), problem);
    return json;
}

NotificationRecord NotificationRecord::fromJson(const QJsonObject& json)
{
    NotificationRecord r;
    r.webhook = json.value(QStringLiteral("webhook")).toString();
    r.format = json.value(QStringLiteral("format")).toString();
    r.event = json.value(QStringLiteral("event")).toString();
    r.ok = json.value(QStringLiteral("ok")).toBool();
    r.inFlight = json.value(QStringLiteral("in_flight")).toBool();
    r.httpStatus = json.value(QStringLiteral("http_status")).toInt();
    r.problem = json.value(QStringLiteral("problem")).toString();
    r.ms = qint64(json.value(QStringLiteral("ms")).toDouble());
    return r;
}

} // namespace etcddrill
