// DrillRecorder: a step change is journaled and emitted once (an unchanged one not at all), a check's texts
// are redacted before they reach the journal, the signal and checks(), a note is journaled with its texts,
// and without a journal the recorder still keeps steps and checks.
#include "DrillRecorder.h"
#include "DrillText.h"
#include "JournalReader.h"

#include "probe/ManualClock.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace etcddrill;

class TestDrillRecorder : public QObject
{
    Q_OBJECT

private slots:
    void stepsChecksAndNotesAreJournaledOnce()
    {
        QTemporaryDir tmp;
        ManualClock clock;
        DrillRecorder recorder;
        QString error;
        QVERIFY2(recorder.openJournal(tmp.filePath(QStringLiteral("lab-1")), &clock, &error),
                 qPrintable(error));
        QSignalSpy steps(&recorder, &DrillRecorder::stepChanged);
        QSignalSpy checks(&recorder, &DrillRecorder::checkFinished);
        QSignalSpy notices(&recorder, &DrillRecorder::notice);

        QCOMPARE(recorder.steps().size(), 7);
        QCOMPARE(recorder.currentStep(), DrillStep::Id::Preflight);
        recorder.setStep(DrillStep::Id::Preflight, DrillStep::State::Running,
                         DrillText::make(QT_TRANSLATE_NOOP("DrillText", "checking the cluster")));
        recorder.setStep(DrillStep::Id::Preflight, DrillStep::State::Running,
                         DrillText::make(QT_TRANSLATE_NOOP("DrillText", "checking the cluster")));
        recorder.setStep(DrillStep::Id::Preflight, DrillStep::State::Passed);
        recorder.setStep(DrillStep::Id::StopTarget, DrillStep::State::WaitingForOperator);
        QCOMPARE(steps.size(), 3); // the repeated change is not one
        QCOMPARE(recorder.currentStep(), DrillStep::Id::StopTarget);

        DrillCheck check;
        check.step = DrillStep::Id::Preflight;
        check.name = QStringLiteral("fault: manifest present");
        check.status = DrillCheck::Status::Failed;
        check.measured = QStringLiteral("token: abcdef0123456789");
        check.detail = QStringLiteral("Authorization: Bearer abc.def");
        recorder.addCheck(check);
        QCOMPARE(checks.size(), 1);
        const DrillCheck emitted = checks.first().first().value<DrillCheck>();
        QVERIFY2(!emitted.measured.contains(QLatin1String("abcdef0123456789")), qPrintable(emitted.measured));
        QVERIFY2(!emitted.detail.contains(QLatin1String("abc.def")), qPrintable(emitted.detail));
        QCOMPARE(recorder.checks().size(), 1);
        QCOMPARE(recorder.checks().first().measured, emitted.measured);

        recorder.note(DrillText::make(QT_TRANSLATE_NOOP("DrillText", "cannot write %1: %2"),
                                      QStringLiteral("summary.json"), QStringLiteral("disk full")));
        QCOMPARE(notices.size(), 1);
        recorder.closeJournal();

        const JournalReadResult read =
            JournalReader::read(tmp.filePath(QStringLiteral("lab-1/journal.jsonl")));
        QVERIFY2(read.ok(), qPrintable(read.error));
        QVERIFY(read.schemaProblems.isEmpty());
        const QList<JournalEntry> stepLines = read.ofKind(JournalKind::Step);
        QCOMPARE(stepLines.size(), 3);
        QCOMPARE(stepLines.at(0).text(QStringLiteral("state")), QStringLiteral("running"));
        QCOMPARE(stepLines.at(0).text(QStringLiteral("detail")), QStringLiteral("checking the cluster"));
        QVERIFY(stepLines.at(0).fields.contains(QStringLiteral("texts")));
        QCOMPARE(stepLines.at(2).text(QStringLiteral("state")), QStringLiteral("waiting-for-operator"));
        const QList<JournalEntry> checkLines = read.ofKind(JournalKind::Check);
        QCOMPARE(checkLines.size(), 1);
        QVERIFY(
            !checkLines.first().text(QStringLiteral("measured")).contains(QLatin1String("abcdef0123456789")));
        QVERIFY(!checkLines.first().text(QStringLiteral("detail")).contains(QLatin1String("abc.def")));
        const QList<JournalEntry> notes = read.ofKind(JournalKind::Note);
        QCOMPARE(notes.size(), 1);
        QCOMPARE(notes.first().text(QStringLiteral("text")),
                 QStringLiteral("cannot write summary.json: disk full"));
    }

    void withoutJournalStillKeepsTheRecord()
    {
        DrillRecorder recorder;
        QVERIFY(!recorder.hasJournal());
        QSignalSpy steps(&recorder, &DrillRecorder::stepChanged);
        recorder.setStep(DrillStep::Id::Preflight, DrillStep::State::Failed,
                         LocalizedText(QStringLiteral("no")));
        DrillCheck check;
        check.name = QStringLiteral("journal");
        check.status = DrillCheck::Status::Failed;
        recorder.addCheck(check);
        QCOMPARE(steps.size(), 1);
        QCOMPARE(recorder.steps().first().state, DrillStep::State::Failed);
        QCOMPARE(recorder.steps().first().detail, QStringLiteral("no"));
        QCOMPARE(recorder.checks().size(), 1);
        QVERIFY(recorder.journalFolder().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDrillRecorder)
#include "TestDrillRecorder.moc"
