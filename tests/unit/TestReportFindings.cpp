// ReportFindings: what the data says, each finding with its evidence figures. The lab drill fixture is a
// real drill (haproxy VIP with an active /readyz check, nginx domain without one, M3 a follower), so its
// findings are the ones the issue names; synthetic journals cover the leader case, failed writes, a
// rolled-back drill and a journal that ends with M3 stopped.
#include "ReportBuilder.h"
#include "ReportFindings.h"
#include "ReportTestJournal.h"
#include "TestFiles.h"

#include "drill/DrillSampleReader.h"
#include "drill/JournalReader.h"

#include <QtTest>

using namespace etcddrill;

namespace {

ReportModel labDrill()
{
    return ReportBuilder::build(test::TestFiles::fixture(QStringLiteral("report/lab-drill")), nullptr);
}

const ReportFinding* findingWith(const QList<ReportFinding>& findings, const QString& text)
{
    for (const ReportFinding& f : findings) {
        if (f.title.contains(text))
            return &f;
    }
    return nullptr;
}

QString dump(const QList<ReportFinding>& findings)
{
    QStringList lines;
    for (const ReportFinding& f : findings)
        lines.append(QStringLiteral("[%1] %2 | %3").arg(int(f.severity)).arg(f.title, f.evidence));
    return lines.join(u'\n');
}

ReportModel fromJournal(const ReportTestJournal& j, const QByteArray& samplesCsv = {})
{
    const JournalReadResult journal = JournalReader::parse(j.bytes(), QStringLiteral("journal.jsonl"));
    if (samplesCsv.isEmpty())
        return ReportBuilder::fromData(journal, nullptr);
    const SampleReadResult samples = DrillSampleReader::parse(samplesCsv, QStringLiteral("samples.csv"));
    return ReportBuilder::fromData(journal, &samples);
}

QByteArray sampleRow(const QString& target, qint64 atMs, bool ok, const QString& backend)
{
    return QStringLiteral("%1,%2.000,%3,%4,5.000,,1.000,2.000,1.000,0.100,0,%5,\n")
        .arg(target)
        .arg(ReportTestJournal::kStartMono + atMs)
        .arg(ok ? QStringLiteral("ok") : QStringLiteral("http-error"))
        .arg(ok ? 200 : 500)
        .arg(backend)
        .toUtf8();
}

} // namespace

class TestReportFindings : public QObject
{
    Q_OBJECT

private slots:
    void labDrillFindings();
    void failOverJudgedByItsErrorRateToo();
    void everyFindingHasEvidenceWithFigures();
    void leaderStoppedAndWritesFailed();
    void rolledBackDrillSaysWhyAndWhatToDo();
    void journalEndingWithTheTargetStoppedSaysHowToRestore();
};

