// What the audience sees: the main window fed by hand with a game day in progress (M3's etcd stopped, the
// domain in an outage, the VIP's short outage over, step markers), grabbed as PNG test artifacts under the
// build directory — English, Simplified Chinese, presenter mode (dark) — and checked not to be blank. Then
// the matrix a drill is shown on: 1366×768 and 1920×1080, normal and presenter, English and Chinese, with the
// stop gate open — every label, button and axis whole, no scrollbar, the chart a third of the window.
#include "AppearanceController.h"
#include "ClusterStatusLine.h"
#include "ConsoleTestData.h"
#include "DrillConsole.h"
#include "DrillStatusStrip.h"
#include "DrillStepsPanel.h"
#include "LatencyChartView.h"
#include "MainWindow.h"
#include "MemberCard.h"
#include "TopologyWidget.h"

#include "drill/DrillCommand.h"
#include "drill/DrillGate.h"
#include "drill/DrillText.h"

#include <QAbstractAxis>
#include <QAbstractButton>
#include <QAbstractItemView>
#include <QChart>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QImage>
#include <QLabel>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

using namespace etcddrill;
using etcddrill::test::ConsoleTestData;
using namespace std::chrono_literals;

namespace {

// Standard deviation of the grey levels: a blank or single-colour grab is close to 0.
double greyDeviation(const QImage& image)
{
    double sum = 0;
    double squares = 0;
    qint64 n = 0;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            const double g = qGray(image.pixel(x, y));
            sum += g;
            squares += g * g;
            ++n;
        }
    }
    const double mean = sum / n;
    return std::sqrt(std::max(0.0, squares / n - mean * mean));
}

void feedGameDay(MainWindow& window)
{
    const DrillConfig config = ConsoleTestData::config(3);
    window.presentConfig(config);
    const auto now = std::chrono::steady_clock::now();
    const auto start = now - 150s;
    window.topology()->setSnapshot(ConsoleTestData::snapshot(config, 0, 3, {}, 1));
    // 150 s at 10 Hz; the VIP failed for 2.1 s after M3 stopped, the domain (nginx, passive checks) still
    // fails.
    const QList<ProbeSample> vip = ConsoleTestData::samples(start, 1500, 100ms, 900, 921);
    const QList<ProbeSample> domain =
        ConsoleTestData::samples(start, 1500, 100ms, 1380, 1500, ProbeSample::Outcome::Timeout, 4.0);
    for (const auto& [target, samples] :
         {std::pair{QStringLiteral("vip"), vip}, std::pair{QStringLiteral("domain"), domain}}) {
        window.chart()->addSamples(target, samples);
        window.topology()->addProbeSamples(target, samples);
    }
    window.chart()->outageWindowOpened(QStringLiteral("vip"),
                                       ConsoleTestData::window(vip.at(900).start(), true));
    window.chart()->outageWindowClosed(
        QStringLiteral("vip"), ConsoleTestData::window(vip.at(900).start(), false, vip.at(921).start()));
    const OutageWindow domainOutage = ConsoleTestData::window(domain.at(1380).start(), true);
    window.chart()->outageWindowOpened(QStringLiteral("domain"), domainOutage);
    window.topology()->outageWindowOpened(QStringLiteral("domain"), domainOutage);
    for (int node = 0; node < 3; ++node) {
        const QString target = QStringLiteral("M%1-apiserver").arg(node + 1);
        const QList<ProbeSample> samples =
            ConsoleTestData::samples(start, 1500, 100ms, node == 2 ? 890 : -1, node == 2 ? 1500 : -1,
                                     ProbeSample::Outcome::HttpError, 2.5 + node);
        window.chart()->addSamples(target, samples);
        window.topology()->addProbeSamples(target, samples);
    }
    window.chart()->addMarker(start + 10s, QStringLiteral("1 · Preflight"));
    window.chart()->addMarker(vip.at(890).start(), QStringLiteral("2 · Stop M3's etcd"));
    window.chart()->addMarker(vip.at(1000).start(), QStringLiteral("3 · Verify survivors"));
    const ClusterSnapshot degraded = ConsoleTestData::snapshot(config, 0, 3, {2}, 2);
    window.topology()->setSnapshot(degraded);
    window.statusLine()->setSnapshot(degraded);
    window.statusLine()->setDrillElapsed(std::chrono::milliseconds(140000));
}

