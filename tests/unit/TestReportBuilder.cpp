// ReportBuilder: a report rebuilt from a drill folder alone. The lab drill fixture
// (tests/data/report/lab-drill, a real `etcd-drill-cli run` against the embedded lab, M3 stopped as a
// follower) is checked against the summary.json the engine wrote itself; synthetic journals cover a
// rolled-back drill, a journal cut off by a crash, a missing samples.csv and secrets in command output.
#include "ReportBuilder.h"
#include "ReportImpactFigures.h"
#include "ReportTestJournal.h"
#include "TestFiles.h"

#include "drill/JournalReader.h"
#include "drill/JournalWriter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace etcddrill;

namespace {

QString fixtureFolder()
{
    return test::TestFiles::fixture(QStringLiteral("report/lab-drill"));
}

QJsonObject fixtureSummary()
{
    QFile file(fixtureFolder() + QStringLiteral("/summary.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

const ReportTargetImpact* impactOf(const ReportModel& model, const QString& target)
{
    for (const ReportTargetImpact& impact : model.impact) {
        if (impact.target == target)
            return &impact;
    }
    return nullptr;
}

// Every text of the model a face may show, in one string: for the leak checks.
QString allText(const ReportModel& m)
{
    QStringList parts{m.headline, m.reason, m.rollbackReason};
    parts += m.incompleteReasons;
    parts += m.problems;
    for (const ReportTimelineRow& row : m.timeline)
        parts << row.text << row.detail;
    for (const ReportFinding& finding : m.findings)
        parts << finding.title << finding.evidence;
    for (const ReportOutage& outage : m.outages)
        parts << outage.firstDetail;
    for (const ReportSnapshot& snapshot : m.snapshots) {
        for (const ReportMember& member : snapshot.members)
            parts << member.error;
    }
    return parts.join(u'\n');
}

} // namespace

class TestReportBuilder : public QObject
{
    Q_OBJECT

private slots:
    void labDrillMatchesItsSummary();
    void labDrillTablesAndTimeline();
    void rolledBackDrillSaysSoAndWhy();
    void truncatedJournalIsIncomplete();
    void damagedMiddleLineIsReported();
    void missingSamplesFile();
    void unreadableJournal();
    void oddFieldsDoNotCrash();
    void secretsInCommandOutputDoNotLeak();
    void overriddenPreflightChecksAreListed();
    void degradedPeriodIsOneRow();
    void phaseFiguresSplitAtTheRecovery();
    void waysInAreTheVipAndTheDomain();
};

void TestReportBuilder::labDrillMatchesItsSummary()
{
    QString error = QStringLiteral("not cleared");
    const ReportModel m = ReportBuilder::build(fixtureFolder(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QJsonObject summary = fixtureSummary();
    QVERIFY(!summary.isEmpty());

    QVERIFY2(m.complete, qPrintable(m.incompleteReasons.join(u'\n')));
    QVERIFY(m.incompleteReasons.isEmpty());
    QCOMPARE(m.outcome, summary.value(QStringLiteral("outcome")).toString());
    QCOMPARE(m.headline, summary.value(QStringLiteral("headline")).toString());
    QCOMPARE(m.cluster, QStringLiteral("lab"));
    QCOMPARE(m.operatorUser, QStringLiteral("root"));
    QCOMPARE(m.host, QStringLiteral("vm"));
    QCOMPARE(m.toolVersion, QStringLiteral("0.1.0"));
    QCOMPARE(m.etcdVersion, QStringLiteral("3.4.23"));
    QCOMPARE(m.targetSpec, QStringLiteral("M3"));
    QCOMPARE(m.targetNode, QStringLiteral("M3"));
    QCOMPARE(
        m.targetMemberId,
        summary.value(QStringLiteral("target")).toObject().value(QStringLiteral("member_id")).toString());
    QCOMPARE(m.fault, QStringLiteral("static-pod"));
    QCOMPARE(m.transport, QStringLiteral("local"));
    QVERIFY(!m.dryRun);
    QCOMPARE(m.startedAt,
             QDateTime::fromString(QStringLiteral("2026-11-25T23:21:47.773Z"), Qt::ISODateWithMs));
    QCOMPARE(m.finishedAt,
             QDateTime::fromString(QStringLiteral("2026-11-25T23:23:02.252Z"), Qt::ISODateWithMs));
    QCOMPARE(m.startMonoMs, 7166535.0);
    QCOMPARE(m.endMonoMs, 7241014.0);
    QVERIFY(!m.rolledBack);
    QVERIFY(m.rollbackKind.isEmpty());
    QVERIFY(m.verdictPassed.has_value());
    QVERIFY(*m.verdictPassed);

    const QJsonArray lines =
        summary.value(QStringLiteral("verdict")).toObject().value(QStringLiteral("lines")).toArray();
    QCOMPARE(m.hypothesis.size(), lines.size());
    for (int i = 0; i < lines.size(); ++i) {
        const QJsonObject line = lines.at(i).toObject();
        QCOMPARE(m.hypothesis.at(i).name, line.value(QStringLiteral("name")).toString());
        QCOMPARE(m.hypothesis.at(i).measured, line.value(QStringLiteral("measured")).toString());
        QCOMPARE(m.hypothesis.at(i).expected, line.value(QStringLiteral("expected")).toString());
        QCOMPARE(m.hypothesis.at(i).passed, line.value(QStringLiteral("passed")).toBool());
        QCOMPARE(m.hypothesis.at(i).informational, line.value(QStringLiteral("informational")).toBool());
    }

    const QJsonObject times = summary.value(QStringLiteral("times_ms")).toObject();
    QVERIFY(!m.electionMs.has_value()); // M3 was a follower: no election
    QVERIFY(times.value(QStringLiteral("election")).isNull());
    QCOMPARE(m.detectStopMs.value_or(-1), times.value(QStringLiteral("stopped_after")).toDouble());
    QCOMPARE(m.answeredMs.value_or(-1), times.value(QStringLiteral("answered_after")).toDouble());
    QCOMPARE(m.recoveryMs.value_or(-1), times.value(QStringLiteral("recovery")).toDouble());
    // Answered at mono 7230108, recovered (every member within max_index_lag) at 7230515; no snapshot in
    // between.
    QCOMPARE(m.catchUpMs.value_or(-1), 407.0);

    const QJsonObject writes = summary.value(QStringLiteral("writes")).toObject();
    QCOMPARE(m.writeChecksPassed + m.writeChecksFailed, writes.value(QStringLiteral("checks")).toInt());
    QCOMPARE(m.writeChecksFailed, writes.value(QStringLiteral("failures")).toInt());

    // Impact per target: what the engine's ImpactTracker counted over the whole drill.
    const QJsonArray impact = summary.value(QStringLiteral("impact")).toArray();
    QCOMPARE(m.impact.size(), impact.size());
    QCOMPARE(m.impact.at(0).target, QStringLiteral("vip"));
    QCOMPARE(m.impact.at(0).kind, QStringLiteral("vip"));
    QCOMPARE(m.impact.at(1).target, QStringLiteral("domain"));
    QCOMPARE(m.impact.at(1).kind, QStringLiteral("domain"));
    QCOMPARE(m.impact.at(4).kind, QStringLiteral("apiserver"));
    for (const QJsonValue& value : impact) {
        const QJsonObject one = value.toObject();
        const QString target = one.value(QStringLiteral("target")).toString();
        const ReportTargetImpact* mine = impactOf(m, target);
        QVERIFY2(mine, qPrintable(target));
        QCOMPARE(mine->samples, qint64(one.value(QStringLiteral("samples")).toInteger()));
        QCOMPARE(mine->failedSamples, qint64(one.value(QStringLiteral("failed")).toInteger()));
        QCOMPARE(mine->windows, one.value(QStringLiteral("windows")).toArray().size());
        QVERIFY2(qAbs(mine->longestOutageMs - one.value(QStringLiteral("longestWindowMs")).toDouble()) < 1.0,
                 qPrintable(target));
        QVERIFY2(qAbs(mine->totalOutageMs - one.value(QStringLiteral("impactMs")).toDouble()) < 1.0,
                 qPrintable(QStringLiteral("%1: %2").arg(target).arg(mine->totalOutageMs)));
        QVERIFY(!mine->maxOutageMs.has_value()); // the lab sets no max-outage
    }

    // Per-phase sample counts: the builder's phase boundaries are the engine's. The fixture was recorded
    // before the settle was a phase of its own: its engine counted the settle in after-restore, which the
    // builder splits at the recovered line into after-restore and after-recovery.
    bool split = false;
    for (const QJsonValue& value : impact) {
        const QJsonObject one = value.toObject();
        const QString target = one.value(QStringLiteral("target")).toString();
        const QJsonObject phases = one.value(QStringLiteral("phases")).toObject();
        QVERIFY(!phases.contains(QStringLiteral("after-recovery")));
        for (auto it = phases.begin(); it != phases.end(); ++it) {
            qint64 samples = 0;
            qint64 failed = 0;
            bool found = false;
            for (const ReportPhaseStats& stats : m.phaseStats) {
                const bool settle = it.key() == QLatin1String("after-restore") &&
                                    stats.phase == QLatin1String("after-recovery");
                if (stats.target != target || (stats.phase != it.key() && !settle))
                    continue;
                found = true;
                split = split || settle;
                samples += stats.samples;
                failed += stats.failed;
                QVERIFY(stats.p50Ms > 0 && stats.p50Ms <= stats.p90Ms && stats.p90Ms <= stats.p99Ms &&
                        stats.p99Ms <= stats.maxMs);
            }
            const QJsonObject phase = it.value().toObject();
            QVERIFY2(qAbs(samples - phase.value(QStringLiteral("samples")).toInteger()) <= 1,
                     qPrintable(QStringLiteral("%1 %2: %3").arg(target, it.key()).arg(samples)));
            QVERIFY(qAbs(failed - phase.value(QStringLiteral("failed")).toInteger()) <= 1);
            QVERIFY2(found, qPrintable(QStringLiteral("%1 %2").arg(target, it.key())));
        }
    }
    QVERIFY(split);
}

void TestReportBuilder::labDrillTablesAndTimeline()
{
    const ReportModel m = ReportBuilder::build(fixtureFolder() + QStringLiteral("/journal.jsonl"), nullptr);
    QVERIFY(m.samplesFile.endsWith(QLatin1String("samples.csv")));

    // Snapshots before the stop, during and after recovery, with node names, roles and figures.
    QStringList labels;
    for (const ReportSnapshot& s : m.snapshots)
        labels.append(s.label);
    QCOMPARE(labels, (QStringList{QStringLiteral("preflight"), QStringLiteral("before-stop"),
                                  QStringLiteral("target-down"), QStringLiteral("end-of-observation"),
                                  QStringLiteral("after-recovery")}));
    const ReportSnapshot& down = m.snapshots.at(2);
    QCOMPARE(down.health, QStringLiteral("degraded"));
    QCOMPARE(down.leader, QStringLiteral("M1"));
    QCOMPARE(down.members.size(), 3);
    QCOMPARE(down.members.at(0).node, QStringLiteral("M1"));
    QCOMPARE(down.members.at(0).role, QStringLiteral("leader"));
    QCOMPARE(down.members.at(0).raftTerm, 2);
    QCOMPARE(down.members.at(0).raftIndex, 22);
    QCOMPARE(down.members.at(0).dbSizeBytes, 28672);
    QCOMPARE(down.members.at(1).role, QStringLiteral("follower"));
    QCOMPARE(down.members.at(2).node, QStringLiteral("M3"));
    QCOMPARE(down.members.at(2).role, QStringLiteral("down"));
    QCOMPARE(down.members.at(2).raftTerm, -1);
    QVERIFY(down.members.at(2).error.contains(QLatin1String("connection refused")));
    QCOMPARE(m.snapshots.last().health, QStringLiteral("healthy"));

    // Series: vip and domain first, then the node apiservers, every sample of samples.csv.
    QCOMPARE(m.series.size(), 5);
    QCOMPARE(m.series.at(0).target, QStringLiteral("vip"));
    QCOMPARE(m.series.at(1).target, QStringLiteral("domain"));
    qint64 rows = 0;
    for (const RecordedSeries& s : m.series)
        rows += s.samples.size();
    QCOMPARE(rows, 3720);

    // One marker per step start, in order.
    QStringList steps;
    for (const ReportMarker& marker : m.markers)
        steps.append(marker.step);
    QCOMPARE(steps, (QStringList{QStringLiteral("preflight"), QStringLiteral("stop-target"),
                                 QStringLiteral("verify-survivors"), QStringLiteral("start-target"),
                                 QStringLiteral("recovery"), QStringLiteral("verdict")}));
    QCOMPARE(m.markers.at(1).label, QStringLiteral("2 Stop the target's etcd"));

    QCOMPARE(m.outages.size(), 213);
    for (const ReportOutage& o : m.outages)
        QVERIFY(o.closed && o.endMonoMs >= o.startMonoMs && o.failedSamples >= 1);

    // Timeline: rows of each kind, in time order, no probe summaries, no snapshots, no ok write checks.
    QHash<QString, int> kinds;
    double lastMono = 0;
    for (const ReportTimelineRow& row : m.timeline) {
        ++kinds[row.kind];
        QVERIFY2(row.monoMs + 1 >= lastMono, qPrintable(row.text));
        lastMono = std::max(lastMono, row.monoMs);
        QVERIFY(!row.text.isEmpty());
        QVERIFY(row.time.isValid());
    }
    QCOMPARE(kinds.value(QStringLiteral("step")), 21); // 20 step lines + drill-started
    QCOMPARE(kinds.value(QStringLiteral("check")), 31);
    QCOMPARE(kinds.value(QStringLiteral("command")), 4);
    QCOMPARE(kinds.value(QStringLiteral("gate")), 4);
    QCOMPARE(kinds.value(QStringLiteral("outage")), 213);
    QCOMPARE(kinds.value(QStringLiteral("write")), 0);
    QCOMPARE(kinds.value(QStringLiteral("verdict")), 2);
    QVERIFY(!kinds.contains(QStringLiteral("probe-summary")));
    QVERIFY(!kinds.contains(QStringLiteral("snapshot")));
    // A step's state in the words the console and the CLI use (DrillText::stepState), not the journal's.
    int waitingRows = 0;
    for (const ReportTimelineRow& row : m.timeline) {
        QVERIFY2(!row.text.contains(QLatin1String("waiting-for-operator")), qPrintable(row.text));
        waitingRows += row.text.contains(QLatin1String(": waiting for the operator")) ? 1 : 0;
    }
    QCOMPARE(waitingRows, 2);
    bool confirmedByRoot = false;
    bool commandWithExit = false;
    for (const ReportTimelineRow& row : m.timeline) {
        if (row.kind == QLatin1String("gate") && row.text.contains(QLatin1String("root@vm")) &&
            row.text.contains(QLatin1String("2026-11-25T23:21:49.522Z")))
            confirmedByRoot = true;
        if (row.kind == QLatin1String("command") && row.detail.contains(QLatin1String("exit code 0")) &&
            row.detail.contains(QLatin1String("$ mkdir -p")))
            commandWithExit = true;
    }
    QVERIFY(confirmedByRoot);
    QVERIFY(commandWithExit);
}

void TestReportBuilder::rolledBackDrillSaysSoAndWhy()
{
    ReportTestJournal j;
    j.started();
    j.step(10, QStringLiteral("preflight"), QStringLiteral("running"));
    j.step(1000, QStringLiteral("preflight"), QStringLiteral("passed"));
    j.step(1100, QStringLiteral("stop-target"), QStringLiteral("running"));
    j.add(1100, QStringLiteral("fault-applied"), {{QStringLiteral("node"), QStringLiteral("M3")}});
    j.command(1101, QStringLiteral("stop"), QStringLiteral("mv etcd.yaml backup/"), 0);
    j.add(1300, QStringLiteral("target-stopped"),
          {{QStringLiteral("node"), QStringLiteral("M3")}, {QStringLiteral("after_ms"), 200}});
    j.outage(1400, -1, QStringLiteral("vip"), 0);
    const QString reason = QStringLiteral("vip failed for 10 s, longer than its abort-outage (10s)");
    j.add(11400, QStringLiteral("stop-condition"),
          {{QStringLiteral("kind"), QStringLiteral("outage")}, {QStringLiteral("reason"), reason}});
    j.step(11400, QStringLiteral("verify-survivors"), QStringLiteral("failed"),
           QStringLiteral("interrupted"));
    j.add(11401, QStringLiteral("rollback-started"),
          {{QStringLiteral("kind"), QStringLiteral("outage")},
           {QStringLiteral("reason"), QStringLiteral("stop condition: ") + reason},
           {QStringLiteral("restore_needed"), true}});
    j.command(11402, QStringLiteral("start"), QStringLiteral("mv backup/etcd.yaml ."), 0);
    j.add(11430, QStringLiteral("fault-restored"), {{QStringLiteral("node"), QStringLiteral("M3")}});
    j.outage(1400, 12000, QStringLiteral("vip"), 100); // a second opening of the open window is ignored
    j.step(13000, QStringLiteral("rollback"), QStringLiteral("passed"));
    j.add(13001, QStringLiteral("drill-finished"),
          {{QStringLiteral("outcome"), QStringLiteral("aborted")},
           {QStringLiteral("reason"), QStringLiteral("stop condition: ") + reason},
           {QStringLiteral("headline"),
            QStringLiteral("ABORTED: stop condition: %1; M3 was restored").arg(reason)}});

    const JournalReadResult journal = JournalReader::parse(j.bytes(), QStringLiteral("journal.jsonl"));
    QVERIFY(journal.ok());
    const ReportModel m = ReportBuilder::fromData(journal, nullptr);
    QVERIFY2(m.complete, qPrintable(m.incompleteReasons.join(u'\n')));
    QCOMPARE(m.outcome, QStringLiteral("aborted"));
    QVERIFY(m.headline.startsWith(QLatin1String("ABORTED")));
    QVERIFY(m.rolledBack);
    QCOMPARE(m.rollbackKind, QStringLiteral("outage"));
    QVERIFY(m.rollbackReason.contains(reason));
    QVERIFY(!m.verdictPassed.has_value()); // the drill never reached its verdict
    QVERIFY(m.hypothesis.isEmpty());
    QCOMPARE(m.detectStopMs.value_or(-1), 200.0);
    QVERIFY(!m.recoveryMs.has_value());
    QCOMPARE(m.outages.size(), 1); // opened, then closed: one window
    QVERIFY(m.outages.first().closed);
    QCOMPARE(m.outages.first().failedSamples, 100);
    QCOMPARE(m.outages.first().endMonoMs - m.outages.first().startMonoMs, 10600.0);
    // Without samples the impact still names the window.
    const ReportTargetImpact* vip = impactOf(m, QStringLiteral("vip"));
    QVERIFY(vip);
    QCOMPARE(vip->windows, 1);
    QCOMPARE(vip->longestOutageMs, 10600.0);
    int stopRows = 0, rollbackRows = 0;
    for (const ReportTimelineRow& row : m.timeline) {
        stopRows += row.kind == QLatin1String("stop-condition") && row.failed && row.text.contains(reason);
        rollbackRows += row.kind == QLatin1String("rollback");
    }
    QCOMPARE(stopRows, 1);
    QCOMPARE(rollbackRows, 1);
}

void TestReportBuilder::truncatedJournalIsIncomplete()
{
    // The lab journal cut off in the middle of line 300 (during the observation, M3 stopped).
    QFile file(fixtureFolder() + QStringLiteral("/journal.jsonl"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QByteArray cut;
    for (int i = 0; i < 299; ++i)
        cut += lines.at(i) + '\n';
    cut += lines.at(299).left(40);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(test::TestFiles::writeText(dir.filePath(QStringLiteral("journal.jsonl")), cut));
    QVERIFY(QFile::copy(fixtureFolder() + QStringLiteral("/samples.csv"),
                        dir.filePath(QStringLiteral("samples.csv"))));
    QString error;
    const ReportModel m = ReportBuilder::build(dir.path(), &error);
    QVERIFY(error.isEmpty());
    QVERIFY(!m.complete);
    QCOMPARE(m.outcome, QStringLiteral("incomplete"));
    QVERIFY(!m.verdictPassed.has_value());
    QVERIFY(!m.finishedAt.isValid());
    QVERIFY2(m.headline.startsWith(QLatin1String("INCOMPLETE: the journal ends at 2026-11-25T23:")),
             qPrintable(m.headline));
    QVERIFY2(m.headline.contains(QLatin1String("Verify the survivors")), qPrintable(m.headline));
    QVERIFY2(m.headline.contains(QLatin1String("M3 may still be stopped")), qPrintable(m.headline));
    const QString reasons = m.incompleteReasons.join(u'\n');
    QVERIFY2(reasons.contains(QLatin1String("journal.jsonl:300:")), qPrintable(reasons));
    QVERIFY2(reasons.contains(QLatin1String("ends at line 299")), qPrintable(reasons));
    QVERIFY2(reasons.contains(QLatin1String("without drill-finished")), qPrintable(reasons));
    // What was recorded is still there; the end is the last sample's time.
    QCOMPARE(m.snapshots.size(), 3);
    QVERIFY(m.detectStopMs.has_value());
    QCOMPARE(m.series.size(), 5);
    QVERIFY(m.endMonoMs >= m.series.first().samples.last().monoMs);
    // Windows open at the cut run to the last sample and are marked open.
    bool open = false;
    for (const ReportOutage& o : m.outages) {
        if (!o.closed) {
            open = true;
            QVERIFY(o.endMonoMs > o.startMonoMs);
            QVERIFY(o.failedSamples > 0);
        }
    }
    QVERIFY(open); // M3-apiserver fails for the whole stop
}

void TestReportBuilder::damagedMiddleLineIsReported()
{
    ReportTestJournal j;
    j.started();
    QByteArray bytes = j.bytes() + "{not json\n";
    ReportTestJournal rest;
    rest.add(5, QStringLiteral("drill-finished"),
             {{QStringLiteral("outcome"), QStringLiteral("preflight-failed")},
              {QStringLiteral("headline"), QStringLiteral("NOT STARTED: x")}});
    bytes += rest.bytes();
    const ReportModel m =
        ReportBuilder::fromData(JournalReader::parse(bytes, QStringLiteral("journal.jsonl")), nullptr);
    QVERIFY(!m.complete); // finished, but a line was lost
    QCOMPARE(m.outcome, QStringLiteral("preflight-failed"));
    QVERIFY2(m.incompleteReasons.join(u'\n').contains(QLatin1String(":3")),
             qPrintable(m.incompleteReasons.join(u'\n')));
}

void TestReportBuilder::missingSamplesFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QFile::copy(fixtureFolder() + QStringLiteral("/journal.jsonl"),
                        dir.filePath(QStringLiteral("journal.jsonl"))));
    QString error;
    const ReportModel m = ReportBuilder::build(dir.filePath(QStringLiteral("journal.jsonl")), &error);
    QVERIFY(error.isEmpty());
    QVERIFY(m.complete); // the journal is whole; the samples only add detail
    QVERIFY(m.samplesFile.isEmpty());
    QVERIFY(m.series.isEmpty());
    QVERIFY(m.phaseStats.isEmpty());
    QVERIFY(m.problems.join(u'\n').contains(QLatin1String("samples.csv")));
    // Impact from the per-second probe summaries and the outage lines.
    QCOMPARE(m.impact.size(), 5);
    QCOMPARE(m.impact.at(0).target, QStringLiteral("vip"));
    QVERIFY(m.impact.at(0).samples > 600);
    QCOMPARE(m.impact.at(0).failedSamples, 7);
    QCOMPARE(m.impact.at(0).windows, 7);
    QCOMPARE(m.outcome, QStringLiteral("passed"));
}

void TestReportBuilder::unreadableJournal()
{
    QString error;
    const ReportModel m = ReportBuilder::build(QStringLiteral("/nonexistent/etcd-drill/folder"), &error);
    QVERIFY(!error.isEmpty());
    QVERIFY(!m.complete);
    QCOMPARE(m.outcome, QStringLiteral("incomplete"));
    QVERIFY(!m.incompleteReasons.isEmpty());

    // An empty journal: a report that says so.
    const ReportModel empty =
        ReportBuilder::fromData(JournalReader::parse({}, QStringLiteral("journal.jsonl")), nullptr);
    QVERIFY(!empty.complete);
    QCOMPARE(empty.outcome, QStringLiteral("incomplete"));
}

void TestReportBuilder::oddFieldsDoNotCrash()
{
    // Lines with fields of the wrong type or missing altogether.
    ReportTestJournal j;
    j.add(0, QStringLiteral("drill-started"),
          {{QStringLiteral("nodes"), 5}, {QStringLiteral("operator"), QStringLiteral("x")}});
    j.add(1, QStringLiteral("snapshot"),
          {{QStringLiteral("snapshot"),
            QJsonObject{{QStringLiteral("endpoints"), QJsonArray{1, QJsonObject{}}}}}});
    j.add(2, QStringLiteral("outage-closed"), {{QStringLiteral("target"), 3}});
    j.add(3, QStringLiteral("verdict"), {{QStringLiteral("lines"), QJsonArray{QStringLiteral("x")}}});
    j.add(4, QStringLiteral("command-finished"), {});
    j.add(5, QStringLiteral("election"), {{QStringLiteral("duration_ms"), QStringLiteral("fast")}});
    j.add(6, QStringLiteral("something-new"), {});
    j.add(7, QStringLiteral("target-answering"), {{QStringLiteral("after_ms"), 100}});
    j.add(8, QStringLiteral("command-started"), {{QStringLiteral("display"), QStringLiteral("sleep 100")}});
    const ReportModel m =
        ReportBuilder::fromData(JournalReader::parse(j.bytes(), QStringLiteral("journal.jsonl")), nullptr);
    QVERIFY(!m.complete);
    QCOMPARE(m.snapshots.size(), 1);
    QVERIFY(!m.electionMs.has_value());
    bool unfinished = false;
    for (const ReportTimelineRow& row : m.timeline)
        unfinished |= row.kind == QLatin1String("command") && row.failed &&
                      row.detail.contains(QLatin1String("sleep 100"));
    QVERIFY(unfinished); // a command without its result is shown as such
}

void TestReportBuilder::secretsInCommandOutputDoNotLeak()
{
    // An engine redacts at write time; this journal pretends one did not (an older build, a hand-edited
    // file): the builder must still not show the key or the token.
    const QString keyBody =
        QStringLiteral("MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj");
    const QString pem =
        QStringLiteral("-----BEGIN PRIVATE KEY-----\n%1\nMjA5NzE1\n-----END PRIVATE KEY-----\n").arg(keyBody);
    const QString token = QStringLiteral("eyJhbGciOiJSUzI1NiIsImtpZCI6InNlY3JldHRva2VuIn0.c2VjcmV0");
    ReportTestJournal j;
    j.started();
    j.command(100, QStringLiteral("preflight"), QStringLiteral("cat /etc/kubernetes/admin.conf"), 0,
              QStringLiteral("client-key-data: %1\n%2").arg(keyBody, pem),
              QStringLiteral("curl: Authorization: Bearer %1 failed").arg(token));
    j.add(200, QStringLiteral("note"), {{QStringLiteral("text"), QStringLiteral("token: %1").arg(token)}});
    j.add(300, QStringLiteral("check"),
          {{QStringLiteral("name"), QStringLiteral("x")},
           {QStringLiteral("passed"), false},
           {QStringLiteral("measured"), QStringLiteral("failed")},
           {QStringLiteral("detail"), pem}});
    const ReportModel m =
        ReportBuilder::fromData(JournalReader::parse(j.bytes(), QStringLiteral("journal.jsonl")), nullptr);
    const QString all = allText(m);
    QVERIFY(!all.isEmpty());
    QVERIFY2(!all.contains(keyBody), qPrintable(all));
    QVERIFY2(!all.contains(token), qPrintable(all));
    QVERIFY(!all.contains(QLatin1String("MjA5NzE1")));
    // The command is still there, with its exit code and the masked output.
    bool command = false;
    for (const ReportTimelineRow& row : m.timeline) {
        if (row.kind == QLatin1String("command")) {
            command = true;
            QVERIFY(row.detail.contains(QLatin1String("exit code 0")));
            QVERIFY(row.detail.contains(QLatin1String("[redacted]")));
        }
    }
    QVERIFY(command);
}

// The engine writes the checks an operator went past as "failed_checks"; the report lists them.
void TestReportBuilder::overriddenPreflightChecksAreListed()
{
    ReportTestJournal j;
    j.started();
    j.add(10, QStringLiteral("preflight-overridden"),
          {{QStringLiteral("failed_checks"),
            QJsonArray{QStringLiteral("probe domain"), QStringLiteral("etcd M2")}},
           {QStringLiteral("operator"), QJsonObject{{QStringLiteral("user"), QStringLiteral("alice")}}}});
    const ReportModel m =
        ReportBuilder::fromData(JournalReader::parse(j.bytes(), QStringLiteral("journal.jsonl")), nullptr);
    bool listed = false;
    for (const ReportTimelineRow& row : m.timeline)
        listed |= row.text.contains(QLatin1String("Preflight overridden")) &&
                  row.detail == QStringLiteral("probe domain\netcd M2");
    QVERIFY(listed);
}

void TestReportBuilder::phaseFiguresSplitAtTheRecovery()
{
    // A probe every 100 ms from 0 to 40 s; fault applied at 10 s, start command at 20 s, back at 25 s. A
    // degraded period from 12 s to 21 s, an outage of 300 ms at 21 s and one of 200 ms at 30 s.
    RecordedSeries series;
    series.target = QStringLiteral("domain");
    for (int i = 0; i < 400; ++i) {
        RecordedSample sample;
        sample.monoMs = i * 100.0;
        sample.totalMs = 2;
        const bool failed =
            (i >= 120 && i < 210 && i % 3 == 0) || (i >= 210 && i < 213) || i == 300 || i == 301;
        sample.outcome = failed ? ProbeSample::Outcome::Timeout : ProbeSample::Outcome::Ok;
        series.samples.append(sample);
    }
    const QList<ReportOutage> outages = {
        {QStringLiteral("domain"), 21000, 21300, 3, QStringLiteral("after-restore"), {}, {}, true},
        {QStringLiteral("domain"), 30000, 30200, 2, QStringLiteral("after-restore"), {}, {}, true},
        {QStringLiteral("vip"), 30000, 39000, 90, QStringLiteral("after-restore"), {}, {}, true}};
    ReportDegradedPeriod period;
    period.target = QStringLiteral("domain");
    period.startMonoMs = 12000;
    period.endMonoMs = 21200;
    period.closed = true;
    const QList<ReportPhaseStats> stats =
        ReportImpactFigures::phaseStats({series}, outages, {period}, 10000.0, 20000.0, 25000.0);
    QCOMPARE(stats.size(), 4);
    QCOMPARE(stats[0].phase, QStringLiteral("before"));
    QCOMPARE(stats[0].samples, 100);
    QCOMPARE(stats[0].failed, 0);
    QCOMPARE(stats[0].degradedMs, 0.0);
    QCOMPARE(stats[1].phase, QStringLiteral("during-fault"));
    QCOMPARE(stats[1].samples, 100);
    QCOMPARE(stats[1].failed, 27); // 120, 123, …, 198
    QCOMPARE(stats[1].degradedMs, 8000.0);
    QCOMPARE(stats[1].longestOutageMs, 0.0);
    QCOMPARE(stats[2].phase, QStringLiteral("after-restore"));
    QCOMPARE(stats[2].samples, 50);
    QCOMPARE(stats[2].failed, 6); // 201, 204, 207, and 210–212
    QCOMPARE(stats[2].degradedMs, 1200.0);
    QCOMPARE(stats[2].longestOutageMs, 300.0);
    QCOMPARE(stats[3].phase, QStringLiteral("after-recovery"));
    QCOMPARE(stats[3].samples, 150);
    QCOMPARE(stats[3].failed, 2);
    QCOMPARE(stats[3].degradedMs, 0.0);
    QCOMPARE(stats[3].longestOutageMs, 200.0); // its own, not the VIP's

    // Without a recovered line (the target never came back) the recovery runs to the end.
    const QList<ReportPhaseStats> never =
        ReportImpactFigures::phaseStats({series}, outages, {period}, 10000.0, 20000.0, std::nullopt);
    QCOMPARE(never.size(), 3);
    QCOMPARE(never[2].phase, QStringLiteral("after-restore"));
    QCOMPARE(never[2].samples, 200);
    QCOMPARE(never[2].longestOutageMs, 300.0);
}

// A partial outage journals a window per flicker and one degraded period: the timeline has one row for the
// period (with its share and failing backend) and none for the windows inside it; a window outside it keeps
// its row.
void TestReportBuilder::degradedPeriodIsOneRow()
{
    ReportTestJournal j;
    j.started();
    const qint64 start = ReportTestJournal::kStartMono;
    auto window = [&](qint64 at, qint64 length) {
        const QJsonObject where{{QStringLiteral("target"), QStringLiteral("domain")},
                                {QStringLiteral("start_mono_ms"), start + at},
                                {QStringLiteral("phase"), QStringLiteral("during-fault")},
                                {QStringLiteral("first_outcome"), QStringLiteral("http-error")}};
        j.add(at, QStringLiteral("outage-opened"), where);
        QJsonObject closed = where;
        closed.insert(QStringLiteral("end_mono_ms"), start + at + length);
        closed.insert(QStringLiteral("failed_samples"), 1);
        j.add(at + length, QStringLiteral("outage-closed"), closed);
    };
    window(500, 100); // before the period: its own row
    j.add(1000, QStringLiteral("degraded-opened"),
          {{QStringLiteral("target"), QStringLiteral("domain")},
           {QStringLiteral("start_mono_ms"), start + 1000},
           {QStringLiteral("probes"), 3},
           {QStringLiteral("failed"), 2}});
    for (int i = 0; i < 20; ++i)
        window(1000 + i * 300, 100);
    j.add(12000, QStringLiteral("degraded-closed"),
          {{QStringLiteral("target"), QStringLiteral("domain")},
           {QStringLiteral("start_mono_ms"), start + 1000},
           {QStringLiteral("end_mono_ms"), start + 6700},
           {QStringLiteral("probes"), 58},
           {QStringLiteral("failed"), 20},
           {QStringLiteral("kind"), QStringLiteral("partial")},
           {QStringLiteral("failed_backends"), QJsonArray{QStringLiteral("M3")}}});
    const ReportModel m =
        ReportBuilder::fromData(JournalReader::parse(j.bytes(), QStringLiteral("journal.jsonl")), nullptr);
    for (const QString& problem : m.problems) // only the samples.csv a synthetic journal has not
        QVERIFY2(problem.contains(QLatin1String("samples.csv")), qPrintable(problem));
    QStringList outageRows;
    for (const ReportTimelineRow& row : m.timeline) {
        if (row.kind == QLatin1String("outage"))
            outageRows.append(row.text + u'|' + row.detail);
    }
    QCOMPARE(outageRows.size(), 2);
    QVERIFY2(outageRows.contains(QStringLiteral(
                 "domain degraded for 5.7 s: 20 of 58 probes failed (34 %)|failing backends: M3")),
             qPrintable(outageRows.join(u'\n')));
    QCOMPARE(m.outages.size(), 21); // the figures keep every window
}

void TestReportBuilder::waysInAreTheVipAndTheDomain()
{
    const QStringList nodes{QStringLiteral("M1"), QStringLiteral("M2")};
    QCOMPARE(ReportImpactFigures::waysIn({QStringLiteral("vip"), QStringLiteral("M1-apiserver"),
                                          QStringLiteral("domain"), QStringLiteral("M2-apiserver")},
                                         nodes),
             QStringList({QStringLiteral("vip"), QStringLiteral("domain")}));
    // A config that probes only apiservers still gets its figures: every target is shown.
    QCOMPARE(
        ReportImpactFigures::waysIn({QStringLiteral("M1-apiserver"), QStringLiteral("M2-apiserver")}, nodes),
        QStringList({QStringLiteral("M1-apiserver"), QStringLiteral("M2-apiserver")}));
    QVERIFY(ReportImpactFigures::isWayIn(QStringLiteral("vip")));
    QVERIFY(!ReportImpactFigures::isWayIn(QStringLiteral("apiserver")));
}

QTEST_GUILESS_MAIN(TestReportBuilder)
#include "TestReportBuilder.moc"
