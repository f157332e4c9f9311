// ReportExportDialog on the lab drill fixture (tests/data/report/lab-drill): it exports on its worker thread
// while the event loop keeps turning, never replaces a file without asking (No keeps the file, Yes replaces
// it), names PNG page files that would be replaced, and reports an unreadable journal as an error.
#include "ReportExportDialog.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace etcddrill;

namespace {

const QString kDrill = QStringLiteral(ETCD_DRILL_TEST_DATA "/report/lab-drill");

// Answers the next QMessageBox with `button` as soon as it shows; returns its text through *text.
void answerNextMessageBox(QMessageBox::StandardButton button, QString* text)
{
    auto* timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, button, text] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box)
            return;
        *text = box->text();
        box->button(button)->click();
        timer->deleteLater();
    });
    timer->start();
}

} // namespace

class TestReportExportDialog : public QObject
{
    Q_OBJECT

private slots:
    void exportsWhileTheEventLoopTurns()
    {
        QTemporaryDir dir;
        ReportExportDialog dialog(kDrill);
        dialog.show();
        dialog.setFormat(ReportFormat::Pdf);
        dialog.setOutputPath(dir.filePath(QStringLiteral("report.pdf")));
        QSignalSpy finished(&dialog, &ReportExportDialog::exportFinished);
        int ticks = 0;
        QTimer ticker;
        ticker.setInterval(5);
        connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
        ticker.start();
        QElapsedTimer clock;
        clock.start();
        dialog.startExport();
        QVERIFY(dialog.isExporting());
        QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("export"))->isEnabled());
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.front().at(0).toBool(), qPrintable(finished.front().at(1).toString()));
        // startExport() returned at once and the loop kept running: at least one tick per ~25 ms of export.
        QVERIFY2(ticks >= clock.elapsed() / 25,
                 qPrintable(QStringLiteral("%1 ticks in %2 ms").arg(ticks).arg(clock.elapsed())));
        QCOMPARE(dialog.writtenFiles(), QStringList{dir.filePath(QStringLiteral("report.pdf"))});
        QFile pdf(dir.filePath(QStringLiteral("report.pdf")));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QCOMPARE(pdf.read(5), QByteArray("%PDF-"));
        QVERIFY(dialog.statusText().contains(QStringLiteral("report.pdf")));
        QVERIFY(!dialog.isExporting());
    }

    void asksBeforeReplacing()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("summary.png"));
        {
            QFile existing(file);
            QVERIFY(existing.open(QIODevice::WriteOnly));
            existing.write("keep me");
        }
        ReportExportDialog dialog(kDrill);
        dialog.show();
        dialog.setFormat(ReportFormat::SummaryPng);
        dialog.setOutputPath(file);
        QSignalSpy finished(&dialog, &ReportExportDialog::exportFinished);

        QString question;
        answerNextMessageBox(QMessageBox::No, &question);
        dialog.startExport(); // the question is modal: returns once answered
        QVERIFY(question.contains(file));
        QVERIFY(!dialog.isExporting());
        QTest::qWait(200); // time passes on purpose: an export started after "No" would report by now
        QCOMPARE(finished.size(), 0);
        QFile kept(file);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("keep me"));
        kept.close();
        QVERIFY(dialog.statusText().contains(QStringLiteral("Nothing was written")));

        answerNextMessageBox(QMessageBox::Yes, &question);
        dialog.startExport();
        QVERIFY(finished.wait(30000));
        QVERIFY(finished.front().at(0).toBool());
        QImage image(file);
        QCOMPARE(image.width(), dialog.summaryWidth());
    }

    void pngPagesThatWouldBeReplacedAreNamed()
    {
        QTemporaryDir dir;
        QFile page3(dir.filePath(QStringLiteral("drill-3.png")));
        QVERIFY(page3.open(QIODevice::WriteOnly));
        page3.close();
        ReportExportDialog dialog(kDrill);
        dialog.setFormat(ReportFormat::PngPages);
        dialog.setOutputPath(dir.filePath(QStringLiteral("drill.png")));
        QString question;
        answerNextMessageBox(QMessageBox::No, &question);
        dialog.startExport();
        QVERIFY2(question.contains(QStringLiteral("drill-3.png")), qPrintable(question));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("drill-1.png"))));
    }

    void unreadableJournalIsAnError()
    {
        QTemporaryDir dir;
        ReportExportDialog dialog(dir.filePath(QStringLiteral("nothing-here/journal.jsonl")));
        dialog.setFormat(ReportFormat::SummaryJson);
        dialog.setOutputPath(dir.filePath(QStringLiteral("s.json")));
        QSignalSpy finished(&dialog, &ReportExportDialog::exportFinished);
        dialog.startExport();
        QVERIFY(finished.wait(30000));
        QVERIFY(!finished.front().at(0).toBool());
        QVERIFY(dialog.statusText().contains(QStringLiteral("not written")));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("s.json"))));
    }
};

QTEST_MAIN(TestReportExportDialog)
#include "TestReportExportDialog.moc"
