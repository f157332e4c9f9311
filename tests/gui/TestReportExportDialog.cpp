// ReportExportDialog on the lab drill fixture (tests/data/report/lab-drill): it exports on its worker thread
// while the event loop keeps turning, never replaces a file without asking (No keeps the file, Yes replaces
// it), names PNG page files that would be replaced, and reports an unreadable journal as an error. A report
// exported in another language than the console's is in that language, and the console is not retranslated
// meanwhile (no LanguageChange reaches any object while the dialog exists and exports).
#include "ConsoleTestData.h"
#include "MainWindow.h"
#include "ReportExportDialog.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
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

// Counts the LanguageChange events delivered to any object of the application (an event filter on the
// application object sees every object's events).
class LanguageChangeCounter : public QObject
{
public:
    LanguageChangeCounter() { qApp->installEventFilter(this); }
    ~LanguageChangeCounter() override { qApp->removeEventFilter(this); }
    int count = 0;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::LanguageChange)
            ++count;
        return QObject::eventFilter(watched, event);
    }
};

// The text of a PDF (pdftotext, as the report's integration test reads it); empty when it cannot be read.
QString pdfText(const QString& file)
{
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), file, QStringLiteral("-")});
    if (!pdftotext.waitForFinished(30000) || pdftotext.exitCode() != 0)
        return QString();
    return QString::fromUtf8(pdftotext.readAllStandardOutput());
}

} // namespace

class TestReportExportDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settings;

    // Exports the fixture's PDF in `reportLanguage` from a dialog over a console in `consoleLanguage`;
    // returns the PDF's text, and through *languageChanges the LanguageChange events seen from the dialog's
    // creation to its destruction (posted ones included).
    QString exportOverConsole(const QString& consoleLanguage, const QString& reportLanguage,
                              int* languageChanges, QString* consoleTitleBefore, QString* consoleTitleAfter)
    {
        QTemporaryDir dir;
        MainWindow window;
        window.setLanguage(consoleLanguage);
        window.show();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        *consoleTitleBefore = window.menuBar()->actions().value(0)->text();
        const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
        {
            LanguageChangeCounter counter;
            {
                ReportExportDialog dialog(kDrill, &window);
                dialog.show();
                dialog.setFormat(ReportFormat::Pdf);
                dialog.setLanguage(reportLanguage);
                dialog.setOutputPath(pdf);
                QSignalSpy finished(&dialog, &ReportExportDialog::exportFinished);
                dialog.startExport();
                if (!finished.wait(30000) || !finished.front().at(0).toBool())
                    return QString();
            }
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
            QCoreApplication::processEvents();
            *languageChanges = counter.count;
        }
        *consoleTitleAfter = window.menuBar()->actions().value(0)->text();
        return pdfText(pdf);
    }

private slots:
    void initTestCase() { test::ConsoleTestData::isolateSettings(m_settings.path()); }

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

    // The report in one language over a console in the other: the PDF is in the report's language, and
    // the console is not touched (no LanguageChange, the same first menu title).
    void reportLanguageOverConsole_data()
    {
        QTest::addColumn<QString>("console");
        QTest::addColumn<QString>("report");
        QTest::addColumn<QStringList>("present");
        QTest::addColumn<QString>("absent");
        QTest::addColumn<bool>("englishConsole");
        QTest::newRow("Chinese report over an English console")
            << QStringLiteral("en") << QStringLiteral("zh_CN")
            << QStringList{QStringLiteral("操作员"), QStringLiteral("集群 lab")} << QStringLiteral("Operator")
            << true;
        QTest::newRow("English report over a Chinese console")
            << QStringLiteral("zh_CN") << QStringLiteral("en")
            << QStringList{QStringLiteral("Operator"), QStringLiteral("cluster lab")}
            << QStringLiteral("操作员") << false;
    }

    void reportLanguageOverConsole()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed: the PDF's text cannot be read");
        QFETCH(QString, console);
        QFETCH(QString, report);
        QFETCH(QStringList, present);
        QFETCH(QString, absent);
        QFETCH(bool, englishConsole);
        int changes = -1;
        QString before;
        QString after;
        const QString text = exportOverConsole(console, report, &changes, &before, &after);
        QVERIFY2(!text.isEmpty(), "the export failed or its PDF could not be read");
        for (const QString& part : present)
            QVERIFY2(text.contains(part), qPrintable(text.left(600)));
        QVERIFY2(!text.contains(absent), qPrintable(text.left(600)));
        QCOMPARE(changes, 0);
        QCOMPARE(after, before);
        QVERIFY2((before == QStringLiteral("&File")) == englishConsole, qPrintable(before));
    }
};

QTEST_MAIN(TestReportExportDialog)
#include "TestReportExportDialog.moc"
