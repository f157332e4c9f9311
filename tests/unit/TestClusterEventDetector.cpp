// ClusterEventDetector from hand-built snapshot pairs: every event kind, the first-snapshot rule, and the
// human lines of ClusterEvent.
#include "ClusterEventDetector.h"

#include <QTest>

using namespace etcddrill;

namespace {

quint64 idOf(int n)
{
    return 0xa000000000000000ULL + quint64(n);
}

// Three members M1..M3; `leader` is the member every healthy one names (0 = none); `down` are stopped.
ClusterSnapshot snapshot(quint64 sequence, int leader, quint64 term, QList<int> down = {})
{
    ClusterSnapshot s;
    s.sequence = sequence;
    s.wallTime = QDateTime::fromMSecsSinceEpoch(qint64(sequence) * 500, Qt::UTC);
    s.at = std::chrono::steady_clock::time_point(std::chrono::milliseconds(sequence * 500));
    for (int n = 1; n <= 3; ++n) {
        MemberInfo m;
        m.id = idOf(n);
        m.name = QStringLiteral("etcd-%1").arg(n);
        s.members.append(m);

        MemberStatus e;
        e.nodeName = QStringLiteral("M%1").arg(n);
        e.endpoint = QStringLiteral("http://127.0.21.%1:2379").arg(n);
        e.memberId = idOf(n);
        if (down.contains(n)) {
            e.error = QStringLiteral("cannot connect to http://127.0.21.%1:2379: connection refused").arg(n);
        } else {
            e.reachable = true;
            e.healthy = leader != 0;
            e.leaderId = leader == 0 ? 0 : idOf(leader);
            e.raftTerm = term;
        }
        s.endpoints.append(e);
    }
    s.derive();
    return s;
}

QStringList kinds(const QList<ClusterEvent>& events)
{
    QStringList names;
    for (const ClusterEvent& e : events)
        names.append(ClusterEvent::kindName(e.kind));
    return names;
}

} // namespace

class TestClusterEventDetector : public QObject
{
    Q_OBJECT

private slots:
    void kindNamesAreStable()
    {
        QCOMPARE(ClusterEvent::kindName(ClusterEvent::Kind::LeaderChanged), QStringLiteral("leader-changed"));
        QCOMPARE(ClusterEvent::kindName(ClusterEvent::Kind::MemberDown), QStringLiteral("member-down"));
        QCOMPARE(ClusterEvent::kindName(ClusterEvent::Kind::MemberUp), QStringLiteral("member-up"));
        QCOMPARE(ClusterEvent::kindName(ClusterEvent::Kind::TermChanged), QStringLiteral("term-changed"));
        QCOMPARE(ClusterEvent::kindName(ClusterEvent::Kind::QuorumLost), QStringLiteral("quorum-lost"));
        QCOMPARE(ClusterEvent::kindName(ClusterEvent::Kind::QuorumRegained),
                 QStringLiteral("quorum-regained"));
    }

    void nothingChanged()
    {
        QVERIFY(ClusterEventDetector::detect(snapshot(1, 1, 2), snapshot(2, 1, 2)).isEmpty());
    }

    void firstSnapshotOfHealthyClusterIsSilent()
    {
        QVERIFY(ClusterEventDetector::detect(ClusterSnapshot{}, snapshot(1, 1, 2)).isEmpty());
    }

    void firstSnapshotReportsWhatIsAlreadyWrong()
    {
        const auto events = ClusterEventDetector::detect(ClusterSnapshot{}, snapshot(1, 1, 2, {3}));
        QCOMPARE(kinds(events), QStringList{QStringLiteral("member-down")});
        QCOMPARE(events[0].nodeName, QStringLiteral("M3"));

        const auto noQuorum = ClusterEventDetector::detect(ClusterSnapshot{}, snapshot(1, 0, 2, {2, 3}));
        QCOMPARE(kinds(noQuorum),
                 (QStringList{QStringLiteral("member-down"), QStringLiteral("member-down"),
                              QStringLiteral("member-down"), QStringLiteral("quorum-lost")}));
    }

    void memberDownAndUp()
    {
        const ClusterSnapshot before = snapshot(1, 1, 2);
        const ClusterSnapshot after = snapshot(2, 1, 2, {2});
        const auto down = ClusterEventDetector::detect(before, after);
        QCOMPARE(kinds(down), QStringList{QStringLiteral("member-down")});
        QCOMPARE(down[0].nodeName, QStringLiteral("M2"));
        QVERIFY(down[0].detail.english().contains(QStringLiteral("connection refused")));
        QCOMPARE(down[0].wallTime, after.wallTime);
        QVERIFY(down[0].at == after.at);
        QCOMPARE(
            down[0].describe(),
            QStringLiteral("member M2 down: cannot connect to http://127.0.21.2:2379: connection refused"));

        const auto up = ClusterEventDetector::detect(after, snapshot(3, 1, 2));
        QCOMPARE(kinds(up), QStringList{QStringLiteral("member-up")});
        QCOMPARE(up[0].nodeName, QStringLiteral("M2"));
        QCOMPARE(up[0].describe(), QStringLiteral("member M2 up"));
    }

