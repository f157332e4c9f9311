// RejoinRule on hand-built ClusterSnapshots of a three-member cluster whose target M3 (member 33) was
// stopped: back and caught up; missing; not answering; another member ID (fatal or not, before or after the
// health read); an unknown expected ID; too far behind; another member unhealthy, behind or raising an
// alarm; no leader; no quorum; a wrong member count. Each question's English is pinned: it is what the
// journals of its drills have always said.
#include "RejoinRule.h"

#include "../support/ThreeMemberSnapshot.h"

#include <QTest>

using namespace etcddrill;

namespace {

using Question = RejoinRule::Question;
using Problem = RejoinVerdict::Problem;

ClusterSnapshot healthyCluster()
{
    return test::threeMemberSnapshot();
}

RejoinRule::Expected m3()
{
    return RejoinRule::Expected{QStringLiteral("M3"), 0x33, 50, 3};
}

MemberStatus& endpoint(ClusterSnapshot& s, int node)
{
    return s.endpoints[node - 1];
}

} // namespace

class TestRejoinRule : public QObject
{
    Q_OBJECT

private slots:
    void backAndCaughtUp();
    void targetMissing();
    void targetNotAnswering();
    void otherMemberId();
    void otherMemberIdWhileNotHealthy();
    void unknownExpectedMemberId();
    void targetTooFarBehind();
    void otherMembersMatterAfterStartOnly();
    void noLeader();
    void noQuorum();
    void memberCountWrong();
};

void TestRejoinRule::backAndCaughtUp()
{
    const ClusterSnapshot s = healthyCluster();
    for (Question q : {Question::AfterStart, Question::AfterRollback, Question::AfterRecover}) {
        const RejoinVerdict v = RejoinRule::check(q, s, m3());
        QVERIFY(v.rejoined());
        QVERIFY(!v.fatal);
        QVERIFY(v.text.isEmpty());
        QCOMPARE(v.memberId, quint64(0x33));
        QCOMPARE(v.indexLag, qint64(3));
    }
}

void TestRejoinRule::targetMissing()
{
    ClusterSnapshot s = healthyCluster();
    s.endpoints.removeLast();
    RejoinVerdict v = RejoinRule::check(Question::AfterStart, s, m3());
    QCOMPARE(v.problem, Problem::TargetMissing);
    QVERIFY(!v.fatal);
    QCOMPARE(v.text.english(), QStringLiteral("M3 is missing from the snapshot"));
    QCOMPARE(v.indexLag, qint64(-1));
    v = RejoinRule::check(Question::AfterRollback, s, m3());
    QCOMPARE(v.problem, Problem::TargetMissing);
    QCOMPARE(v.text.english(), QStringLiteral("M3 is not healthy yet: "));
    v = RejoinRule::check(Question::AfterRecover, s, m3());
    QCOMPARE(v.problem, Problem::TargetMissing);
    QCOMPARE(v.text.english(), QStringLiteral("M3 is not healthy: "));
}

void TestRejoinRule::targetNotAnswering()
{
    ClusterSnapshot s = healthyCluster();
    MemberStatus& t = endpoint(s, 3);
    t.reachable = t.healthy = false;
    t.memberId = 0;
    t.indexLag = -1;
    t.error = QStringLiteral("connection refused");
    RejoinVerdict v = RejoinRule::check(Question::AfterStart, s, m3());
    QCOMPARE(v.problem, Problem::TargetUnhealthy);
    QVERIFY(!v.fatal);
    QCOMPARE(v.text.english(), QStringLiteral("M3 is not healthy yet: connection refused"));
    QVERIFY(v.text.isTranslatable());
    v = RejoinRule::check(Question::AfterRollback, s, m3());
    QCOMPARE(v.problem, Problem::TargetUnhealthy);
    QCOMPARE(v.text.english(), QStringLiteral("M3 is not healthy yet: connection refused"));
    v = RejoinRule::check(Question::AfterRecover, s, m3());
    QCOMPARE(v.problem, Problem::TargetUnhealthy);
    QVERIFY(!v.fatal);
    QCOMPARE(v.text.english(), QStringLiteral("M3 is not healthy: connection refused"));
}

