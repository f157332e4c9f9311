#include "DrillLockHolder.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>

namespace etcddrill {

QByteArray DrillLockHolder::toValue() const
{
    const QJsonObject json{
        {QStringLiteral("tool"), QStringLiteral("etcd-drill")},
        {QStringLiteral("cluster"), cluster},
        {QStringLiteral("user"), identity.user},
        {QStringLiteral("host"), identity.host},
        {QStringLiteral("pid"), identity.pid},
        {QStringLiteral("started_at"), startedAt.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("config_file"), configFile},
        {QStringLiteral("journal_folder"), journalFolder},
        // A string: lease IDs use all 63 bits, more than a JSON number keeps.
        {QStringLiteral("lease_id"), QString::number(leaseId)},
    };
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

std::optional<DrillLockHolder> DrillLockHolder::fromValue(const QByteArray& value)
{
    const QJsonObject json = QJsonDocument::fromJson(value).object();
    if (json.value(QStringLiteral("tool")).toString() != QLatin1String("etcd-drill"))
        return std::nullopt;
    DrillLockHolder holder;
    holder.cluster = json.value(QStringLiteral("cluster")).toString();
    holder.identity.user = json.value(QStringLiteral("user")).toString();
    holder.identity.host = json.value(QStringLiteral("host")).toString();
    holder.identity.pid = json.value(QStringLiteral("pid")).toInteger();
    holder.startedAt =
        QDateTime::fromString(json.value(QStringLiteral("started_at")).toString(), Qt::ISODate);
    holder.configFile = json.value(QStringLiteral("config_file")).toString();
    holder.journalFolder = json.value(QStringLiteral("journal_folder")).toString();
    holder.leaseId = json.value(QStringLiteral("lease_id")).toString().toLongLong();
    return holder;
}

QString DrillLockHolder::describe() const
{
    QString text = identity.describe();
    if (startedAt.isValid())
        text += QStringLiteral(", drilling since %1 UTC")
                    .arg(startedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    if (!configFile.isEmpty())
        text += QStringLiteral(" with %1").arg(configFile);
    return text;
}

bool DrillLockHolder::isDeadLocalProcess() const
{
    if (identity.host != QSysInfo::machineHostName() || identity.pid <= 0)
        return false;
    return !QFileInfo::exists(QStringLiteral("/proc/%1").arg(identity.pid));
}

} // namespace etcddrill