// What the stop gate looks like while the operator decides: the strip and the steps panel as the engine's
// signals set them.
void openStopGate(MainWindow& window)
{
    DrillConsole* drill = window.drillConsole();
    DrillStep stop;
    stop.id = DrillStep::Id::StopTarget;
    stop.state = DrillStep::State::WaitingForOperator;
    DrillGate gate;
    gate.step = DrillStep::Id::StopTarget;
    gate.node = QStringLiteral("M3");
    gate.action = QStringLiteral("stop etcd on M3");
    gate.actionText =
        DrillText::make(QT_TRANSLATE_NOOP("DrillText", "stop etcd on %1"), QStringLiteral("M3"));
    DrillCommand command;
    command.step = DrillStep::Id::StopTarget;
    command.role = DrillCommand::Role::Stop;
    command.node = QStringLiteral("M3");
    command.purpose = DrillText::make(
        QT_TRANSLATE_NOOP("DrillText", "stop etcd on %1 (move %2 to %3)"), QStringLiteral("M3"),
        QStringLiteral("/etc/kubernetes/manifests/etcd.yaml"), QStringLiteral("/root/etcd-drill-backup"));
    command.display =
        QStringLiteral("mkdir -p /root/etcd-drill-backup && mv -n /etc/kubernetes/manifests/etcd.yaml "
                       "/root/etcd-drill-backup/etcd.yaml");
    command.location = QStringLiteral("locally");
    command.changesState = true;
    gate.commands = {command};
    drill->statusStrip()->setStep(stop);
    drill->statusStrip()->setGate(gate);
    drill->stepsPanel()->updateStep(stop);
    drill->stepsPanel()->showGate(gate);
}

// "what: text (has < wants)" for every visible label or button under `root` narrower than its text, or a
// wrapped label shorter than its lines.
QStringList cutTexts(const QWidget* root)
{
    QStringList cut;
    for (const QLabel* label : root->findChildren<QLabel*>()) {
        if (!label->isVisible() || label->text().isEmpty() || label->textFormat() == Qt::RichText)
            continue;
        const QString text = label->text().simplified().left(60);
        if (label->wordWrap()) {
            const int wants = label->heightForWidth(label->width());
            if (wants > label->height() + 1)
                cut << QStringLiteral("%1: \"%2\" %3 px high < %4")
                           .arg(label->objectName(), text)
                           .arg(label->height())
                           .arg(wants);
            continue;
        }
        // A label with a buddy shows its mnemonic "&W" underlined, not as "&".
        QString shown = label->text();
        if (label->buddy())
            shown.replace(QRegularExpression(QStringLiteral("&(.)")), QStringLiteral("\\1"));
        const int wants = label->fontMetrics().horizontalAdvance(shown) + 2 * label->margin() +
                          (label->indent() > 0 ? label->indent() : 0);
        const int has = label->contentsRect().width();
        if (has + 1 < wants)
            cut << QStringLiteral("%1: \"%2\" %3 < %4 px").arg(label->objectName(), text).arg(has).arg(wants);
    }
    for (const QAbstractScrollArea* area : root->findChildren<QAbstractScrollArea*>()) {
        // A panel whose texts do not wrap scrolls sideways: what is beyond its edge is cut.
        if (!area->isVisible() || qobject_cast<const QAbstractItemView*>(area))
            continue;
        const auto* scroll = qobject_cast<const QScrollArea*>(area);
        const int wants = scroll && scroll->widget() ? scroll->widget()->minimumSizeHint().width() : 0;
        if (area->horizontalScrollBar()->isVisible() || wants > area->viewport()->width())
            cut << QStringLiteral("%1 wider than its view (%2 > %3 px)")
                       .arg(area->objectName())
                       .arg(wants)
                       .arg(area->viewport()->width());
    }
    for (const QComboBox* combo : root->findChildren<QComboBox*>()) {
        if (combo->isVisible() && combo->width() + 1 < combo->sizeHint().width())
            cut << QStringLiteral("combo \"%1\" %2 < %3 px")
                       .arg(combo->currentText())
                       .arg(combo->width())
                       .arg(combo->sizeHint().width());
    }
    for (const QAbstractButton* button : root->findChildren<QAbstractButton*>()) {
        if (button->isVisible() && !button->text().isEmpty() && !qobject_cast<const QToolButton*>(button) &&
            button->width() + 1 < button->sizeHint().width())
            cut << QStringLiteral("button \"%1\" %2 < %3 px")
                       .arg(button->text())
                       .arg(button->width())
                       .arg(button->sizeHint().width());
    }
    return cut;
}

} // namespace

