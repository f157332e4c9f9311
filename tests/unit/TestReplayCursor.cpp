// ReplayCursor: what a replay shows at t. Hand-filled models pin the edges (before the first snapshot,
// samples exactly at t, skipped samples, an outage's start and end, an outage the journal ends inside,
// timeline rows); the lab drill fixture (tests/data/report/lab-drill: M3 stopped as a follower and restarted)
// checks that the real journal's moments select the snapshots a reader expects.
#include "ReplayCursor.h"
#include "ReportBuilder.h"

#include <QtTest>

using namespace etcddrill;

namespace {

ReportSnapshot snapshot(const QString& label, double monoMs)
{
    ReportSnapshot s;
    s.label = label;
    s.monoMs = monoMs;
    return s;
}

RecordedSample sample(double monoMs, ProbeSample::Outcome outcome = ProbeSample::Outcome::Ok)
{
    RecordedSample s;
    s.monoMs = monoMs;
    s.outcome = outcome;
    return s;
}

ReportOutage outage(const QString& target, double start, double end, bool closed = true)
{
    ReportOutage o;
    o.target = target;
    o.startMonoMs = start;
    o.endMonoMs = end;
    o.closed = closed;
    return o;
}

ReportTimelineRow row(double monoMs)
{
    ReportTimelineRow r;
    r.monoMs = monoMs;
    return r;
}

// snapshots at 100, 200, 300; vip samples at 100 (ok), 150 (failed), 160, 170 (skipped), 200 (ok);
// domain has no samples before 180; outages: vip [150, 190) closed, domain [250, 280] never closed.
ReportModel handModel()
{
    ReportModel m;
    m.startMonoMs = 50;
    m.endMonoMs = 400;
    m.snapshots = {snapshot(QStringLiteral("before-stop"), 100), snapshot(QStringLiteral("target-down"), 200),
                   snapshot(QStringLiteral("after-recovery"), 300)};
    RecordedSeries vip;
    vip.target = QStringLiteral("vip");
    vip.samples = {sample(100), sample(150, ProbeSample::Outcome::ConnectionRefused),
                   sample(160, ProbeSample::Outcome::Skipped), sample(170, ProbeSample::Outcome::Skipped),
                   sample(200)};
    RecordedSeries domain;
    domain.target = QStringLiteral("domain");
    domain.samples = {sample(180, ProbeSample::Outcome::Skipped), sample(190)};
    m.series = {vip, domain};
    m.outages = {outage(QStringLiteral("vip"), 150, 190), outage(QStringLiteral("domain"), 250, 280, false)};
    m.timeline = {row(60), row(100), row(100), row(250)};
    return m;
}

QString fixtureFolder()
{
    return QStringLiteral(ETCD_DRILL_TEST_DATA "/report/lab-drill");
}

QString labelAt(const ReportModel& m, double monoMs)
{
    const int index = ReplayCursor::at(m, monoMs).snapshotIndex;
    return index < 0 ? QString() : m.snapshots.at(index).label;
}

const ReportMember* memberOf(const ReportSnapshot& snapshot, const QString& node)
{
    for (const ReportMember& member : snapshot.members) {
        if (member.node == node)
            return &member;
    }
    return nullptr;
}

} // namespace

class TestReplayCursor : public QObject
{
    Q_OBJECT

private slots:
    void snapshotBeforeFirstIsTheFirst()
    {
        const ReportModel m = handModel();
        QCOMPARE(ReplayCursor::at(m, 50).snapshotIndex, 0);
        QCOMPARE(ReplayCursor::at(m, 99.9).snapshotIndex, 0);
    }

    void snapshotLastAtOrBefore()
    {
        const ReportModel m = handModel();
        QCOMPARE(ReplayCursor::at(m, 100).snapshotIndex, 0);
        QCOMPARE(ReplayCursor::at(m, 199.9).snapshotIndex, 0);
        QCOMPARE(ReplayCursor::at(m, 200).snapshotIndex, 1);
        QCOMPARE(ReplayCursor::at(m, 299).snapshotIndex, 1);
        QCOMPARE(ReplayCursor::at(m, 300).snapshotIndex, 2);
        QCOMPARE(ReplayCursor::at(m, 1e9).snapshotIndex, 2);
    }

