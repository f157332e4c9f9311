// RecoveryChecks on hand-built snapshots of a three-member cluster whose target M3 (member 33) was stopped
// and started: back as the same member, caught up, all healthy, probes answering, within max-recovery —
// and each of those failing on its own: another member ID, too far behind, a member down, a probe still
// failing, a slow recovery; the member ID its endpoint answered with when the snapshot has none; no probe
// check without probes, no recovery-time check when it did not recover.
#include "RecoveryChecks.h"

#include "../support/CheckNamed.h"
#include "../support/ThreeMemberSnapshot.h"

#include <QTest>

using namespace etcddrill;
using namespace std::chrono_literals;

namespace {

ClusterSnapshot healthyCluster()
{
    return test::threeMemberSnapshot();
}

RecoveryChecks::Input m3()
{
    RecoveryChecks::Input in;
    in.target = QStringLiteral("M3");
    in.memberIdBefore = 0x33;
    in.maxIndexLag = 50;
    in.probeTargets = 2;
    in.recovery = 4s;
    in.settle = 5s;
    in.maxRecovery = 60s;
    return in;
}

const DrillCheck* named(const QList<DrillCheck>& checks, const char* name)
{
    return test::checkNamed(checks, name);
}

} // namespace

class TestRecoveryChecks : public QObject
{
    Q_OBJECT

private slots:
    void allPass()
    {
        const RecoveryChecks::Result r = RecoveryChecks::of(healthyCluster(), m3());
        QCOMPARE(r.checks.size(), 5);
        for (const DrillCheck& check : r.checks) {
            QVERIFY2(check.passed(), qPrintable(check.describe()));
            QCOMPARE(check.step, DrillStep::Id::Recovery);
        }
        QCOMPARE(r.memberIdAfter, quint64(0x33));
        QCOMPARE(named(r.checks, "same member")->measured, QStringLiteral("M3 is member 33"));
        QCOMPARE(named(r.checks, "caught up")->measured, QStringLiteral("M3 is 3 entries behind the leader"));
        QCOMPARE(named(r.checks, "all members healthy")->measured,
                 QStringLiteral("3 of 3 healthy, leader M1"));
        QCOMPARE(named(r.checks, "probes healthy")->measured, QStringLiteral("all 2 targets answer"));
        QCOMPARE(named(r.checks, "recovery time")->expected,
                 QStringLiteral("at most 1m (drill.hypothesis.max-recovery)"));
    }

    void eachFailsOnItsOwn()
    {
        ClusterSnapshot other = healthyCluster();
        other.endpoints[2].memberId = 0x44;
        QVERIFY(!named(RecoveryChecks::of(other, m3()).checks, "same member")->passed());

        ClusterSnapshot behind = healthyCluster();
        behind.endpoints[2].indexLag = 51;
        QVERIFY(!named(RecoveryChecks::of(behind, m3()).checks, "caught up")->passed());
        behind.endpoints[2].indexLag = 50; // the limit itself still counts as caught up
        QVERIFY(named(RecoveryChecks::of(behind, m3()).checks, "caught up")->passed());

        ClusterSnapshot down = healthyCluster();
        down.endpoints[1].healthy = false;
        QVERIFY(!named(RecoveryChecks::of(down, m3()).checks, "all members healthy")->passed());

        RecoveryChecks::Input failing = m3();
        failing.failingProbes = {QStringLiteral("vip")};
        const DrillCheck* probes =
            named(RecoveryChecks::of(healthyCluster(), failing).checks, "probes healthy");
        QVERIFY(!probes->passed());
        QCOMPARE(probes->measured, QStringLiteral("still failing: vip"));

        RecoveryChecks::Input slow = m3();
        slow.recovery = 61s;
        QVERIFY(!named(RecoveryChecks::of(healthyCluster(), slow).checks, "recovery time")->passed());
    }

    void withoutWhatIsNotThere()
    {
        ClusterSnapshot unseen = healthyCluster();
        unseen.endpoints[2].memberId = 0; // the snapshot did not get M3's ID: the endpoint's answer counts
        RecoveryChecks::Input in = m3();
        in.memberIdAnswered = 0x33;
        in.probeTargets.reset();
        in.recovery.reset();
        const RecoveryChecks::Result r = RecoveryChecks::of(unseen, in);
        QCOMPARE(r.memberIdAfter, quint64(0x33));
        QVERIFY(named(r.checks, "same member")->passed());
        QVERIFY(!named(r.checks, "probes healthy"));
        QVERIFY(!named(r.checks, "recovery time"));
        in.memberIdAnswered = 0;
        const DrillCheck* same = named(RecoveryChecks::of(unseen, in).checks, "same member");
        QVERIFY(!same->passed());
        QCOMPARE(same->measured, QStringLiteral("M3's member ID was not seen"));
    }
};

QTEST_GUILESS_MAIN(TestRecoveryChecks)
#include "TestRecoveryChecks.moc"