void TestRejoinRule::otherMemberId()
{
    ClusterSnapshot s = healthyCluster();
    endpoint(s, 3).memberId = 0x99;
    RejoinVerdict v = RejoinRule::check(Question::AfterStart, s, m3());
    QCOMPARE(v.problem, Problem::OtherMember);
    QVERIFY(v.fatal);
    QCOMPARE(v.memberId, quint64(0x99));
    QCOMPARE(v.text.english(), QStringLiteral("M3 answers as member 99, not as member 33 it was before the "
                                              "stop: it came back as a different member"));
    QVERIFY(!v.text.isTranslatable()); // verbatim, as the engine has always journaled it
    // The rollback waits on until its own deadline.
    v = RejoinRule::check(Question::AfterRollback, s, m3());
    QCOMPARE(v.problem, Problem::OtherMember);
    QVERIFY(!v.fatal);
    QCOMPARE(v.text.english(), QStringLiteral("M3 answers as member 99, not 33"));
    v = RejoinRule::check(Question::AfterRecover, s, m3());
    QCOMPARE(v.problem, Problem::OtherMember);
    QVERIFY(v.fatal);
    QCOMPARE(v.text.english(),
             QStringLiteral("M3 answers again, but as member 99, not as member 33 it was before the drill"));
}

void TestRejoinRule::otherMemberIdWhileNotHealthy()
{
    // Status answered under another ID, the health read did not: after the start command that is already
    // the end; the rollback and `recover` wait for the health read first.
    ClusterSnapshot s = healthyCluster();
    MemberStatus& t = endpoint(s, 3);
    t.memberId = 0x99;
    t.healthy = false;
    t.error = QStringLiteral("etcdserver: no leader");
    RejoinVerdict v = RejoinRule::check(Question::AfterStart, s, m3());
    QCOMPARE(v.problem, Problem::OtherMember);
    QVERIFY(v.fatal);
    v = RejoinRule::check(Question::AfterRollback, s, m3());
    QCOMPARE(v.problem, Problem::TargetUnhealthy);
    v = RejoinRule::check(Question::AfterRecover, s, m3());
    QCOMPARE(v.problem, Problem::TargetUnhealthy);
    QVERIFY(!v.fatal);
}

void TestRejoinRule::unknownExpectedMemberId()
{
    // `recover` of a journal that did not record the member ID takes any member that is caught up.
    ClusterSnapshot s = healthyCluster();
    endpoint(s, 3).memberId = 0x99;
    RejoinRule::Expected expected = m3();
    expected.memberId = 0;
    QVERIFY(RejoinRule::check(Question::AfterRecover, s, expected).rejoined());
}

void TestRejoinRule::targetTooFarBehind()
{
    ClusterSnapshot s = healthyCluster();
    endpoint(s, 3).indexLag = 51;
    RejoinVerdict v = RejoinRule::check(Question::AfterStart, s, m3());
    QCOMPARE(v.problem, Problem::MemberBehind);
    QVERIFY(!v.fatal);
    QCOMPARE(v.text.english(), QStringLiteral("M3 is 51 raft entries behind the leader (at most 50)"));
    v = RejoinRule::check(Question::AfterRollback, s, m3());
    QCOMPARE(v.problem, Problem::TargetBehind);
    QCOMPARE(v.text.english(), QStringLiteral("M3 is 51 raft entries behind the leader"));
    v = RejoinRule::check(Question::AfterRecover, s, m3());
    QCOMPARE(v.problem, Problem::TargetBehind);
    QCOMPARE(v.text.english(), QStringLiteral("M3 is 51 raft entries behind the leader"));

    endpoint(s, 3).indexLag = 50; // the bound itself still counts as caught up
    QVERIFY(RejoinRule::check(Question::AfterRollback, s, m3()).rejoined());
    endpoint(s, 3).indexLag = -1; // unknown is not caught up
    QCOMPARE(RejoinRule::check(Question::AfterRecover, s, m3()).text.english(),
             QStringLiteral("M3 is -1 raft entries behind the leader"));
}

