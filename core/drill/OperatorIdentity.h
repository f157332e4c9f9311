// Who runs this drill, as the journal records gate confirmations and the lock shows its holder: the OS user,
// the host name and the process ID. A value type; current() reads them from the OS (no I/O beyond that).
#pragma once

#include <QJsonObject>
#include <QString>

namespace etcddrill {

struct OperatorIdentity
{
    QString user; // login name of the effective user ("root"), or the uid when it has no name
    QString host; // this machine's host name
    qint64 pid = 0;

    static OperatorIdentity current();
    QString describe() const; // "root@m1 (pid 4242)"
    QJsonObject toJson() const;
    static OperatorIdentity fromJson(const QJsonObject& json);
};

} // namespace etcddrill