    void noSnapshotsIsMinusOne()
    {
        ReportModel m = handModel();
        m.snapshots.clear();
        QCOMPARE(ReplayCursor::at(m, 200).snapshotIndex, -1);
    }

    void sampleLastAtOrBefore()
    {
        const ReportModel m = handModel();
        QCOMPARE(ReplayCursor::at(m, 99).sampleIndex, (QList<int>{-1, -1}));
        QCOMPARE(ReplayCursor::at(m, 100).sampleIndex, (QList<int>{0, -1}));
        QCOMPARE(ReplayCursor::at(m, 149.9).sampleIndex, (QList<int>{0, -1}));
        QCOMPARE(ReplayCursor::at(m, 150).sampleIndex, (QList<int>{1, -1}));
        QCOMPARE(ReplayCursor::at(m, 200).sampleIndex, (QList<int>{4, 1}));
    }

    void skippedSamplesArePassedOver()
    {
        const ReportModel m = handModel();
        // vip's samples at 160 and 170 are skipped: the last answer is still the failure at 150.
        QCOMPARE(ReplayCursor::at(m, 165).sampleIndex.at(0), 1);
        QCOMPARE(ReplayCursor::at(m, 175).sampleIndex.at(0), 1);
        // domain's only sample before 190 is skipped: no answer yet.
        QCOMPARE(ReplayCursor::at(m, 185).sampleIndex.at(1), -1);
        QCOMPARE(ReplayCursor::at(m, 190).sampleIndex.at(1), 1);
    }

    void outageOpenAtStartClosedAtEnd()
    {
        const ReportModel m = handModel();
        const ReplayState before = ReplayCursor::at(m, 149.9);
        QCOMPARE(before.openOutage.value(QStringLiteral("vip"), -2), -1);
        QCOMPARE(ReplayCursor::at(m, 150).openOutage.value(QStringLiteral("vip"), -2), 0);
        QCOMPARE(ReplayCursor::at(m, 189.9).openOutage.value(QStringLiteral("vip"), -2), 0);
        QCOMPARE(ReplayCursor::at(m, 190).openOutage.value(QStringLiteral("vip"), -2), -1);
        // Every target with outages is listed, open or not; others are absent.
        QCOMPARE(before.openOutage.size(), 2);
        QVERIFY(!before.openOutage.contains(QStringLiteral("M1-apiserver")));
    }

    void unclosedOutageOpenThroughItsEnd()
    {
        const ReportModel m = handModel();
        QCOMPARE(ReplayCursor::at(m, 249.9).openOutage.value(QStringLiteral("domain"), -2), -1);
        QCOMPARE(ReplayCursor::at(m, 250).openOutage.value(QStringLiteral("domain"), -2), 1);
        QCOMPARE(ReplayCursor::at(m, 280).openOutage.value(QStringLiteral("domain"), -2), 1);
        QCOMPARE(ReplayCursor::at(m, 280.1).openOutage.value(QStringLiteral("domain"), -2), -1);
        QVERIFY(ReplayCursor::isOpenAt(outage(QStringLiteral("x"), 10, 20, false), 20));
        QVERIFY(!ReplayCursor::isOpenAt(outage(QStringLiteral("x"), 10, 20, true), 20));
    }

    void timelineRowLastAtOrBefore()
    {
        const ReportModel m = handModel();
        QCOMPARE(ReplayCursor::at(m, 59).timelineRow, -1);
        QCOMPARE(ReplayCursor::at(m, 60).timelineRow, 0);
        QCOMPARE(ReplayCursor::at(m, 99).timelineRow, 0);
        QCOMPARE(ReplayCursor::at(m, 100).timelineRow, 2); // two rows at 100: the last
        QCOMPARE(ReplayCursor::at(m, 249).timelineRow, 2);
        QCOMPARE(ReplayCursor::at(m, 250).timelineRow, 3);
        ReportModel empty;
        QCOMPARE(ReplayCursor::at(empty, 0).timelineRow, -1);
        QVERIFY(ReplayCursor::at(empty, 0).sampleIndex.isEmpty());
    }

