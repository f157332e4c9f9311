// DrillVerdict::compute: hand-built figures against the hypothesis, line by line — outages within and beyond
// a target's max-outage, a window still open at the end, targets without a limit, write failures, the
// election (measured only when the leader was stopped) and the recovery.
#include "DrillVerdict.h"

#include <QTest>

using namespace etcddrill;
using namespace std::chrono_literals;

namespace {

DrillMeasurements::TargetOutage outage(const QString& target, std::chrono::milliseconds longest, int windows,
                                       std::optional<std::chrono::milliseconds> max)
{
    DrillMeasurements::TargetOutage o;
    o.target = target;
    o.longest = longest;
    o.total = longest * windows;
    o.windows = windows;
    o.samples = 600;
    o.failed = quint64(windows * 10);
    o.maxOutage = max;
    return o;
}

DrillMeasurements passing()
{
    DrillMeasurements m;
    m.outages = {outage(QStringLiteral("vip"), 1800ms, 1, 5s), outage(QStringLiteral("domain"), 0ms, 0, 5s),
                 outage(QStringLiteral("M3-apiserver"), 12s, 1, std::nullopt)};
    m.writeChecks = 120;
    m.writeFailures = 0;
    m.targetWasLeader = false;
    m.recovery = 8200ms;
    return m;
}

const HypothesisLine* line(const DrillVerdict& verdict, const QString& name)
{
    for (const HypothesisLine& l : verdict.lines) {
        if (l.name == name)
            return &l;
    }
    return nullptr;
}

} // namespace

class TestDrillVerdict : public QObject
{
    Q_OBJECT

private slots:
    void dataSafetyLinesJudgeTheWorkload()
    {
        DrillMeasurements m = passing();
        DataSafetyResult r;
        r.prefix = QStringLiteral("/etcd-drill/workload/d/");
        r.rate = 20;
        r.puts = r.acknowledged = 100;
        r.readDone = true;
        r.membersRead = {QStringLiteral("M1"), QStringLiteral("M2"), QStringLiteral("M3")};
        r.watched = true;
        r.watchEvents = 100;
        r.watchOpens = {QStringLiteral("M3 from 10"), QStringLiteral("M1 from 42")};
        r.hashes = {{QStringLiteral("M1"), true, 7, 0, {}},
                    {QStringLiteral("M2"), true, 7, 0, {}},
                    {QStringLiteral("M3"), true, 7, 0, {}}};
        r.hashesAgree = true;
        r.hashRevision = 150;
        r.hashAttempts = 2;
        r.phases = {{QStringLiteral("before"), 40, 40, 0, 0, 2.0, 5.0}};
        m.dataSafety = r;
        DrillVerdict verdict = DrillVerdict::compute(m, HypothesisSettings{});
        QVERIFY2(verdict.passed(), qPrintable(verdict.describe()));
        QCOMPARE(verdict.lines.size(), 12); // the six above and six of the workload
        QCOMPARE(
            line(verdict, QStringLiteral("acknowledged writes lost"))->measured,
            QStringLiteral("0 of 100 acknowledged puts lost; 0 unknown (0 of them stored), 0 failed; read "
                           "linearizably and from M1, M2, M3"));
        QVERIFY(line(verdict, QStringLiteral("member hashes (HashKV)"))
                    ->measured.startsWith(QStringLiteral("equal at revision 150 on 3 members")));
        QVERIFY(line(verdict, QStringLiteral("what the workload's clients paid"))->informational);

        // One acknowledged put lost fails the verdict, naming the key; lost-writes: 1 lets it pass.
        DataSafetyResult lost = r;
        lost.lost = 1;
        lost.findings = {
            {QStringLiteral("missing"), r.prefix + QStringLiteral("17"), 0, QStringLiteral("M3"), 17}};
        m.dataSafety = lost;
        verdict = DrillVerdict::compute(m, HypothesisSettings{});
        QCOMPARE(verdict.failures(), QStringList{QStringLiteral("acknowledged writes lost")});
        QVERIFY2(verdict.describe().contains(
                     QStringLiteral("e.g. /etcd-drill/workload/d/17: missing (seen in M3's read)")),
                 qPrintable(verdict.describe()));
        HypothesisSettings tolerant;
        tolerant.lostWrites = 1;
        QVERIFY(DrillVerdict::compute(m, tolerant).passed());

        // A member not read counts as unchecked; a foreign change, a gap in the watch and unequal hashes
        // fail.
        DataSafetyResult unread = r;
        unread.membersNotRead = {QStringLiteral("M3: deadline exceeded")};
        m.dataSafety = unread;
        QCOMPARE(DrillVerdict::compute(m, HypothesisSettings{}).failures(),
                 QStringList{QStringLiteral("acknowledged writes lost")});
        DataSafetyResult bad = r;
        bad.foreign = 1;
        bad.watchMissing = 2;
        bad.hashesAgree = false;
        bad.hashes[2].hash = 8;
        m.dataSafety = bad;
        verdict = DrillVerdict::compute(m, HypothesisSettings{});
        QCOMPARE(verdict.failures(), QStringList({QStringLiteral("changes behind the workload's back"),
                                                  QStringLiteral("watch of the workload"),
                                                  QStringLiteral("member hashes (HashKV)")}));
        QVERIFY2(line(verdict, QStringLiteral("member hashes (HashKV)"))
                     ->measured.contains(QStringLiteral("M3 00000008")),
                 qPrintable(line(verdict, QStringLiteral("member hashes (HashKV)"))->measured));
        // hashes-agree: false keeps the hashes as information.
        HypothesisSettings informational;
        informational.hashesAgree = false;
        bad.foreign = 0;
        bad.watchMissing = 0;
        m.dataSafety = bad;
        verdict = DrillVerdict::compute(m, informational);
        QVERIFY2(verdict.passed(), qPrintable(verdict.describe()));
        QVERIFY(line(verdict, QStringLiteral("member hashes (HashKV)"))->informational);
    }

