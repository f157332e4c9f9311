// CommandSequencer on a real LocalTransport (small sh scripts): commands run in order and each is journaled
// as command-started / command-finished with its output redacted; a sequence that stops on failure skips the
// rest and reports the first failure; in a dry run a command that changes state is shown, not run; after
// cancel() nothing more is reported.
#include "CommandSequencer.h"
#include "DrillRecorder.h"
#include "JournalReader.h"
#include "LocalTransport.h"

#include "probe/ManualClock.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace etcddrill;
using namespace std::chrono_literals;

namespace {

PlannedCommand command(const QString& purpose, const QString& script, bool changesState = false)
{
    PlannedCommand c;
    c.purpose = purpose;
    c.script = script;
    c.display = script;
    c.changesState = changesState;
    return c;
}

} // namespace

class TestCommandSequencer : public QObject
{
    Q_OBJECT

private slots:
    void runsInOrderAndStopsAtTheFirstFailure()
    {
        QTemporaryDir tmp;
        ManualClock clock;
        DrillRecorder recorder;
        QString error;
        QVERIFY2(recorder.openJournal(tmp.filePath(QStringLiteral("j")), &clock, &error), qPrintable(error));
        LocalTransport transport;
        CommandSequencer sequencer(recorder, false, 10s);
        sequencer.setTransport(&transport, QStringLiteral("M3"));
        QSignalSpy started(&sequencer, &CommandSequencer::commandStarted);
        const QString marker = tmp.filePath(QStringLiteral("third-ran"));

        QStringList each;
        std::optional<bool> allOk;
        CommandResult failure;
        sequencer.run(
            {command(QStringLiteral("one"), QStringLiteral("echo token: abcdef0123456789abcdef")),
             command(QStringLiteral("two"), QStringLiteral("echo broken >&2; exit 3")),
             command(QStringLiteral("three"), QStringLiteral("touch '%1'").arg(marker))},
            DrillCommand::Role::Stop, DrillStep::Id::StopTarget, true,
            [&](const PlannedCommand& c, const CommandResult&) { each.append(c.purpose.english()); },
            [&](bool ok, const CommandResult& first) {
                allOk = ok;
                failure = first;
            });
        QTRY_VERIFY_WITH_TIMEOUT(allOk.has_value(), 10000);
        QVERIFY(!*allOk);
        QCOMPARE(each, (QStringList{QStringLiteral("one"), QStringLiteral("two")}));
        QCOMPARE(failure.exitCode, 3);
        QCOMPARE(started.size(), 2);
        QVERIFY(!QFile::exists(marker));

        recorder.closeJournal();
        const JournalReadResult read = JournalReader::read(tmp.filePath(QStringLiteral("j/journal.jsonl")));
        QVERIFY2(read.ok(), qPrintable(read.error));
        QCOMPARE(read.ofKind(JournalKind::CommandStarted).size(), 2);
        const QList<JournalEntry> finished = read.ofKind(JournalKind::CommandFinished);
        QCOMPARE(finished.size(), 2);
        QCOMPARE(finished.at(0).text(QStringLiteral("node")), QStringLiteral("M3"));
        QCOMPARE(finished.at(0).text(QStringLiteral("role")), QStringLiteral("stop"));
        QVERIFY(finished.at(0).fields.value(QStringLiteral("succeeded")).toBool());
        QVERIFY2(
            !finished.at(0).text(QStringLiteral("stdout")).contains(QLatin1String("abcdef0123456789abcdef")),
            qPrintable(finished.at(0).text(QStringLiteral("stdout"))));
        QCOMPARE(finished.at(1).fields.value(QStringLiteral("exit_code")).toInt(), 3);
    }

    void dryRunShowsWhatChangesState()
    {
        DrillRecorder recorder;
        LocalTransport transport;
        CommandSequencer sequencer(recorder, true, 10s);
        sequencer.setTransport(&transport, QStringLiteral("M3"));
        QTemporaryDir tmp;
        const QString changed = tmp.filePath(QStringLiteral("changed"));
        const QString checked = tmp.filePath(QStringLiteral("checked"));
        QList<CommandResult> results;
        std::optional<bool> allOk;
        sequencer.run(
            {command(QStringLiteral("check"), QStringLiteral("touch '%1'").arg(checked)),
             command(QStringLiteral("stop"), QStringLiteral("touch '%1'").arg(changed), true)},
            DrillCommand::Role::Stop, DrillStep::Id::StopTarget, true,
            [&](const PlannedCommand&, const CommandResult& r) { results.append(r); },
            [&](bool ok, const CommandResult&) { allOk = ok; });
        QTRY_VERIFY_WITH_TIMEOUT(allOk.has_value(), 10000);
        QVERIFY(*allOk);
        QVERIFY(QFile::exists(checked)); // a check changes nothing: it runs in a dry run too
        QVERIFY(!QFile::exists(changed));
        QCOMPARE(results.size(), 2);
        QCOMPARE(results.at(1).errorText, QStringLiteral("not run: dry run"));
        const QList<DrillCommand> preview =
            sequencer.describeAll({command(QStringLiteral("stop"), QStringLiteral("true"), true)},
                                  DrillCommand::Role::Stop, DrillStep::Id::StopTarget);
        QCOMPARE(preview.size(), 1);
        QVERIFY(preview.first().dryRun);
        QCOMPARE(preview.first().location, transport.location());
    }

    void nothingAfterCancel()
    {
        DrillRecorder recorder;
        LocalTransport transport;
        CommandSequencer sequencer(recorder, false, 10s);
        sequencer.setTransport(&transport, QStringLiteral("M3"));
        QSignalSpy finished(&sequencer, &CommandSequencer::commandFinished);
        bool done = false;
        sequencer.run({command(QStringLiteral("slow"), QStringLiteral("sleep 0.3"))},
                      DrillCommand::Role::Start, DrillStep::Id::StartTarget, true, {},
                      [&](bool, const CommandResult&) { done = true; });
        sequencer.cancel();
        // The command itself still ends (it is not killed here); what must not come is its report.
        QTest::qWait(800); // time passing on purpose: nothing may arrive in it
        QCOMPARE(finished.size(), 0);
        QVERIFY(!done);
    }
};

QTEST_GUILESS_MAIN(TestCommandSequencer)
#include "TestCommandSequencer.moc"
