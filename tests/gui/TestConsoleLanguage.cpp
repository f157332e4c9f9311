// The console in Simplified Chinese and back: the language chosen in Settings applies at once (every widget
// retranslates on QEvent::LanguageChange) — menu titles, the topology's labels, the reserved dock — and is
// remembered. The drill engine's texts (step details, checks, stop conditions, headlines, made as DrillText
// LocalizedTexts) follow the switch too in the steps panel and the timeline, while their journal form stays
// English.
#include "ConsoleTestData.h"
#include "DrillStepsPanel.h"
#include "LanguageSwitcher.h"
#include "MainWindow.h"
#include "MemberCard.h"
#include "TimelinePanel.h"
#include "TopologyWidget.h"
#include "drill/DrillText.h"

#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace etcddrill;
using etcddrill::test::ConsoleTestData;

namespace {

QStringList menuTitles(const MainWindow& window)
{
    QStringList titles;
    for (QAction* action : window.menuBar()->actions())
        titles.append(action->text());
    return titles;
}

QString keyLabel(const MemberCard* card, int row)
{
    // The card's rows are label pairs; the first key after the headings is the raft term.
    const QList<QLabel*> labels = card->findChildren<QLabel*>();
    return labels.at(row)->text();
}

} // namespace

class TestConsoleLanguage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void switchesToChineseAndBack();
    void resolvesSystemLanguage();
    void engineTextsFollowTheLanguage();

private:
    QTemporaryDir m_settings;
};

void TestConsoleLanguage::initTestCase()
{
    ConsoleTestData::isolateSettings(m_settings.path());
}

void TestConsoleLanguage::switchesToChineseAndBack()
{
    MainWindow window;
    window.setLanguage(QStringLiteral("en"));
    const DrillConfig config = ConsoleTestData::config(3);
    window.presentConfig(config);
    window.topology()->setSnapshot(ConsoleTestData::snapshot(config, 0, 2));
    window.show();
    QCoreApplication::processEvents();

    QCOMPARE(menuTitles(window),
             (QStringList{QStringLiteral("&File"), QStringLiteral("&View"), QStringLiteral("&Settings"),
                          QStringLiteral("&Drill"), QStringLiteral("&Help")}));
    MemberCard* m1 = window.topology()->card(QStringLiteral("M1"));
    QCOMPARE(m1->roleText(), QStringLiteral("★ Leader"));
    QCOMPARE(keyLabel(m1, 4), QStringLiteral("Raft term"));
    auto* steps = window.stepsDock()->findChild<QLabel*>(QStringLiteral("stepsPlaceholder"));
    QCOMPARE(steps->text(), QStringLiteral("Drill steps appear here once a drill is prepared"));

    window.setLanguage(QStringLiteral("zh_CN"));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QCoreApplication::processEvents();
    QCOMPARE(window.languages()->language(), QStringLiteral("zh_CN"));
    QCOMPARE(menuTitles(window),
             (QStringList{QStringLiteral("文件(&F)"), QStringLiteral("视图(&V)"), QStringLiteral("设置(&S)"),
                          QStringLiteral("演练(&D)"), QStringLiteral("帮助(&H)")}));
    QCOMPARE(m1->roleText(), QStringLiteral("★ 领导者"));
    QCOMPARE(keyLabel(m1, 4), QStringLiteral("Raft 任期"));
    QCOMPARE(m1->accessibleName(), QStringLiteral("M1：领导者"));
    QCOMPARE(steps->text(), QStringLiteral("准备好演练后，演练步骤将显示在这里"));
    QCOMPARE(window.stepsDock()->windowTitle(), QStringLiteral("演练步骤"));
    QCOMPARE(QSettings().value(LanguageSwitcher::settingsKey()).toString(), QStringLiteral("zh_CN"));

    window.setLanguage(QStringLiteral("en"));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QCoreApplication::processEvents();
    QCOMPARE(menuTitles(window).first(), QStringLiteral("&File"));
    QCOMPARE(m1->roleText(), QStringLiteral("★ Leader"));
}

