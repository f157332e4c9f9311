// RollbackChecks on a hand-built healthy three-member snapshot with M3 (member 33) back: "target restored"
// with its member, lag and time, "all members healthy" passed — and failed with what to look at when
// another member is down; the deadline's "target restored" failed with the problem, never overridable.
#include "RollbackChecks.h"

#include "../support/ThreeMemberSnapshot.h"

#include <QTest>

using namespace etcddrill;
using namespace std::chrono_literals;

class TestRollbackChecks : public QObject
{
    Q_OBJECT

private slots:
    void restoredAndHealthy()
    {
        const QList<DrillCheck> checks =
            RollbackChecks::restored(test::threeMemberSnapshot(), QStringLiteral("M3"), 0x33, 2500ms);
        QCOMPARE(checks.size(), 2);
        QCOMPARE(checks[0].name, QStringLiteral("target restored"));
        QVERIFY(checks[0].passed());
        QVERIFY(!checks[0].overridable);
        QVERIFY2(checks[0].measured.startsWith(QStringLiteral("M3 is back as member 33, 3 entries behind, ")),
                 qPrintable(checks[0].measured));
        QCOMPARE(checks[0].expected, QStringLiteral("M3 back as member 33 and caught up"));
        QCOMPARE(checks[1].name, QStringLiteral("all members healthy"));
        QVERIFY(checks[1].passed());
        QCOMPARE(checks[1].measured, QStringLiteral("all 3 healthy"));
        for (const DrillCheck& check : checks)
            QCOMPARE(check.step, DrillStep::Id::Rollback);
    }

    void anotherMemberDown()
    {
        ClusterSnapshot s = test::threeMemberSnapshot();
        s.endpoints[1].healthy = false;
        s.endpoints[1].error = QStringLiteral("connection refused");
        const DrillCheck healthy = RollbackChecks::restored(s, QStringLiteral("M3"), 0x33, 1s).at(1);
        QVERIFY(!healthy.passed());
        QCOMPARE(healthy.measured, QStringLiteral("not healthy: M2 (connection refused)"));
        QCOMPARE(healthy.detail, QStringLiteral("the drill's target is back; the others need a look"));
    }

    void deadline()
    {
        const DrillCheck check = RollbackChecks::notRestored(
            QStringLiteral("M3"), 0x33, LocalizedText(QStringLiteral("M3 does not answer")));
        QVERIFY(!check.passed());
        QVERIFY(!check.overridable);
        QCOMPARE(check.measured, QStringLiteral("M3 does not answer"));
        QCOMPARE(check.expected, QStringLiteral("M3 back as member 33 and caught up"));
    }
};

QTEST_GUILESS_MAIN(TestRollbackChecks)
#include "TestRollbackChecks.moc"
