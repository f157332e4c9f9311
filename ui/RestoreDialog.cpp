#include "RestoreDialog.h"

#include "RestoreController.h"

#include "drill/DrillText.h"

#include <QCloseEvent>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace etcddrill {

RestoreDialog::RestoreDialog(const QList<UnfinishedDrill>& drills, const QString& commandLine,
                             QWidget* parent)
    : QDialog(parent), m_prompt(new QLabel(this)), m_command(new QLabel(this)),
      m_progress(new QPlainTextEdit(this)), m_busy(new QProgressBar(this)), m_result(new QLabel(this)),
      m_restore(new QPushButton(this)), m_later(new QPushButton(this)), m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("restoreDialog"));
    setWindowTitle(tr("A member was left stopped"));
    // No close button in the title bar: the answer is Restore now or Later.
    setWindowFlags((windowFlags() | Qt::CustomizeWindowHint) & ~Qt::WindowCloseButtonHint);
    setModal(true);

    QStringList lines;
    for (const UnfinishedDrill& drill : drills)
        lines << RestoreController::describe(drill);
    lines << tr("Restore now?");
    m_prompt->setText(lines.join(QLatin1Char('\n')));
    m_prompt->setTextFormat(Qt::PlainText);
    m_prompt->setWordWrap(true);
    QFont bold = m_prompt->font();
    bold.setBold(true);
    m_prompt->setFont(bold);
    m_command->setText(
        tr("Restoring starts etcd again with the commands the drill recorded and waits until it "
           "rejoins as the same member. To do it later from a shell:\n%1")
            .arg(commandLine));
    m_command->setTextFormat(Qt::PlainText);
    m_command->setWordWrap(true);
    m_command->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setReadOnly(true);
    m_progress->setObjectName(QStringLiteral("restoreProgress"));
    m_progress->hide();
    m_busy->setRange(0, 0);
    m_busy->hide();
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->hide();

    m_restore->setText(tr("&Restore now"));
    m_restore->setObjectName(QStringLiteral("restoreNow"));
    m_later->setText(tr("&Later"));
    m_later->setObjectName(QStringLiteral("restoreLater"));
    m_close->setText(tr("&Close"));
    m_close->setObjectName(QStringLiteral("restoreClose"));
    m_close->hide();
    // Nothing is the default: Enter alone must not start commands on a node.
    m_restore->setAutoDefault(false);
    m_later->setAutoDefault(false);
    m_close->setAutoDefault(false);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_later);
    buttons->addWidget(m_restore);
    buttons->addWidget(m_close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_prompt);
    layout->addWidget(m_command);
    layout->addWidget(m_busy);
    layout->addWidget(m_progress, 1);
    layout->addWidget(m_result);
    layout->addLayout(buttons);
    resize(640, 320);

    connect(m_restore, &QPushButton::clicked, this, &RestoreDialog::restoreRequested);
    connect(m_later, &QPushButton::clicked, this, [this] {
        m_done = true;
        emit laterRequested();
        QDialog::reject();
    });
    connect(m_close, &QPushButton::clicked, this, [this] {
        m_done = true;
        QDialog::accept();
    });
}

QString RestoreDialog::promptText() const
{
    return m_prompt->text();
}

QString RestoreDialog::resultText() const
{
    return m_result->isHidden() ? QString() : m_result->text();
}

QString RestoreDialog::progressText() const
{
    return m_progress->toPlainText();
}

void RestoreDialog::showRestoring()
{
    m_restore->hide();
    m_later->hide();
    m_busy->show();
    m_progress->show();
    addProgress(tr("Restoring…"));
}

void RestoreDialog::addProgress(const QString& line)
{
    m_progress->appendPlainText(QStringLiteral("%1  %2").arg(
        QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss")), line));
}

void RestoreDialog::commandStarted(const DrillCommand& command)
{
    addProgress(tr("Running %1 %2: %3")
                    .arg(command.purpose.translated(), DrillText::location(command.location).translated(),
                         command.display));
}

void RestoreDialog::commandFinished(const DrillCommand& command, const CommandResult& result)
{
    addProgress(result.succeeded() ? tr("Done: %1").arg(command.display)
                                   : tr("Failed: %1: %2").arg(command.display, result.errorText));
}

void RestoreDialog::showResult(const DrillRecoveryResult& result)
{
    m_busy->hide();
    QString text;
    switch (result.status) {
    case DrillRecoveryResult::Status::Restored:
        text = tr("✔ Restored: %1").arg(result.message.translated());
        break;
    case DrillRecoveryResult::Status::NothingToDo:
        text = tr("Nothing to restore: %1").arg(result.message.translated());
        break;
    case DrillRecoveryResult::Status::Failed:
        text = tr("✖ The restore failed: %1").arg(result.message.translated());
        if (!result.manualInstructions.isEmpty())
            text += QLatin1Char('\n') + tr("Do it by hand: %1").arg(result.manualInstructions.translated());
        break;
    }
    m_result->setText(text);
    m_result->show();
    m_close->show();
    m_close->setFocus();
}

void RestoreDialog::reject()
{
    // Escape: a stray key must not answer "restore or not" nor hide a restore in progress.
    if (m_done)
        QDialog::reject();
}

void RestoreDialog::closeEvent(QCloseEvent* event)
{
    if (!m_done && m_close->isHidden()) {
        event->ignore();
        return;
    }
    m_done = true;
    QDialog::closeEvent(event);
}

} // namespace etcddrill
