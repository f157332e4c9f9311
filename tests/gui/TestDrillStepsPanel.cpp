// The drill steps panel fed by hand-made values (no lab): the gate's stop/start button stays disabled until
// the typed text is the gate's node name exactly (wrong case, another node, a prefix, extra text → disabled)
// and pressing it asks for exactly that name; "Abort and restore" is visible and usable while the target is
// stopped, before the stop too, and the verdict banner states the outcome in words.
#include "DrillStepsPanel.h"

#include "ConsoleTestData.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

using namespace etcddrill;
using etcddrill::test::ConsoleTestData;

namespace {

DrillCommand command(DrillStep::Id step, DrillCommand::Role role, const QString& display)
{
    DrillCommand c;
    c.step = step;
    c.role = role;
    c.node = QStringLiteral("M3");
    c.display = display;
    c.commandLine = QStringLiteral("sh -c '%1'").arg(display);
    c.location = QStringLiteral("locally");
    c.changesState = role != DrillCommand::Role::Preflight;
    return c;
}

DrillGate gate(DrillStep::Id step)
{
    DrillGate g;
    g.step = step;
    g.node = QStringLiteral("M3");
    const bool stop = step == DrillStep::Id::StopTarget;
    g.action = stop ? QStringLiteral("stop etcd on M3") : QStringLiteral("start etcd on M3 again");
    g.commands = {command(step, stop ? DrillCommand::Role::Stop : DrillCommand::Role::Start,
                          stop ? QStringLiteral("mv /etc/kubernetes/manifests/etcd.yaml /root/bak/")
                               : QStringLiteral("mv /root/bak/etcd.yaml /etc/kubernetes/manifests/"))};
    return g;
}

QList<DrillStep> allSteps()
{
    QList<DrillStep> steps;
    for (DrillStep::Id id :
         {DrillStep::Id::Preflight, DrillStep::Id::StopTarget, DrillStep::Id::VerifySurvivors,
          DrillStep::Id::StartTarget, DrillStep::Id::Recovery, DrillStep::Id::Verdict}) {
        DrillStep step;
        step.id = id;
        steps.append(step);
    }
    return steps;
}

DrillStep step(DrillStep::Id id, DrillStep::State state)
{
    DrillStep s;
    s.id = id;
    s.state = state;
    return s;
}

bool isUsable(QPushButton* button)
{
    return button->isVisible() && button->isEnabled();
}

} // namespace

class TestDrillStepsPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void gateButtonNeedsExactNodeName();
    void abortReachableWhileTargetStopped();

private:
    QTemporaryDir m_settings;
};

void TestDrillStepsPanel::initTestCase()
{
    ConsoleTestData::isolateSettings(m_settings.path());
}

void TestDrillStepsPanel::gateButtonNeedsExactNodeName()
{
    DrillStepsPanel panel;
    panel.setSteps(allSteps());
    panel.show();
    QSignalSpy confirmed(&panel, &DrillStepsPanel::gateConfirmRequested);
    QVERIFY(!panel.gateButton()->isVisible()); // no gate yet

    panel.updateStep(step(DrillStep::Id::StopTarget, DrillStep::State::WaitingForOperator));
    panel.showGate(gate(DrillStep::Id::StopTarget));
    QVERIFY(panel.gateButton()->isVisible());
    QCOMPARE(panel.gateButton()->text(), QStringLiteral("Stop etcd on M3"));
    QVERIFY(!panel.gateButton()->isEnabled());
    // The command that will run is shown before it runs.
    QVERIFY(panel.findChildren<QLabel*>().size() > 0);
    bool commandShown = false;
    for (QLabel* label : panel.findChildren<QLabel*>())
        commandShown = commandShown || label->text().contains(QStringLiteral("mv /etc/kubernetes/manifests"));
    QVERIFY(commandShown);

    for (const QString& wrong : {QStringLiteral("m3"), QStringLiteral("M1"), QStringLiteral("M"),
                                 QStringLiteral("M33"), QStringLiteral("M3x"), QStringLiteral("")}) {
        panel.gateEdit()->clear();
        QTest::keyClicks(panel.gateEdit(), wrong);
        QVERIFY2(!panel.gateButton()->isEnabled(), qPrintable(wrong));
        QTest::mouseClick(panel.gateButton(), Qt::LeftButton);
    }
    QCOMPARE(confirmed.size(), 0);

    panel.gateEdit()->clear();
    QTest::keyClicks(panel.gateEdit(), QStringLiteral("M3"));
    QVERIFY(panel.gateButton()->isEnabled());
    QTest::mouseClick(panel.gateButton(), Qt::LeftButton);
    QCOMPARE(confirmed.size(), 1);
    QCOMPARE(confirmed.at(0).at(0).toString(), QStringLiteral("M3"));

    // Editing back to a mismatch disables it again.
    QTest::keyClick(panel.gateEdit(), Qt::Key_Backspace);
    QVERIFY(!panel.gateButton()->isEnabled());

    // The start gate names its own action.
    panel.gateConfirmed(gate(DrillStep::Id::StopTarget));
    QVERIFY(!panel.gateButton()->isVisible());
    panel.showGate(gate(DrillStep::Id::StartTarget));
    QCOMPARE(panel.gateButton()->text(), QStringLiteral("Start etcd on M3"));
    QVERIFY(!panel.gateButton()->isEnabled());
    QTest::keyClicks(panel.gateEdit(), QStringLiteral("M3"));
    QVERIFY(panel.gateButton()->isEnabled());
}

