// The journal schema (core/drill/journal): every kind has one name that maps back to it, every typed record
// survives toJson → fromJson field for field and writes at least the fields the schema requires, every line
// of the 0.1.0 fixture is written again unchanged by its record, a line of an unknown kind or without a
// required field is reported with the file and line, and a journal of 0.1.0 (the lab drill fixture, no
// "schema" field) reads as schema 1 with no problem.
#include "JournalReader.h"
#include "JournalWriter.h"
#include "config/DrillConfig.h"
#include "journal/AbortRecord.h"
#include "journal/CheckRecord.h"
#include "journal/ClusterEventRecord.h"
#include "journal/CommandFinishedRecord.h"
#include "journal/CommandStartedRecord.h"
#include "journal/DataSafetyRecord.h"
#include "journal/DegradedClosedRecord.h"
#include "journal/DegradedOpenedRecord.h"
#include "journal/DrillFinishedRecord.h"
#include "journal/DrillStartedRecord.h"
#include "journal/ElectionRecord.h"
#include "journal/FaultAppliedRecord.h"
#include "journal/FaultNotAppliedRecord.h"
#include "journal/FaultRestoredRecord.h"
#include "journal/GateConfirmedRecord.h"
#include "journal/GateRefusedRecord.h"
#include "journal/GateRequestedRecord.h"
#include "journal/JournalSchema.h"
#include "journal/LockRecord.h"
#include "journal/NoteRecord.h"
#include "journal/NotificationRecord.h"
#include "journal/OutageClosedRecord.h"
#include "journal/OutageOpenedRecord.h"
#include "journal/PlanRecord.h"
#include "journal/PreflightOverriddenRecord.h"
#include "journal/ProbeSummaryRecord.h"
#include "journal/RecoverFinishedRecord.h"
#include "journal/RecoverStartedRecord.h"
#include "journal/RecoveredRecord.h"
#include "journal/RollbackStartedRecord.h"
#include "journal/SnapshotRecord.h"
#include "journal/StepRecord.h"
#include "journal/StopConditionRecord.h"
#include "journal/TargetAnsweringRecord.h"
#include "journal/TargetResolvedRecord.h"
#include "journal/TargetStoppedRecord.h"
#include "journal/VerdictRecord.h"
#include "journal/WriteCheckRecord.h"

#include "DrillText.h"
#include "TestFiles.h"
#include "ThreeMemberSnapshot.h"

#include "etcd/ClusterEvent.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace etcddrill;

