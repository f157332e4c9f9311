// LatencyChartView: holds every sample it was given (answered and failed apart), draws failures as marks,
// shades outage windows (open ones growing to "now", counted up in large text), keeps step markers, thins
// long histories without losing a spike, and pans/zooms with the mouse. Read in model terms: sample counts,
// the series' points, the bands' x range.
#include "ChartMarkerLayer.h"
#include "ChartPanel.h"
#include "ConsoleTestData.h"
#include "LatencyChartView.h"
#include "LatencyPlotItem.h"

#include <QAreaSeries>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QGraphicsSimpleTextItem>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QTemporaryDir>
#include <QtTest>

using namespace etcddrill;
using etcddrill::test::ConsoleTestData;
using namespace std::chrono_literals;

namespace {

template <class Series> QList<Series*> seriesOf(const LatencyChartView& view)
{
    QList<Series*> found;
    for (QAbstractSeries* series : view.chart()->series()) {
        if (auto* s = qobject_cast<Series*>(series); s && s->isVisible())
            found.append(s);
    }
    return found;
}

// The target's legend entry (the line itself is drawn by LatencyPlotItem).
QLineSeries* lineOf(const LatencyChartView& view, const QString& name)
{
    for (QLineSeries* series : seriesOf<QLineSeries>(view)) {
        if (series->name() == name && !qobject_cast<QScatterSeries*>(series))
            return series;
    }
    return nullptr;
}

// Every point of the target's line as drawn, its pieces one after the other.
QList<QPointF> drawnPoints(const LatencyChartView& view, const QString& name)
{
    QList<QPointF> points;
    for (const QList<QPointF>& piece : view.linePieces(name))
        points.append(piece);
    return points;
}

// Counts the events of one type an object receives.
class EventCounter : public QObject
{
public:
    EventCounter(QObject* watched, QEvent::Type type) : QObject(watched), m_type(type)
    {
        watched->installEventFilter(this);
    }
    int count = 0;

protected:
    bool eventFilter(QObject*, QEvent* event) override
    {
        count += event->type() == m_type;
        return false;
    }

private:
    QEvent::Type m_type;
};

QString rectText(const QRectF& r)
{
    return QStringLiteral("(%1,%2 %3×%4)").arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height());
}

// Shows the chart at 1000×500 with the given span; false when the window never got exposed.
bool shown(LatencyChartView& view, std::chrono::milliseconds span)
{
    view.resize(1000, 500);
    view.show();
    if (!QTest::qWaitForWindowExposed(&view))
        return false;
    view.setWindowSpan(span);
    return true;
}

} // namespace

class TestLatencyChartView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void holdsSamplesAndDrawsFailures();
    void shadesOutageWindow();
    void keepsStepMarkers();
    void markerLabelsNeverOverlap();
    void gapInDataBreaksTheLine();
    void windowSelectorSaysWhatIsShown();
    void downsamplesLongHistoryKeepingSpikes();
    void flappingWindowsShareBands();
    void degradedPeriodIsOneBandWithItsShare();
    void faultIsOneTintedBandWithOneLabel();
    void nodeApiserversHiddenUnlessAsked();
    void panAndZoom();
    void unchangedRedrawReplacesNothing();
    void everyFailureKeepsAMark();
    void redrawDoesNotLayOutAgain();

private:
    QTemporaryDir m_settings;
};

void TestLatencyChartView::initTestCase()
{
    ConsoleTestData::isolateSettings(m_settings.path());
}

