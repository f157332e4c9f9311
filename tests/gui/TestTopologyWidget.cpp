// TopologyWidget: builds the runbook's picture from a config (ways in on top, one card per node), shows
// who leads, who is down and whether each node's apiserver is ready — read here through the widgets' texts
// and accessible names, not pixels — and highlights what just changed.
#include "ConsoleTestData.h"
#include "EntryPointBox.h"
#include "MemberCard.h"
#include "TopologyWidget.h"

#include <QLabel>
#include <QTemporaryDir>
#include <QtTest>

using namespace etcddrill;
using etcddrill::test::ConsoleTestData;

class TestTopologyWidget : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void buildsCardsAndEntryPoints();
    void buildsAnyNodeCount_data();
    void buildsAnyNodeCount();
    void showsNewLeaderAfterLeaderChange();
    void showsApiserverReadiness();
    void showsOutageOnEntryPoint();
    void degradedEntryPointSaysSoInsteadOfFlipping();
    void unknownBeforeFirstSnapshot();
    void cardKeepsItsHeightAndSaysWhenTheDrillStoppedIt();
    void namesGrowWithTheFont();

private:
    QTemporaryDir m_settings;
};

void TestTopologyWidget::initTestCase()
{
    ConsoleTestData::isolateSettings(m_settings.path());
}

void TestTopologyWidget::buildsCardsAndEntryPoints()
{
    TopologyWidget topology;
    QVERIFY(!topology.placeholderText().isEmpty());
    topology.setConfig(ConsoleTestData::config(3));
    topology.show();
    QCOMPARE(topology.cards().size(), 3);
    QCOMPARE(topology.cards().at(0)->nodeName(), QStringLiteral("M1"));
    QCOMPARE(topology.entryPoints().size(), 2);
    QCOMPARE(topology.entryPoint(QStringLiteral("vip"))->titleText(), QStringLiteral("VIP"));
    QCOMPARE(topology.entryPoint(QStringLiteral("domain"))->titleText(), QStringLiteral("Domain"));
    QVERIFY(topology.placeholderText().isEmpty());
    // The ways in sit above the nodes, as in the runbook's picture.
    QVERIFY(topology.entryPoints().at(0)->geometry().bottom() < topology.cards().at(0)->geometry().top());
}

void TestTopologyWidget::buildsAnyNodeCount_data()
{
    QTest::addColumn<int>("nodes");
    for (int n = 1; n <= 7; ++n)
        QTest::addRow("%d", n) << n;
}

void TestTopologyWidget::buildsAnyNodeCount()
{
    QFETCH(int, nodes);
    TopologyWidget topology;
    DrillConfig config = ConsoleTestData::config(nodes);
    ProbeTargetConfig lb;
    lb.name = QStringLiteral("f5");
    lb.url = QStringLiteral("https://10.0.0.200:6443/readyz");
    config.probes.targets.append(lb);
    topology.setConfig(config);
    topology.resize(1400, 700);
    topology.show();
    QCOMPARE(topology.cards().size(), nodes);
    QCOMPARE(topology.entryPoints().size(), 3);
    QCOMPARE(topology.entryPoint(QStringLiteral("f5"))->kind(), EntryPointBox::Kind::LoadBalancer);
    topology.setSnapshot(ConsoleTestData::snapshot(config, nodes - 1, 2));
    QVERIFY(topology.card(QStringLiteral("M%1").arg(nodes))->roleText().contains(QStringLiteral("Leader")));
}

void TestTopologyWidget::showsNewLeaderAfterLeaderChange()
{
    const DrillConfig config = ConsoleTestData::config(3);
    TopologyWidget topology;
    topology.setConfig(config);
    topology.show();
    topology.setSnapshot(ConsoleTestData::snapshot(config, 0, 3, {}, 1));
    MemberCard* m1 = topology.card(QStringLiteral("M1"));
    MemberCard* m2 = topology.card(QStringLiteral("M2"));
    QCOMPARE(m1->roleText(), QStringLiteral("★ Leader"));
    QCOMPARE(m2->roleText(), QStringLiteral("● Follower"));
    QCOMPARE(m1->accessibleName(), QStringLiteral("M1: Leader"));
    QCOMPARE(m1->findChild<QLabel*>(QStringLiteral("memberId"))->text(),
             QStringLiteral("Member ID %1").arg(ConsoleTestData::memberId(0), 16, 16, QLatin1Char('0')));
    // Wait until the first snapshot's highlights have faded.
    QTRY_VERIFY_WITH_TIMEOUT(!m1->isHighlighted() && !m2->isHighlighted(), 4000);

    // M1's etcd stops: M2 wins the election in term 4.
    topology.setSnapshot(ConsoleTestData::snapshot(config, 1, 4, {0}, 2));
    QCOMPARE(m2->roleText(), QStringLiteral("★ Leader"));
    QCOMPARE(m2->accessibleName(), QStringLiteral("M2: Leader"));
    QCOMPARE(m1->roleText(), QStringLiteral("✖ Down"));
    QCOMPARE(m1->role(), MemberRole::Kind::Down);
    // The change is marked at once; the unchanged follower is not.
    QVERIFY(m1->isHighlighted());
    QVERIFY(m2->isHighlighted());
    QVERIFY(!topology.card(QStringLiteral("M3"))->isHighlighted());
    // The down member says why, in the monitor's words.
    auto* error = m1->findChild<QLabel*>(QStringLiteral("error"));
    QVERIFY(error->isVisibleTo(m1));
    QVERIFY(error->text().contains(QStringLiteral("connection refused")));
    // The highlight fades after about two seconds.
    QTRY_VERIFY_WITH_TIMEOUT(!m2->isHighlighted(), 4000);

    // M1 is back as a follower.
    topology.setSnapshot(ConsoleTestData::snapshot(config, 1, 4, {}, 3));
    QCOMPARE(m1->roleText(), QStringLiteral("● Follower"));
    QVERIFY(m1->isHighlighted());
    QVERIFY(!m2->isHighlighted());
}

