// journal "lock": the drill lock (a key in etcd on a lease) was acquired, refused, looked at in a dry run
// (free, held), lost or released. Written by DrillLockKeeper for every lock event: acquired/refused or
// free/held in the preflight, lost whenever the lease could not be kept, released/release-failed at the end
// just before drill-finished.
#pragma once

#include "JournalKind.h"

#include <QJsonObject>
#include <QString>

namespace etcddrill {

struct LockRecord
{
    static constexpr JournalKind kKind = JournalKind::Lock;

    QString event;      // "acquired", "refused", "free", "held", "lost", "released", "release-failed"
    QString key;        // the etcd key, <etcd.write-prefix>lock
    QString detail;     // the error or reason, empty when none (always written)
    QJsonObject holder; // the lock's value (DrillLockHolder::toValue as JSON); not written when empty

    QJsonObject toJson() const;
    static LockRecord fromJson(const QJsonObject& json);
};

} // namespace etcddrill
