// MinMaxDownsampler: per pixel column the lowest and highest point survive, in order, so a single failure or
// latency spike is never thinned away; short series pass unchanged.
#include "MinMaxDownsampler.h"

#include <QRandomGenerator>
#include <QtTest>

#include <vector>

using namespace etcddrill;

class TestMinMaxDownsampler : public QObject
{
    Q_OBJECT

private slots:
    void shortSeriesPassUnchanged();
    void keepsMinAndMaxOfEveryColumn();
    void keepsSingleSpikeAndDip();
    void pointsOutsideTheRangePassThrough();
    void emptyAndDegenerateInput();
};

void TestMinMaxDownsampler::shortSeriesPassUnchanged()
{
    const std::vector<QPointF> points = {{0, 1}, {1, 5}, {2, 3}, {3, 4}};
    const QList<QPointF> out = MinMaxDownsampler::downsample(points, 0, 3, 2);
    QCOMPARE(out, QList<QPointF>(points.begin(), points.end()));
}

void TestMinMaxDownsampler::keepsMinAndMaxOfEveryColumn()
{
    QRandomGenerator random(42);
    std::vector<QPointF> points;
    for (int i = 0; i < 20000; ++i)
        points.emplace_back(i * 0.05, random.bounded(1000.0));
    const double x0 = 0;
    const double x1 = points.back().x();
    const int columns = 137;
    const QList<QPointF> out = MinMaxDownsampler::downsample(points, x0, x1, columns);
    QVERIFY(out.size() <= 2 * columns);
    QVERIFY(out.size() >= columns); // every column has points here

    // Brute force: each column's min and max must be among the output, and the output stays in x order.
    const double width = (x1 - x0) / columns;
    std::vector<double> lo(columns, 1e300), hi(columns, -1e300);
    for (const QPointF& p : points) {
        const int c = std::min(int((p.x() - x0) / width), columns - 1);
        lo[c] = std::min(lo[c], p.y());
        hi[c] = std::max(hi[c], p.y());
    }
    std::vector<double> outLo(columns, 1e300), outHi(columns, -1e300);
    for (qsizetype i = 0; i < out.size(); ++i) {
        if (i > 0)
            QVERIFY(out[i - 1].x() <= out[i].x());
        const int c = std::min(int((out[i].x() - x0) / width), columns - 1);
        outLo[c] = std::min(outLo[c], out[i].y());
        outHi[c] = std::max(outHi[c], out[i].y());
    }
    for (int c = 0; c < columns; ++c) {
        QCOMPARE(outLo[c], lo[c]);
        QCOMPARE(outHi[c], hi[c]);
    }
}

void TestMinMaxDownsampler::keepsSingleSpikeAndDip()
{
    std::vector<QPointF> points;
    for (int i = 0; i < 100000; ++i)
        points.emplace_back(i, 3.0);
    points[31337].setY(1000.0); // one timeout among 100 000 healthy probes
    points[77777].setY(0.2);    // one refused connection, answered at once
    const QList<QPointF> out = MinMaxDownsampler::downsample(points, 0, 99999, 300);
    QVERIFY(out.size() <= 600);
    QVERIFY(out.contains(QPointF(31337, 1000.0)));
    QVERIFY(out.contains(QPointF(77777, 0.2)));
}

void TestMinMaxDownsampler::pointsOutsideTheRangePassThrough()
{
    std::vector<QPointF> points;
    points.emplace_back(-10, 7);
    for (int i = 0; i < 1000; ++i)
        points.emplace_back(i, i % 10);
    points.emplace_back(2000, 9);
    const QList<QPointF> out = MinMaxDownsampler::downsample(points, 0, 999, 10);
    QCOMPARE(out.first(), QPointF(-10, 7));
    QCOMPARE(out.last(), QPointF(2000, 9));
    QVERIFY(out.size() <= 2 * 10 + 2);
}

void TestMinMaxDownsampler::emptyAndDegenerateInput()
{
    QVERIFY(MinMaxDownsampler::downsample({}, 0, 1, 100).isEmpty());
    std::vector<QPointF> points;
    for (int i = 0; i < 50; ++i)
        points.emplace_back(5, i);
    // No width to divide (x0 == x1) or no columns: nothing is lost.
    QCOMPARE(MinMaxDownsampler::downsample(points, 5, 5, 3).size(), 50);
    QVERIFY(MinMaxDownsampler::downsample(points, 0, 10, 0).size() <= 2);
}

QTEST_GUILESS_MAIN(TestMinMaxDownsampler)
#include "TestMinMaxDownsampler.moc"