void TestReportFindings::labDrillFindings()
{
    const ReportModel m = labDrill();
    const QList<ReportFinding>& f = m.findings;
    QVERIFY2(!f.isEmpty(), "no findings");
    const QString all = dump(f);

    // The VIP (haproxy checks /readyz) failed over: 7 failures through M3, the last 1.9 s after the stop.
    const ReportFinding* vip = findingWith(f, QStringLiteral("vip failed over in "));
    QVERIFY2(vip, qPrintable(all));
    QCOMPARE(vip->severity, ReportFinding::Severity::Info);
    QVERIFY2(vip->title.contains(QLatin1String("1.9")), qPrintable(vip->title));
    QVERIFY2(vip->evidence.startsWith(QLatin1String("7 of ")), qPrintable(vip->evidence));
    QVERIFY(vip->evidence.contains(QLatin1String("backend M3")));

    // The domain (nginx, passive checks only) kept sending requests to M3 until it was back.
    const ReportFinding* domain =
        findingWith(f, QStringLiteral("domain kept sending new connections to M3's unready apiserver for "));
    QVERIFY2(domain, qPrintable(all));
    QCOMPARE(domain->severity, ReportFinding::Severity::Problem);
    QVERIFY(domain->title.contains(QLatin1String("no active health check")));
    // 203 of its 205 failures fell between the stop and the start command (2 came after, until M3's
    // apiserver was ready again).
    QVERIFY2(domain->evidence.startsWith(QLatin1String("203 of ")), qPrintable(domain->evidence));
    QVERIFY(domain->title.contains(QLatin1String("for 1 min 0")));

    // M3's apiserver talks to its local etcd only.
    const ReportFinding* apiserver =
        findingWith(f, QStringLiteral("M3's apiserver was down as long as its etcd"));
    QVERIFY2(apiserver, qPrintable(all));
    QVERIFY(apiserver->evidence.contains(QLatin1String("M3-apiserver: outage of 1 min 0")));

    QVERIFY2(findingWith(f, QStringLiteral("No election: M3 was a follower and M1 stayed the leader")),
             qPrintable(all));
    const ReportFinding* writes =
        findingWith(f, QStringLiteral("Every write through the survivors succeeded"));
    QVERIFY2(writes, qPrintable(all));
    QVERIFY(writes->evidence.startsWith(QLatin1String("123 write checks")));
    const ReportFinding* recovery = findingWith(f, QStringLiteral("M3 rejoined and caught up in 1.5 s"));
    QVERIFY2(recovery, qPrintable(all));
    QVERIFY(recovery->evidence.contains(QLatin1String("1.0 s")));
    QVERIFY(recovery->evidence.contains(QLatin1String("max-recovery")));

    // Nothing about rollbacks or restores in a drill that passed; problems come first.
    QVERIFY(!findingWith(f, QStringLiteral("rolled back")));
    QVERIFY(!findingWith(f, QStringLiteral("recover")));
    QCOMPARE(f.first().severity, ReportFinding::Severity::Problem);
    // derive() gives the same from the model alone.
    QCOMPARE(ReportFindings::derive(m).size(), f.size());
}

// A way in that failed over within max-outage but lost more calls than its max-error-rate allows is a
// problem, as the verdict says; within it, the finding says so.
void TestReportFindings::failOverJudgedByItsErrorRateToo()
{
    ReportModel m = labDrill();
    ReportHypothesisLine line;
    line.name = QStringLiteral("error rate of vip while the target was down");
    line.expected = QStringLiteral("at most 1 %");
    line.measured = QStringLiteral("2.33 % (6 of 257 probes failed; degraded for 1.499 s in 1 period(s))");
    line.passed = false;
    m.hypothesis.append(line);
    QList<ReportFinding> f = ReportFindings::derive(m);
    const ReportFinding* vip = findingWith(f, QStringLiteral("vip failed over in "));
    QVERIFY2(vip, qPrintable(dump(f)));
    QCOMPARE(vip->severity, ReportFinding::Severity::Problem);
    QVERIFY2(vip->title.contains(
                 QLatin1String("but its error rate while M3 was down, 2.33 %, exceeded max-error-rate")),
             qPrintable(vip->title));

    m.hypothesis.last().passed = true;
    m.hypothesis.last().measured =
        QStringLiteral("0.8 % (6 of 717 probes failed; degraded for 1.499 s in 1 period(s))");
    f = ReportFindings::derive(m);
    vip = findingWith(f, QStringLiteral("vip failed over in "));
    QCOMPARE(vip->severity, ReportFinding::Severity::Info);
    QVERIFY2(vip->title.contains(
                 QLatin1String("its error rate while M3 was down, 0.8 %, stayed within max-error-rate")),
             qPrintable(vip->title));
}

void TestReportFindings::everyFindingHasEvidenceWithFigures()
{
    const ReportModel m = labDrill();
    static const QRegularExpression digit(QStringLiteral("[0-9]"));
    for (const ReportFinding& f : m.findings) {
        QVERIFY2(!f.title.isEmpty(), qPrintable(f.evidence));
        QVERIFY2(f.evidence.contains(digit), qPrintable(f.title + QStringLiteral(" | ") + f.evidence));
    }
}

