#include "ReportExportDialog.h"

#include "ReportExportWorker.h"
#include "i18n/TranslationLoader.h"
#include "report/ReportRenderer.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QThread>
#include <QTranslator>
#include <QVBoxLayout>

namespace etcddrill {

namespace {

const ReportFormat kFormats[] = {ReportFormat::Pdf,         ReportFormat::PngPages,
                                 ReportFormat::SummaryPng,  ReportFormat::SamplesCsv,
                                 ReportFormat::SummaryJson, ReportFormat::JUnit};

} // namespace

ReportExportDialog::ReportExportDialog(const QString& journalFile, QWidget* parent)
    : QDialog(parent), m_journal(journalFile), m_format(new QComboBox(this)), m_language(new QComboBox(this)),
      m_width(new QSpinBox(this)), m_widthLabel(new QLabel(this)), m_formatLabel(new QLabel(this)),
      m_languageLabel(new QLabel(this)), m_pathLabel(new QLabel(this)), m_path(new QLineEdit(this)),
      m_browse(new QPushButton(this)), m_status(new QLabel(this)), m_progress(new QProgressBar(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this)), m_export(new QPushButton(this))
{
    setObjectName(QStringLiteral("reportExportDialog"));
    m_format->setObjectName(QStringLiteral("format"));
    m_language->setObjectName(QStringLiteral("language"));
    m_width->setObjectName(QStringLiteral("width"));
    m_path->setObjectName(QStringLiteral("path"));
    m_status->setObjectName(QStringLiteral("status"));
    m_export->setObjectName(QStringLiteral("export"));
    m_progress->setObjectName(QStringLiteral("busy"));

    for (int i = 0; i < int(std::size(kFormats)); ++i)
        m_format->addItem(QString(), int(kFormats[i]));
    // Each language in its own name, as language menus do.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    // The defaults are core's (ReportExportRequest, ReportRenderOptions), the CLI's too; the language is the
    // console's.
    const ReportExportRequest defaults;
    setFormat(defaults.format);
    setLanguage(ReportRenderOptions::languageFor(QLocale()));
    m_width->setRange(ReportRenderOptions::kMinWidthPx, ReportRenderOptions::kMaxWidthPx);
    m_width->setSingleStep(100);
    m_width->setValue(defaults.render.widthPx(defaults.format));
    m_width->setSuffix(QStringLiteral(" px"));
    m_progress->setRange(0, 0); // busy: the export does not know its progress
    m_progress->setVisible(false);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_buttons->addButton(m_export, QDialogButtonBox::AcceptRole);
    m_export->setDefault(true);

    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    auto* form = new QFormLayout;
    form->addRow(m_formatLabel, m_format);
    form->addRow(m_languageLabel, m_language);
    form->addRow(m_widthLabel, m_width);
    form->addRow(m_pathLabel, pathRow);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_format, &QComboBox::currentIndexChanged, this, &ReportExportDialog::formatChanged);
    connect(m_browse, &QPushButton::clicked, this, &ReportExportDialog::browse);
    connect(m_export, &QPushButton::clicked, this, &ReportExportDialog::startExport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ReportExportDialog::reject);

    m_thread = std::make_unique<QThread>();
    m_thread->setObjectName(QStringLiteral("report-export"));
    m_worker = new ReportExportWorker; // no parent: it moves to the thread, deleted when the thread ends
    m_worker->moveToThread(m_thread.get());
    connect(m_thread.get(), &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &ReportExportWorker::finished, this, &ReportExportDialog::finish);
    m_thread->start();

    retranslateUi();
    setOutputPath(suggestedPath(format()));
    formatChanged();
    resize(560, sizeHint().height());
}

ReportExportDialog::~ReportExportDialog()
{
    // A running export finishes first (a few seconds at most); its files are then complete or absent.
    m_thread->quit();
    m_thread->wait();
}

const QTranslator* ReportExportDialog::reportTranslator(const QString& language)
{
    std::shared_ptr<QTranslator>& translator = m_reportTranslators[language];
    if (!translator)
        translator = TranslationLoader::loadTranslator(language); // English without its .qm: the source
    return translator.get();
}