    void everythingWithinTheHypothesis()
    {
        const DrillVerdict verdict = DrillVerdict::compute(passing(), HypothesisSettings{});
        QVERIFY2(verdict.passed(), qPrintable(verdict.describe()));
        QCOMPARE(verdict.lines.size(), 6); // 3 targets, writes, election, recovery
        QCOMPARE(verdict.lines[0].name, QStringLiteral("longest outage of vip"));
        QCOMPARE(verdict.lines[0].expected, QStringLiteral("at most 5s"));
        QVERIFY2(verdict.lines[0].measured.startsWith(QStringLiteral("1.800 s (1 window")),
                 qPrintable(verdict.lines[0].measured));
        QVERIFY(line(verdict, QStringLiteral("longest outage of domain"))
                    ->measured.startsWith(QStringLiteral("no outage")));
        // The stopped node's own apiserver has no limit: reported, not judged.
        const HypothesisLine* own = line(verdict, QStringLiteral("longest outage of M3-apiserver"));
        QVERIFY(own->informational && own->passed);
        QVERIFY(line(verdict, QStringLiteral("leader election"))->informational);
        QCOMPARE(line(verdict, QStringLiteral("write failures"))->measured,
                 QStringLiteral("0 of 120 write checks failed"));
        QCOMPARE(line(verdict, QStringLiteral("recovery"))->measured, QStringLiteral("8.200 s"));
        QVERIFY(verdict.describe().endsWith(QStringLiteral("PASSED")));
        QCOMPARE(verdict.toJson().value(QStringLiteral("passed")).toBool(), true);
    }

    void outageBeyondItsLimit()
    {
        DrillMeasurements m = passing();
        m.outages[0].longest = 5001ms;
        const DrillVerdict verdict = DrillVerdict::compute(m, HypothesisSettings{});
        QVERIFY(!verdict.passed());
        QCOMPARE(verdict.failures(), QStringList{QStringLiteral("longest outage of vip")});
        QVERIFY(verdict.describe().contains(QStringLiteral("FAIL  longest outage of vip: 5.001 s")));

        // Exactly the limit passes; a window still open at the end fails even when short so far.
        m.outages[0].longest = 5000ms;
        QVERIFY(DrillVerdict::compute(m, HypothesisSettings{}).passed());
        m.outages[0].longest = 200ms;
        m.outages[0].stillFailing = true;
        const DrillVerdict open = DrillVerdict::compute(m, HypothesisSettings{});
        QVERIFY(!open.passed());
        QVERIFY(open.lines[0].measured.contains(QStringLiteral("still failing")));

        // max-outage 0s: any window fails.
        DrillMeasurements zero = passing();
        zero.outages[1] = outage(QStringLiteral("domain"), 1ms, 1, 0ms);
        QCOMPARE(DrillVerdict::compute(zero, HypothesisSettings{}).failures(),
                 QStringList{QStringLiteral("longest outage of domain")});
    }

