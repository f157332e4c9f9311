// A hand-built ClusterSnapshot of a healthy three-member cluster for the pure tests of the drill's rules:
// M1, M2, M3 with member IDs 0x11, 0x22, 0x33, M1 the agreed leader, M2 and M3 2 and 3 entries behind,
// all three voters healthy and quorum held. Header-only; any test.
#pragma once

#include "etcd/ClusterSnapshot.h"

namespace etcddrill::test {

inline ClusterSnapshot threeMemberSnapshot()
{
    ClusterSnapshot s;
    for (int i = 1; i <= 3; ++i) {
        MemberStatus status;
        status.nodeName = QStringLiteral("M%1").arg(i);
        status.reachable = true;
        status.healthy = true;
        status.memberId = quint64(0x11 * i);
        status.leaderId = 0x11;
        status.indexLag = i == 1 ? 0 : i;
        s.endpoints.append(status);
        s.members.append(MemberInfo{quint64(0x11 * i), status.nodeName, {}, {}, false});
    }
    s.leaderId = 0x11;
    s.leaderAgreed = true;
    s.healthyVoters = 3;
    s.totalVoters = 3;
    s.quorumHeld = true;
    return s;
}

} // namespace etcddrill::test