ReportFormat ReportExportDialog::format() const
{
    return ReportFormat(m_format->currentData().toInt());
}

void ReportExportDialog::setFormat(ReportFormat format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

QString ReportExportDialog::language() const
{
    return m_language->currentData().toString();
}

void ReportExportDialog::setLanguage(const QString& language)
{
    const int index = m_language->findData(language);
    m_language->setCurrentIndex(index < 0 ? 0 : index);
}

int ReportExportDialog::summaryWidth() const
{
    return m_width->value();
}

void ReportExportDialog::setSummaryWidth(int px)
{
    m_width->setValue(px);
}

QString ReportExportDialog::outputPath() const
{
    return m_path->text().trimmed();
}

void ReportExportDialog::setOutputPath(const QString& path)
{
    m_path->setText(path);
}

QString ReportExportDialog::statusText() const
{
    return m_status->text();
}

QString ReportExportDialog::suggestedPath(ReportFormat format) const
{
    // Beside the drill's folder, named after it: drills/<cluster>-<time>.pdf.
    QFileInfo journal(m_journal);
    const QDir folder = journal.isDir() ? QDir(m_journal) : journal.dir();
    QDir parent = folder;
    parent.cdUp();
    QString base = folder.dirName();
    if (format == ReportFormat::SamplesCsv)
        base += QStringLiteral("-samples");
    else if (format == ReportFormat::SummaryJson)
        base += QStringLiteral("-summary");
    else if (format == ReportFormat::JUnit)
        base += QStringLiteral("-junit");
    else if (format == ReportFormat::SummaryPng)
        base += QStringLiteral("-summary");
    return parent.filePath(base + QLatin1Char('.') + ReportFormatNames::suffix(format));
}

void ReportExportDialog::formatChanged()
{
    const ReportFormat f = format();
    const bool png = f == ReportFormat::PngPages || f == ReportFormat::SummaryPng;
    m_width->setEnabled(png);
    m_language->setEnabled(f != ReportFormat::SamplesCsv && f != ReportFormat::JUnit);
    if (png)
        m_width->setValue(ReportRenderOptions().widthPx(f));
    // Keep the folder and name the operator chose; only the suffix follows the format.
    const QString current = outputPath();
    if (!current.isEmpty()) {
        const QFileInfo info(current);
        const QString suffix = ReportFormatNames::suffix(f);
        if (info.suffix().compare(suffix, Qt::CaseInsensitive) != 0)
            setOutputPath(info.dir().filePath(info.completeBaseName() + QLatin1Char('.') + suffix));
    }
}

void ReportExportDialog::browse()
{
    QString filter;
    switch (format()) {
    case ReportFormat::Pdf:
        filter = tr("PDF (*.pdf)");
        break;
    case ReportFormat::PngPages:
    case ReportFormat::SummaryPng:
        filter = tr("PNG images (*.png)");
        break;
    case ReportFormat::SamplesCsv:
        filter = tr("CSV (*.csv)");
        break;
    case ReportFormat::SummaryJson:
        filter = tr("JSON (*.json)");
        break;
    case ReportFormat::JUnit:
        filter = tr("JUnit XML (*.xml)");
        break;
    }
    // Our own question about replacing comes in startExport (it also covers PNG page files).
    const QString file = QFileDialog::getSaveFileName(this, tr("Export the report to"), outputPath(), filter,
                                                      nullptr, QFileDialog::DontConfirmOverwrite);
    if (!file.isEmpty())
        setOutputPath(file);
}

QStringList ReportExportDialog::existingTargets(const ReportExportRequest& request) const
{
    QStringList existing;
    if (request.format == ReportFormat::PngPages) {
        // The page count is known only after rendering: any page file of this name would be replaced.
        const QString first = ReportFormatNames::pngPageFiles(request.output, 1).value(0);
        const QFileInfo info(first);
        const QString prefix = info.fileName().left(info.fileName().size() - QStringLiteral("1.png").size());
        for (const QFileInfo& file :
             info.dir().entryInfoList({prefix + QStringLiteral("*.png")}, QDir::Files)) {
            const QString middle = file.fileName().mid(prefix.size()).chopped(4);
            bool number = false;
            middle.toInt(&number);
            if (number)
                existing << file.filePath();
        }
        return existing;
    }
    if (QFileInfo::exists(request.output))
        existing << request.output;
    return existing;
}

void ReportExportDialog::startExport()
{
    if (m_busy)
        return;
    ReportExportRequest request;
    request.journal = m_journal;
    request.output = outputPath();
    request.format = format();
    request.render.language = language();
    request.render.setWidthPx(request.format, summaryWidth());
    if (request.output.isEmpty()) {
        m_status->setText(tr("Choose where to write the report."));
        return;
    }
    const QStringList existing = existingTargets(request);
    if (!existing.isEmpty()) {
        const QString list = existing.size() == 1
                                 ? QDir::toNativeSeparators(existing.front())
                                 : tr("%1 and %n more file(s)", nullptr, int(existing.size()) - 1)
                                       .arg(QDir::toNativeSeparators(existing.front()));
        const auto answer = QMessageBox::question(
            this, tr("Replace the file?"), tr("%1 already exists. Replace it with this report?").arg(list),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes) {
            m_status->setText(tr("Nothing was written: %1 exists.").arg(list));
            return;
        }
        request.overwrite = true;
    }
    request.render.translator = TextTranslator(reportTranslator(request.render.language));
    setBusy(true);
    m_status->setText(tr("Writing %1…").arg(QDir::toNativeSeparators(request.output)));
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, request] { worker->exportReport(request); }, Qt::QueuedConnection);
}

