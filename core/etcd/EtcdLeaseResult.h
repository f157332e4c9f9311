// The answer of a Lease call on one endpoint: LeaseGrant, LeaseRevoke or one LeaseKeepAlive round trip.
// The drill lock (core/drill/DrillLock) keeps its key alive through these.
#pragma once

#include "EtcdCallResult.h"

#include <QtGlobal>

namespace etcddrill {

struct EtcdLeaseResult : EtcdCallResult
{
    qint64 id = 0;         // the lease
    qint64 ttlSeconds = 0; // grant/keep-alive: seconds left; keep-alive with 0: the lease no longer exists
    quint64 memberId = 0;  // the member that answered
    qint64 revision = 0;   // store revision from the response header

    // A keep-alive that etcd answered, but for a lease it no longer has (expired or revoked).
    bool expired() const { return ok() && ttlSeconds <= 0; }
};

} // namespace etcddrill