void TestTopologyWidget::showsApiserverReadiness()
{
    const DrillConfig config = ConsoleTestData::config(3);
    TopologyWidget topology;
    topology.setConfig(config);
    MemberCard* m3 = topology.card(QStringLiteral("M3"));
    QCOMPARE(m3->apiserverText(), QStringLiteral("not probed"));
    const auto start = std::chrono::steady_clock::now();
    topology.addProbeSamples(QStringLiteral("M3-apiserver"),
                             ConsoleTestData::samples(start, 3, std::chrono::milliseconds(100)));
    QVERIFY2(m3->apiserverText().startsWith(QStringLiteral("✔ ready")), qPrintable(m3->apiserverText()));
    QCOMPARE(topology.card(QStringLiteral("M1"))->apiserverText(), QStringLiteral("not probed"));
    topology.addProbeSamples(QStringLiteral("M3-apiserver"),
                             ConsoleTestData::samples(start, 3, std::chrono::milliseconds(100), 0, 3));
    QCOMPARE(m3->apiserverText(), QStringLiteral("✖ connection refused"));
    QVERIFY(m3->accessibleDescription().contains(QStringLiteral("connection refused")));
}

void TestTopologyWidget::showsOutageOnEntryPoint()
{
    const DrillConfig config = ConsoleTestData::config(3);
    TopologyWidget topology;
    topology.setConfig(config);
    EntryPointBox* vip = topology.entryPoint(QStringLiteral("vip"));
    QCOMPARE(vip->statusText(), QStringLiteral("waiting for the first probe…"));
    const auto start = std::chrono::steady_clock::now();
    topology.addProbeSamples(QStringLiteral("vip"),
                             ConsoleTestData::samples(start, 5, std::chrono::milliseconds(100)));
    QVERIFY2(vip->statusText().startsWith(QStringLiteral("✔ 200")), qPrintable(vip->statusText()));
    topology.addProbeSamples(QStringLiteral("vip"),
                             ConsoleTestData::samples(start, 5, std::chrono::milliseconds(100), 0, 5,
                                                      ProbeSample::Outcome::Timeout));
    QVERIFY(vip->statusText().startsWith(QStringLiteral("✖ timeout")));
    topology.outageWindowOpened(QStringLiteral("vip"), ConsoleTestData::window(start, true));
    QVERIFY(vip->inOutage());
    topology.outageWindowClosed(QStringLiteral("vip"),
                                ConsoleTestData::window(start, false, start + std::chrono::seconds(2)));
    QVERIFY(!vip->inOutage());
}

// A degraded way in (a share of its probes failing) shows "degraded", with "34 % failing" once the drill's
// per-second figures give the share, while its probes keep alternating between ✔ and ✖; ok again, the last
// probe.
void TestTopologyWidget::degradedEntryPointSaysSoInsteadOfFlipping()
{
    TopologyWidget topology;
    topology.setConfig(ConsoleTestData::config(3));
    EntryPointBox* domain = topology.entryPoint(QStringLiteral("domain"));
    const auto start = std::chrono::steady_clock::now();
    DegradedPeriod period;
    period.start = start;
    period.end = start + std::chrono::milliseconds(300);
    period.open = true;
    period.probes = 4;
    period.failed = 2;
    topology.degradedPeriodOpened(QStringLiteral("domain"), period);
    QVERIFY(domain->isDegraded());
    // Two of four since the first failure says more than it knows: no share until the drill's figures.
    QCOMPARE(domain->statusText(), QStringLiteral("degraded · probes failing"));
    topology.addProbeSamples(QStringLiteral("domain"),
                             ConsoleTestData::samples(start, 1, std::chrono::milliseconds(100)));
    QCOMPARE(domain->statusText(),
             QStringLiteral("degraded · probes failing")); // not the ✔ of the last probe
    DrillProgress progress;
    DrillProgress::Target figures;
    figures.name = QStringLiteral("domain");
    figures.degradedShare = 0.34;
    progress.targets = {figures};
    topology.setProgress(progress);
    QCOMPARE(domain->statusText(), QStringLiteral("degraded · 34 % failing"));
    topology.degradedPeriodClosed(QStringLiteral("domain"), period);
    QVERIFY(!domain->isDegraded());
    QVERIFY2(domain->statusText().startsWith(QStringLiteral("✔ 200")), qPrintable(domain->statusText()));
}

