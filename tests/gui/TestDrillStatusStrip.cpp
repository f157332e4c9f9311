// DrillStatusStrip: the step and the next action, the time the target has been down, the countdown of a
// timed phase, the cluster in a word, and a red button that cancels before the stop command and restores
// after it, asking first in words that say what will happen; at the end a verdict banner with the figures
// per way in. Fed by hand with the engine's value types.
#include "DrillStatusStrip.h"
#include "drill/DrillText.h"
#include "i18n/TranslationLoader.h"

#include <QDir>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTranslator>
#include <QtTest>
#include <memory>

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
    void dataSafetyLineLiveAndAtTheEnd();
    void fitsALaptopInBothLanguages_data();
    void fitsALaptopInBothLanguages();
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

void TestDrillStatusStrip::dataSafetyLineLiveAndAtTheEnd()
{
    DrillStatusStrip strip;
    strip.show();
    strip.reset(QStringLiteral("M3"));
    QVERIFY(strip.dataSafetyText().isEmpty()); // no workload (off, or a dry run): no line
    DrillProgress progress;
    progress.phase = QStringLiteral("observation");
    progress.workload = DrillProgress::Workload{214, 210, 3, 1, 210, 2};
    strip.setProgress(progress);
    // A number keeps to the word it counts (a no-break space after digits).
    QCOMPARE(strip.dataSafetyText().replace(QChar(0x00A0), u' '),
             QStringLiteral("Workload writes: 210 acknowledged · 1 unknown · 3 failed · watch 210 events, "
                            "opened 2×"));
    QVERIFY(!strip.dataSafetyText().contains(QStringLiteral("210 events")));

    DrillSummary summary;
    summary.outcome = DrillSummary::Outcome::HypothesisFailed;
    summary.targetNode = QStringLiteral("M3");
    DataSafetyResult r;
    r.acknowledged = 120;
    r.readDone = true;
    r.lost = 2;
    r.foreign = 2;
    r.watched = true;
    r.hashes = {{QStringLiteral("M1"), true, 7, 0, {}},
                {QStringLiteral("M2"), true, 7, 0, {}},
                {QStringLiteral("M3"), true, 7, 0, {}}};
    r.hashesAgree = true;
    summary.measurements.dataSafety = r;
    strip.showSummary(summary);
    QCOMPARE(
        strip.dataSafetyText().replace(QChar(0x00A0), u' '),
        QStringLiteral("Data safety: 2 of 120 acknowledged writes lost · 2 changed by someone else · watch "
                       "complete · hashes equal on 3 members"));
}

void TestDrillStatusStrip::fitsALaptopInBothLanguages_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<qreal>("scale");
    QTest::newRow("en") << QStringLiteral("en") << 1.0;
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << 1.0;
    QTest::newRow("en presenter") << QStringLiteral("en") << 1.6;
    QTest::newRow("zh_CN presenter") << QStringLiteral("zh_CN") << 1.6;
}

void TestDrillStatusStrip::fitsALaptopInBothLanguages()
{
    // On a 1366×768 laptop with the steps dock open the strip gets about 1000 px: the button and the clock
    // must show whole (no label narrower than its text), in both languages and in presenter mode.
    QFETCH(QString, language);
    QFETCH(qreal, scale);
    std::unique_ptr<QTranslator> translator = TranslationLoader::loadTranslator(language);
    if (translator)
        QCoreApplication::installTranslator(translator.get());
    DrillStatusStrip strip;
    QFont font = strip.font();
    font.setPointSizeF(font.pointSizeF() * scale);
    strip.setFont(font);
    strip.resize(1000, strip.sizeHint().height());
    strip.show();
    QVERIFY(QTest::qWaitForWindowExposed(&strip));
    strip.reset(QStringLiteral("M3"));
    DrillStep step;
    step.id = DrillStep::Id::StartTarget;
    step.state = DrillStep::State::WaitingForOperator;
    strip.setStep(step);
    DrillGate gate;
    gate.step = DrillStep::Id::StartTarget;
    gate.node = QStringLiteral("M3");
    gate.action = QStringLiteral("start etcd on M3 again");
    // As the engine words it (DrillGateKeeper): the template, shown translated.
    gate.actionText =
        DrillText::make(QT_TRANSLATE_NOOP("DrillText", "start etcd on %1 again")).arg(gate.node);
    strip.setGate(gate);
    strip.setFaultApplied(true);
    DrillProgress progress;
    progress.phase = QStringLiteral("observation");
    progress.elapsed = 37s;
    progress.total = 60s;
    progress.health = QStringLiteral("degraded");
    progress.healthyVoters = 2;
    progress.totalVoters = 3;
    progress.workload = DrillProgress::Workload{999, 990, 5, 4, 990, 3}; // the line under the action
    strip.setProgress(progress);
    // As the window's central QVBoxLayout gives it: the height its wrapped lines need at that width.
    strip.resize(1000, std::max(strip.sizeHint().height(), strip.heightForWidth(1000)));
    QCoreApplication::processEvents();
    QVERIFY2(strip.width() <= 1000, qPrintable(QString::number(strip.width()))); // it did not widen itself
    for (const char* name : {"stripAbort", "stripClock", "stripCluster", "stripStep"}) {
        auto* widget = strip.findChild<QWidget*>(QString::fromLatin1(name));
        QVERIFY2(widget && widget->isVisible(), name);
        // Whole: a one-line widget at least as wide as its text, a wrapping label as tall as its lines.
        const auto* label = qobject_cast<QLabel*>(widget);
        const bool wraps = label && label->wordWrap();
        QVERIFY2(wraps ? widget->height() >= widget->heightForWidth(widget->width())
                       : widget->width() >= widget->sizeHint().width(),
                 qPrintable(QStringLiteral("%1: %2×%3 px, needs %4×%5")
                                .arg(QString::fromLatin1(name))
                                .arg(widget->width())
                                .arg(widget->height())
                                .arg(widget->sizeHint().width())
                                .arg(wraps ? widget->heightForWidth(widget->width())
                                           : widget->sizeHint().height())));
        QVERIFY2(strip.rect().contains(widget->geometry()), name);
    }
    QVERIFY(QDir().mkpath(QStringLiteral(ETCD_DRILL_TEST_ARTIFACTS)));
    const QString file =
        QStringLiteral("strip-%1%2.png").arg(language, scale > 1 ? QStringLiteral("-presenter") : QString());
    QVERIFY(strip.grab().save(QDir(QStringLiteral(ETCD_DRILL_TEST_ARTIFACTS)).filePath(file)));
    if (translator)
        QCoreApplication::removeTranslator(translator.get());
}

QTEST_MAIN(TestDrillStatusStrip)
#include "TestDrillStatusStrip.moc"
