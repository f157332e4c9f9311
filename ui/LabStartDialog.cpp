#include "LabStartDialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace etcddrill {

LabStartDialog::LabStartDialog(const QString& dir, QWidget* parent) : QDialog(parent), m_dir(dir)
{
    setObjectName(QStringLiteral("labStartDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setModal(false);
    auto* layout = new QVBoxLayout(this);
    m_heading = new QLabel(this);
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0); // Lab::up gives lines, not percentages
    m_progress->setTextVisible(false);
    m_log = new QPlainTextEdit(this);
    m_log->setReadOnly(true);
    m_log->setMinimumSize(560, 200);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_buttons->button(QDialogButtonBox::Close)->setEnabled(false);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_heading);
    layout->addWidget(m_progress);
    layout->addWidget(m_log, 1);
    layout->addWidget(m_buttons);
    retranslateUi();
}

QString LabStartDialog::logText() const
{
    return m_log->toPlainText();
}

void LabStartDialog::addProgress(const QString& line)
{
    m_log->appendPlainText(line);
}

void LabStartDialog::finish(bool ok, const QString& message)
{
    m_finished = true;
    m_ok = ok;
    m_progress->setRange(0, 1);
    m_progress->setValue(1);
    if (!message.isEmpty())
        m_log->appendPlainText(message);
    m_buttons->button(QDialogButtonBox::Close)->setEnabled(true);
    retranslateUi();
    if (ok)
        accept();
}

void LabStartDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void LabStartDialog::retranslateUi()
{
    setWindowTitle(tr("Embedded lab"));
    if (!m_finished)
        m_heading->setText(
            tr("Starting the embedded lab in %1 (etcd, apiservers, haproxy for the VIP, nginx for "
               "the domain). This takes a few seconds.")
                .arg(m_dir));
    else if (m_ok)
        m_heading->setText(tr("The embedded lab is running."));
    else
        m_heading->setText(
            tr("The embedded lab could not be started. The log below says why and what to do."));
}

} // namespace etcddrill