namespace {

void verifyRequiredFields(JournalKind kind, const QJsonObject& json)
{
    QJsonObject line = json;
    line.insert(QStringLiteral("type"), JournalSchema::name(kind));
    const QString problem = JournalSchema::problem(line);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

QByteArray compact(const QJsonObject& json)
{
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

// toJson → fromJson → toJson gives the same bytes (key presence and value types included), and toJson has
// the fields the schema requires.
template <class Record> void verifyRoundTrip(const Record& record)
{
    const QJsonObject json = record.toJson();
    verifyRequiredFields(Record::kKind, json);
    QCOMPARE(compact(Record::fromJson(json).toJson()), compact(json));
}

// A journal line's fields (without the four common ones) written again through its kind's record.
template <class Record> QJsonObject rewrite(const QJsonObject& fields)
{
    return Record::fromJson(fields).toJson();
}

QJsonObject rewritten(JournalKind kind, const QJsonObject& fields)
{
    switch (kind) {
    case JournalKind::Abort:
        return rewrite<AbortRecord>(fields);
    case JournalKind::Check:
        return rewrite<CheckRecord>(fields);
    case JournalKind::ClusterEvent:
        return rewrite<ClusterEventRecord>(fields);
    case JournalKind::CommandFinished:
        return rewrite<CommandFinishedRecord>(fields);
    case JournalKind::CommandStarted:
        return rewrite<CommandStartedRecord>(fields);
    case JournalKind::DrillFinished:
        return rewrite<DrillFinishedRecord>(fields);
    case JournalKind::DrillStarted:
        return rewrite<DrillStartedRecord>(fields);
    case JournalKind::Election:
        return rewrite<ElectionRecord>(fields);
    case JournalKind::FaultApplied:
        return rewrite<FaultAppliedRecord>(fields);
    case JournalKind::FaultNotApplied:
        return rewrite<FaultNotAppliedRecord>(fields);
    case JournalKind::FaultRestored:
        return rewrite<FaultRestoredRecord>(fields);
    case JournalKind::GateConfirmed:
        return rewrite<GateConfirmedRecord>(fields);
    case JournalKind::GateRefused:
        return rewrite<GateRefusedRecord>(fields);
    case JournalKind::GateRequested:
        return rewrite<GateRequestedRecord>(fields);
    case JournalKind::Lock:
        return rewrite<LockRecord>(fields);
    case JournalKind::Note:
        return rewrite<NoteRecord>(fields);
    case JournalKind::Notification:
        return rewrite<NotificationRecord>(fields);
    case JournalKind::OutageClosed:
        return rewrite<OutageClosedRecord>(fields);
    case JournalKind::OutageOpened:
        return rewrite<OutageOpenedRecord>(fields);
    case JournalKind::DegradedOpened:
        return rewrite<DegradedOpenedRecord>(fields);
    case JournalKind::DegradedClosed:
        return rewrite<DegradedClosedRecord>(fields);
    case JournalKind::Plan:
        return rewrite<PlanRecord>(fields);
    case JournalKind::PreflightOverridden:
        return rewrite<PreflightOverriddenRecord>(fields);
    case JournalKind::ProbeSummary:
        return rewrite<ProbeSummaryRecord>(fields);
    case JournalKind::RecoverFinished:
        return rewrite<RecoverFinishedRecord>(fields);
    case JournalKind::RecoverStarted:
        return rewrite<RecoverStartedRecord>(fields);
    case JournalKind::Recovered:
        return rewrite<RecoveredRecord>(fields);
    case JournalKind::RollbackStarted:
        return rewrite<RollbackStartedRecord>(fields);
    case JournalKind::Snapshot:
        return rewrite<SnapshotRecord>(fields);
    case JournalKind::Step:
        return rewrite<StepRecord>(fields);
    case JournalKind::StopCondition:
        return rewrite<StopConditionRecord>(fields);
    case JournalKind::TargetAnswering:
        return rewrite<TargetAnsweringRecord>(fields);
    case JournalKind::TargetResolved:
        return rewrite<TargetResolvedRecord>(fields);
    case JournalKind::TargetStopped:
        return rewrite<TargetStoppedRecord>(fields);
    case JournalKind::Verdict:
        return rewrite<VerdictRecord>(fields);
    case JournalKind::WriteCheck:
        return rewrite<WriteCheckRecord>(fields);
    case JournalKind::DataSafety:
        return rewrite<DataSafetyRecord>(fields);
    }
    return {};
}

PlannedCommand command(const QString& purpose, const QString& script)
{
    PlannedCommand c;
    c.purpose = purpose;
    c.script = script;
    c.display = QStringLiteral("mv /root/bak/etcd.yaml /etc/kubernetes/manifests/");
    c.needsSudo = true;
    c.changesState = true;
    return c;
}

// The stop command of a static-pod drill on M3, as command-started and command-finished carry it.
DrillCommand stopCommand()
{
    DrillCommand c;
    c.step = DrillStep::Id::StopTarget;
    c.role = DrillCommand::Role::Stop;
    c.node = QStringLiteral("M3");
    c.purpose = QStringLiteral("stop etcd on M3");
    c.display = QStringLiteral("mv /etc/kubernetes/manifests/etcd.yaml /root/bak/");
    c.commandLine = QStringLiteral("sh -c '…'");
    c.location = QStringLiteral("locally");
    c.changesState = true;
    return c;
}

} // namespace

class TestJournalRecords : public QObject
{
    Q_OBJECT

private slots:
    void kindsHaveOneNameEach()
    {
        QSet<QString> names;
        int index = 0;
        for (JournalKind kind : JournalSchema::kinds()) {
            QCOMPARE(int(kind), index++); // the table is in enum order
            const QString name = JournalSchema::name(kind);
            QVERIFY2(!names.contains(name), qPrintable(name));
            names.insert(name);
            QCOMPARE(JournalSchema::kindOf(name), std::optional<JournalKind>(kind));
            QVERIFY(!JournalSchema::meaning(kind).isEmpty());
        }
        QCOMPARE(index, int(JournalKind::Notification) + 1); // the last kind
        QVERIFY(!JournalSchema::kindOf(QStringLiteral("bogus")));
    }

    void drillStartedRoundTrip()
    {
        DrillStartedRecord r;
        r.cluster = QStringLiteral("prod-a");
        r.configFile = QStringLiteral("/etc/etcd-drill/drill.yaml");
        r.targetSpec = QStringLiteral("follower");
        r.fault = QStringLiteral("static-pod");
        r.transport = QStringLiteral("ssh");
        r.nodes = {{QStringLiteral("M1"), QStringLiteral("https://10.0.0.11:2379"),
                    QStringLiteral("https://10.0.0.11:6443"), QStringLiteral("m1")},
                   {QStringLiteral("M2"), QStringLiteral("https://10.0.0.12:2379"), {}, {}}};
        r.dryRun = true;
        r.overridePreflight = true;
        r.by = {QStringLiteral("sre"), QStringLiteral("jump"), 4242};
        r.stopTimeoutMs = 30000;
        r.startTimeoutMs = 60000;
        r.commandTimeoutMs = 20000;
        r.observationMs = 60000;
        r.settleMs = 10000;
        r.maxIndexLag = 1000;
        r.pollIntervalMs = 500;
        r.writePrefix = QStringLiteral("/etcd-drill/");
        r.writeFailures = 0;
        r.maxElectionMs = 5000;
        r.maxRecoveryMs = 60000;
        r.maxOutageMsByTarget = {{QStringLiteral("vip"), 3000.0}};
        r.version = QStringLiteral("0.2.0");
        const QJsonObject json = r.toJson();
        verifyRequiredFields(r.kKind, json);
        QCOMPARE(json.value(QStringLiteral("schema")).toInt(), JournalSchema::kVersion);
        const DrillStartedRecord back = DrillStartedRecord::fromJson(json);
        QCOMPARE(back.toJson(), json);
        QCOMPARE(back.nodes.size(), 2);
        QCOMPARE(back.nodes.first().ssh, QStringLiteral("m1"));
        QCOMPARE(back.by.pid, qint64(4242));
        QCOMPARE(back.maxOutageMsByTarget.value(QStringLiteral("vip")), 3000.0);

        // The probe targets, for the replay's entry points: their URLs without user info.
        DrillConfig config;
        config.clusterName = QStringLiteral("prod-a");
        ProbeTargetConfig vip;
        vip.name = QStringLiteral("vip");
        vip.url = QStringLiteral("https://ops:s3cret@10.0.0.100:6443/readyz");
        config.probes.targets.append(vip);
        const DrillStartedRecord made = DrillStartedRecord::of(config, false, false, r.by);
        QCOMPARE(made.probes.size(), 1);
        QCOMPARE(made.probes.first().url, QStringLiteral("https://10.0.0.100:6443/readyz"));
        const QJsonObject madeJson = made.toJson();
        QVERIFY(!QJsonDocument(madeJson).toJson().contains("s3cret"));
        QCOMPARE(DrillStartedRecord::fromJson(madeJson).probes.first().name, QStringLiteral("vip"));
    }

    void faultRecordsRoundTrip()
    {
        FaultAppliedRecord applied{QStringLiteral("M3"),
                                   QStringLiteral("8e9e05c52164694d"),
                                   QStringLiteral("https://127.0.10.3:2379"),
                                   {command(QStringLiteral("start etcd on M3"), QStringLiteral("mv a b"))}};
        QJsonObject json = applied.toJson();
        verifyRequiredFields(applied.kKind, json);
        FaultAppliedRecord back = FaultAppliedRecord::fromJson(json);
        QCOMPARE(back.toJson(), json);
        QCOMPARE(back.start, applied.start);
        QVERIFY(back.startComplete);

        // A script that would reveal a secret is withheld; read back, the record says it is incomplete.
        applied.start = {command(QStringLiteral("start etcd on M3"),
                                 QStringLiteral("curl -H 'Authorization: Bearer abcdef0123456789abcdef' x"))};
        json = applied.toJson();
        QVERIFY(!QJsonDocument(json).toJson().contains("abcdef0123456789abcdef"));
        back = FaultAppliedRecord::fromJson(json);
        QVERIFY(!back.startComplete);

        const FaultNotAppliedRecord notApplied{QStringLiteral("M3"), QStringLiteral("manifest missing")};
        verifyRequiredFields(notApplied.kKind, notApplied.toJson());
        QCOMPARE(FaultNotAppliedRecord::fromJson(notApplied.toJson()).toJson(), notApplied.toJson());

        const FaultRestoredRecord restored{QStringLiteral("M3"),
                                           QLatin1String(FaultRestoredRecord::kByRecover)};
        verifyRequiredFields(restored.kKind, restored.toJson());
        QCOMPARE(FaultRestoredRecord::fromJson(restored.toJson()).by, QStringLiteral("recover"));
        const FaultRestoredRecord byDrill{QStringLiteral("M3"), {}};
        QVERIFY(!byDrill.toJson().contains(QStringLiteral("by")));
    }

    void commandFinishedRoundTripAndRedaction()
    {
        const DrillCommand c = stopCommand();
        CommandResult result;
        result.exitCode = 0;
        result.stdOut = QStringLiteral("token: abcdef0123456789abcdef0123456789");
        result.duration = std::chrono::milliseconds(42);
        const CommandFinishedRecord r = CommandFinishedRecord::of(c, result);
        const QJsonObject json = r.toJson();
        verifyRequiredFields(r.kKind, json);
        QVERIFY(!QJsonDocument(json).toJson().contains("abcdef0123456789abcdef0123456789"));
        const CommandFinishedRecord back = CommandFinishedRecord::fromJson(json);
        QCOMPARE(back.toJson(), json);
        QCOMPARE(back.command.role, DrillCommand::Role::Stop);
        QCOMPARE(back.command.step, DrillStep::Id::StopTarget);
        QCOMPARE(back.result.duration, std::chrono::milliseconds(42));
        QVERIFY(back.succeeded);
    }

    void drillFinishedRoundTrip()
    {
        const DrillFinishedRecord r{QStringLiteral("hypothesis-failed"),
                                    DrillText::make(QT_TRANSLATE_NOOP("DrillText", "stop condition: %1"),
                                                    QStringLiteral("quorum lost")),
                                    LocalizedText(QStringLiteral("FAILED")),
                                    QStringLiteral("/tmp/x/summary.json")};
        const QJsonObject json = r.toJson();
        verifyRequiredFields(r.kKind, json);
        QCOMPARE(json.value(QStringLiteral("reason")).toString(),
                 QStringLiteral("stop condition: quorum lost"));
        const DrillFinishedRecord back = DrillFinishedRecord::fromJson(json);
        QCOMPARE(back.toJson(), json);
        QVERIFY(back.reason.isTranslatable());
    }

    void stepCheckNoteRoundTrip()
    {
        const LocalizedText waiting = DrillText::make(
            QT_TRANSLATE_NOOP("DrillText", "waiting for %1's etcd to stop answering (at most %2)"),
            QStringLiteral("M3"), QStringLiteral("15s"));
        const StepRecord step{QStringLiteral("stop-target"), QStringLiteral("running"),
                              QStringLiteral("Stop the target's etcd"), waiting};
        verifyRoundTrip(step);
        QCOMPARE(step.toJson().value(QStringLiteral("detail")).toString(),
                 QStringLiteral("waiting for M3's etcd to stop answering (at most 15s)"));
        QVERIFY(step.toJson().value(QStringLiteral("texts")).toObject().contains(QStringLiteral("detail")));
        // A plain detail, even empty, is written without texts.
        const StepRecord skipped{
            QStringLiteral("verdict"), QStringLiteral("skipped"), QStringLiteral("Verdict"), {}};
        verifyRoundTrip(skipped);
        QVERIFY(skipped.toJson().contains(QStringLiteral("detail")));
        QVERIFY(!skipped.toJson().contains(QStringLiteral("texts")));

        DrillCheck check = DrillCheck::make(
            DrillStep::Id::VerifySurvivors,
            DrillText::make(QT_TRANSLATE_NOOP("DrillText", "write through %1"), QStringLiteral("M1")), false,
            QStringLiteral("deadline exceeded"), QStringLiteral("succeeds"), QStringLiteral("look at M1"),
            false);
        verifyRoundTrip(CheckRecord{check});
        const CheckRecord back = CheckRecord::fromJson(CheckRecord{check}.toJson());
        QCOMPARE(back.check.step, DrillStep::Id::VerifySurvivors);
        QCOMPARE(back.check.status, DrillCheck::Status::Failed);
        QVERIFY(!back.check.overridable);
        QVERIFY(back.check.nameText.isTranslatable());
        check.status = DrillCheck::Status::Skipped;
        check.detail.clear();
        check.detailText = {};
        check.overridable = true;
        verifyRoundTrip(CheckRecord{check});
        QVERIFY(!CheckRecord{check}.toJson().contains(QStringLiteral("detail")));
        QVERIFY(!CheckRecord{check}.toJson().contains(QStringLiteral("overridable")));

        verifyRoundTrip(NoteRecord{QStringLiteral("samples.csv could not be created")});
        NotificationRecord failed;
        failed.webhook = QStringLiteral("sre-dingtalk");
        failed.format = QStringLiteral("dingtalk");
        failed.event = QStringLiteral("verdict");
        failed.httpStatus = 500;
        failed.problem = QStringLiteral("HTTP 500");
        failed.ms = 12;
        verifyRoundTrip(failed);
        NotificationRecord inFlight;
        inFlight.webhook = QStringLiteral("slack");
        inFlight.event = QStringLiteral("verdict");
        inFlight.inFlight = true;
        verifyRoundTrip(inFlight);
        verifyRoundTrip(NoteRecord{DrillText::make(QT_TRANSLATE_NOOP("DrillText", "stop condition: %1"),
                                                   QStringLiteral("quorum lost"))});
    }

    void preflightRecordsRoundTrip()
    {
        verifyRoundTrip(TargetResolvedRecord{QStringLiteral("M3"), QStringLiteral("82d94495644616d5"),
                                             QStringLiteral("https://127.0.10.3:2379"),
                                             QStringLiteral("follower"), false});
        const PlanRecord plan{
            QStringLiteral("M3"),
            QStringLiteral("static-pod"),
            QStringLiteral("locally"),
            {command(QStringLiteral("check that etcd's manifest is on M3"), QStringLiteral("test -f x"))},
            {command(QStringLiteral("stop etcd on M3"), QStringLiteral("mv x y"))},
            {command(QStringLiteral("start etcd on M3"), QStringLiteral("mv y x"))},
            QStringLiteral("mv y x on M3 (password=hunter2hunter2)")};
        verifyRoundTrip(plan);
        QVERIFY(!QJsonDocument(plan.toJson()).toJson().contains("hunter2hunter2"));
        QCOMPARE(PlanRecord::fromJson(plan.toJson()).stop, plan.stop);

        const LockRecord free{QStringLiteral("free"), QStringLiteral("/etcd-drill/lock"), {}, {}};
        verifyRoundTrip(free);
        QVERIFY(free.toJson().contains(QStringLiteral("detail")));
        QVERIFY(!free.toJson().contains(QStringLiteral("holder")));
        const LockRecord acquired{QStringLiteral("acquired"),
                                  QStringLiteral("/etcd-drill/lock"),
                                  {},
                                  QJsonObject{{QStringLiteral("tool"), QStringLiteral("etcd-drill")},
                                              {QStringLiteral("pid"), 4242},
                                              {QStringLiteral("lease_id"), QStringLiteral("7587")}}};
        verifyRoundTrip(acquired);

        verifyRoundTrip(PreflightOverriddenRecord{{QStringLiteral("etcd M2: not healthy")},
                                                  {QStringLiteral("sre"), QStringLiteral("jump"), 4242}});
        const SnapshotRecord snapshot =
            SnapshotRecord::of(QStringLiteral("preflight"), test::threeMemberSnapshot());
        verifyRoundTrip(snapshot);
        QCOMPARE(snapshot.snapshot.value(QStringLiteral("endpoints")).toArray().size(), 3);
    }

    void gateAndCommandRecordsRoundTrip()
    {
        DrillCommand c = stopCommand();
        c.dryRun = true;
        verifyRoundTrip(CommandStartedRecord{c});
        QCOMPARE(CommandStartedRecord::fromJson(CommandStartedRecord{c}.toJson()).command.role,
                 DrillCommand::Role::Stop);

        DrillGate gate;
        gate.step = DrillStep::Id::StopTarget;
        gate.node = QStringLiteral("M3");
        gate.action = QStringLiteral("stop etcd on M3");
        gate.commands = {c};
        gate.dryRun = true;
        verifyRoundTrip(GateRequestedRecord{gate});
        QCOMPARE(GateRequestedRecord::fromJson(GateRequestedRecord{gate}.toJson()).gate.commands.size(), 1);

        verifyRoundTrip(GateRefusedRecord{QStringLiteral("start-target"), QStringLiteral("m3"),
                                          QStringLiteral("'m3' differs from M3 in case")});
        verifyRoundTrip(GateConfirmedRecord{QStringLiteral("stop-target"),
                                            QStringLiteral("M3"),
                                            {QStringLiteral("sre"), QStringLiteral("jump"), 4242},
                                            QStringLiteral("2026-11-25T23:21:49.530Z")});
    }

    void targetAndClusterRecordsRoundTrip()
    {
        const TargetStoppedRecord stopped{QStringLiteral("M3"), 96, QStringLiteral("connection refused")};
        verifyRoundTrip(stopped);
        QVERIFY(stopped.toJson().value(QStringLiteral("after_ms")).toInteger(-1) == 96);
        verifyRoundTrip(
            TargetAnsweringRecord{QStringLiteral("M3"), 1450, QStringLiteral("82d94495644616d5")});
        verifyRoundTrip(ElectionRecord{QStringLiteral("M1"), QStringLiteral("M2"), 4, 1234});
        verifyRoundTrip(RecoveredRecord{QStringLiteral("M3"), 2900});

        ClusterEvent changed;
        changed.kind = ClusterEvent::Kind::LeaderChanged;
        changed.nodeName = QStringLiteral("M2");
        changed.oldNodeName = QStringLiteral("M1");
        changed.oldLeaderId = 0x11;
        changed.newLeaderId = 0x22;
        changed.oldTerm = 3;
        changed.newTerm = 4;
        const ClusterEventRecord leader = ClusterEventRecord::of(changed);
        verifyRoundTrip(leader);
        QCOMPARE(leader.toJson().value(QStringLiteral("new_leader_id")).toString(), QStringLiteral("22"));
        QCOMPARE(leader.toJson().value(QStringLiteral("new_term")).toDouble(), 4.0);
        ClusterEvent down;
        down.kind = ClusterEvent::Kind::MemberDown;
        down.nodeName = QStringLiteral("M3");
        down.detail = QStringLiteral("connection refused");
        const QJsonObject downJson = ClusterEventRecord::of(down).toJson();
        verifyRoundTrip(ClusterEventRecord::of(down));
        QVERIFY(!downJson.contains(QStringLiteral("old_term")));
        QVERIFY(!downJson.contains(QStringLiteral("old_leader_id")));
        ClusterEvent quorum;
        quorum.kind = ClusterEvent::Kind::QuorumLost;
        verifyRoundTrip(ClusterEventRecord::of(quorum));
        QVERIFY(!ClusterEventRecord::of(quorum).toJson().contains(QStringLiteral("node")));
        QVERIFY(!ClusterEventRecord::of(quorum).toJson().contains(QStringLiteral("detail")));
    }

    // A duration a line lacks (a journal cut off or written by hand) reads as unset, not as 0, and is
    // not written back: the report tells "not measured" from "0 ms".
    void absentDurationsStayAbsent()
    {
        const QJsonObject bare{{QStringLiteral("node"), QStringLiteral("M3")}};
        QVERIFY(!TargetStoppedRecord::fromJson(bare).afterMs);
        QVERIFY(!TargetStoppedRecord::fromJson(bare).toJson().contains(QStringLiteral("after_ms")));
        QVERIFY(!TargetAnsweringRecord::fromJson(bare).afterMs);
        QVERIFY(!RecoveredRecord::fromJson(bare).recoveryMs);
        QVERIFY(!RecoveredRecord::fromJson(bare).toJson().contains(QStringLiteral("recovery_ms")));
        QVERIFY(!ElectionRecord::fromJson(bare).durationMs);
        const QJsonObject zero{{QStringLiteral("node"), QStringLiteral("M3")},
                               {QStringLiteral("after_ms"), 0}};
        QCOMPARE(TargetStoppedRecord::fromJson(zero).afterMs, std::optional<qint64>(0));
        QCOMPARE(TargetStoppedRecord::fromJson(zero).toJson().value(QStringLiteral("after_ms")).toInteger(-1),
                 0);
    }

    void probeRecordsRoundTrip()
    {
        verifyRoundTrip(OutageOpenedRecord{QStringLiteral("vip"),
                                           7168396,
                                           QStringLiteral("during-fault"),
                                           QStringLiteral("http-error"),
                                           {}});
        const OutageClosedRecord closed{
            QStringLiteral("vip"),        7168396, 7168445, 48.556, 1, QStringLiteral("during-fault"),
            QStringLiteral("http-error"), {}};
        verifyRoundTrip(closed);
        QCOMPARE(OutageClosedRecord::fromJson(closed.toJson()).durationMs, 48.556);
        verifyRoundTrip(DegradedOpenedRecord{QStringLiteral("domain"), 7168396,
                                             QStringLiteral("during-fault"), 50, 4, 0.08});
        const DegradedClosedRecord period{QStringLiteral("domain"),
                                          7168396,
                                          7229296,
                                          QStringLiteral("during-fault"),
                                          609,
                                          204,
                                          204.0 / 609.0,
                                          QStringLiteral("partial"),
                                          {QStringLiteral("M3")}};
        verifyRoundTrip(period);
        QCOMPARE(DegradedClosedRecord::fromJson(period.toJson()).failedBackends,
                 QStringList{QStringLiteral("M3")});

        DrillProgress p;
        p.step = DrillStep::Id::VerifySurvivors;
        p.phase = QStringLiteral("observation");
        p.second = 12;
        p.elapsed = std::chrono::milliseconds(4000);
        p.health = QStringLiteral("degraded");
        p.healthyVoters = 2;
        p.totalVoters = 3;
        p.leader = QStringLiteral("M1");
        p.writeChecks = 24;
        p.writeFailures = 1;
        p.targets = {{QStringLiteral("vip"), 10, 0, 12.5, false, {}, {}},
                     {QStringLiteral("M3-apiserver"), 0, 10, 0, true, std::chrono::milliseconds(12100), {}},
                     {QStringLiteral("domain"), 7, 3, 20, true, std::chrono::milliseconds(55), 0.34}};
        const ProbeSummaryRecord summary{p};
        verifyRoundTrip(summary);
        const QJsonArray targets = summary.toJson().value(QStringLiteral("targets")).toArray();
        QVERIFY(!targets.at(0).toObject().contains(QStringLiteral("outage_so_far_ms")));
        QVERIFY(targets.at(1).toObject().contains(QStringLiteral("outage_so_far_ms")));
        QVERIFY(!targets.at(1).toObject().contains(QStringLiteral("degraded_share")));
        QCOMPARE(targets.at(2).toObject().value(QStringLiteral("degraded_share")).toDouble(), 0.34);
        // The per-second line says the state of a degraded way in, not its 55 ms flicker; a long outage
        // keeps its "down".
        const QString line = p.describe();
        QVERIFY2(line.contains(QStringLiteral("domain 7 ok 3 failed (degraded, 34 % failing)")),
                 qPrintable(line));
        QVERIFY2(line.contains(QStringLiteral("M3-apiserver 0 ok 10 failed (down 12.1 s)")),
                 qPrintable(line));

        verifyRoundTrip(WriteCheckRecord{QStringLiteral("M1"), true, 3.25, {}, true});
        verifyRoundTrip(
            WriteCheckRecord{QStringLiteral("M2"), false, 0, QStringLiteral("put: timeout"), false});
        // A line written before "counted" existed counts.
        QVERIFY(WriteCheckRecord::fromJson(QJsonObject{{QStringLiteral("ok"), true}}).counted);
    }

    void endingRecordsRoundTrip()
    {
        const StopConditionRecord stop{QStringLiteral("quorum-lost"), QStringLiteral("no quorum for 8.2 s")};
        verifyRoundTrip(stop);
        QVERIFY(stop.toJson().contains(QStringLiteral("texts"))); // always, even for a plain reason
        verifyRoundTrip(AbortRecord{QStringLiteral("aborted by the operator"),
                                    {QStringLiteral("sre"), QStringLiteral("jump"), 4242}});
        QVERIFY(!AbortRecord{}.toJson().contains(QStringLiteral("texts")));

        const LocalizedText reason = DrillText::make(QT_TRANSLATE_NOOP("DrillText", "stop condition: %1"),
                                                     QStringLiteral("quorum lost"));
        const RollbackStartedRecord rollback{QStringLiteral("quorum-lost"), reason, true};
        verifyRoundTrip(rollback);
        QCOMPARE(rollback.toJson().value(QStringLiteral("restore_needed")), QJsonValue(true));
        const RollbackStartedRecord afterStart{QStringLiteral("abort"), reason, std::nullopt};
        verifyRoundTrip(afterStart);
        QVERIFY(!afterStart.toJson().contains(QStringLiteral("restore_needed")));

        DrillVerdict verdict;
        HypothesisLine line;
        line.setTexts(
            DrillText::make(QT_TRANSLATE_NOOP("DrillText", "write through %1"), QStringLiteral("M1")),
            QStringLiteral("at most 5s"), QStringLiteral("1.234 s in 1 window"));
        line.passed = false;
        verdict.lines = {line};
        line.passed = true;
        line.informational = true;
        verdict.lines.append(line);
        verifyRoundTrip(VerdictRecord{verdict});
        QCOMPARE(VerdictRecord{verdict}.toJson().value(QStringLiteral("passed")), QJsonValue(false));

        verifyRoundTrip(RecoverStartedRecord{QStringLiteral("M3"),
                                             {QStringLiteral("sre"), QStringLiteral("jump"), 4242},
                                             QLatin1String(RecoverStartedRecord::kFromJournal)});
        verifyRoundTrip(RecoverFinishedRecord{QLatin1String(RecoverFinishedRecord::kFailed),
                                              QStringLiteral("M3 came back as another member")});

        DataSafetyRecord safety;
        safety.verified = true;
        safety.lostWritesAllowed = 2;
        safety.hashesRequired = false;
        DataSafetyResult& r = safety.result;
        r.prefix = QStringLiteral("/etcd-drill/workload/20261203-051500/");
        r.rate = 20;
        r.puts = 10;
        r.acknowledged = 8;
        r.failed = 1;
        r.unknown = 1;
        r.unknownApplied = 1;
        r.readDone = true;
        r.membersRead = {QStringLiteral("M1"), QStringLiteral("M2")};
        r.membersNotRead = {QStringLiteral("M3: deadline exceeded")};
        r.lost = 1;
        r.foreign = 1;
        r.findings = {
            {QStringLiteral("deleted"), r.prefix + QStringLiteral("7"), 4021, QStringLiteral("watch"), 7}};
        r.watched = true;
        r.watchEvents = 9;
        r.watchOpens = {QStringLiteral("M3 from 4000"), QStringLiteral("M1 from 4013")};
        r.watchMissing = 1;
        r.hashRevision = 4030;
        r.hashAttempts = 2;
        r.hashes = {{QStringLiteral("M1"), true, 0xdeadbeef, 3900, {}},
                    {QStringLiteral("M3"), false, 0, 0, QStringLiteral("deadline exceeded")}};
        r.phases = {{QStringLiteral("before"), 4, 4, 0, 0, 1.5, 3.25},
                    {QStringLiteral("during-fault"), 6, 4, 1, 1, {}, {}}};
        r.deleted = 9;
        r.cleanupError = QStringLiteral("connection refused");
        r.cleanupCommand = QStringLiteral("ETCDCTL_API=3 etcdctl del --prefix /etcd-drill/workload/x/");
        verifyRoundTrip(safety);
        QCOMPARE(DataSafetyRecord::fromJson(safety.toJson()).result.hashes.first().hash, 0xdeadbeefu);
        QVERIFY(!DataSafetyRecord::fromJson(safety.toJson()).result.watchComplete());
    }

    // Every line of the 0.1.0 fixture, read through its record and written again, gives the same JSON: the
    // records write what the code wrote then. The only additions are the ones schema 1 made on purpose: the
    // "schema" field of drill-started and the "texts" that drill-finished always carries.
    void fixtureLinesRewriteTheSame()
    {
        const JournalReadResult read = JournalReader::read(
            test::TestFiles::fixture(QStringLiteral("report/lab-drill")) + QStringLiteral("/journal.jsonl"));
        QVERIFY2(read.ok(), qPrintable(read.error));
        QSet<JournalKind> seen;
        for (const JournalEntry& entry : read.entries) {
            QVERIFY(entry.kind);
            seen.insert(*entry.kind);
            QJsonObject fields = entry.fields;
            for (const char* common : {"seq", "time", "mono_ms", "type"})
                fields.remove(QLatin1String(common));
            QJsonObject again = rewritten(*entry.kind, fields);
            if (*entry.kind == JournalKind::DrillStarted)
                again.remove(QLatin1String(JournalSchema::kSchemaField));
            if (*entry.kind == JournalKind::DrillFinished)
                again.remove(QStringLiteral("texts"));
            QVERIFY2(compact(again) == compact(fields),
                     qPrintable(QStringLiteral("line %1 (%2):\n  was %3\n  now %4")
                                    .arg(entry.line)
                                    .arg(entry.type, QString::fromUtf8(compact(fields)),
                                         QString::fromUtf8(compact(again)))));
        }
        QVERIFY(seen.size() >= 20);
    }

    void readerNamesFileAndLineOfBadRecords()
    {
        const QByteArray content =
            "{\"seq\":1,\"time\":\"2026-01-01T00:00:00.000Z\",\"mono_ms\":1,\"type\":\"drill-started\","
            "\"cluster\":\"lab\"}\n"
            "{\"seq\":2,\"time\":\"2026-01-01T00:00:01.000Z\",\"mono_ms\":2,\"type\":\"teleport\"}\n"
            "{\"seq\":3,\"time\":\"2026-01-01T00:00:02.000Z\",\"mono_ms\":3,\"type\":\"fault-applied\","
            "\"member_id\":\"1\"}\n"
            "{\"seq\":4,\"time\":\"2026-01-01T00:00:03.000Z\",\"mono_ms\":4,\"type\":\"note\",\"text\":"
            "\"hi\"}\n";
        const JournalReadResult read = JournalReader::parse(content, QStringLiteral("/x/journal.jsonl"));
        QVERIFY(read.ok());
        // Kept, for what they still say, and named with file and line.
        QCOMPARE(read.entries.size(), 4);
        QVERIFY(!read.entries.at(1).kind);
        QCOMPARE(read.entries.at(2).kind, std::optional<JournalKind>(JournalKind::FaultApplied));
        QVERIFY(read.problems.isEmpty());
        QCOMPARE(read.schemaProblems.size(), 2);
        QVERIFY2(read.schemaProblems.at(0).startsWith(
                     QStringLiteral("journal.jsonl:2: unknown record kind \"teleport\"")),
                 qPrintable(read.schemaProblems.at(0)));
        QVERIFY2(read.schemaProblems.at(1).startsWith(
                     QStringLiteral("journal.jsonl:3: a \"fault-applied\" record needs \"node\"")),
                 qPrintable(read.schemaProblems.at(1)));
    }

    // A journal of etcd-drill 0.1.0 (no schema field): every line is of a known kind with its fields.
    void fixtureOfTodaysFormatReads()
    {
        const JournalReadResult read = JournalReader::read(
            test::TestFiles::fixture(QStringLiteral("report/lab-drill")) + QStringLiteral("/journal.jsonl"));
        QVERIFY2(read.ok(), qPrintable(read.error));
        QVERIFY2(read.problems.isEmpty(), qPrintable(read.problems.join(u'\n')));
        QVERIFY2(read.schemaProblems.isEmpty(), qPrintable(read.schemaProblems.join(u'\n')));
        QCOMPARE(read.entries.size(), 704);
        const QList<JournalEntry> started = read.ofKind(JournalKind::DrillStarted);
        QCOMPARE(started.size(), 1);
        QCOMPARE(JournalSchema::versionOf(started.first().fields), 1);
        const DrillStartedRecord r = DrillStartedRecord::fromJson(started.first().fields);
        QCOMPARE(r.cluster, QStringLiteral("lab"));
        QCOMPARE(r.nodes.size(), 3);
        QCOMPARE(r.maxElectionMs, std::optional<qint64>(5000));
        const QList<JournalEntry> applied = read.ofKind(JournalKind::FaultApplied);
        QCOMPARE(applied.size(), 1);
        const FaultAppliedRecord fault = FaultAppliedRecord::fromJson(applied.first().fields);
        QCOMPARE(fault.node, QStringLiteral("M3"));
        QVERIFY(!fault.start.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestJournalRecords)
#include "TestJournalRecords.moc"