void TestReportFindings::leaderStoppedAndWritesFailed()
{
    ReportTestJournal j;
    j.started();
    j.add(2, QStringLiteral("target-resolved"),
          {{QStringLiteral("node"), QStringLiteral("M3")}, {QStringLiteral("was_leader"), true}});
    j.add(1000, QStringLiteral("fault-applied"), {{QStringLiteral("node"), QStringLiteral("M3")}});
    j.add(1100, QStringLiteral("target-stopped"),
          {{QStringLiteral("node"), QStringLiteral("M3")}, {QStringLiteral("after_ms"), 100}});
    j.add(2500, QStringLiteral("election"),
          {{QStringLiteral("old_leader"), QStringLiteral("M3")},
           {QStringLiteral("new_leader"), QStringLiteral("M2")},
           {QStringLiteral("term"), 3},
           {QStringLiteral("duration_ms"), 1500}});
    for (int i = 0; i < 4; ++i)
        j.add(3000 + i * 1000, QStringLiteral("write-check"),
              {{QStringLiteral("node"), QStringLiteral("M1")},
               {QStringLiteral("ok"), i != 2},
               {QStringLiteral("latency_ms"), 12.5},
               {QStringLiteral("error"), i == 2 ? QStringLiteral("context deadline exceeded") : QString()},
               {QStringLiteral("counted"), true}});
    // vip: failures through M3 for 1 s after the stop, then M1 and M2 only (failed over);
    // domain: failures through M3 the whole stop (no health check).
    QByteArray csv = "target,start_mono_ms,outcome,http_status,total_ms,dns_ms,connect_ms,tls_ms,ttfb_ms,"
                     "start_lag_ms,reused_connection,backend,detail\n";
    const QStringList backends{QStringLiteral("M1"), QStringLiteral("M2"), QStringLiteral("M3")};
    for (qint64 at = 0; at < 12000; at += 100) {
        const QString backend = backends.at((at / 100) % 3);
        const bool during = at >= 1000 && at < 10000;
        const bool vipFails = during && backend == QLatin1String("M3") && at < 2000;
        const bool vipToM3 = !(during && at >= 2000 && backend == QLatin1String("M3"));
        csv += sampleRow(QStringLiteral("vip"), at, !vipFails, vipToM3 ? backend : QStringLiteral("M1"));
        csv +=
            sampleRow(QStringLiteral("domain"), at + 1, !(during && backend == QLatin1String("M3")), backend);
    }
    j.command(10000, QStringLiteral("start"), QStringLiteral("mv backup/etcd.yaml ."), 0);
    j.add(10040, QStringLiteral("fault-restored"), {{QStringLiteral("node"), QStringLiteral("M3")}});
    j.add(11000, QStringLiteral("target-answering"),
          {{QStringLiteral("node"), QStringLiteral("M3")}, {QStringLiteral("after_ms"), 1000}});
    j.add(11500, QStringLiteral("recovered"),
          {{QStringLiteral("node"), QStringLiteral("M3")}, {QStringLiteral("recovery_ms"), 90000}});
    const ReportModel m = fromJournal(j, csv);
    const QString all = dump(m.findings);

    QVERIFY(m.targetWasLeader);
    const ReportFinding* election =
        findingWith(m.findings, QStringLiteral("elected a new leader in 1.5 s (max-election 5.0 s)"));
    QVERIFY2(election, qPrintable(all));
    QCOMPARE(election->severity, ReportFinding::Severity::Info);
    const ReportFinding* writes =
        findingWith(m.findings, QStringLiteral("1 of 4 writes through the survivors failed"));
    QVERIFY2(writes, qPrintable(all));
    QCOMPARE(writes->severity, ReportFinding::Severity::Problem); // the hypothesis allows 0
    QVERIFY(writes->evidence.contains(QLatin1String("context deadline exceeded")));
    const ReportFinding* vip = findingWith(m.findings, QStringLiteral("vip failed over in "));
    QVERIFY2(vip, qPrintable(all));
    QVERIFY2(vip->title.contains(QLatin1String("in 705 ms")),
             qPrintable(vip->title)); // last failure at +700 ms, 5 ms long
    QVERIFY2(findingWith(m.findings,
                         QStringLiteral("domain kept sending new connections to M3's unready apiserver")),
             qPrintable(all));
    const ReportFinding* recovery = findingWith(m.findings, QStringLiteral("M3 took 1 min 30 s"));
    QVERIFY2(recovery, qPrintable(all));
    QCOMPARE(recovery->severity, ReportFinding::Severity::Problem); // max-recovery 60 s
    // No apiserver probe of M3 in this drill: no finding about it.
    QVERIFY(!findingWith(m.findings, QStringLiteral("M3's apiserver was")));
    QVERIFY(!findingWith(m.findings, QStringLiteral("M3's apiserver kept")));
}