    void labDrillMoments()
    {
        QString error;
        const ReportModel m = ReportBuilder::build(fixtureFolder(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(m.snapshots.size() >= 4);
        QVERIFY(m.faultMonoMs && m.stoppedMonoMs && m.recoveredMonoMs);

        // Before the first snapshot (preflight): the first.
        QVERIFY(m.snapshots.first().monoMs > m.startMonoMs);
        QCOMPARE(ReplayCursor::at(m, m.startMonoMs).snapshotIndex, 0);
        QCOMPARE(labelAt(m, m.startMonoMs), QStringLiteral("preflight"));

        // Inside the fault window, once the stop was seen: the snapshot where M3 is down.
        int down = -1;
        for (int i = 0; i < m.snapshots.size(); ++i) {
            if (m.snapshots.at(i).label == QLatin1String("target-down"))
                down = i;
        }
        QVERIFY(down >= 0);
        const double inFault = m.snapshots.at(down).monoMs + 1;
        QVERIFY(inFault < m.snapshots.at(down + 1).monoMs);
        QCOMPARE(ReplayCursor::at(m, inFault).snapshotIndex, down);
        const ReportMember* m3 = memberOf(m.snapshots.at(down), QStringLiteral("M3"));
        QVERIFY(m3);
        QCOMPARE(m3->role, QStringLiteral("down"));
        // Between the stop command and the stop being seen, still the cluster as it was before the stop.
        QCOMPARE(labelAt(m, *m.faultMonoMs), QStringLiteral("before-stop"));
        QCOMPARE(labelAt(m, *m.stoppedMonoMs - 1), QStringLiteral("before-stop"));

        // After recovery: the after-recovery snapshot, to the end.
        QCOMPARE(labelAt(m, m.snapshots.last().monoMs), QStringLiteral("after-recovery"));
        QCOMPARE(labelAt(m, m.endMonoMs), QStringLiteral("after-recovery"));

        // Every series has an answer by the end; it is the last non-skipped sample at or before t.
        const ReplayState end = ReplayCursor::at(m, m.endMonoMs);
        QCOMPARE(end.sampleIndex.size(), m.series.size());
        for (int s = 0; s < m.series.size(); ++s) {
            const RecordedSeries& series = m.series.at(s);
            const int at = end.sampleIndex.at(s);
            QVERIFY2(at >= 0, qPrintable(series.target));
            QVERIFY(series.samples.at(at).monoMs <= m.endMonoMs);
            QVERIFY(series.samples.at(at).outcome != ProbeSample::Outcome::Skipped);
            for (int later = at + 1; later < series.samples.size(); ++later) {
                QVERIFY(series.samples.at(later).monoMs > m.endMonoMs ||
                        series.samples.at(later).outcome == ProbeSample::Outcome::Skipped);
            }
        }

        // M3's apiserver is in an outage while its etcd is stopped, and none is open at the end.
        const QString m3Target = QStringLiteral("M3-apiserver");
        const ReplayState fault = ReplayCursor::at(m, inFault);
        QVERIFY(fault.openOutage.value(m3Target, -1) >= 0);
        const ReportOutage& open = m.outages.at(fault.openOutage.value(m3Target));
        QCOMPARE(open.target, m3Target);
        QVERIFY(open.startMonoMs <= inFault && inFault < open.endMonoMs);
        for (auto it = end.openOutage.cbegin(); it != end.openOutage.cend(); ++it)
            QVERIFY2(it.value() == -1, qPrintable(it.key()));

        // The timeline row at t: at or before it, the next one after.
        const ReplayState mid = ReplayCursor::at(m, inFault);
        QVERIFY(mid.timelineRow >= 0);
        QVERIFY(m.timeline.at(mid.timelineRow).monoMs <= inFault);
        if (mid.timelineRow + 1 < m.timeline.size())
            QVERIFY(m.timeline.at(mid.timelineRow + 1).monoMs > inFault);
        QCOMPARE(ReplayCursor::at(m, m.endMonoMs).timelineRow, int(m.timeline.size()) - 1);
    }
};

QTEST_GUILESS_MAIN(TestReplayCursor)
#include "TestReplayCursor.moc"