    void leaderChanged()
    {
        // M1 (the leader) is stopped; M2 wins the election in term 3.
        const auto events = ClusterEventDetector::detect(snapshot(1, 1, 2), snapshot(2, 2, 3, {1}));
        QCOMPARE(kinds(events),
                 (QStringList{QStringLiteral("member-down"), QStringLiteral("leader-changed")}));
        const ClusterEvent& e = events[1];
        QCOMPARE(e.oldLeaderId, idOf(1));
        QCOMPARE(e.newLeaderId, idOf(2));
        QCOMPARE(e.oldTerm, quint64(2));
        QCOMPARE(e.newTerm, quint64(3));
        QCOMPARE(e.nodeName, QStringLiteral("M2"));
        QCOMPARE(e.oldNodeName, QStringLiteral("M1"));
        QCOMPARE(e.describe(), QStringLiteral("leader changed M1 → M2 (term 2 → 3)"));
    }

    void leaderLostAndElected()
    {
        const auto lost = ClusterEventDetector::detect(snapshot(1, 1, 2), snapshot(2, 0, 2));
        QCOMPARE(kinds(lost), (QStringList{QStringLiteral("member-down"), QStringLiteral("member-down"),
                                           QStringLiteral("member-down"), QStringLiteral("quorum-lost"),
                                           QStringLiteral("leader-changed")}));
        QCOMPARE(lost.last().describe(), QStringLiteral("leader changed M1 → none (term 2)"));

        const auto elected = ClusterEventDetector::detect(snapshot(2, 0, 2), snapshot(3, 3, 4));
        QCOMPARE(kinds(elected), (QStringList{QStringLiteral("member-up"), QStringLiteral("member-up"),
                                              QStringLiteral("member-up"), QStringLiteral("leader-changed"),
                                              QStringLiteral("quorum-regained")}));
        QCOMPARE(elected[3].describe(), QStringLiteral("leader changed none → M3 (term 2 → 4)"));
    }

    void unknownLeaderUsesHexId()
    {
        ClusterSnapshot before = snapshot(1, 1, 2);
        ClusterSnapshot after = snapshot(2, 1, 3);
        for (MemberStatus& e : after.endpoints)
            e.leaderId = 0xabcdef;
        after.derive();
        const auto events = ClusterEventDetector::detect(before, after);
        QCOMPARE(kinds(events), QStringList{QStringLiteral("leader-changed")});
        QCOMPARE(events[0].describe(), QStringLiteral("leader changed M1 → abcdef (term 2 → 3)"));
    }

    void termChangedUnderSameLeader()
    {
        const auto events = ClusterEventDetector::detect(snapshot(1, 1, 2), snapshot(2, 1, 5));
        QCOMPARE(kinds(events), QStringList{QStringLiteral("term-changed")});
        QCOMPARE(events[0].oldTerm, quint64(2));
        QCOMPARE(events[0].newTerm, quint64(5));
        QCOMPARE(events[0].describe(), QStringLiteral("raft term changed 2 → 5"));
    }

    void unknownTermIsNotAChange()
    {
        ClusterSnapshot unknown = snapshot(2, 1, 0);
        QVERIFY(ClusterEventDetector::detect(snapshot(1, 1, 2), unknown).isEmpty());
        QVERIFY(ClusterEventDetector::detect(unknown, snapshot(3, 1, 2)).isEmpty());
    }

    void quorumLostAndRegained()
    {
        const auto lost = ClusterEventDetector::detect(snapshot(1, 1, 2, {3}), snapshot(2, 1, 2, {2, 3}));
        QCOMPARE(kinds(lost), (QStringList{QStringLiteral("member-down"), QStringLiteral("quorum-lost")}));
        QCOMPARE(lost[1].describe(), QStringLiteral("quorum lost: 1 of 3 voters healthy"));

        const auto regained = ClusterEventDetector::detect(snapshot(2, 1, 2, {2, 3}), snapshot(3, 1, 2, {3}));
        QCOMPARE(kinds(regained),
                 (QStringList{QStringLiteral("member-up"), QStringLiteral("quorum-regained")}));
        QCOMPARE(regained[1].describe(), QStringLiteral("quorum regained: 2 of 3 voters healthy"));
    }

    void newEndpointOnlyReportedWhenDown()
    {
        ClusterSnapshot before = snapshot(1, 1, 2);
        before.endpoints.removeLast();
        QVERIFY(ClusterEventDetector::detect(before, snapshot(2, 1, 2)).isEmpty());
        QCOMPARE(kinds(ClusterEventDetector::detect(before, snapshot(2, 1, 2, {3}))),
                 QStringList{QStringLiteral("member-down")});
    }

    void nodeNameFallsBackToMemberList()
    {
        ClusterSnapshot s = snapshot(1, 1, 2);
        s.endpoints.removeFirst(); // M1 is not configured, but the member list knows it
        QCOMPARE(ClusterEventDetector::nodeNameOf(s, idOf(1)), QStringLiteral("etcd-1"));
        QCOMPARE(ClusterEventDetector::nodeNameOf(s, idOf(2)), QStringLiteral("M2"));
        QCOMPARE(ClusterEventDetector::nodeNameOf(s, 0), QString());
        QCOMPARE(ClusterEventDetector::nodeNameOf(s, 42), QString());
    }
};

QTEST_GUILESS_MAIN(TestClusterEventDetector)
#include "TestClusterEventDetector.moc"
