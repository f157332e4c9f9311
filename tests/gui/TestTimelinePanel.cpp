// TimelinePanel's filter: several kinds at once from the "Show" menu's checkable kinds, the last kind kept
// when the operator unticks it, "Show every kind" bringing every row back, and the button saying what it
// shows.
#include "TimelinePanel.h"

#include <QAction>
#include <QMenu>
#include <QTableView>
#include <QTemporaryDir>
#include <QPushButton>
#include <QtTest>

#include "ConsoleTestData.h"

using namespace etcddrill;
using etcddrill::test::ConsoleTestData;
using Kind = DrillTimelineModel::Kind;

namespace {

QAction* kindAction(const TimelinePanel& panel, Kind kind)
{
    for (QAction* action : panel.kindFilter()->menu()->actions()) {
        if (action->isCheckable() && action->data().toInt() == int(kind))
            return action;
    }
    return nullptr;
}

} // namespace

class TestTimelinePanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { ConsoleTestData::isolateSettings(m_settings.path()); }
    void filtersSeveralKindsAtOnce();

private:
    QTemporaryDir m_settings;
};

void TestTimelinePanel::filtersSeveralKindsAtOnce()
{
    TimelinePanel panel;
    panel.show();
    DrillTimelineModel* model = panel.model();
    model->addEvent(Kind::Step, QStringLiteral("1 · Preflight"));
    for (int i = 0; i < 5; ++i)
        model->addEvent(Kind::Outage, QStringLiteral("domain degraded"));
    model->addEvent(Kind::Gate, QStringLiteral("stop confirmed"));
    model->addEvent(Kind::Cluster, QStringLiteral("leader changed"));
    model->addEvent(Kind::Verdict, QStringLiteral("PASSED"));
    QCOMPARE(panel.view()->model()->rowCount(), 9);
    QCOMPARE(panel.kindFilter()->text(), QStringLiteral("Show: every kind"));

    // Hide the noise: outages and cluster events off, the rest stays.
    kindAction(panel, Kind::Outage)->toggle();
    kindAction(panel, Kind::Cluster)->toggle();
    QCOMPARE(panel.view()->model()->rowCount(), 3);
    QVERIFY(!panel.shownKinds().contains(Kind::Outage));
    QVERIFY(panel.kindFilter()->text().startsWith(QStringLiteral("Show: 7 of 9")));

    // Only the gate and the verdict.
    panel.setShownKinds({Kind::Gate, Kind::Verdict});
    QCOMPARE(panel.view()->model()->rowCount(), 2);
    QVERIFY(kindAction(panel, Kind::Gate)->isChecked());
    QVERIFY(!kindAction(panel, Kind::Step)->isChecked());
    // Unticking down to nothing keeps the last kind.
    kindAction(panel, Kind::Gate)->toggle();
    QCOMPARE(panel.kindFilter()->text(), QStringLiteral("Show: Verdict"));
    kindAction(panel, Kind::Verdict)->toggle();
    QCOMPARE(panel.shownKinds(), QSet<Kind>{Kind::Verdict});
    QCOMPARE(panel.view()->model()->rowCount(), 1);

    // Everything again.
    panel.kindFilter()->menu()->actions().first()->trigger();
    QCOMPARE(panel.view()->model()->rowCount(), 9);
}

QTEST_MAIN(TestTimelinePanel)
#include "TestTimelinePanel.moc"
