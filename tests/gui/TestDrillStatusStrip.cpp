// DrillStatusStrip: the step and the next action, the time the target has been down, the countdown of a
// timed phase, the cluster in a word, and a red button that cancels before the stop command and restores
// after it, asking first in words that say what will happen; at the end a verdict banner with the figures
// per way in. Fed by hand with the engine's value types.
#include "DrillStatusStrip.h"

#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

using namespace etcddrill;
using namespace std::chrono_literals;

class TestDrillStatusStrip : public QObject
{
    Q_OBJECT

private slots:
    void clockForTheRoom();
    void followsTheDrill();
    void redButtonAsksWhatItWillDo();
    void verdictBannerWithTheFigures();
};

void TestDrillStatusStrip::clockForTheRoom()
{
    QCOMPARE(DrillStatusStrip::clock(0ms), QStringLiteral("00:00"));
    QCOMPARE(DrillStatusStrip::clock(67'400ms), QStringLiteral("01:07"));
    QCOMPARE(DrillStatusStrip::clock(3'723'000ms), QStringLiteral("1:02:03"));
}

void TestDrillStatusStrip::followsTheDrill()
{
    DrillStatusStrip strip;
    strip.resize(1200, 80);
    strip.show();
    strip.reset(QStringLiteral("M3"));
    QCOMPARE(strip.buttonText(), QStringLiteral("Cancel drill"));

    DrillStep stop;
    stop.id = DrillStep::Id::StopTarget;
    stop.state = DrillStep::State::WaitingForOperator;
    strip.setStep(stop);
    DrillGate gate;
    gate.step = DrillStep::Id::StopTarget;
    gate.node = QStringLiteral("M3");
    gate.action = QStringLiteral("stop etcd on M3");
    strip.setGate(gate);
    QCOMPARE(strip.stepText(), QStringLiteral("Step 2/5 · Stop the target's etcd"));
    QCOMPARE(strip.actionText(), QStringLiteral("Type M3 to stop etcd on M3"));
    QVERIFY(strip.clockText().isEmpty());

    strip.clearGate();
    strip.setFaultApplied(true);
    QCOMPARE(strip.buttonText(), QStringLiteral("Abort and restore"));
    DrillProgress progress;
    progress.step = DrillStep::Id::VerifySurvivors;
    progress.phase = QStringLiteral("observation");
    progress.elapsed = 37s;
    progress.total = 60s;
    progress.health = QStringLiteral("degraded");
    progress.healthyVoters = 2;
    progress.totalVoters = 3;
    strip.setProgress(progress);
    QVERIFY2(strip.clockText().startsWith(QStringLiteral("M3 down 00:0")), qPrintable(strip.clockText()));
    QVERIFY2(strip.clockText().endsWith(QStringLiteral("00:23 left")), qPrintable(strip.clockText()));
    QCOMPARE(strip.clusterText(), QStringLiteral("degraded 2/3"));

    // Restored: the button still restores (the drill may roll back), the clock stops counting.
    strip.setFaultApplied(false);
    QCOMPARE(strip.buttonText(), QStringLiteral("Abort and restore"));
    progress.health = QStringLiteral("quorum-lost");
    progress.healthyVoters = 1;
    strip.setProgress(progress);
    QCOMPARE(strip.clusterText(), QStringLiteral("QUORUM LOST 1/3"));
}

void TestDrillStatusStrip::redButtonAsksWhatItWillDo()
{
    DrillStatusStrip strip;
    strip.show();
    strip.reset(QStringLiteral("M3"));
    strip.setFaultApplied(true);
    QSignalSpy aborts(&strip, &DrillStatusStrip::abortRequested);
    auto* button = strip.findChild<QPushButton*>(QStringLiteral("stripAbort"));
    QVERIFY(button);
    // "Keep the drill running" first: nothing happens.
    button->click();
    auto* box = strip.findChild<QMessageBox*>(QStringLiteral("stripAbortConfirm"));
    QVERIFY(box);
    QVERIFY2(box->text().contains(QStringLiteral("start etcd on M3 again")), qPrintable(box->text()));
    box->reject();
    QCOMPARE(aborts.count(), 0);
    QTRY_VERIFY(!strip.findChild<QMessageBox*>(QStringLiteral("stripAbortConfirm")));
    // Then confirmed: one abort.
    button->click();
    box = strip.findChild<QMessageBox*>(QStringLiteral("stripAbortConfirm"));
    QVERIFY(box);
    auto* yes = box->findChild<QPushButton*>(QStringLiteral("stripAbortYes"));
    QVERIFY(yes);
    QCOMPARE(yes->text(), QStringLiteral("Abort and restore M3"));
    yes->click();
    QCOMPARE(aborts.count(), 1);
}

void TestDrillStatusStrip::verdictBannerWithTheFigures()
{
    DrillStatusStrip strip;
    strip.show();
    strip.reset(QStringLiteral("M3"));
    DrillSummary summary;
    summary.outcome = DrillSummary::Outcome::HypothesisFailed;
    summary.targetNode = QStringLiteral("M3");
    DrillMeasurements::TargetOutage vip;
    vip.target = QStringLiteral("vip");
    vip.samples = 600;
    vip.failed = 6;
    DrillMeasurements::TargetOutage domain;
    domain.target = QStringLiteral("domain");
    domain.samples = 600;
    domain.failed = 200;
    domain.degradedTime = 60500ms;
    domain.longest = 101ms;
    DrillMeasurements::TargetOutage node;
    node.target = QStringLiteral("M3-apiserver");
    node.samples = 600;
    node.failed = 600;
    summary.measurements.outages = {vip, domain, node};
    summary.measurements.recovery = 990ms;
    strip.showSummary(summary);
    QVERIFY(strip.showsVerdict());
    QVERIFY(strip.buttonText().isEmpty());
    const QString text = strip.verdictText();
    QVERIFY2(text.contains(QStringLiteral("vip: 1.00 % of calls failed while M3 was down")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("domain: 33.3 % of calls failed while M3 was down, degraded")),
             qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("M3-apiserver")), qPrintable(text)); // ways in only
    QVERIFY2(text.contains(QStringLiteral("recovered in")), qPrintable(text));
}

QTEST_MAIN(TestDrillStatusStrip)
#include "TestDrillStatusStrip.moc"
