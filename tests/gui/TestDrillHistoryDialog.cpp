// File ▸ Drill history… on journal folders written here (HistoryTestJournals.h): every folder listed (the
// corrupted one with its reason), the cluster filter, sorting by a figure, two drills compared side by side
// with the regression marked, a double-click asking for the replay. Screenshot:
// <build>/test-artifacts/drill-history.png.
#include "../unit/HistoryTestJournals.h"

#include "DrillComparisonDialog.h"
#include "DrillHistoryDialog.h"
#include "DrillHistoryTableModel.h"
#include "DrillStepsPanel.h"

#include "i18n/TranslationLoader.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace etcddrill;
using namespace etcddrill::test;

namespace {

const QDateTime kFirst(QDate(2030, 1, 2), QTime(3, 4, 5), Qt::UTC);

// Two drills of cluster "test" three months apart; the VIP's longest outage went from 1.2 s to 4.8 s.
void writeTwoDrills(const QString& dir)
{
    Figures after;
    after.vipOutageMs = 4800;
    writeDrill(dir, QStringLiteral("test-20300102T030405Z"), drillJournal(kFirst, Figures()));
    writeDrill(dir, QStringLiteral("test-20300402T030405Z"), drillJournal(kFirst.addDays(90), after));
}

} // namespace

class TestDrillHistoryDialog : public QObject
{
    Q_OBJECT

private slots:
    void listsFiltersSortsComparesAndOpens()
    {
        QTemporaryDir dir;
        writeTwoDrills(dir.path());
        writeDrill(dir.path(), QStringLiteral("other-20300301T000000Z"),
                   drillJournal(kFirst.addDays(58), Figures(), QStringLiteral("other")));
        writeDrill(dir.path(), QStringLiteral("test-20300201T000000Z"), "garbage\n");

        DrillHistoryDialog dialog(dir.path());
        dialog.setAttribute(Qt::WA_DeleteOnClose, false);
        dialog.show();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isLoading(), 10000);
        QTableView* table = dialog.table();
        QCOMPARE(table->model()->rowCount(), 4);
        // Newest first; the corrupted folder says it is unreadable, with the reason as its tooltip.
        QCOMPARE(cell(table, 0, DrillHistoryTableModel::Cluster), QStringLiteral("test"));
        bool sawUnreadable = false;
        for (int row = 0; row < 4; ++row) {
            if (cell(table, row, DrillHistoryTableModel::Verdict) == QLatin1String("unreadable")) {
                sawUnreadable = true;
                QVERIFY(!table->model()
                             ->index(row, DrillHistoryTableModel::Verdict)
                             .data(Qt::ToolTipRole)
                             .toString()
                             .isEmpty());
            }
        }
        QVERIFY(sawUnreadable);
        // The newest is one figure worse than the drill before it.
        QCOMPARE(cell(table, 0, DrillHistoryTableModel::VersusPrevious), QStringLiteral("1 worse"));
        // Which one, in its tooltip; and the time in UTC as `etcd-drill-cli history` prints it.
        QCOMPARE(
            table->model()->index(0, DrillHistoryTableModel::VersusPrevious).data(Qt::ToolTipRole).toString(),
            QStringLiteral("vip: longest outage 1.2 s → 4.8 s (worse)"));
        QCOMPARE(cell(table, 0, DrillHistoryTableModel::Started), QStringLiteral("2030-04-02 03:04"));
        QCOMPARE(table->model()->headerData(DrillHistoryTableModel::Started, Qt::Horizontal).toString(),
                 QStringLiteral("Started (UTC)"));

        auto* cluster = dialog.findChild<QComboBox*>(QStringLiteral("historyCluster"));
        QVERIFY(cluster);
        // A cluster's drills, and the folder that could not be read (it may be this cluster's).
        dialog.setClusterFilter(QStringLiteral("other"));
        QCOMPARE(table->model()->rowCount(), 2);
        dialog.setClusterFilter(QStringLiteral("test"));
        QCOMPARE(table->model()->rowCount(), 3);

        // Sorted by the VIP's longest outage, largest first.
        table->sortByColumn(DrillHistoryTableModel::VipOutage, Qt::DescendingOrder);
        QCOMPARE(cell(table, 0, DrillHistoryTableModel::VipOutage), QStringLiteral("4.8 s"));

        const QDir artifacts(QStringLiteral(ETCD_DRILL_TEST_ARTIFACTS));
        QDir().mkpath(artifacts.path());
        dialog.setClusterFilter(QString());
        QVERIFY(dialog.grab().toImage().save(artifacts.filePath(QStringLiteral("drill-history.png"))));

