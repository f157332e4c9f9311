// The journal schema (core/drill/journal): every kind has one name that maps back to it, every typed record
// survives toJson → fromJson field for field and writes at least the fields the schema requires, a line of an
// unknown kind or without a required field is reported with the file and line, and a journal of 0.1.0 (the
// lab drill fixture, no "schema" field) reads as schema 1 with no problem.
#include "JournalReader.h"
#include "JournalWriter.h"
#include "journal/CommandFinishedRecord.h"
#include "journal/DrillFinishedRecord.h"
#include "journal/DrillStartedRecord.h"
#include "journal/FaultAppliedRecord.h"
#include "journal/FaultNotAppliedRecord.h"
#include "journal/FaultRestoredRecord.h"
#include "journal/JournalSchema.h"

#include "DrillText.h"
#include "TestFiles.h"

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
        QCOMPARE(index, int(JournalKind::Note) + 1);
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
        DrillCommand c;
        c.step = DrillStep::Id::StopTarget;
        c.role = DrillCommand::Role::Stop;
        c.node = QStringLiteral("M3");
        c.purpose = QStringLiteral("stop etcd on M3");
        c.display = QStringLiteral("mv /etc/kubernetes/manifests/etcd.yaml /root/bak/");
        c.commandLine = QStringLiteral("sh -c '…'");
        c.location = QStringLiteral("locally");
        c.changesState = true;
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