void TestReportFindings::rolledBackDrillSaysWhyAndWhatToDo()
{
    ReportTestJournal j;
    j.started();
    j.add(1000, QStringLiteral("fault-applied"), {{QStringLiteral("node"), QStringLiteral("M3")}});
    j.add(5000, QStringLiteral("stop-condition"),
          {{QStringLiteral("kind"), QStringLiteral("quorum-lost")},
           {QStringLiteral("reason"), QStringLiteral("1 of 3 voters healthy for 2 s")}});
    j.add(5001, QStringLiteral("rollback-started"),
          {{QStringLiteral("kind"), QStringLiteral("quorum-lost")},
           {QStringLiteral("reason"), QStringLiteral("stop condition: 1 of 3 voters healthy for 2 s")},
           {QStringLiteral("restore_needed"), true}});
    j.command(5002, QStringLiteral("start"), QStringLiteral("mv backup/etcd.yaml ."), 0);
    j.add(5030, QStringLiteral("fault-restored"), {{QStringLiteral("node"), QStringLiteral("M3")}});
    j.add(9000, QStringLiteral("drill-finished"),
          {{QStringLiteral("outcome"), QStringLiteral("aborted")},
           {QStringLiteral("reason"), QStringLiteral("stop condition: 1 of 3 voters healthy for 2 s")},
           {QStringLiteral("headline"), QStringLiteral("ABORTED: stop condition: …; M3 was restored")}});
    const ReportModel m = fromJournal(j);
    const ReportFinding* rollback = findingWith(
        m.findings,
        QStringLiteral("The drill was rolled back (quorum-lost): stop condition: 1 of 3 voters healthy"));
    QVERIFY2(rollback, qPrintable(dump(m.findings)));
    QCOMPARE(rollback->severity, ReportFinding::Severity::Problem);
    QVERIFY(rollback->title.contains(QLatin1String("not judged")));
    QVERIFY(rollback->evidence.contains(QLatin1String("restored: yes")));
    QVERIFY(!findingWith(m.findings, QStringLiteral("may still be stopped")));
}

void TestReportFindings::journalEndingWithTheTargetStoppedSaysHowToRestore()
{
    ReportTestJournal j;
    j.started();
    j.step(900, QStringLiteral("stop-target"), QStringLiteral("running"));
    j.add(1000, QStringLiteral("fault-applied"), {{QStringLiteral("node"), QStringLiteral("M3")}});
    j.add(1100, QStringLiteral("target-stopped"),
          {{QStringLiteral("node"), QStringLiteral("M3")}, {QStringLiteral("after_ms"), 100}});
    const ReportModel m = fromJournal(j);
    QVERIFY(!m.complete);
    QVERIFY(m.faultStillApplied);
    const ReportFinding* restore =
        findingWith(m.findings, QStringLiteral("etcd-drill-cli recover -c /etc/etcd-drill/test.yaml"));
    QVERIFY2(restore, qPrintable(dump(m.findings)));
    QCOMPARE(restore->severity, ReportFinding::Severity::Problem);
    QVERIFY(restore->title.startsWith(QLatin1String("M3's etcd may still be stopped")));
    QVERIFY2(findingWith(m.findings, QStringLiteral("The drill did not finish")),
             qPrintable(dump(m.findings)));
    QVERIFY(m.headline.contains(QLatin1String("M3 may still be stopped")));
}

QTEST_GUILESS_MAIN(TestReportFindings)
#include "TestReportFindings.moc"
