// ClusterSnapshot::derive() from hand-built endpoint statuses and member lists.
#include "ClusterSnapshot.h"

#include <QTest>

using namespace etcddrill;

namespace {

// Member IDs look like etcd's (random 64-bit); only equality matters.
quint64 idOf(int n)
{
    return 0x8e9e05c52164694dULL + quint64(n);
}

MemberStatus upMember(int n, int leader, quint64 term = 5, quint64 index = 100)
{
    MemberStatus s;
    s.nodeName = QStringLiteral("M%1").arg(n);
    s.endpoint = QStringLiteral("http://127.0.21.%1:2379").arg(n);
    s.reachable = true;
    s.healthy = true;
    s.memberId = idOf(n);
    s.leaderId = leader == 0 ? 0 : idOf(leader);
    s.raftTerm = term;
    s.raftIndex = index;
    return s;
}

MemberStatus downMember(int n)
{
    MemberStatus s;
    s.nodeName = QStringLiteral("M%1").arg(n);
    s.endpoint = QStringLiteral("http://127.0.21.%1:2379").arg(n);
    s.memberId = idOf(n); // remembered from earlier polls
    s.error = QStringLiteral("cannot connect");
    s.grpcCode = 14;
    return s;
}

QList<MemberInfo> memberList(int count, QList<int> learners = {})
{
    QList<MemberInfo> members;
    for (int n = 1; n <= count; ++n) {
        MemberInfo m;
        m.id = idOf(n);
        m.name = QStringLiteral("etcd-%1").arg(n);
        m.isLearner = learners.contains(n);
        members.append(m);
    }
    return members;
}

// A cluster of `size` members, member 1 the leader, the first `down` members after the leader stopped.
ClusterSnapshot cluster(int size, int down)
{
    ClusterSnapshot s;
    s.members = memberList(size);
    for (int n = 1; n <= size; ++n)
        s.endpoints.append(n > 1 && n <= 1 + down ? downMember(n) : upMember(n, 1));
    s.derive();
    return s;
}

} // namespace

class TestClusterSnapshot : public QObject
{
    Q_OBJECT

private slots:
    void agreedLeader()
    {
        ClusterSnapshot s;
        s.members = memberList(3);
        s.endpoints = {upMember(1, 2, 7), upMember(2, 2, 7), upMember(3, 2, 6)};
        s.derive();
        QCOMPARE(s.leaderId, idOf(2));
        QVERIFY(s.leaderAgreed);
        QCOMPARE(s.raftTerm, quint64(7));
        QVERIFY(s.leader());
        QCOMPARE(s.leader()->nodeName, QStringLiteral("M2"));
        QVERIFY(s.endpoints[1].isLeader());
        QVERIFY(!s.endpoints[0].isLeader());
        QCOMPARE(s.indexOfMember(idOf(3)), 2);
        QCOMPARE(s.indexOfMember(idOf(9)), -1);
        QCOMPARE(s.indexOfMember(0), -1);
    }

    void disagreementPicksMostNamed()
    {
        ClusterSnapshot s;
        s.members = memberList(3);
        s.endpoints = {upMember(1, 1, 8), upMember(2, 1, 8), upMember(3, 3, 7)};
        s.derive();
        QCOMPARE(s.leaderId, idOf(1));
        QVERIFY(!s.leaderAgreed);
        QCOMPARE(s.raftTerm, quint64(8));
    }

    void tieGoesToHigherTerm()
    {
        ClusterSnapshot s;
        s.members = memberList(3);
        s.endpoints = {upMember(1, 1, 4), upMember(2, 2, 5), downMember(3)};
        s.derive();
        QCOMPARE(s.leaderId, idOf(2));
        QVERIFY(!s.leaderAgreed);
    }

    void zeroLeaderIsIgnoredButBreaksAgreement()
    {
        ClusterSnapshot s;
        s.members = memberList(3);
        s.endpoints = {upMember(1, 2), upMember(2, 2), upMember(3, 0)};
        s.derive();
        QCOMPARE(s.leaderId, idOf(2));
        QVERIFY(!s.leaderAgreed);
    }

    void downMembersDoNotVote()
    {
        ClusterSnapshot s;
        s.members = memberList(3);
        MemberStatus stale = downMember(3);
        stale.leaderId = idOf(3); // a down endpoint's stale view must not count
        s.endpoints = {upMember(1, 1), upMember(2, 1), stale};
        s.derive();
        QCOMPARE(s.leaderId, idOf(1));
        QVERIFY(s.leaderAgreed);
    }

    void noLeaderNoQuorum()
    {
        ClusterSnapshot s;
        s.members = memberList(3);
        s.endpoints = {upMember(1, 0), downMember(2), downMember(3)};
        s.endpoints[0].healthy = false;
        s.derive();
        QCOMPARE(s.leaderId, quint64(0));
        QVERIFY(!s.leaderAgreed);
        QVERIFY(!s.quorumHeld);
        QVERIFY(!s.leader());
        QCOMPARE(s.endpoints[0].indexLag, qint64(-1));
    }

    void nothingReachable()
    {
        ClusterSnapshot s;
        s.endpoints = {downMember(1), downMember(2), downMember(3)};
        s.derive();
        QCOMPARE(s.leaderId, quint64(0));
        QVERIFY(!s.leaderAgreed);
        QCOMPARE(s.raftTerm, quint64(0));
        QCOMPARE(s.healthyVoters, 0);
        QCOMPARE(s.totalVoters, 3); // from the endpoint count: no member list known
        QVERIFY(!s.quorumHeld);
    }

