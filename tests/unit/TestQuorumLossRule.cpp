// QuorumLossRule on hand-built snapshots of a three-member cluster: healthy snapshots never fire; one
// snapshot with a single member answering is not enough, two in a row fire with the count; members that
// answer without a healthy-majority leader fire only after the grace, and a quorum in between starts the
// grace again.
#include "QuorumLossRule.h"

#include "../support/ThreeMemberSnapshot.h"

#include <QTest>

using namespace etcddrill;
using namespace std::chrono_literals;

namespace {

ClusterSnapshot at(ClusterSnapshot s, std::chrono::milliseconds offset)
{
    s.at = std::chrono::steady_clock::time_point(1h) + offset;
    return s;
}

ClusterSnapshot onlyM1Answers()
{
    ClusterSnapshot s = test::threeMemberSnapshot();
    for (int i = 1; i < 3; ++i) {
        s.endpoints[i].reachable = false;
        s.endpoints[i].healthy = false;
    }
    s.healthyVoters = 1;
    s.quorumHeld = false;
    return s;
}

ClusterSnapshot answeringWithoutLeader()
{
    ClusterSnapshot s = test::threeMemberSnapshot();
    s.leaderId = 0;
    s.leaderAgreed = false;
    s.healthyVoters = 2;
    s.quorumHeld = false;
    return s;
}

} // namespace

class TestQuorumLossRule : public QObject
{
    Q_OBJECT

private slots:
    void healthyNeverFires()
    {
        QuorumLossRule rule(3s);
        for (int i = 0; i < 10; ++i)
            QVERIFY(!rule.add(at(test::threeMemberSnapshot(), i * 1s)));
    }

    void twoSnapshotsInARowWithoutMajority()
    {
        QuorumLossRule rule(3s);
        QVERIFY(!rule.add(at(onlyM1Answers(), 0ms)));
        QVERIFY(!rule.add(at(test::threeMemberSnapshot(), 500ms))); // one lost answer is forgiven
        QVERIFY(!rule.add(at(onlyM1Answers(), 1000ms)));
        const std::optional<LocalizedText> reason = rule.add(at(onlyM1Answers(), 1500ms));
        QVERIFY(reason);
        QCOMPARE(reason->english(),
                 QStringLiteral("only 1 of 3 members answer: the cluster has lost its quorum"));
    }

    void noLeaderLongerThanTheGrace()
    {
        QuorumLossRule rule(3s);
        QVERIFY(!rule.add(at(answeringWithoutLeader(), 0ms)));
        QVERIFY(!rule.add(at(answeringWithoutLeader(), 3000ms)));
        QVERIFY(!rule.add(at(test::threeMemberSnapshot(), 3500ms))); // a leader again: the grace starts over
        QVERIFY(!rule.add(at(answeringWithoutLeader(), 4000ms)));
        QVERIFY(!rule.add(at(answeringWithoutLeader(), 7000ms)));
        const std::optional<LocalizedText> reason = rule.add(at(answeringWithoutLeader(), 7001ms));
        QVERIFY(reason);
        QVERIFY2(reason->english().startsWith(QStringLiteral("no quorum for ")) &&
                     reason->english().endsWith(QStringLiteral(": 2 of 3 voters healthy, no leader")),
                 qPrintable(reason->english()));
    }
};

QTEST_GUILESS_MAIN(TestQuorumLossRule)
#include "TestQuorumLossRule.moc"
