// SurvivorChecks on a hand-built snapshot of the two survivors M1 and M2 after M3 stopped: a follower
// target gives "leader" and "quorum"; a leader target gives "leader election", passed within
// max-election and failed past it, with the new leader and term in its text.
#include "SurvivorChecks.h"

#include <QTest>

using namespace etcddrill;
using namespace std::chrono_literals;

class TestSurvivorChecks : public QObject
{
    Q_OBJECT

private slots:
    void followerAndLeaderTargets()
    {
        ClusterSnapshot s;
        for (int i = 1; i <= 3; ++i) {
            MemberStatus status;
            status.nodeName = QStringLiteral("M%1").arg(i);
            status.reachable = i != 3;
            status.healthy = i != 3;
            status.memberId = i == 3 ? 0 : quint64(0x11 * i);
            s.endpoints.append(status);
        }
        s.leaderId = 0x22;
        s.raftTerm = 7;
        s.healthyVoters = 2;
        s.totalVoters = 3;

        const QList<DrillCheck> follower = SurvivorChecks::of(s, std::nullopt, 5s);
        QCOMPARE(follower.size(), 2);
        QCOMPARE(follower[0].name, QStringLiteral("leader"));
        QCOMPARE(follower[0].measured, QStringLiteral("M2 leads (term 7)"));
        QCOMPARE(follower[1].name, QStringLiteral("quorum"));
        QCOMPARE(follower[1].measured, QStringLiteral("2 of 3 voters healthy"));
        QCOMPARE(follower[1].expected, QStringLiteral("more than 1 of 3"));
        for (const DrillCheck& check : follower) {
            QVERIFY(check.passed());
            QCOMPARE(check.step, DrillStep::Id::VerifySurvivors);
        }

        const QList<DrillCheck> fast = SurvivorChecks::of(s, 1200ms, 5s);
        QCOMPARE(fast[0].name, QStringLiteral("leader election"));
        QVERIFY(fast[0].passed());
        QVERIFY2(fast[0].measured.startsWith(QStringLiteral("M2 leads (term 7), seen ")),
                 qPrintable(fast[0].measured));
        QCOMPARE(fast[0].expected, QStringLiteral("a new leader within 5s (drill.hypothesis.max-election)"));
        QVERIFY(SurvivorChecks::of(s, 5s, 5s)[0].passed());
        QVERIFY(!SurvivorChecks::of(s, 5001ms, 5s)[0].passed());
    }
};

QTEST_GUILESS_MAIN(TestSurvivorChecks)
#include "TestSurvivorChecks.moc"
