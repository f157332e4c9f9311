// DrillHistory and DrillComparison over journal folders written here (ReportTestJournal): newest first, a
// corrupted, a cut-off and an empty folder listed with their reasons, the cluster filter, pointers, the
// previous drill of a cluster, and the comparison of two drills — a regression marked worse, an improvement
// not, noise inside the margins the same. Also ReportJUnit on passed, failed and aborted drills, read back
// with an XML parser, and the report's comparison finding.
#include "HistoryTestJournals.h"

#include "history/DrillComparison.h"
#include "history/DrillHistory.h"
#include "report/ComparedFigure.h"
#include "report/ReportBuilder.h"
#include "report/ReportComparisonSection.h"
#include "report/ReportJUnit.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace etcddrill;

using namespace etcddrill::test;

namespace {

const QDateTime kFirst(QDate(2030, 1, 2), QTime(3, 4, 5), Qt::UTC);
const QDateTime kSecond(QDate(2030, 4, 2), QTime(3, 4, 5), Qt::UTC);

} // namespace

class TestDrillHistory : public QObject
{
    Q_OBJECT

private slots:
    void listsNewestFirstWithReasons()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(!writeDrill(dir.path(), QStringLiteral("test-20300102T030405Z"), drillJournal(kFirst, {}))
                     .isEmpty());
        QVERIFY(!writeDrill(dir.path(), QStringLiteral("test-20300402T030405Z"), drillJournal(kSecond, {}))
                     .isEmpty());
        QVERIFY(!writeDrill(dir.path(), QStringLiteral("other-20300301T000000Z"),
                            drillJournal(kFirst.addDays(58), {}, QStringLiteral("other")))
                     .isEmpty());
        // Corrupted: not JSON at all. Cut off: the drill-started line and half a line, no drill-finished.
        QVERIFY(!writeDrill(dir.path(), QStringLiteral("test-20300201T000000Z"), "\x01\x02 garbage\nmore\n")
                     .isEmpty());
        QByteArray cut = drillJournal(kFirst.addDays(40), {});
        cut = cut.left(cut.indexOf("\"type\":\"probe-summary\"") + 10);
        QVERIFY(!writeDrill(dir.path(), QStringLiteral("test-20300211T030405Z"), cut).isEmpty());
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("test-20300220T000000Z")))); // no journal at all

        const DrillHistory::Scan all = DrillHistory::scan({dir.path()});
        QCOMPARE(all.entries.size(), 6);
        const DrillHistory::Scan scan = DrillHistory::scan({dir.path()}, QStringLiteral("test"));
        QCOMPARE(scan.entries.size(), 5); // "other" left out; the unreadable ones named test-… kept
        QCOMPARE(scan.entries.first().startedAt, kSecond);
        int unreadable = 0;
        bool sawCut = false;
        for (const DrillHistoryEntry& e : scan.entries) {
            if (!e.readable) {
                ++unreadable;
                QVERIFY2(!e.problem.isEmpty(), qPrintable(e.folder));
                QCOMPARE(e.outcome, QStringLiteral("unreadable"));
            }
            if (e.folder.endsWith(QLatin1String("test-20300211T030405Z"))) {
                sawCut = true;
                QVERIFY(e.readable);
                QVERIFY(!e.complete);
                QVERIFY2(e.problem.contains(QStringLiteral("drill-finished")) ||
                             e.problem.contains(QStringLiteral("cut")),
                         qPrintable(e.problem));
            }
        }
        QCOMPARE(unreadable, 2);
        QVERIFY(sawCut);
        for (int i = 1; i < scan.entries.size(); ++i)
            QVERIFY(scan.entries.at(i - 1).startedAt >= scan.entries.at(i).startedAt);

        // The previous drill of test's newest: the first one. The cut-off one in between is listed but is no
        // baseline (it measured only part of a drill).
        const auto previous = DrillHistory::previous(scan.entries.first(), scan.entries);
        QVERIFY(previous);
        QVERIFY2(previous->folder.endsWith(QLatin1String("test-20300102T030405Z")),
                 qPrintable(previous->folder));
        const QJsonObject json = scan.entries.first().toJson();
        QCOMPARE(json.value(QStringLiteral("cluster")).toString(), QStringLiteral("test"));
        QCOMPARE(json.value(QStringLiteral("targets")).toArray().size(), 2);

        QCOMPARE(DrillHistory::scan({dir.filePath(QStringLiteral("nowhere"))}).problems.size(), 1);
    }

    // summary.json's probe totals replace the per-second sums target by target; what it lacks, or holds in a
    // form it should not, leaves the journal's figures as they were.
    void finalTotalsReplaceThePerSecondSums()
    {
        DrillHistoryEntry e;
        e.targets.append({QStringLiteral("vip"), QStringLiteral("vip"), 749, 5});
        e.targets.append({QStringLiteral("domain"), QStringLiteral("domain"), 749, 200});
        const QJsonArray impact{
            QJsonObject{{QStringLiteral("target"), QStringLiteral("vip")},
                        {QStringLiteral("samples"), 750},
                        {QStringLiteral("failed"), 6}},
            QJsonObject{{QStringLiteral("target"), QStringLiteral("domain")},
                        {QStringLiteral("samples"), QStringLiteral("750")}, // not a number
                        {QStringLiteral("failed"), 201}},
            QJsonObject{{QStringLiteral("target"), QStringLiteral("M9-apiserver")},
                        {QStringLiteral("samples"), 10},
                        {QStringLiteral("failed"), 0}},
        };
        e.takeFinalTotals(impact);
        QCOMPARE(e.target(QStringLiteral("vip"))->samples, 750);
        QCOMPARE(e.target(QStringLiteral("vip"))->failed, 6);
        QCOMPARE(e.target(QStringLiteral("domain"))->samples, 749);
        QCOMPARE(e.target(QStringLiteral("domain"))->failed, 200);
        QCOMPARE(e.targets.size(), 2); // no target made up from the summary
    }

    // "about the same" says by how much: a change just under the margin is not hidden by two rounded values.
    void deltasAreSigned()
    {
        ComparedFigure recovery;
        recovery.unit = ComparedFigure::Unit::Milliseconds;
        recovery.previous = 980;
        recovery.current = 1473;
        QCOMPARE(recovery.deltaText(), QStringLiteral("+493 ms"));
        ComparedFigure rate;
        rate.unit = ComparedFigure::Unit::Ratio;
        rate.previous = 0.2684;
        rate.current = 0.2673;
        QCOMPARE(rate.deltaText(), QStringLiteral("\u22120.11 points"));
        rate.current = rate.previous;
        QVERIFY(rate.deltaText().isEmpty()); // no change, nothing to add
        ComparedFigure verdict;
        verdict.unit = ComparedFigure::Unit::Outcome;
        verdict.previous = 1;
        verdict.current = 0;
        QVERIFY(verdict.deltaText().isEmpty());
    }

    void pointersAreFollowed()
    {
        QTemporaryDir journals;
        QTemporaryDir elsewhere;
        const QString folder =
            writeDrill(elsewhere.path(), QStringLiteral("drill-out"), drillJournal(kFirst, {}));
        QFile pointer(journals.filePath(QStringLiteral("test-20300102T030405Z.pointer")));
        QVERIFY(pointer.open(QIODevice::WriteOnly));
        pointer.write(folder.toUtf8() + '\n');
        pointer.close();
        QFile gone(journals.filePath(QStringLiteral("test-20300103T030405Z.pointer")));
        QVERIFY(gone.open(QIODevice::WriteOnly));
        gone.write("/nonexistent/drill\n");
        gone.close();
        const DrillHistory::Scan scan = DrillHistory::scan({journals.path()});
        QCOMPARE(scan.entries.size(), 1);
        QCOMPARE(scan.entries.first().folder, QDir::cleanPath(folder));
        QVERIFY(scan.problems.isEmpty()); // a stale pointer is a note, not a folder that cannot be listed
        QCOMPARE(scan.notes.size(), 1);
        QVERIFY(scan.notes.first().contains(QStringLiteral("which is gone")));
    }

    void regressionMarkedImprovementNot()
    {
        QTemporaryDir dir;
        Figures before;
        before.vipOutageMs = 1200;
        before.domainFailed = 20; // 2 %
        before.electionMs = 800;
        before.recoveryMs = 1500;
        Figures after = before;
        after.vipOutageMs = 4800; // worse: +3.6 s
        after.domainFailed = 2;   // better: 0.2 %
        after.electionMs = 1100;  // +300 ms: inside the margin
        after.recoveryMs = 1400;
        writeDrill(dir.path(), QStringLiteral("test-20300102T030405Z"), drillJournal(kFirst, before));
        const QString current =
            writeDrill(dir.path(), QStringLiteral("test-20300402T030405Z"), drillJournal(kSecond, after));

        const std::optional<ReportComparison> comparison = DrillComparison::forDrill(current);
        QVERIFY(comparison);
        QCOMPARE(comparison->previousStartedAt, kFirst);
        QCOMPARE(comparison->previousOperator, QStringLiteral("alice"));
        QHash<QString, ComparedFigure> byKey;
        for (const ComparedFigure& f : comparison->figures)
            byKey.insert(f.key, f);
        QCOMPARE(byKey.value(QStringLiteral("vip.longest-outage")).change, ComparedFigure::Change::Worse);
        QCOMPARE(byKey.value(QStringLiteral("vip.longest-outage")).line().english(),
                 QStringLiteral("vip: longest outage 1.2 s → 4.8 s (worse)"));
        QCOMPARE(byKey.value(QStringLiteral("domain.error-rate")).change, ComparedFigure::Change::Better);
        QCOMPARE(byKey.value(QStringLiteral("election")).change, ComparedFigure::Change::Same);
        QCOMPARE(byKey.value(QStringLiteral("verdict")).change, ComparedFigure::Change::Same);
        QCOMPARE(comparison->worse(), 1);

        // The report: the comparison attached, a finding first that names the figure.
        QString error;
        ReportModel model = ReportBuilder::build(current, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        ReportComparisonSection::attach(model, *comparison, TextTranslator());
        QVERIFY(model.comparison);
        QCOMPARE(model.findings.first().severity, ReportFinding::Severity::Problem);
        QVERIFY2(model.findings.first().englishEvidence.contains(
                     QStringLiteral("vip: longest outage 1.2 s → 4.8 s")),
                 qPrintable(model.findings.first().englishEvidence));

        // A drill against itself: nothing worse. A verdict that stops passing is worse.
        QCOMPARE(DrillComparison::anyWorse(
                     DrillComparison::compare(DrillHistory::read(current), DrillHistory::read(current))),
                 false);
        Figures failed = before;
        failed.outcome = QStringLiteral("hypothesis-failed");
        const QString third = writeDrill(dir.path(), QStringLiteral("test-20300502T030405Z"),
                                         drillJournal(kSecond.addDays(30), failed));
        const std::optional<ReportComparison> verdictWorse = DrillComparison::forDrill(third);
        QVERIFY(verdictWorse);
        QCOMPARE(verdictWorse->previousStartedAt, kSecond);
        QCOMPARE(verdictWorse->figures.first().key, QStringLiteral("verdict"));
        QCOMPARE(verdictWorse->figures.first().change, ComparedFigure::Change::Worse);
    }

    void junitForPassedFailedAborted_data()
    {
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<bool>("rollback");
        QTest::addColumn<bool>("failedCheck");
        QTest::addColumn<int>("failures");
        QTest::addColumn<int>("errors");
        QTest::newRow("passed") << "passed" << false << false << 0 << 0;
        QTest::newRow("hypothesis failed") << "hypothesis-failed" << false << true << 2 << 0;
        QTest::newRow("aborted") << "aborted" << true << false << 0 << 1;
        QTest::newRow("preflight failed") << "preflight-failed" << false << true << 2 << 1;
    }

    void junitForPassedFailedAborted()
    {
        QFETCH(QString, outcome);
        QFETCH(bool, rollback);
        QFETCH(bool, failedCheck);
        QFETCH(int, failures);
        QFETCH(int, errors);
        QTemporaryDir dir;
        Figures f;
        f.outcome = outcome;
        f.rollback = rollback;
        f.failedCheck = failedCheck;
        const QString folder =
            writeDrill(dir.path(), QStringLiteral("test-20300102T030405Z"), drillJournal(kFirst, f));
        QString error;
        const ReportModel model = ReportBuilder::build(folder, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QString file = dir.filePath(QStringLiteral("junit.xml"));
        QVERIFY2(ReportJUnit::writeFile(model, file, false, &error), qPrintable(error));
        QVERIFY(!ReportJUnit::writeFile(model, file, false, &error)); // never replaced unless asked
        QVERIFY(error.contains(QStringLiteral("already exists")));

        QFile xml(file);
        QVERIFY(xml.open(QIODevice::ReadOnly));
        QXmlStreamReader reader(&xml);
        int suites = 0, cases = 0, failureElements = 0, errorElements = 0;
        QString folderProperty;
        QString suiteFailures;
        QString suiteErrors;
        QStringList caseNames;
        while (!reader.atEnd()) {
            reader.readNext();
            if (!reader.isStartElement())
                continue;
            const QStringView name = reader.name();
            if (name == QLatin1String("testsuite")) {
                ++suites;
                suiteFailures = reader.attributes().value(QLatin1String("failures")).toString();
                suiteErrors = reader.attributes().value(QLatin1String("errors")).toString();
            } else if (name == QLatin1String("testcase")) {
                ++cases;
                caseNames << reader.attributes().value(QLatin1String("name")).toString();
            } else if (name == QLatin1String("failure")) {
                ++failureElements;
                QVERIFY(reader.attributes()
                            .value(QLatin1String("message"))
                            .toString()
                            .contains(QStringLiteral("expected")));
            } else if (name == QLatin1String("error")) {
                ++errorElements;
                const QString why = reader.attributes().value(QLatin1String("message")).toString();
                QVERIFY2(why.contains(QStringLiteral("rolled back")) ||
                             why.contains(QStringLiteral("aborted")) ||
                             why.contains(QStringLiteral("the preflight failed")),
                         qPrintable(why));
            } else if (name == QLatin1String("property") &&
                       reader.attributes().value(QLatin1String("name")) == QLatin1String("drill.folder")) {
                folderProperty = reader.attributes().value(QLatin1String("value")).toString();
            }
        }
        QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
        QCOMPARE(suites, 1);
        QCOMPARE(failureElements, failures);
        QCOMPARE(errorElements, errors);
        QCOMPARE(suiteFailures, QString::number(failures));
        QCOMPARE(suiteErrors, QString::number(errors));
        QCOMPARE(folderProperty, QDir::toNativeSeparators(folder));
        QVERIFY(caseNames.contains(QStringLiteral("etcd M1")));
        QVERIFY(caseNames.contains(QStringLiteral("drill completed")));
        if (!rollback)
            QVERIFY(caseNames.contains(QStringLiteral("longest outage of vip")));
        QCOMPARE(cases, rollback ? 3 : 5);
    }

    // A journal cut off before the verdict (a crash) is an error in JUnit, never a pass; control characters
    // of recorded output do not break the XML.
    void junitForACutOffJournal()
    {
        QTemporaryDir dir;
        QByteArray journal = drillJournal(kFirst, {});
        // Everything before the recovered line: the drill ended there for its journal.
        journal = journal.left(journal.lastIndexOf('\n', journal.indexOf("\"type\":\"recovered\"")) + 1);
        const QString folder = writeDrill(dir.path(), QStringLiteral("test-20300102T030405Z"), journal);
        QString error;
        ReportModel model = ReportBuilder::build(folder, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!model.complete);
        model.headline = QStringLiteral("bell \x07 and escape \x1b[31m");
        const QByteArray xml = ReportJUnit::toXml(model);
        QXmlStreamReader reader(xml);
        int errors = 0;
        while (!reader.atEnd()) {
            reader.readNext();
            if (reader.isStartElement() && reader.name() == QLatin1String("error")) {
                ++errors;
                QVERIFY(reader.attributes()
                            .value(QLatin1String("message"))
                            .toString()
                            .contains(QStringLiteral("does not record the whole drill")));
            }
        }
        QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
        QCOMPARE(errors, 1);
        QCOMPARE(ReportJUnit::count(model).errors, 1);
    }
};

QTEST_GUILESS_MAIN(TestDrillHistory)
#include "TestDrillHistory.moc"