        // Two selected: compared side by side, the regression marked; not with the unreadable one.
        dialog.setClusterFilter(QStringLiteral("test"));
        auto* compare = dialog.findChild<QPushButton*>(QStringLiteral("compareButton"));
        table->selectAll();
        QVERIFY(compare && !compare->isEnabled()); // three rows, one unreadable
        table->clearSelection();
        table->selectionModel()->select(table->model()->index(0, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
        table->selectionModel()->select(table->model()->index(1, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QVERIFY(compare->isEnabled());
        compare->click();
        auto* comparison = dialog.findChild<DrillComparisonDialog*>();
        QVERIFY(comparison);
        bool worseMarked = false;
        QTableWidget* rows = comparison->table();
        for (int row = 0; row < rows->rowCount(); ++row) {
            if (rows->item(row, 0)->text() == QLatin1String("vip: longest outage")) {
                QCOMPARE(rows->item(row, 1)->text(), QStringLiteral("1.2 s"));
                QCOMPARE(rows->item(row, 2)->text(), QStringLiteral("4.8 s"));
                QCOMPARE(rows->item(row, 3)->text(), QStringLiteral("worse (+3.6 s)"));
                worseMarked = true;
            }
        }
        QVERIFY(worseMarked);
        QVERIFY(
            comparison->grab().toImage().save(artifacts.filePath(QStringLiteral("drill-comparison.png"))));
        comparison->close();

        // One row double-clicked: the replay is asked for.
        QSignalSpy replay(&dialog, &DrillHistoryDialog::replayRequested);
        table->clearSelection();
        const QRect cellRect = table->visualRect(table->model()->index(0, DrillHistoryTableModel::Verdict));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cellRect.center());
        auto* open = dialog.findChild<QPushButton*>(QStringLiteral("openReplayButton"));
        QVERIFY(open && open->isEnabled());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cellRect.center());
        QCOMPARE(replay.size(), 1);
        QVERIFY(replay.first().first().toString().endsWith(QLatin1String("test-20300402T030405Z")));
    }

    // In Chinese, on a 1366×768 laptop: the translated headers and texts, and the dialog fits the screen.
    void chineseOnALaptop()
    {
        QTemporaryDir dir;
        writeTwoDrills(dir.path());
        writeDrill(dir.path(), QStringLiteral("test-20300201T000000Z"), "garbage\n");
        TranslationLoader zh;
        QVERIFY(zh.load(QStringLiteral("zh_CN")));
        DrillHistoryDialog dialog(dir.path());
        dialog.setAttribute(Qt::WA_DeleteOnClose, false);
        dialog.show();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isLoading(), 10000);
        QVERIFY(dialog.windowTitle() == QStringLiteral("演练历史"));
        QTableView* table = dialog.table();
        QCOMPARE(table->model()->headerData(DrillHistoryTableModel::Verdict, Qt::Horizontal).toString(),
                 QStringLiteral("结论"));
        QCOMPARE(cell(table, 0, DrillHistoryTableModel::VersusPrevious), QStringLiteral("1 项变差"));
        QCOMPARE(cell(table, 0, DrillHistoryTableModel::Verdict), QStringLiteral("通过"));
        QVERIFY(dialog.width() <= 1366 && dialog.height() <= 768 - 60);
        const QDir artifacts(QStringLiteral(ETCD_DRILL_TEST_ARTIFACTS));
        QVERIFY(dialog.grab().toImage().save(artifacts.filePath(QStringLiteral("drill-history-zh.png"))));
        zh.unload();
    }

    // The console's verdict, then what got worse than in the previous drill under it.
    void verdictShowsTheComparison()
    {
        DrillStepsPanel panel;
        DrillSummary summary;
        summary.outcome = DrillSummary::Outcome::Passed;
        panel.showSummary(summary);
        auto* banner = panel.findChild<QLabel*>(QStringLiteral("drillBanner"));
        QVERIFY(banner);
        QVERIFY(banner->text().contains(QStringLiteral("Drill passed")));
        ReportComparison comparison;
        comparison.previousStartedAt = QDateTime(QDate(2030, 1, 2), QTime(3, 4, 5), Qt::UTC);
        ComparedFigure vip;
        vip.key = QStringLiteral("vip.longest-outage");
        vip.label = LocalizedText(QStringLiteral("vip: longest outage"));
        vip.current = 4800;
        vip.previous = 1200;
        vip.change = ComparedFigure::Change::Worse;
        ComparedFigure same = vip;
        same.key = QStringLiteral("election");
        same.label = LocalizedText(QStringLiteral("leader election"));
        same.change = ComparedFigure::Change::Same;
        comparison.figures = {vip, same};
        panel.showComparison(comparison);
        QVERIFY2(banner->text().contains(QStringLiteral("Drill passed")), qPrintable(banner->text()));
        QVERIFY2(banner->text().contains(QStringLiteral("Worse than in the previous drill")),
                 qPrintable(banner->text()));
        QVERIFY2(banner->text().contains(QStringLiteral("vip: longest outage 1.2 s → 4.8 s (worse)")),
                 qPrintable(banner->text()));
        QVERIFY(!banner->text().contains(QStringLiteral("leader election")));
        comparison.figures = {same};
        panel.showComparison(comparison);
        QVERIFY2(banner->text().contains(QStringLiteral("No key figure got worse")),
                 qPrintable(banner->text()));
    }

private:
    static QString cell(QTableView* table, int row, int column)
    {
        return table->model()->index(row, column).data().toString();
    }
};

QTEST_MAIN(TestDrillHistoryDialog)
#include "TestDrillHistoryDialog.moc"
