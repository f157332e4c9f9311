#include "QuorumLossRule.h"

#include "DrillText.h"
#include "i18n/DrillDuration.h"

#include "etcd/ClusterEventDetector.h"

namespace etcddrill {

namespace {

template <class... Args> LocalizedText tx(const char* source, const Args&... args)
{
    return DrillText::make(source, args...);
}

} // namespace

std::optional<LocalizedText> QuorumLossRule::add(const ClusterSnapshot& s)
{
    int answering = 0;
    for (const MemberStatus& status : s.endpoints) {
        if (status.reachable && !status.isLearner)
            ++answering;
    }
    const int voters = s.totalVoters;
    m_lostInARow = answering <= voters / 2 ? m_lostInARow + 1 : 0;
    if (m_lostInARow >= 2)
        return tx(QT_TRANSLATE_NOOP("DrillText",
                                    "only %1 of %2 members answer: the cluster has lost its quorum"))
            .arg(answering)
            .arg(voters);
    if (s.quorumHeld) {
        m_noQuorumSince.reset();
        return std::nullopt;
    }
    if (!m_noQuorumSince) {
        m_noQuorumSince = s.at;
        return std::nullopt;
    }
    if (s.at - *m_noQuorumSince <= m_grace)
        return std::nullopt;
    const auto lasted =
        std::max(std::chrono::milliseconds(0),
                 std::chrono::duration_cast<std::chrono::milliseconds>(s.at - *m_noQuorumSince));
    return tx(QT_TRANSLATE_NOOP("DrillText", "no quorum for %1: %2 of %3 voters healthy, %4"))
        .arg(DrillDuration::text(lasted))
        .arg(s.healthyVoters)
        .arg(s.totalVoters)
        .arg(s.leaderId ? tx(QT_TRANSLATE_NOOP("DrillText", "leader %1"))
                              .arg(ClusterEventDetector::nodeOrMemberId(s, s.leaderId))
                        : tx(QT_TRANSLATE_NOOP("DrillText", "no leader")));
}

} // namespace etcddrill