void TestRejoinRule::otherMembersMatterAfterStartOnly()
{
    ClusterSnapshot s = healthyCluster();
    endpoint(s, 1).healthy = false;
    endpoint(s, 1).error = QStringLiteral("context deadline exceeded");
    RejoinVerdict v = RejoinRule::check(Question::AfterStart, s, m3());
    QCOMPARE(v.problem, Problem::MemberUnhealthy);
    QCOMPARE(v.text.english(), QStringLiteral("M1 is not healthy: context deadline exceeded"));
    QVERIFY(RejoinRule::check(Question::AfterRollback, s, m3()).rejoined());
    QVERIFY(RejoinRule::check(Question::AfterRecover, s, m3()).rejoined());

    s = healthyCluster();
    endpoint(s, 2).indexLag = 80;
    v = RejoinRule::check(Question::AfterStart, s, m3());
    QCOMPARE(v.problem, Problem::MemberBehind);
    QCOMPARE(v.text.english(), QStringLiteral("M2 is 80 raft entries behind the leader (at most 50)"));
    QVERIFY(RejoinRule::check(Question::AfterRollback, s, m3()).rejoined());

    s = healthyCluster();
    endpoint(s, 2).alarms = QStringList{QStringLiteral("NOSPACE"), QStringLiteral("CORRUPT")};
    v = RejoinRule::check(Question::AfterStart, s, m3());
    QCOMPARE(v.problem, Problem::MemberAlarm);
    QCOMPARE(v.text.english(), QStringLiteral("M2 raises NOSPACE,CORRUPT"));
    QVERIFY(RejoinRule::check(Question::AfterRecover, s, m3()).rejoined());
}

void TestRejoinRule::noLeader()
{
    ClusterSnapshot s = healthyCluster();
    s.leaderAgreed = false;
    RejoinVerdict v = RejoinRule::check(Question::AfterStart, s, m3());
    QCOMPARE(v.problem, Problem::NoLeader);
    QCOMPARE(v.text.english(), QStringLiteral("the members do not agree on a leader yet"));
    s.leaderId = 0;
    s.leaderAgreed = true;
    QCOMPARE(RejoinRule::check(Question::AfterStart, s, m3()).problem, Problem::NoLeader);
}

void TestRejoinRule::noQuorum()
{
    ClusterSnapshot s = healthyCluster();
    s.quorumHeld = false;
    RejoinVerdict v = RejoinRule::check(Question::AfterRollback, s, m3());
    QCOMPARE(v.problem, Problem::NoQuorum);
    QVERIFY(!v.fatal);
    QCOMPARE(v.text.english(), QStringLiteral("no quorum yet"));
    v = RejoinRule::check(Question::AfterRecover, s, m3());
    QCOMPARE(v.problem, Problem::NoQuorum);
    QCOMPARE(v.text.english(), QStringLiteral("no quorum"));
}

void TestRejoinRule::memberCountWrong()
{
    ClusterSnapshot s = healthyCluster();
    s.members.append(MemberInfo{0x44, QStringLiteral("M4"), {}, {}, true});
    const RejoinVerdict v = RejoinRule::check(Question::AfterStart, s, m3());
    QCOMPARE(v.problem, Problem::MemberCount);
    QCOMPARE(v.text.english(), QStringLiteral("the member list has 4 members, not 3"));
    QVERIFY(RejoinRule::check(Question::AfterRollback, s, m3()).rejoined());
}

QTEST_GUILESS_MAIN(TestRejoinRule)
#include "TestRejoinRule.moc"
