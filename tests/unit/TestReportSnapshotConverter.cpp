// ReportSnapshotConverter on the real lab drill fixture: a recorded snapshot becomes the ClusterSnapshot the
// console's topology takes (leader, down member), and the recorded model gives the layout a replay presents
// (the three nodes, the VIP and the domain as ways in, no node apiserver among them, no endpoints).
#include "report/ReportBuilder.h"
#include "report/ReportSnapshotConverter.h"

#include <QtTest>

using namespace etcddrill;

class TestReportSnapshotConverter : public QObject
{
    Q_OBJECT

private:
    ReportModel m_model;

private slots:
    void initTestCase()
    {
        QString error;
        m_model = ReportBuilder::build(QStringLiteral(ETCD_DRILL_TEST_DATA "/report/lab-drill"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!m_model.snapshots.isEmpty());
    }

    void targetDownSnapshot()
    {
        const ReportSnapshot* down = nullptr;
        for (const ReportSnapshot& snapshot : std::as_const(m_model.snapshots)) {
            if (snapshot.label == QLatin1String("target-down"))
                down = &snapshot;
        }
        QVERIFY(down != nullptr);
        const ClusterSnapshot snapshot = ReportSnapshotConverter::toClusterSnapshot(*down, 7);
        QCOMPARE(snapshot.sequence, quint64(7));
        QCOMPARE(snapshot.members.size(), 3);
        QCOMPARE(snapshot.health(), ClusterSnapshot::Health::Degraded);
    }

    void layoutOfTheRecordedCluster()
    {
        const DrillConfig config = ReportSnapshotConverter::toDrillConfig(m_model);
        QCOMPARE(config.clusterName, QStringLiteral("lab"));
        QStringList nodes;
        for (const NodeConfig& node : config.nodes) {
            nodes << node.name;
            QVERIFY(node.etcdEndpoint.isEmpty());
        }
        nodes.sort();
        QCOMPARE(nodes, (QStringList{QStringLiteral("M1"), QStringLiteral("M2"), QStringLiteral("M3")}));
        QStringList targets;
        for (const ProbeTargetConfig& target : config.probes.targets)
            targets << target.name;
        QCOMPARE(targets, (QStringList{QStringLiteral("vip"), QStringLiteral("domain")}));
    }
};

QTEST_GUILESS_MAIN(TestReportSnapshotConverter)
#include "TestReportSnapshotConverter.moc"