class TestConsoleScreenshot : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void screenshot_data();
    void screenshot();
    void fitsEveryScreen_data();
    void fitsEveryScreen();

private:
    QTemporaryDir m_settings;
};

void TestConsoleScreenshot::initTestCase()
{
    ConsoleTestData::isolateSettings(m_settings.path());
    QVERIFY(QDir().mkpath(QStringLiteral(ETCD_DRILL_TEST_ARTIFACTS)));
}

void TestConsoleScreenshot::screenshot_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("presenter");
    QTest::addColumn<QString>("file");
    QTest::newRow("en") << QStringLiteral("en") << false << QStringLiteral("console-en.png");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << false << QStringLiteral("console-zh_CN.png");
    QTest::newRow("presenter") << QStringLiteral("en") << true
                               << QStringLiteral("console-presenter-dark.png");
}

void TestConsoleScreenshot::screenshot()
{
    QFETCH(QString, language);
    QFETCH(bool, presenter);
    QFETCH(QString, file);

    MainWindow window;
    window.setLanguage(language);
    window.appearance()->setTheme(presenter ? AppearanceController::Theme::Dark
                                            : AppearanceController::Theme::Light);
    window.setPresenterMode(presenter);
    window.resize(1600, 1000);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    feedGameDay(window);
    // Let layouts settle and the batched redraws run; let the highlights fade a little.
    QTest::qWait(600);
    window.chart()->refreshNow();

    const QImage image = window.grab().toImage();
    const QString path = QDir(QStringLiteral(ETCD_DRILL_TEST_ARTIFACTS)).filePath(file);
    QVERIFY(image.save(path));
    qInfo("screenshot: %s", qPrintable(path));
    QCOMPARE(image.size(), window.size() * window.devicePixelRatio());
    const double deviation = greyDeviation(image);
    QVERIFY2(deviation > 20,
             qPrintable(QStringLiteral("grey deviation %1: the grab looks blank").arg(deviation)));
    QVERIFY(!window.chart()->outageCounterText().isEmpty());
    // Every row shows the game day with M3's etcd stopped: the status line says so in the row's language.
    const QString quorum = window.statusLine()->quorumText();
    QVERIFY2(quorum.startsWith(QStringLiteral("⚠")), qPrintable(quorum));
    QVERIFY2(quorum.contains(language == QLatin1String("zh_CN") ? QStringLiteral("降级")
                                                                : QStringLiteral("degraded")),
             qPrintable(quorum));
    QVERIFY2(quorum.contains(QStringLiteral("2/3")), qPrintable(quorum));
    // The presenter row is grabbed in presenter mode: dark, large fonts for the back of the room.
    QCOMPARE(window.appearance()->presenterMode(), presenter);
    QCOMPARE(window.appearance()->isDark(), presenter);
    QCOMPARE(window.appearance()->colors().fontScale > 1.0, presenter);
}

void TestConsoleScreenshot::fitsEveryScreen_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("presenter");
    QTest::addColumn<QString>("language");
    for (const QSize& size : {QSize(1366, 768), QSize(1920, 1080)}) {
        for (const bool presenter : {false, true}) {
            for (const QString& language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
                const QString name =
                    QStringLiteral("%1x%2 %3 %4")
                        .arg(size.width())
                        .arg(size.height())
                        .arg(presenter ? QStringLiteral("presenter") : QStringLiteral("normal"), language);
                QTest::newRow(qPrintable(name)) << size << presenter << language;
            }
        }
    }
}

