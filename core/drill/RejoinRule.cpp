#include "RejoinRule.h"

#include "DrillText.h"

#include "etcd/ClusterSnapshotJson.h"

namespace etcddrill {

namespace {

using Problem = RejoinVerdict::Problem;

template <class... Args> LocalizedText tx(const char* source, const Args&... args)
{
    return DrillText::make(source, args...);
}

RejoinVerdict problem(RejoinVerdict verdict, Problem kind, const LocalizedText& text, bool fatal = false)
{
    verdict.problem = kind;
    verdict.text = text;
    verdict.fatal = fatal;
    return verdict;
}

bool otherMember(const MemberStatus& target, quint64 expected)
{
    return expected != 0 && target.memberId != expected;
}

bool behind(const MemberStatus& status, qint64 maxIndexLag)
{
    return status.indexLag < 0 || status.indexLag > maxIndexLag;
}

RejoinVerdict afterStart(const ClusterSnapshot& s, const RejoinRule::Expected& e, const MemberStatus* t,
                         RejoinVerdict v)
{
    if (!t)
        return problem(v, Problem::TargetMissing,
                       tx(QT_TRANSLATE_NOOP("DrillText", "%1 is missing from the snapshot")).arg(e.node));
    // Before the health read: a member that answers Status under another ID will not turn into ours.
    // Verbatim, not a template, as the engine always journaled it.
    if (t->memberId != 0 && otherMember(*t, e.memberId))
        return problem(v, Problem::OtherMember,
                       QStringLiteral("%1 answers as member %2, not as member %3 it was before the stop: it "
                                      "came back as a different member")
                           .arg(e.node, ClusterSnapshotJson::memberIdText(t->memberId),
                                ClusterSnapshotJson::memberIdText(e.memberId)),
                       true);
    if (!t->healthy)
        return problem(v, Problem::TargetUnhealthy,
                       tx(QT_TRANSLATE_NOOP("DrillText", "%1 is not healthy yet: %2")).arg(e.node, t->error));
    for (const MemberStatus& status : s.endpoints) {
        if (!status.healthy)
            return problem(v, Problem::MemberUnhealthy,
                           tx(QT_TRANSLATE_NOOP("DrillText", "%1 is not healthy: %2"))
                               .arg(status.nodeName, status.error));
    }
    if (s.leaderId == 0 || !s.leaderAgreed)
        return problem(v, Problem::NoLeader,
                       tx(QT_TRANSLATE_NOOP("DrillText", "the members do not agree on a leader yet")));
    if (s.members.size() != e.members)
        return problem(v, Problem::MemberCount,
                       tx(QT_TRANSLATE_NOOP("DrillText", "the member list has %1 members, not %2"))
                           .arg(s.members.size())
                           .arg(e.members));
    for (const MemberStatus& status : s.endpoints) {
        if (behind(status, e.maxIndexLag))
            return problem(
                v, Problem::MemberBehind,
                tx(QT_TRANSLATE_NOOP("DrillText", "%1 is %2 raft entries behind the leader (at most %3)"))
                    .arg(status.nodeName)
                    .arg(status.indexLag)
                    .arg(e.maxIndexLag));
        if (!status.alarms.isEmpty())
            return problem(v, Problem::MemberAlarm,
                           tx(QT_TRANSLATE_NOOP("DrillText", "%1 raises %2"))
                               .arg(status.nodeName, status.alarms.join(u',')));
    }
    return v;
}

RejoinVerdict afterRollback(const ClusterSnapshot& s, const RejoinRule::Expected& e, const MemberStatus* t,
                            RejoinVerdict v)
{
    if (!t || !t->healthy)
        return problem(v, t ? Problem::TargetUnhealthy : Problem::TargetMissing,
                       tx(QT_TRANSLATE_NOOP("DrillText", "%1 is not healthy yet: %2"))
                           .arg(e.node, t ? t->error : QString()));
    if (otherMember(*t, e.memberId))
        return problem(v, Problem::OtherMember,
                       tx(QT_TRANSLATE_NOOP("DrillText", "%1 answers as member %2, not %3"))
                           .arg(e.node, ClusterSnapshotJson::memberIdText(t->memberId),
                                ClusterSnapshotJson::memberIdText(e.memberId)));
    if (behind(*t, e.maxIndexLag))
        return problem(v, Problem::TargetBehind,
                       tx(QT_TRANSLATE_NOOP("DrillText", "%1 is %2 raft entries behind the leader"))
                           .arg(e.node)
                           .arg(t->indexLag));
    if (!s.quorumHeld)
        return problem(v, Problem::NoQuorum, tx(QT_TRANSLATE_NOOP("DrillText", "no quorum yet")));
    return v;
}

RejoinVerdict afterRecover(const ClusterSnapshot& s, const RejoinRule::Expected& e, const MemberStatus* t,
                           RejoinVerdict v)
{
    if (!t || !t->healthy)
        return problem(v, t ? Problem::TargetUnhealthy : Problem::TargetMissing,
                       tx(QT_TRANSLATE_NOOP("DrillText", "%1 is not healthy: %2"))
                           .arg(e.node, t ? t->error : QString()));
    if (otherMember(*t, e.memberId))
        return problem(
            v, Problem::OtherMember,
            tx(QT_TRANSLATE_NOOP("DrillText", "%1 answers again, but as member %2, not as member %3 "
                                              "it was before the drill"))
                .arg(e.node, ClusterSnapshotJson::memberIdText(t->memberId),
                     ClusterSnapshotJson::memberIdText(e.memberId)),
            true);
    if (behind(*t, e.maxIndexLag))
        return problem(v, Problem::TargetBehind,
                       tx(QT_TRANSLATE_NOOP("DrillText", "%1 is %2 raft entries behind the leader"))
                           .arg(e.node)
                           .arg(t->indexLag));
    if (!s.quorumHeld)
        return problem(v, Problem::NoQuorum, tx(QT_TRANSLATE_NOOP("DrillText", "no quorum")));
    return v;
}

} // namespace

RejoinVerdict RejoinRule::check(Question question, const ClusterSnapshot& snapshot, const Expected& expected)
{
    const MemberStatus* target = nullptr;
    for (const MemberStatus& status : snapshot.endpoints) {
        if (status.nodeName == expected.node) {
            target = &status;
            break;
        }
    }
    RejoinVerdict verdict;
    if (target) {
        verdict.memberId = target->memberId;
        verdict.indexLag = target->indexLag;
    }
    switch (question) {
    case Question::AfterStart:
        return afterStart(snapshot, expected, target, verdict);
    case Question::AfterRollback:
        return afterRollback(snapshot, expected, target, verdict);
    case Question::AfterRecover:
        return afterRecover(snapshot, expected, target, verdict);
    }
    return verdict;
}

} // namespace etcddrill
