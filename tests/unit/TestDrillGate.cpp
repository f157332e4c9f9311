// DrillGate: the operator confirms a stop or start by typing the target's node name exactly; anything else is
// refused with a reason that says what to type.
#include "DrillGate.h"

#include <QJsonArray>
#include <QTest>

using namespace etcddrill;

class TestDrillGate : public QObject
{
    Q_OBJECT

private slots:
    void matching_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("matches");
        QTest::addColumn<QString>("reasonHas");

        QTest::newRow("exact") << QStringLiteral("M3") << true << QString();
        QTest::newRow("terminal line end") << QStringLiteral("M3\n") << true << QString();
        QTest::newRow("surrounding blanks") << QStringLiteral("  M3 \r\n") << true << QString();
        QTest::newRow("other node") << QStringLiteral("M2") << false
                                    << QStringLiteral("'M2' is not the target M3");
        QTest::newRow("case") << QStringLiteral("m3") << false << QStringLiteral("differs from M3 in case");
        QTest::newRow("empty") << QString() << false << QStringLiteral("nothing was typed");
        QTest::newRow("blank") << QStringLiteral("   \n") << false << QStringLiteral("nothing was typed");
        QTest::newRow("yes") << QStringLiteral("yes") << false
                             << QStringLiteral("type M3 to stop etcd on M3");
        QTest::newRow("prefix") << QStringLiteral("M") << false << QStringLiteral("is not the target");
        QTest::newRow("longer") << QStringLiteral("M33") << false << QStringLiteral("is not the target");
        QTest::newRow("inner blank") << QStringLiteral("M 3") << false << QStringLiteral("is not the target");
    }

    void matching()
    {
        QFETCH(QString, typed);
        QFETCH(bool, matches);
        QFETCH(QString, reasonHas);
        DrillGate gate;
        gate.step = DrillStep::Id::StopTarget;
        gate.node = QStringLiteral("M3");
        gate.action = QStringLiteral("stop etcd on M3");
        QCOMPARE(gate.matches(typed), matches);
        const QString reason = gate.mismatch(typed);
        QCOMPARE(reason.isEmpty(), matches);
        if (!matches)
            QVERIFY2(reason.contains(reasonHas), qPrintable(reason));
    }

    void gateWithoutNodeNeverMatches()
    {
        DrillGate gate;
        QVERIFY(!gate.matches(QString()));
        QVERIFY(!gate.matches(QStringLiteral("M3")));
    }

    void promptAndJson()
    {
        DrillGate gate;
        gate.step = DrillStep::Id::StartTarget;
        gate.node = QStringLiteral("etcd-3.example");
        gate.action = QStringLiteral("start etcd on etcd-3.example again");
        DrillCommand command;
        command.role = DrillCommand::Role::Start;
        command.display = QStringLiteral("mv -n /root/bak/etcd.yaml /etc/kubernetes/manifests/etcd.yaml");
        gate.commands = {command};
        QCOMPARE(gate.prompt(), QStringLiteral("Type etcd-3.example to start etcd on etcd-3.example again"));
        QVERIFY(gate.matches(QStringLiteral("etcd-3.example")));
        const QJsonObject json = gate.toJson();
        QCOMPARE(json.value(QStringLiteral("step")).toString(), QStringLiteral("start-target"));
        QCOMPARE(json.value(QStringLiteral("commands"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("role"))
                     .toString(),
                 QStringLiteral("start"));
    }
};

QTEST_GUILESS_MAIN(TestDrillGate)
#include "TestDrillGate.moc"