    void quorum_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<int>("down");
        QTest::addColumn<bool>("held");
        for (int size : {1, 3, 5, 7}) {
            for (int down = 0; down < size; ++down) {
                const bool held = size - down > size / 2;
                QTest::addRow("%d members, %d down", size, down) << size << down << held;
            }
        }
    }
    void quorum()
    {
        QFETCH(int, size);
        QFETCH(int, down);
        QFETCH(bool, held);
        const ClusterSnapshot s = cluster(size, down);
        QCOMPARE(s.totalVoters, size);
        QCOMPARE(s.healthyVoters, size - down);
        QCOMPARE(s.quorumHeld, held);
        QCOMPARE(s.leaderId, idOf(1));
    }

    void quorumNeedsALeader()
    {
        ClusterSnapshot s;
        s.members = memberList(3);
        s.endpoints = {upMember(1, 0), upMember(2, 0), upMember(3, 0)};
        s.derive();
        QCOMPARE(s.healthyVoters, 3);
        QVERIFY(!s.quorumHeld);
    }

    void unhealthyButReachableIsNotAHealthyVoter()
    {
        ClusterSnapshot s;
        s.members = memberList(3);
        s.endpoints = {upMember(1, 1), upMember(2, 1), upMember(3, 1)};
        s.endpoints[1].healthy = false;
        s.endpoints[2].healthy = false;
        s.derive();
        QCOMPARE(s.healthyVoters, 1);
        QVERIFY(!s.quorumHeld);
    }

    void learnersAreNotCounted()
    {
        ClusterSnapshot s;
        s.members = memberList(4, {4});
        s.endpoints = {upMember(1, 1), downMember(2), downMember(3), upMember(4, 1)};
        s.derive();
        QCOMPARE(s.totalVoters, 3);
        QCOMPARE(s.healthyVoters, 1); // the healthy learner does not hold the quorum
        QVERIFY(!s.quorumHeld);
        QVERIFY(s.endpoints[3].isLearner); // taken from the member list
        QCOMPARE(s.endpoints[3].memberName, QStringLiteral("etcd-4"));
    }

    void learnerFromStatusWithoutMemberList()
    {
        ClusterSnapshot s;
        s.endpoints = {upMember(1, 1), upMember(2, 1), upMember(3, 1)};
        s.endpoints[2].isLearner = true;
        s.derive();
        QCOMPARE(s.totalVoters, 2);
        QCOMPARE(s.healthyVoters, 2);
        QVERIFY(s.quorumHeld);
    }

    void sameMemberTwiceCountsOnce()
    {
        ClusterSnapshot s;
        s.members = memberList(3);
        MemberStatus again = upMember(1, 1);
        again.endpoint = QStringLiteral("http://10.0.0.1:2379");
        s.endpoints = {upMember(1, 1), again, downMember(2), downMember(3)};
        s.derive();
        QCOMPARE(s.healthyVoters, 1);
        QVERIFY(!s.quorumHeld);
    }

    void indexLag()
    {
        ClusterSnapshot s;
        s.members = memberList(3);
        s.endpoints = {upMember(1, 1, 5, 1000), upMember(2, 1, 5, 990), upMember(3, 1, 5, 1003),
                       downMember(4)};
        s.derive();
        QCOMPARE(s.endpoints[0].indexLag, qint64(0));
        QCOMPARE(s.endpoints[1].indexLag, qint64(10));
        QCOMPARE(s.endpoints[2].indexLag, qint64(0)); // ahead of the leader's last report: clamped
        QCOMPARE(s.endpoints[3].indexLag, qint64(-1));
    }

    void lagUnknownWhenLeaderNotPolled()
    {
        // Members name a leader whose endpoint is not configured (or is down): no index to compare with.
        ClusterSnapshot s;
        s.members = memberList(3);
        s.endpoints = {upMember(1, 3, 5, 50), upMember(2, 3, 5, 40)};
        s.derive();
        QCOMPARE(s.leaderId, idOf(3));
        QVERIFY(!s.leader());
        QCOMPARE(s.endpoints[0].indexLag, qint64(-1));
        QCOMPARE(s.endpoints[1].indexLag, qint64(-1));
    }

    void memberNames()
    {
        ClusterSnapshot s;
        s.members = memberList(2);
        MemberStatus unknown = upMember(7, 1);
        s.endpoints = {upMember(1, 1), unknown, downMember(2)};
        s.endpoints[0].memberName = QStringLiteral("stale");
        s.derive();
        QCOMPARE(s.endpoints[0].memberName, QStringLiteral("etcd-1"));
        QCOMPARE(s.endpoints[1].memberName, QString());
        QCOMPARE(s.endpoints[2].memberName, QStringLiteral("etcd-2")); // down, but its ID is remembered
    }

    void emptySnapshot()
    {
        ClusterSnapshot s;
        s.derive();
        QCOMPARE(s.leaderId, quint64(0));
        QCOMPARE(s.totalVoters, 0);
        QVERIFY(!s.quorumHeld);
        QVERIFY(!s.leaderAgreed);
    }
};

QTEST_GUILESS_MAIN(TestClusterSnapshot)
#include "TestClusterSnapshot.moc"
