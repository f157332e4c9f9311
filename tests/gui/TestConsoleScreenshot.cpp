// What the audience sees: the main window fed by hand with a game day in progress (M3's etcd stopped, the
// domain in an outage, the VIP's short outage over, step markers), grabbed as PNG test artifacts under the
// build directory — English, Simplified Chinese, presenter mode (dark) — and checked not to be blank.
#include "AppearanceController.h"
#include "ClusterStatusLine.h"
#include "ConsoleTestData.h"
#include "LatencyChartView.h"
#include "MainWindow.h"
#include "TopologyWidget.h"

#include <QDir>
#include <QImage>
#include <QTemporaryDir>
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

} // namespace

class TestConsoleScreenshot : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void screenshot_data();
    void screenshot();

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

QTEST_MAIN(TestConsoleScreenshot)
#include "TestConsoleScreenshot.moc"
