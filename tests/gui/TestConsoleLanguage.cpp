// The console in Simplified Chinese and back: the language chosen in Settings applies at once (every widget
// retranslates on QEvent::LanguageChange) — menu titles, the topology's labels, the reserved dock — and is
// remembered.
#include "ConsoleTestData.h"
#include "LanguageSwitcher.h"
#include "MainWindow.h"
#include "MemberCard.h"
#include "TopologyWidget.h"

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

    QCOMPARE(menuTitles(window), (QStringList{QStringLiteral("&File"), QStringLiteral("&View"),
                                              QStringLiteral("&Settings"), QStringLiteral("&Drill"),
                                              QStringLiteral("&Help")}));
    MemberCard* m1 = window.topology()->card(QStringLiteral("M1"));
    QCOMPARE(m1->roleText(), QStringLiteral("★ Leader"));
    QCOMPARE(keyLabel(m1, 4), QStringLiteral("Raft term"));
    auto* steps = window.stepsDock()->findChild<QLabel*>(QStringLiteral("stepsPlaceholder"));
    QCOMPARE(steps->text(), QStringLiteral("Drill steps appear here once a drill is prepared"));

    window.setLanguage(QStringLiteral("zh_CN"));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QCoreApplication::processEvents();
    QCOMPARE(window.languages()->language(), QStringLiteral("zh_CN"));
    QCOMPARE(menuTitles(window), (QStringList{QStringLiteral("文件(&F)"), QStringLiteral("视图(&V)"),
                                              QStringLiteral("设置(&S)"), QStringLiteral("演练(&D)"),
                                              QStringLiteral("帮助(&H)")}));
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

QTEST_MAIN(TestConsoleLanguage)
#include "TestConsoleLanguage.moc"