void TestDrillStepsPanel::abortReachableWhileTargetStopped()
{
    DrillStepsPanel panel;
    panel.setSteps(allSteps());
    panel.show();
    QSignalSpy aborted(&panel, &DrillStepsPanel::abortRequested);

    // Before the stop: a plain abort.
    QVERIFY(isUsable(panel.abortButton()));
    QVERIFY(!panel.targetStopped());

    const DrillGate stopGate = gate(DrillStep::Id::StopTarget);
    panel.showGate(stopGate);
    panel.gateConfirmed(stopGate);
    panel.commandStarted(stopGate.commands.first());
    panel.setFaultApplied(true); // the engine's faultAppliedChanged(true) as the stop command starts
    QVERIFY(panel.targetStopped());
    QVERIFY(isUsable(panel.abortButton()));
    CommandResult ok;
    ok.exitCode = 0;
    panel.commandFinished(stopGate.commands.first(), ok);
    panel.updateStep(step(DrillStep::Id::StopTarget, DrillStep::State::Passed));
    panel.updateStep(step(DrillStep::Id::VerifySurvivors, DrillStep::State::Running));
    QVERIFY(panel.targetStopped());
    QVERIFY(isUsable(panel.abortButton()));
    QVERIFY(panel.stepText(DrillStep::Id::VerifySurvivors).contains(QStringLiteral("running")));
    QVERIFY(panel.stepText(DrillStep::Id::StopTarget).contains(QStringLiteral("✔")));

    // A stop condition: banner with symbol and words, abort still there.
    panel.showStopCondition(LocalizedText(QStringLiteral("quorum lost")));
    QVERIFY(panel.bannerText().contains(QStringLiteral("quorum lost")));
    QVERIFY(panel.bannerText().startsWith(QStringLiteral("⚠")));
    QVERIFY(isUsable(panel.abortButton()));
    QTest::mouseClick(panel.abortButton(), Qt::LeftButton);
    QCOMPARE(aborted.size(), 1);

    // Restored: the start succeeded, then the verdict; nothing left to abort.
    const DrillGate startGate = gate(DrillStep::Id::StartTarget);
    panel.commandStarted(startGate.commands.first());
    QVERIFY(panel.targetStopped());
    QVERIFY(isUsable(panel.abortButton()));
    panel.commandFinished(startGate.commands.first(), ok);
    panel.setFaultApplied(false); // the engine's faultAppliedChanged(false) once the restore succeeded
    QVERIFY(!panel.targetStopped());
    DrillSummary summary;
    summary.outcome = DrillSummary::Outcome::Aborted;
    summary.restored = true;
    summary.targetNode = QStringLiteral("M3");
    summary.reason = QStringLiteral("quorum lost");
    panel.showSummary(summary);
    QVERIFY(panel.bannerText().contains(QStringLiteral("aborted")));
    QVERIFY(!panel.abortButton()->isEnabled());
}

QTEST_MAIN(TestDrillStepsPanel)
#include "TestDrillStepsPanel.moc"
