// The answer of Maintenance.Status on one endpoint (what `etcdctl endpoint status` shows).
#pragma once

#include "EtcdCallResult.h"

#include <QStringList>
#include <QtGlobal>

namespace etcddrill {

struct EtcdStatusResult : EtcdCallResult
{
    quint64 clusterId = 0;
    quint64 memberId = 0; // the member that answered
    qint64 revision = 0;
    QString version;
    qint64 dbSize = 0;
    qint64 dbSizeInUse = 0;
    quint64 leaderId = 0; // the leader as this member sees it; 0 = none
    quint64 raftIndex = 0;
    quint64 raftTerm = 0;
    quint64 raftAppliedIndex = 0;
    QStringList errors; // etcd's own status errors; raised alarms show up here too
    bool isLearner = false;
};

} // namespace etcddrill