void TestConsoleLanguage::resolvesSystemLanguage()
{
    QCOMPARE(LanguageSwitcher::resolve(QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
    QCOMPARE(LanguageSwitcher::resolve(QStringLiteral("en")), QStringLiteral("en"));
    // "" follows the system, which resolves to one of the two.
    QVERIFY(QStringList({QStringLiteral("en"), QStringLiteral("zh_CN")})
                .contains(LanguageSwitcher::resolve(QString())));
}

void TestConsoleLanguage::engineTextsFollowTheLanguage()
{
    LanguageSwitcher languages;
    QVERIFY(languages.apply(QStringLiteral("en")));
    DrillStepsPanel panel;
    TimelinePanel timeline;
    DrillStep stop;
    stop.id = DrillStep::Id::StopTarget;
    panel.setSteps({DrillStep{}, stop});
    stop.state = DrillStep::State::Running;
    // As the engine builds them (DrillEngine.cpp): a template with its data as arguments.
    stop.detailText = DrillText::make(
        QT_TRANSLATE_NOOP("DrillText", "waiting for %1's etcd to stop answering (at most %2)"),
        QStringLiteral("M3"), QStringLiteral("15s"));
    stop.detail = stop.detailText.english();
    panel.updateStep(stop);
    DrillCheck check;
    check.step = DrillStep::Id::Preflight;
    check.setTexts(
        DrillText::make(QT_TRANSLATE_NOOP("DrillText", "member count")),
        DrillText::make(QT_TRANSLATE_NOOP("DrillText", "%1 members (%2)"), 3, QStringLiteral("M1, M2, M3")),
        DrillText::make(QT_TRANSLATE_NOOP("DrillText", "%1, one per configured node"), 3));
    panel.addCheck(check);
    panel.showStopCondition(DrillText::make(
        QT_TRANSLATE_NOOP("DrillText", "only %1 of %2 members answer: the cluster has lost its quorum"), 1,
        3));
    timeline.model()->addEvent(DrillTimelineModel::Kind::Check,
                               [check] { return check.describeTranslated(); });
    panel.show();
    timeline.show();
    QCoreApplication::processEvents();

    auto checkLabel = [&panel] { return panel.findChild<QLabel*>(QStringLiteral("check"))->text(); };
    auto stepDetail = [&panel] {
        QStringList texts;
        for (const QLabel* label : panel.findChildren<QLabel*>())
            texts.append(label->text());
        return texts.join(u'\n');
    };
    auto timelineText = [&timeline] {
        return timeline.model()->index(0, DrillTimelineModel::TextColumn).data().toString();
    };
    QVERIFY2(checkLabel().contains(QStringLiteral("member count: 3 members (M1, M2, M3)")),
             qPrintable(checkLabel()));
    QVERIFY(stepDetail().contains(QStringLiteral("waiting for M3's etcd to stop answering (at most 15s)")));
    QVERIFY(panel.bannerText().contains(QStringLiteral("the cluster has lost its quorum")));
    QCOMPARE(timelineText(), QStringLiteral("PASS  member count: 3 members (M1, M2, M3) (expected 3, one per "
                                            "configured node)"));

    QVERIFY(languages.apply(QStringLiteral("zh_CN")));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QCoreApplication::processEvents();
    QVERIFY2(panel.stepText(DrillStep::Id::Preflight).contains(QStringLiteral("预检")),
             qPrintable(panel.stepText(DrillStep::Id::Preflight)));
    QVERIFY2(checkLabel().contains(QStringLiteral("成员数量：3 个成员（M1, M2, M3）")),
             qPrintable(checkLabel()));
    QVERIFY2(checkLabel().contains(QStringLiteral("3 个，每个配置的节点一个")), qPrintable(checkLabel()));
    QVERIFY2(stepDetail().contains(QStringLiteral("等待 M3 的 etcd 停止响应（最多 15s）")),
             qPrintable(stepDetail()));
    QVERIFY2(panel.bannerText().contains(QStringLiteral("集群已失去法定人数")),
             qPrintable(panel.bannerText()));
    QVERIFY2(timelineText().startsWith(QStringLiteral("通过  成员数量")), qPrintable(timelineText()));
    // What the journal keeps is unchanged by the language.
    QCOMPARE(check.toJson().value(QStringLiteral("measured")).toString(),
             QStringLiteral("3 members (M1, M2, M3)"));
    QCOMPARE(stop.detail, QStringLiteral("waiting for M3's etcd to stop answering (at most 15s)"));

    QVERIFY(languages.apply(QStringLiteral("en")));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QCoreApplication::processEvents();
    QVERIFY2(checkLabel().contains(QStringLiteral("member count: 3 members (M1, M2, M3)")),
             qPrintable(checkLabel()));
    QVERIFY(timelineText().startsWith(QStringLiteral("PASS  member count")));
}

QTEST_MAIN(TestConsoleLanguage)
#include "TestConsoleLanguage.moc"
