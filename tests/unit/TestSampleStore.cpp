// SampleStore: keeps the newest `capacity` samples in start order, counts what it dropped, finds a time
// range.
#include "ProbeTarget.h"
#include "SampleStore.h"

#include <QTest>

using namespace etcddrill;
using namespace std::chrono_literals;

namespace {

const std::chrono::steady_clock::time_point t0{std::chrono::hours(1)};

ProbeSample at(std::chrono::milliseconds offset)
{
    ProbeSample s;
    s.setStart(t0 + offset);
    s.outcome = ProbeSample::Outcome::Ok;
    return s;
}

} // namespace

class TestSampleStore : public QObject
{
    Q_OBJECT

private slots:
    void growsThenDropsOldest();
    void between();
    void capacityFromTarget();
};

void TestSampleStore::growsThenDropsOldest()
{
    SampleStore store(4);
    QVERIFY(store.isEmpty());
    for (int i = 0; i < 3; ++i)
        store.append(at(i * 100ms));
    QCOMPARE(store.size(), 3);
    QCOMPARE(store.droppedCount(), 0u);
    store.append(QList<ProbeSample>{at(300ms), at(400ms), at(500ms)});
    QCOMPARE(store.size(), 4);
    QCOMPARE(store.capacity(), 4);
    QCOMPARE(store.droppedCount(), 2u);
    for (int i = 0; i < 4; ++i)
        QCOMPARE(store.at(i).start(), t0 + (i + 2) * 100ms);
    QCOMPARE(store.last().start(), t0 + 500ms);
    store.clear();
    QCOMPARE(store.size(), 0);
}

void TestSampleStore::between()
{
    SampleStore store(5);
    for (int i = 0; i < 8; ++i) // keeps 300…700 ms
        store.append(at(i * 100ms));
    const QList<ProbeSample> range = store.between(t0 + 250ms, t0 + 600ms);
    QCOMPARE(range.size(), 3);
    QCOMPARE(range.first().start(), t0 + 300ms);
    QCOMPARE(range.last().start(), t0 + 500ms);
    QVERIFY(store.between(t0, t0 + 300ms).isEmpty());
    QCOMPARE(store.between(t0, t0 + 1s).size(), 5);
}

void TestSampleStore::capacityFromTarget()
{
    ProbeTarget target;
    target.interval = 20ms;
    QCOMPARE(target.sampleCapacity(), 4 * 3600 * 50 + 1); // four hours at 50 Hz
    target.maxSamples = 1000;
    QCOMPARE(target.sampleCapacity(), 1000);
    // The budget the header promises: 4 h x 50 Hz x 5 targets in about 144 MB.
    QCOMPARE(sizeof(ProbeSample), size_t(40));
}

QTEST_GUILESS_MAIN(TestSampleStore)
#include "TestSampleStore.moc"
