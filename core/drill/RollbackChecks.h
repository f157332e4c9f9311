// The checks of step rollback, once the target was started again after an abort or a stop condition:
// "target restored" (back as the same member and caught up, with its lag and how long it took — or, at the
// deadline, the problem that was still there) and "all members healthy" (the others may need a look even
// when the drill's target is back). Pure: unit-tested from hand-built snapshots. Static functions; any
// thread.
#pragma once

#include "DrillCheck.h"

#include "etcd/ClusterSnapshot.h"

#include <QList>
#include <chrono>

namespace etcddrill {

class RollbackChecks
{
public:
    // The target `node` is back in `snapshot` as member `memberId` (RejoinRule said so), `after` the start
    // command.
    static QList<DrillCheck> restored(const ClusterSnapshot& snapshot, const QString& node, quint64 memberId,
                                      std::chrono::milliseconds after);
    // The deadline passed with `problem` still there.
    static DrillCheck notRestored(const QString& node, quint64 memberId, const LocalizedText& problem);
};

} // namespace etcddrill
