// JSON forms of ClusterSnapshot and ClusterEvent, shared by `status --json`, `status --watch --json` and the
// drill journal so that scripts and the report read one format. Member IDs are lower-case hex strings (as
// etcdctl's tables print them): JSON numbers would lose the low bits of a 64-bit ID in most JSON readers.
// Durations are in milliseconds (fractional).
#pragma once

#include "ClusterEvent.h"
#include "ClusterSnapshot.h"

#include <QJsonObject>

namespace etcddrill {

class ClusterSnapshotJson
{
public:
    static QJsonObject toJson(const ClusterSnapshot& snapshot);
    static QJsonObject toJson(const ClusterEvent& event);
    static QString memberIdText(quint64 id);                   // "8e9e05c52164694d", empty for 0
    static QString healthName(ClusterSnapshot::Health health); // "healthy", "degraded", "quorum-lost"
};

} // namespace etcddrill
