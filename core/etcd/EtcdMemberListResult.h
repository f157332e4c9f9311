// The answer of Cluster.MemberList on one endpoint.
#pragma once

#include "EtcdCallResult.h"
#include "MemberInfo.h"

#include <QList>

namespace etcddrill {

struct EtcdMemberListResult : EtcdCallResult
{
    quint64 clusterId = 0;
    quint64 answeredBy = 0; // member ID from the response header
    QList<MemberInfo> members;
};

} // namespace etcddrill