void TestTopologyWidget::unknownBeforeFirstSnapshot()
{
    TopologyWidget topology;
    topology.setConfig(ConsoleTestData::config(3));
    QCOMPARE(topology.card(QStringLiteral("M2"))->roleText(), QStringLiteral("? Unknown"));
}

void TestTopologyWidget::cardKeepsItsHeightAndSaysWhenTheDrillStoppedIt()
{
    const DrillConfig config = ConsoleTestData::config(3);
    TopologyWidget topology;
    topology.setConfig(config);
    topology.resize(1200, 500);
    topology.show();
    QVERIFY(QTest::qWaitForWindowExposed(&topology));
    topology.setSnapshot(ConsoleTestData::snapshot(config, 0, 2));
    MemberCard* m3 = topology.card(config.nodes.at(2).name);
    QVERIFY(m3);
    QCoreApplication::processEvents();
    const int healthy = m3->height();
    QVERIFY(m3->errorText().isEmpty());

    // Down with its error: the error takes the room kept for it, nothing below moves.
    topology.setSnapshot(ConsoleTestData::snapshot(config, 0, 2, {2}, 2));
    QCoreApplication::processEvents();
    QCOMPARE(m3->role(), MemberRole::Kind::Down);
    QVERIFY(!m3->errorText().isEmpty());
    QCOMPARE(m3->height(), healthy);

    // Stopped by the drill: the card says it is expected instead of asking whether etcd runs.
    topology.setExpectedDown(config.nodes.at(2).name, true);
    QCOMPARE(m3->errorText(), QStringLiteral("stopped by the drill (expected)"));
    QVERIFY(!topology.card(config.nodes.at(0).name)->isExpectedDown());
    QCoreApplication::processEvents();
    QCOMPARE(m3->height(), healthy);
    topology.setExpectedDown(config.nodes.at(2).name, false);
    QVERIFY(m3->errorText() != QStringLiteral("stopped by the drill (expected)"));
}

void TestTopologyWidget::namesGrowWithTheFont()
{
    // Presenter mode enlarges the window's font: names, roles and states must grow with it, staying larger
    // than the body text, not keep the size they were created with.
    const DrillConfig config = ConsoleTestData::config(3);
    TopologyWidget topology;
    topology.setConfig(config);
    topology.setSnapshot(ConsoleTestData::snapshot(config, 0, 2));
    MemberCard* card = topology.card(config.nodes.at(0).name);
    const auto sizeOf = [card](const char* name) {
        for (QLabel* label : card->findChildren<QLabel*>()) {
            if (label->text() == QString::fromUtf8(name) || label->objectName() == QLatin1String(name))
                return label->font().pointSizeF();
        }
        return -1.0;
    };
    const double titleBefore = sizeOf(qPrintable(config.nodes.at(0).name));
    const double roleBefore = sizeOf("role");
    QVERIFY(titleBefore > 0 && roleBefore > 0);
    QFont big = topology.font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    topology.setFont(big);
    QCoreApplication::processEvents();
    const double body = sizeOf("memberId");
    QVERIFY2(qAbs(body - big.pointSizeF()) < 0.01, qPrintable(QString::number(body)));
    QVERIFY2(sizeOf(qPrintable(config.nodes.at(0).name)) > body * 1.3,
             qPrintable(QString::number(sizeOf(qPrintable(config.nodes.at(0).name)))));
    QVERIFY(sizeOf("role") > body);
    QVERIFY(sizeOf("role") > roleBefore * 1.5);
    EntryPointBox* vip = topology.entryPoints().first();
    double vipTitle = 0;
    for (QLabel* label : vip->findChildren<QLabel*>()) {
        if (label->font().bold() && label->objectName().isEmpty())
            vipTitle = std::max(vipTitle, label->font().pointSizeF());
    }
    QVERIFY2(vipTitle > big.pointSizeF(), qPrintable(QString::number(vipTitle)));

    // Presenter colours fold the detail rows away; normal ones bring them back.
    QVERIFY(card->showsDetails());
    topology.setColors(ConsoleColors::make(true, true));
    QVERIFY(!card->showsDetails());
    topology.setColors(ConsoleColors::make(false, false));
    QVERIFY(card->showsDetails());
}

QTEST_MAIN(TestTopologyWidget)
#include "TestTopologyWidget.moc"