    // The runbook's warning: a domain whose passive load balancer keeps the stopped node's apiserver in
    // rotation fails one probe in four without ever showing a long outage window. max-error-rate fails it;
    // min-availability judges the whole drill.
    void errorRateAndAvailability()
    {
        DrillMeasurements m = passing();
        DrillMeasurements::TargetOutage& domain = m.outages[1];
        domain.windows = 205;
        domain.longest = 101ms;
        domain.samples = 735;
        domain.failed = 205;
        domain.drillSamples = 1500;
        domain.drillFailed = 205;
        domain.degradedPeriods = 1;
        domain.degradedTime = 61s;
        domain.maxErrorRate = 0.01;
        domain.minAvailability = 0.999;
        const DrillVerdict verdict = DrillVerdict::compute(m, HypothesisSettings{});
        QVERIFY(!verdict.passed());
        QCOMPARE(verdict.lines.size(), 8);
        QCOMPARE(verdict.lines[2].name, QStringLiteral("error rate of domain while the target was down"));
        QCOMPARE(verdict.lines[2].expected, QStringLiteral("at most 1 %"));
        QCOMPARE(
            verdict.lines[2].measured,
            QStringLiteral("27.89 % (205 of 735 probes failed; degraded for 1 min 01 s in 1 period(s))"));
        QCOMPARE(verdict.lines[3].name, QStringLiteral("availability of domain"));
        QCOMPARE(verdict.lines[3].expected, QStringLiteral("at least 99.9 %"));
        QCOMPARE(verdict.lines[3].measured, QStringLiteral("86.33 % (1295 of 1500 probes succeeded)"));
        QCOMPARE(verdict.failures(),
                 (QStringList{QStringLiteral("error rate of domain while the target was down"),
                              QStringLiteral("availability of domain")}));
        // Just over the limit fails; exactly at it passes.
        domain.drillFailed = 1;
        domain.degradedPeriods = 0;
        domain.samples = 700;
        domain.failed = 8;
        QCOMPARE(DrillVerdict::compute(m, HypothesisSettings{}).failures(),
                 QStringList{QStringLiteral("error rate of domain while the target was down")});
        domain.failed = 7; // 7 of 700: exactly 1 %
        const DrillVerdict within = DrillVerdict::compute(m, HypothesisSettings{});
        QVERIFY2(within.passed(), qPrintable(within.describe()));
        QVERIFY(within.lines[2].measured.startsWith(
            QStringLiteral("1 % (7 of 700 probes failed; never degraded)")));
    }

    void writeFailures()
    {
        DrillMeasurements m = passing();
        m.writeFailures = 2;
        HypothesisSettings hypothesis;
        QVERIFY(!DrillVerdict::compute(m, hypothesis).passed());
        hypothesis.writeFailures = 2;
        QVERIFY(DrillVerdict::compute(m, hypothesis).passed());
    }

    void electionOnlyWhenTheLeaderWasStopped()
    {
        DrillMeasurements m = passing();
        m.targetWasLeader = true;
        m.election = 1200ms;
        HypothesisSettings hypothesis;
        DrillVerdict verdict = DrillVerdict::compute(m, hypothesis);
        QVERIFY(verdict.passed());
        QCOMPARE(line(verdict, QStringLiteral("leader election"))->measured, QStringLiteral("1.200 s"));
        QVERIFY(!line(verdict, QStringLiteral("leader election"))->informational);

        hypothesis.maxElection = 1s;
        QCOMPARE(DrillVerdict::compute(m, hypothesis).failures(),
                 QStringList{QStringLiteral("leader election")});

        m.election.reset(); // no new leader ever seen
        verdict = DrillVerdict::compute(m, HypothesisSettings{});
        QVERIFY(!verdict.passed());
        QCOMPARE(line(verdict, QStringLiteral("leader election"))->measured,
                 QStringLiteral("no new leader was seen"));
    }

    void recovery()
    {
        DrillMeasurements m = passing();
        HypothesisSettings hypothesis;
        hypothesis.maxRecovery = 8s;
        QCOMPARE(DrillVerdict::compute(m, hypothesis).failures(), QStringList{QStringLiteral("recovery")});

        m.recovery.reset();
        m.recoveryProblem = QStringLiteral("M3 answers as member 2, not as member 1");
        const DrillVerdict verdict = DrillVerdict::compute(m, HypothesisSettings{});
        QVERIFY(!verdict.passed());
        QCOMPARE(line(verdict, QStringLiteral("recovery"))->measured,
                 QStringLiteral("did not recover: M3 answers as member 2, not as member 1"));
    }
};

QTEST_GUILESS_MAIN(TestDrillVerdict)
#include "TestDrillVerdict.moc"
