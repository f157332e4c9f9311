// File ▸ Export report…: writes the report of one drill (its journal.jsonl and the samples.csv beside it) as
// a PDF, PNG pages, a summary PNG for chat, the samples as CSV or the summary as JSON, in English or
// Simplified Chinese (default: the console's language), through the same core path as `etcd-drill-cli
// report` (ReportExport), so both give the same pages. Building and rendering run on a worker thread the
// dialog owns (a busy bar shows meanwhile; the console stays responsive). The report's language travels in
// the export request (a translator of its own per language, kept for the dialog's life): nothing is
// installed in the application, so the console keeps its language and sees no LanguageChange. An existing
// file is replaced only after the operator said yes.
// Thread: GUI thread. Owner: its creator (Qt parent); waits for a running export when destroyed.
#pragma once

#include "report/ReportExport.h"

#include <QDialog>
#include <QHash>
#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QThread;
class QTranslator;

namespace etcddrill {

class ReportExportWorker;

class ReportExportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ReportExportDialog(const QString& journalFile, QWidget* parent = nullptr);
    ~ReportExportDialog() override;

    QString journalFile() const { return m_journal; }
    ReportFormat format() const;
    void setFormat(ReportFormat format);
    QString language() const; // "en" or "zh_CN"
    void setLanguage(const QString& language);
    int summaryWidth() const;
    void setSummaryWidth(int px);
    QString outputPath() const;
    void setOutputPath(const QString& path);

    bool isExporting() const { return m_busy; }
    QStringList writtenFiles() const { return m_written; } // of the last export that succeeded
    QString statusText() const;

public slots:
    // What the Export button does: asks before replacing a file, then exports on the worker thread.
    void startExport();

signals:
    void exportFinished(bool ok, const QString& message);

protected:
    void changeEvent(QEvent* event) override;
    void reject() override;

private:
    void retranslateUi();
    void browse();
    void formatChanged();
    void finish(const etcddrill::ReportExportResult& result);
    QString suggestedPath(ReportFormat format) const;
    QStringList existingTargets(const ReportExportRequest& request) const;
    void setBusy(bool busy);
    const QTranslator* reportTranslator(const QString& language);

    QString m_journal;
    bool m_busy = false;
    QStringList m_written;
    QComboBox* m_format;
    QComboBox* m_language;
    QSpinBox* m_width;
    QLabel* m_widthLabel;
    QLabel* m_formatLabel;
    QLabel* m_languageLabel;
    QLabel* m_pathLabel;
    QLineEdit* m_path;
    QPushButton* m_browse;
    QLabel* m_status;
    QProgressBar* m_progress;
    QDialogButtonBox* m_buttons;
    QPushButton* m_export;
    std::unique_ptr<QThread> m_thread;
    ReportExportWorker* m_worker = nullptr; // lives on m_thread, deleted when it finishes
    // The report languages' translators, loaded on first use; the export thread reads them, so they live
    // until the destructor has waited for it.
    QHash<QString, std::shared_ptr<QTranslator>> m_reportTranslators;
};

} // namespace etcddrill
