// Who holds a cluster's drill lock: the value of the lock key in etcd (JSON), shown to a second console that
// is refused. A value type.
#pragma once

#include "OperatorIdentity.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <optional>

namespace etcddrill {

struct DrillLockHolder
{
    QString cluster;
    OperatorIdentity identity; // user, host, pid of the drilling process
    QDateTime startedAt;       // UTC
    QString configFile;
    QString journalFolder;
    qint64 leaseId = 0; // the lease the key lives on; DrillRecovery revokes it for a holder that died

    QByteArray toValue() const;
    // nullopt for a value that is not ours (the key was written by something else).
    static std::optional<DrillLockHolder> fromValue(const QByteArray& value);
    // "root@m1 (pid 4242), drilling since 2025-01-02 03:04:05 UTC with /etc/etcd-drill/drill.yaml"
    QString describe() const;
    // The holder runs on this machine and its process is gone: a console that crashed.
    bool isDeadLocalProcess() const;
};

} // namespace etcddrill
