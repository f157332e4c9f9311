#include "OperatorIdentity.h"

#include <QCoreApplication>
#include <QSysInfo>

#include <pwd.h>
#include <unistd.h>

namespace etcddrill {

OperatorIdentity OperatorIdentity::current()
{
    OperatorIdentity identity;
    // The effective user, not $USER: sudo keeps $USER of the caller in some setups, but root acts.
    if (const passwd* entry = ::getpwuid(::geteuid()))
        identity.user = QString::fromLocal8Bit(entry->pw_name);
    else
        identity.user = QStringLiteral("uid %1").arg(::geteuid());
    identity.host = QSysInfo::machineHostName();
    identity.pid = QCoreApplication::applicationPid();
    return identity;
}

QString OperatorIdentity::describe() const
{
    return QStringLiteral("%1@%2 (pid %3)").arg(user, host).arg(pid);
}

QJsonObject OperatorIdentity::toJson() const
{
    return QJsonObject{
        {QStringLiteral("user"), user}, {QStringLiteral("host"), host}, {QStringLiteral("pid"), pid}};
}

OperatorIdentity OperatorIdentity::fromJson(const QJsonObject& json)
{
    return {json.value(QStringLiteral("user")).toString(), json.value(QStringLiteral("host")).toString(),
            json.value(QStringLiteral("pid")).toInteger()};
}

} // namespace etcddrill