void TestConsoleScreenshot::fitsEveryScreen()
{
    QFETCH(QSize, size);
    QFETCH(bool, presenter);
    QFETCH(QString, language);

    MainWindow window;
    window.setLanguage(language);
    window.setPresenterMode(presenter);
    window.resize(size);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    feedGameDay(window);
    QVERIFY(window.prepareDrillAction()->isEnabled());
    window.prepareDrillAction()->trigger();
    QVERIFY(window.drillConsole());
    openStopGate(window);
    // M3's card shows its error the way a stopped member does (the drill has not stopped it yet).
    QTest::qWait(800);
    window.chart()->refreshNow();
    QCoreApplication::processEvents();

    // Under Xvfb (testconsolescreenshot_xvfb) the grabs are the X server's, kept apart from offscreen's.
    const QString platform = QGuiApplication::platformName() == QLatin1String("offscreen")
                                 ? QString()
                                 : QGuiApplication::platformName() + QLatin1Char('-');
    const QString file =
        QStringLiteral("matrix-%1%2x%3-%4-%5.png")
            .arg(platform)
            .arg(size.width())
            .arg(size.height())
            .arg(presenter ? QStringLiteral("presenter") : QStringLiteral("normal"), language);
    const QImage image = window.grab().toImage();
    QVERIFY(image.save(QDir(QStringLiteral(ETCD_DRILL_TEST_ARTIFACTS)).filePath(file)));
    qInfo("screenshot: %s", qPrintable(file));
    QCOMPARE(window.size(), size);

    // Nothing cut: the strip, the cards and entry points, the steps panel with its gate.
    QStringList cut = cutTexts(window.drillConsole()->statusStrip());
    cut += cutTexts(window.topology());
    cut += cutTexts(window.drillConsole()->stepsPanel());
    cut += cutTexts(window.findChild<QWidget*>(QStringLiteral("chartPanel")));
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QStringLiteral("\n"))));
    // The topology fits without scrolling, the chart keeps a third of the window, its axes whole.
    auto* topologyScroll = window.findChild<QScrollArea*>(QStringLiteral("topologyScroll"));
    QVERIFY(topologyScroll);
    QVERIFY2(!topologyScroll->horizontalScrollBar()->isVisible() &&
                 !topologyScroll->verticalScrollBar()->isVisible(),
             qPrintable(QStringLiteral("topology wants %1×%2 in a %3×%4 view")
                            .arg(window.topology()->sizeHint().width())
                            .arg(window.topology()->sizeHint().height())
                            .arg(topologyScroll->viewport()->width())
                            .arg(topologyScroll->viewport()->height())));
    QVERIFY2(
        window.chart()->height() >= window.height() / 3 - 2,
        qPrintable(QStringLiteral("chart %1 px of %2").arg(window.chart()->height()).arg(window.height())));
    for (const QAbstractAxis* axis : window.chart()->chart()->axes())
        QVERIFY2(!axis->labelsTruncated(),
                 qPrintable(QStringLiteral("axis %1 truncates its labels")
                                .arg(axis->orientation() == Qt::Horizontal ? "x" : "y")));
    // Presenter mode: names and roles larger than in the normal console (whose row ran before, same screen
    // and language).
    const MemberCard* card = window.topology()->card(QStringLiteral("M1"));
    QVERIFY(card);
    const QLabel* role = card->findChild<QLabel*>(QStringLiteral("role"));
    QVERIFY(role);
    static QMap<QString, qreal> normalRole;
    const QString key = QStringLiteral("%1x%2 %3").arg(size.width()).arg(size.height()).arg(language);
    if (!presenter) {
        normalRole.insert(key, role->font().pointSizeF());
    } else {
        // Run alone, a presenter row has no normal row before it: the normal console's role is 1.2 times
        // the application font.
        const qreal normal = normalRole.value(key, QApplication::font().pointSizeF() * 1.2);
        QVERIFY2(role->font().pointSizeF() > normal * 1.2,
                 qPrintable(QStringLiteral("role %1 pt, %2 pt in the normal console")
                                .arg(role->font().pointSizeF())
                                .arg(normal)));
    }
}

QTEST_MAIN(TestConsoleScreenshot)
#include "TestConsoleScreenshot.moc"