void TestLatencyChartView::holdsSamplesAndDrawsFailures()
{
    LatencyChartView view;
    view.resize(1000, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const auto start = std::chrono::steady_clock::now() - 30s;
    view.addSamples(QStringLiteral("vip"), ConsoleTestData::samples(start, 200, 100ms, 50, 60));
    view.addSamples(QStringLiteral("domain"), ConsoleTestData::samples(start, 200, 100ms));
    QCOMPARE(view.targets(), (QStringList{QStringLiteral("vip"), QStringLiteral("domain")}));
    QCOMPARE(view.sampleCount(QStringLiteral("vip")), 200);
    QCOMPARE(view.failureCount(QStringLiteral("vip")), 10);
    QCOMPARE(view.failureCount(QStringLiteral("domain")), 0);
    view.refreshNow();
    // 200 points fit the plot's width: nothing is thinned, failures are marks of their own.
    QVERIFY(lineOf(view, QStringLiteral("vip"))); // its legend entry
    QCOMPARE(drawnPoints(view, QStringLiteral("vip")).size(), 190);
    QCOMPARE(view.failureMarks(QStringLiteral("vip")).size(), 10);
    QVERIFY(view.failureMarks(QStringLiteral("domain")).isEmpty());
    // The marks' legend entries: one per target, shaped as its marks are drawn.
    const QList<QScatterSeries*> legend = seriesOf<QScatterSeries>(view);
    QCOMPARE(legend.size(), 2);
    QCOMPARE(legend.first()->name(), QStringLiteral("vip failed"));
    QCOMPARE(legend.first()->markerShape(), QScatterSeries::MarkerShapeTriangle);
    QCOMPARE(view.plotItem().lines().front().markShape, QScatterSeries::MarkerShapeTriangle);
    // And the legend draws them so: "vip" a stretch of line, "vip failed" a triangle, not two equal squares.
    QCOMPARE(view.chart()->legend()->markerShape(), QLegend::MarkerShapeFromSeries);
}

void TestLatencyChartView::shadesOutageWindow()
{
    LatencyChartView view;
    view.resize(1000, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const auto start = std::chrono::steady_clock::now() - 20s;
    // Samples 50..79 fail: the window runs from sample 50's start to sample 80's (the first good one).
    const QList<ProbeSample> samples = ConsoleTestData::samples(start, 100, 100ms, 50, 80);
    view.addSamples(QStringLiteral("vip"), samples.mid(0, 60));
    view.outageWindowOpened(QStringLiteral("vip"), ConsoleTestData::window(samples.at(50).start(), true));
    view.refreshNow();

    QCOMPARE(view.outageBands().size(), 1);
    QVERIFY(view.outageBands().first().open);
    QList<QAreaSeries*> bands = seriesOf<QAreaSeries>(view);
    QCOMPARE(bands.size(), 1);
    const QList<QPointF> marks = view.failureMarks(QStringLiteral("vip"));
    const double firstFailureX = marks.first().x();
    QList<QPointF> upper = bands.first()->upperSeries()->points();
    QCOMPARE(upper.size(), 2);
    QCOMPARE(upper.at(0).x(), firstFailureX);
    // Open: the band reaches the present, past the last sample, and spans the plot's height.
    QVERIFY(upper.at(1).x() > marks.last().x());
    QVERIFY(upper.at(1).x() >= double(view.visibleEnd().toMSecsSinceEpoch()) - 200);
    QCOMPARE(bands.first()->lowerSeries()->points().at(0).y(), 0.0);
    QVERIFY(upper.at(0).y() > 0);
    // The outage counts up in large text while the window is open.
    const QString counter = view.outageCounterText();
    QVERIFY2(counter.contains(QStringLiteral("vip")), qPrintable(counter));
    QVERIFY2(counter.contains(QStringLiteral(" s")), qPrintable(counter));
    const double grownFrom = upper.at(1).x();
    QTRY_VERIFY(bands.first()->upperSeries()->points().at(1).x() > grownFrom); // grows with batched redraws

    // The first good probe closes it.
    view.addSamples(QStringLiteral("vip"), samples.mid(60));
    const OutageWindow closed =
        ConsoleTestData::window(samples.at(50).start(), false, samples.at(80).start());
    view.outageWindowClosed(QStringLiteral("vip"), closed);
    view.refreshNow();
    QVERIFY(!view.outageBands().first().open);
    QVERIFY(view.outageCounterText().isEmpty());
    bands = seriesOf<QAreaSeries>(view);
    QCOMPARE(bands.size(), 1);
    upper = bands.first()->upperSeries()->points();
    QCOMPARE(upper.at(0).x(), firstFailureX);
    // Ends where the first good sample after it starts: that point is on the vip line.
    QVERIFY(drawnPoints(view, QStringLiteral("vip"))
                .contains(QPointF(upper.at(1).x(), samples.at(80).totalUs / 1000.0)));
    // 3 s of outage = 30 failed samples at 100 ms.
    QVERIFY(std::abs(upper.at(1).x() - upper.at(0).x() - 3000.0) < 0.01);
}

void TestLatencyChartView::keepsStepMarkers()
{
    LatencyChartView view;
    view.resize(1000, 500);
    view.show();
    const auto now = std::chrono::steady_clock::now();
    view.addSamples(QStringLiteral("vip"), ConsoleTestData::samples(now - 10s, 100, 100ms));
    view.addMarker(now - 5s, QStringLiteral("2 · stop M3"));
    view.refreshNow();
    QCOMPARE(view.markers().size(), 1);
    QCOMPARE(view.markers().first().label, QStringLiteral("2 · stop M3"));
    view.clear();
    QVERIFY(view.markers().isEmpty());
    QVERIFY(view.targets().isEmpty());
    QVERIFY(view.outageBands().isEmpty());
}

void TestLatencyChartView::markerLabelsNeverOverlap()
{
    LatencyChartView view;
    QVERIFY(shown(view, 60s));
    const auto now = std::chrono::steady_clock::now();
    view.addSamples(QStringLiteral("vip"), ConsoleTestData::samples(now - 59s, 590, 100ms));
    // A drill's steps close together (a quick drill), one right at the present (the verdict).
    const QStringList labels{QStringLiteral("1 · Preflight checks"),
                             QStringLiteral("2 · Stop the target's etcd"),
                             QStringLiteral("3 · Verify the survivors keep serving"),
                             QStringLiteral("4 · Start the target's etcd"),
                             QStringLiteral("5 · Recovery and catch-up"),
                             QStringLiteral("Verdict")};
    const std::chrono::seconds at[] = {30s, 28s, 27s, 24s, 23s, 0s};
    for (int i = 0; i < labels.size(); ++i)
        view.addMarker(now - at[i], labels.at(i));
    view.refreshNow();
    const QList<ChartMarkerLayer::Label> drawn = view.markerLayer().labels();
    QVERIFY(drawn.size() >= 4);
    const QRectF plot = view.chart()->plotArea();
    bool shortened = false;
    for (qsizetype i = 0; i < drawn.size(); ++i) {
        const ChartMarkerLayer::Label& label = drawn.at(i);
        QVERIFY2(labels.contains(label.toolTip), qPrintable(label.toolTip)); // the whole text on hover
        QVERIFY2(label.text == label.toolTip || label.text.endsWith(u'…'), qPrintable(label.text));
        shortened |= label.text != label.toolTip;
        // Inside the plot: not over the axes, not cut at the edge.
        QVERIFY2(label.rect.left() >= plot.left() - 0.5 && label.rect.right() <= plot.right() + 0.5,
                 qPrintable(QStringLiteral("%1: %2..%3 in %4..%5")
                                .arg(label.text)
                                .arg(label.rect.left())
                                .arg(label.rect.right())
                                .arg(plot.left())
                                .arg(plot.right())));
        QVERIFY(label.rect.top() >= plot.top());
        for (qsizetype j = i + 1; j < drawn.size(); ++j)
            QVERIFY2(!label.rect.intersects(drawn.at(j).rect),
                     qPrintable(QStringLiteral("%1 %2 / %3 %4")
                                    .arg(label.text, rectText(label.rect), drawn.at(j).text,
                                         rectText(drawn.at(j).rect))));
    }
    QVERIFY(shortened); // five steps in seven seconds do not fit whole
    // The verdict at the present stands left of its line, whole.
    const auto verdict = std::find_if(drawn.cbegin(), drawn.cend(), [](const ChartMarkerLayer::Label& l) {
        return l.toolTip == QStringLiteral("Verdict");
    });
    QVERIFY(verdict != drawn.cend());
    QCOMPARE(verdict->text, QStringLiteral("Verdict"));
}

void TestLatencyChartView::gapInDataBreaksTheLine()
{
    LatencyChartView view;
    QVERIFY(shown(view, 60s));
    const auto now = std::chrono::steady_clock::now();
    // 10 s of probes, 15 s without any result (the console was not probing), 10 s again.
    view.addSamples(QStringLiteral("vip"), ConsoleTestData::samples(now - 45s, 100, 100ms));
    view.addSamples(QStringLiteral("vip"), ConsoleTestData::samples(now - 20s, 100, 100ms));
    view.refreshNow();
    QCOMPARE(view.lineSegmentCount(QStringLiteral("vip")), 2);
    const std::vector<QList<QPointF>> pieces = view.linePieces(QStringLiteral("vip"));
    QCOMPARE(pieces.size(), 2u);
    const QList<QPointF>& a = pieces.at(0);
    const QList<QPointF>& b = pieces.at(1);
    // No segment crosses the 15 s without data.
    QVERIFY2(b.first().x() - a.last().x() > 14000, qPrintable(QString::number(b.first().x() - a.last().x())));
    // One legend entry for the target, whatever the pieces.
    int legendEntries = 0;
    for (QLegendMarker* marker : view.chart()->legend()->markers())
        legendEntries += marker->isVisible() && marker->label() == QStringLiteral("vip");
    QCOMPARE(legendEntries, 1);
    // The newest result is 10 s old: the live view says that nothing comes any more.
    QVERIFY2(view.staleText().startsWith(QStringLiteral("No probe results since")),
             qPrintable(view.staleText()));
    view.addSamples(QStringLiteral("vip"), ConsoleTestData::samples(now - 1s, 10, 100ms));
    view.refreshNow();
    QVERIFY2(view.staleText().isEmpty(), qPrintable(view.staleText()));
    QCOMPARE(view.lineSegmentCount(QStringLiteral("vip")), 3);
}

void TestLatencyChartView::windowSelectorSaysWhatIsShown()
{
    ChartPanel panel;
    panel.resize(1000, 500);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto* selector = panel.findChild<QComboBox*>(QStringLiteral("chartWindow"));
    QVERIFY(selector);
    LatencyChartView* view = panel.chart();
    view->setWindowSpan(5min);
    const auto now = std::chrono::steady_clock::now();
    view->addSamples(QStringLiteral("vip"), ConsoleTestData::samples(now - 40s, 400, 100ms));
    view->refreshNow();
    // A young session spans what there is, and the selector says so.
    QTRY_VERIFY2_WITH_TIMEOUT(selector->currentText().startsWith(QStringLiteral("5 min (")) &&
                                  selector->currentText().endsWith(QStringLiteral("so far)")),
                              qPrintable(selector->currentText()), 3000);
    // A wheel zoom's span has an entry of its own; choosing a listed span again removes it.
    view->setWindowSpan(150s);
    QCOMPARE(selector->count(), 4);
    QVERIFY2(selector->currentText().startsWith(QStringLiteral("2 min 30 s")),
             qPrintable(selector->currentText()));
    view->setWindowSpan(30s);
    view->refreshNow();
    QTRY_COMPARE_WITH_TIMEOUT(selector->currentText(), QStringLiteral("30.0 s"), 3000);
    view->setWindowSpan(1min);
    QCOMPARE(selector->count(), 3);
}

void TestLatencyChartView::downsamplesLongHistoryKeepingSpikes()
{
    LatencyChartView view;
    view.resize(900, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setWindowSpan(15min);
    const auto start = std::chrono::steady_clock::now() - 14min;
    // 14 minutes at 20 Hz: 16 800 samples, far more than pixels; one slow answer among them.
    QList<ProbeSample> samples = ConsoleTestData::samples(start, 16800, 50ms);
    samples[9000].totalUs = 870000;
    view.addSamples(QStringLiteral("vip"), samples);
    view.refreshNow();
    QCOMPARE(view.sampleCount(QStringLiteral("vip")), 16800);
    const QList<QPointF> vip = drawnPoints(view, QStringLiteral("vip"));
    const int width = int(view.chart()->plotArea().width());
    // Two per pixel column; the column grid sits on fixed times, so its first column straddles the left
    // edge (width + 1 columns), plus the neighbour on each side that runs the line to the edges.
    QVERIFY2(vip.size() <= 2 * (width + 1) + 2, qPrintable(QString::number(vip.size())));
    QVERIFY(vip.size() > width / 2);
    const auto maxY = std::max_element(vip.cbegin(), vip.cend(),
                                       [](const QPointF& a, const QPointF& b) { return a.y() < b.y(); });
    QCOMPARE(maxY->y(), 870.0);
}

void TestLatencyChartView::flappingWindowsShareBands()
{
    LatencyChartView view;
    QVERIFY(shown(view, 15min));
    // A domain with passive health checks: every third probe fails for a while, 50 windows of 100 ms, and
    // one long window much later.
    const auto start = std::chrono::steady_clock::now() - 10min;
    view.addSamples(QStringLiteral("domain"), ConsoleTestData::samples(start, 6000, 100ms));
    for (int i = 0; i < 50; ++i) {
        const auto begin = start + 60s + i * 300ms;
        view.outageWindowOpened(QStringLiteral("domain"), ConsoleTestData::window(begin, true));
        view.outageWindowClosed(QStringLiteral("domain"),
                                ConsoleTestData::window(begin, false, begin + 100ms));
    }
    const auto late = start + 8min;
    view.outageWindowOpened(QStringLiteral("domain"), ConsoleTestData::window(late, true));
    view.outageWindowClosed(QStringLiteral("domain"), ConsoleTestData::window(late, false, late + 5s));
    view.refreshNow();
    QCOMPARE(view.outageBands().size(), 51); // the model keeps every window
    // The plot draws the 50 close ones as one band (they are a pixel or two apart) and the late one apart.
    const QList<QAreaSeries*> bands = seriesOf<QAreaSeries>(view);
    QCOMPARE(bands.size(), 2);
    const double firstLeft = bands.at(0)->upperSeries()->points().at(0).x();
    const double firstRight = bands.at(0)->upperSeries()->points().at(1).x();
    QVERIFY(std::abs(firstRight - firstLeft - (49 * 300 + 100)) < 0.01);
}

void TestLatencyChartView::degradedPeriodIsOneBandWithItsShare()
{
    LatencyChartView view;
    QVERIFY(shown(view, 15min));
    // The domain fails one probe in three for a minute (a window per failure), and the VIP has one outage in
    // the same minute; the domain's windows are a degraded period.
    const auto start = std::chrono::steady_clock::now() - 10min;
    view.addSamples(QStringLiteral("domain"), ConsoleTestData::samples(start, 6000, 100ms));
    view.addSamples(QStringLiteral("vip"), ConsoleTestData::samples(start, 6000, 100ms));
    DegradedPeriod period;
    period.start = start + 60s;
    period.end = period.start + 100ms;
    period.open = true;
    period.probes = 4;
    period.failed = 2;
    view.degradedPeriodOpened(QStringLiteral("domain"), period);
    for (int i = 0; i < 200; ++i) {
        const auto begin = start + 60s + i * 300ms;
        view.outageWindowOpened(QStringLiteral("domain"), ConsoleTestData::window(begin, true));
        view.outageWindowClosed(QStringLiteral("domain"),
                                ConsoleTestData::window(begin, false, begin + 100ms));
    }
    const auto vipOutage = start + 90s;
    view.outageWindowClosed(QStringLiteral("vip"), ConsoleTestData::window(vipOutage, false, vipOutage + 2s));
    view.refreshNow();
    // Open: one band growing to now, no share yet (two of four would read as 50 %), then the per-second
    // share; the domain's 200 windows fold into it, the VIP's outage keeps its own band.
    const auto labels = [&view] {
        QStringList texts;
        for (QGraphicsItem* item : view.chart()->childItems()) {
            if (auto* text = dynamic_cast<QGraphicsSimpleTextItem*>(item); text && text->isVisible())
                texts << text->text();
        }
        return texts.join(QStringLiteral(" | "));
    };
    QCOMPARE(seriesOf<QAreaSeries>(view).size(), 2);
    QVERIFY2(labels().contains(QStringLiteral("◐ domain degraded")), qPrintable(labels()));
    QVERIFY2(labels().contains(QStringLiteral("✖ vip 2.0 s")), qPrintable(labels()));
    QVERIFY(view.outageCounterText().isEmpty()); // the big counter is for hard outages
    view.setDegradedShare(QStringLiteral("domain"), 0.34);
    view.refreshNow();
    QVERIFY2(labels().contains(QStringLiteral("◐ domain 34 % failing")), qPrintable(labels()));

    period.end = start + 60s + 199 * 300ms;
    period.open = false;
    period.probes = 598;
    period.failed = 200;
    view.degradedPeriodClosed(QStringLiteral("domain"), period);
    view.refreshNow();
    const QList<ChartOutageBand> bands = view.outageBands();
    QCOMPARE(bands.size(), 202); // 201 windows and the period: the model keeps every one
    QCOMPARE(seriesOf<QAreaSeries>(view).size(), 2);
    QVERIFY2(labels().contains(QStringLiteral("◐ domain 33 % failing · 59.7 s")), qPrintable(labels()));
    for (QAreaSeries* band : seriesOf<QAreaSeries>(view)) {
        const double width =
            band->upperSeries()->points().at(1).x() - band->upperSeries()->points().at(0).x();
        QVERIFY(band->name() == QStringLiteral("domain degraded") ? std::abs(width - 59700) < 1
                                                                  : std::abs(width - 2000) < 1);
    }

    // A full period (every probe failed) is an outage: its windows show it, no degraded band.
    LatencyChartView full;
    DegradedPeriod down;
    down.start = start;
    down.end = start + 5s;
    down.probes = 50;
    down.failed = 50;
    full.degradedPeriodClosed(QStringLiteral("M3-apiserver"), down);
    QVERIFY(full.outageBands().isEmpty());
}

void TestLatencyChartView::faultIsOneTintedBandWithOneLabel()
{
    LatencyChartView view;
    QVERIFY(shown(view, 5min));
    const auto start = std::chrono::steady_clock::now() - 3min;
    view.addSamples(QStringLiteral("vip"), ConsoleTestData::samples(start, 1800, 100ms));
    view.faultStarted(QStringLiteral("M3"), start + 60s);
    view.refreshNow();
    QCOMPARE(view.outageBands().size(), 1);
    QVERIFY(view.outageBands().first().open);
    QVERIFY(view.outageCounterText().isEmpty()); // a planned stop is not an outage of a way in
    view.faultEnded(start + 121s);
    view.refreshNow();
    const QList<QAreaSeries*> bands = seriesOf<QAreaSeries>(view);
    QCOMPARE(bands.size(), 1);
    QCOMPARE(bands.first()->name(), QStringLiteral("M3 stopped"));
    const double width =
        bands.first()->upperSeries()->points().at(1).x() - bands.first()->upperSeries()->points().at(0).x();
    QVERIFY(std::abs(width - 61000) < 1);
    bool labelled = false;
    for (QGraphicsItem* item : view.chart()->childItems()) {
        if (auto* text = dynamic_cast<QGraphicsSimpleTextItem*>(item); text && text->isVisible())
            labelled |= text->text() == QStringLiteral("■ M3 stopped by the drill · 61.0 s");
    }
    QVERIFY(labelled);
}

void TestLatencyChartView::nodeApiserversHiddenUnlessAsked()
{
    LatencyChartView view;
    view.setNodeNames({QStringLiteral("M1"), QStringLiteral("M2"), QStringLiteral("M3")});
    view.resize(900, 400);
    view.show();
    const auto start = std::chrono::steady_clock::now() - 5s;
    view.addSamples(QStringLiteral("vip"), ConsoleTestData::samples(start, 20, 100ms));
    view.addSamples(QStringLiteral("M3-apiserver"), ConsoleTestData::samples(start, 20, 100ms, 0, 20));
    view.outageWindowOpened(QStringLiteral("M3-apiserver"), ConsoleTestData::window(start, true));
    view.refreshNow();
    QVERIFY(!lineOf(view, QStringLiteral("M3-apiserver")));
    QVERIFY(seriesOf<QAreaSeries>(view).isEmpty());
    QVERIFY(view.outageCounterText().isEmpty()); // an expected outage of a node the drill stopped
    view.setShowNodeApiservers(true);
    QVERIFY(lineOf(view, QStringLiteral("M3-apiserver")));
    QCOMPARE(seriesOf<QAreaSeries>(view).size(), 1);
    QVERIFY(view.outageCounterText().contains(QStringLiteral("M3-apiserver")));
}

void TestLatencyChartView::panAndZoom()
{
    LatencyChartView view;
    QVERIFY(shown(view, 1min));
    view.addSamples(QStringLiteral("vip"),
                    ConsoleTestData::samples(std::chrono::steady_clock::now() - 10min, 6000, 100ms));
    view.refreshNow();
    QVERIFY(view.followLive());
    QSignalSpy follow(&view, &LatencyChartView::followLiveChanged);

    // Drag to the right: shows the past and stops following.
    const QPoint from = view.viewport()->rect().center();
    QTest::mousePress(view.viewport(), Qt::LeftButton, Qt::NoModifier, from);
    QMouseEvent move(QEvent::MouseMove, QPointF(from + QPoint(300, 0)),
                     view.viewport()->mapToGlobal(QPointF(from + QPoint(300, 0))), Qt::NoButton,
                     Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view.viewport(), &move);
    QTest::mouseRelease(view.viewport(), Qt::LeftButton, Qt::NoModifier, from + QPoint(300, 0));
    QVERIFY(!view.followLive());
    QCOMPARE(follow.count(), 1);
    const QDateTime end = view.visibleEnd();
    QVERIFY(end < QDateTime::currentDateTime().addSecs(-10));
    QTest::qWait(250); // time passes on purpose: a following view would have moved on with the redraws
    QCOMPARE(view.visibleEnd(), end); // stays put while not following

    // The wheel zooms out (and in); the span is reported.
    QSignalSpy span(&view, &LatencyChartView::windowSpanChanged);
    QWheelEvent wheel(QPointF(from), view.viewport()->mapToGlobal(QPointF(from)), QPoint(), QPoint(0, -240),
                      Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(view.viewport(), &wheel);
    QCOMPARE(span.count(), 1);
    QVERIFY(view.windowSpan() > 1min);

    // Double-click follows the present again.
    QTest::mouseDClick(view.viewport(), Qt::LeftButton, Qt::NoModifier, from);
    QVERIFY(view.followLive());
    QVERIFY(view.visibleEnd() > QDateTime::currentDateTime().addSecs(-2));
}

void TestLatencyChartView::unchangedRedrawReplacesNothing()
{
    LatencyChartView view;
    QVERIFY(shown(view, 5min));
    const auto start = std::chrono::steady_clock::now() - 10min;
    // 8 minutes at 20 Hz, more points than pixels, with failures in the view.
    view.addSamples(QStringLiteral("vip"), ConsoleTestData::samples(start, 9600, 50ms, 7000, 7100));
    view.centerOn(start + 6min); // a fixed view: nothing moves unless data arrives
    QVERIFY(!drawnPoints(view, QStringLiteral("vip")).isEmpty());
    const QList<QPointF> marks = view.failureMarks(QStringLiteral("vip"));
    QVERIFY(!marks.isEmpty());
    const int lineChanges = view.plotItem().changes();
    // The plot repaints on each change: a redraw with the same data must not change it.
    view.refreshNow();
    view.refreshNow();
    QCOMPARE(view.plotItem().changes(), lineChanges);
    // A slower answer inside the view changes the line (once), not the marks (nor the axis: 7 ms still
    // fits under 10).
    view.addSamples(QStringLiteral("vip"), {[&] {
                        ProbeSample late = ConsoleTestData::samples(start + 6min + 25ms, 1, 50ms).first();
                        late.totalUs = 7000;
                        return late;
                    }()});
    view.refreshNow();
    QCOMPARE(view.plotItem().changes(), lineChanges + 1);
    QCOMPARE(view.failureMarks(QStringLiteral("vip")), marks);
    const QList<QPointF> vip = drawnPoints(view, QStringLiteral("vip"));
    QVERIFY(std::any_of(vip.cbegin(), vip.cend(), [](const QPointF& p) { return p.y() == 7.0; }));
}

void TestLatencyChartView::everyFailureKeepsAMark()
{
    LatencyChartView view;
    view.resize(900, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setWindowSpan(15min);
    const auto start = std::chrono::steady_clock::now() - 14min;
    // 16 800 samples thinned to a few hundred columns: one lone failure, and a burst of 600 a little later.
    QList<ProbeSample> samples = ConsoleTestData::samples(start, 16800, 50ms, 9000, 9600);
    samples[4000].outcome = ProbeSample::Outcome::Timeout;
    view.addSamples(QStringLiteral("vip"), samples);
    view.refreshNow();
    QCOMPARE(view.failureCount(QStringLiteral("vip")), 601);
    const QList<QPointF> marks = view.failureMarks(QStringLiteral("vip"));
    const double plotWidth = view.chart()->plotArea().width();
    const double columnMs = 15 * 60 * 1000.0 / plotWidth * 2; // at most two pixels a column
    QVERIFY(!marks.isEmpty());
    // The lone failure is a mark of its own, where it happened.
    const double loneX = marks.first().x();
    QVERIFY(marks.size() > 1);
    QVERIFY(marks.at(1).x() - loneX > 60 * 1000);
    // The burst: marks from its first failure to its last, none further apart than a column, fewer than
    // failures (one per column).
    const QList<QPointF> burst = marks.mid(1);
    QVERIFY(burst.size() < 600);
    QVERIFY(burst.size() >= int(600 * 50 / columnMs) - 1);
    for (qsizetype i = 1; i < burst.size(); ++i)
        QVERIFY(burst.at(i).x() - burst.at(i - 1).x() <= columnMs + 50);
    QCOMPARE(burst.last().x() - burst.first().x() > 599 * 50 - columnMs, true);
    const double burstX0 = burst.first().x();
    QVERIFY(std::abs(burstX0 - loneX - 5000 * 50) < 1);
}

void TestLatencyChartView::redrawDoesNotLayOutAgain()
{
    LatencyChartView view;
    view.resize(1000, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const auto start = std::chrono::steady_clock::now() - 2min;
    view.addSamples(QStringLiteral("vip"), ConsoleTestData::samples(start, 1200, 100ms));
    view.centerOn(start + 1min);
    QCoreApplication::processEvents();
    // A redraw whose axes and legend did not change must not ask the chart for a new layout: the layout
    // would run after the redraw's paint, moving items and painting the chart a second time (it did, through
    // QValueAxis::setLabelFormat, which lays out even when the format is the same).
    EventCounter layouts(view.chart(), QEvent::LayoutRequest);
    EventCounter paints(view.viewport(), QEvent::Paint);
    for (int i = 0; i < 3; ++i) {
        view.refreshNow();
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
    QCOMPARE(layouts.count, 0);
    QVERIFY(paints.count <= 3);
}

QTEST_MAIN(TestLatencyChartView)
#include "TestLatencyChartView.moc"
