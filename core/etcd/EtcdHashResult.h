// The answer of Maintenance.HashKV: the hash of one member's key-value store up to a revision. Members that
// hold the same data give the same hash at the same revision (as etcd's own functional tests check after a
// fault); the compact revision says up to where history was compacted when it was computed.
#pragma once

#include "EtcdCallResult.h"

#include <QtGlobal>

namespace etcddrill {

struct EtcdHashResult : EtcdCallResult
{
    quint32 hash = 0;
    qint64 compactRevision = 0;
    qint64 revision = 0;  // the member's store revision when it answered
    quint64 memberId = 0; // the member that answered
};

} // namespace etcddrill