void ReportExportDialog::finish(const ReportExportResult& result)
{
    setBusy(false);
    QString message;
    if (!result.output.ok) {
        m_written.clear();
        message = tr("The report was not written: %1").arg(result.output.error);
    } else {
        m_written = result.output.files;
        const QString where = QDir::toNativeSeparators(result.output.files.value(0));
        message =
            result.output.files.size() > 1
                ? tr("Written: %1 and %n more file(s) (%2).", nullptr, int(result.output.files.size()) - 1)
                      .arg(where, ReportRenderer::bytesText(result.output.bytes))
                : tr("Written: %1 (%2).").arg(where, ReportRenderer::bytesText(result.output.bytes));
        if (!result.reportComplete)
            message +=
                QLatin1Char(' ') + tr("The journal does not record the whole drill: the report is marked "
                                      "incomplete and says why.");
    }
    m_status->setText(message);
    emit exportFinished(result.output.ok, message);
}

void ReportExportDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_export->setEnabled(!busy);
    m_format->setEnabled(!busy);
    m_path->setEnabled(!busy);
    m_browse->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Close)->setEnabled(!busy);
    if (!busy)
        formatChanged();
    else {
        m_language->setEnabled(false);
        m_width->setEnabled(false);
    }
}

void ReportExportDialog::reject()
{
    if (m_busy)
        return; // the export finishes first: closing now would leave the operator without its result
    QDialog::reject();
}

void ReportExportDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ReportExportDialog::retranslateUi()
{
    setWindowTitle(tr("Export the drill report"));
    m_formatLabel->setText(tr("Format:"));
    m_languageLabel->setText(tr("Language:"));
    m_widthLabel->setText(tr("Width:"));
    m_pathLabel->setText(tr("File:"));
    m_browse->setText(tr("Browse…"));
    m_export->setText(tr("Export"));
    const QStringList names = {tr("PDF report (A4)"),        tr("PNG pages"),
                               tr("Summary PNG (for chat)"), tr("CSV: every probe sample"),
                               tr("JSON: the summary"),      tr("JUnit XML: for CI")};
    for (int i = 0; i < names.size() && i < m_format->count(); ++i)
        m_format->setItemText(i, names[i]);
}

} // namespace etcddrill
