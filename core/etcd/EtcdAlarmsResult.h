// The answer of Maintenance.Alarm(GET) on one endpoint: the alarms raised anywhere in the cluster.
#pragma once

#include "EtcdCallResult.h"

#include <QList>
#include <QString>

namespace etcddrill {

struct EtcdAlarmsResult : EtcdCallResult
{
    struct Alarm
    {
        quint64 memberId = 0;
        QString type; // "NOSPACE", "CORRUPT" (etcd's AlarmType names)

        friend bool operator==(const Alarm&, const Alarm&) = default;
    };

    QList<Alarm> alarms;

    QStringList typesFor(quint64 memberId) const
    {
        QStringList types;
        for (const Alarm& alarm : alarms) {
            if (alarm.memberId == memberId)
                types.append(alarm.type);
        }
        return types;
    }
};

} // namespace etcddrill
