#include "RestoreOffer.h"

#include "ConsoleMode.h"
#include "MainWindow.h"
#include "RestoreBanner.h"
#include "RestoreController.h"
#include "RestoreDialog.h"

#include <QStatusBar>

namespace etcddrill {

RestoreOffer::RestoreOffer(MainWindow* window, QWidget* bannerParent)
    : QObject(window), m_window(window), m_controller(new RestoreController(this)),
      m_banner(new RestoreBanner(bannerParent))
{
    connect(m_controller, &RestoreController::checked, this, &RestoreOffer::offer);
    connect(m_controller, &RestoreController::finished, this, &RestoreOffer::finished);
    connect(m_controller, &RestoreController::notice, this, [this](const LocalizedText& notice) {
        const QString text = notice.translated();
        if (m_dialog)
            m_dialog->addProgress(text);
        m_window->statusBar()->showMessage(text, 10000);
    });
    connect(m_controller, &RestoreController::commandStarted, this, [this](const DrillCommand& command) {
        if (m_dialog)
            m_dialog->commandStarted(command);
    });
    connect(m_controller, &RestoreController::commandFinished, this,
            [this](const DrillCommand& command, const CommandResult& result) {
                if (m_dialog)
                    m_dialog->commandFinished(command, result);
            });
    connect(m_banner, &RestoreBanner::restoreRequested, this, &RestoreOffer::restoreRequested);
}

RestoreDialog* RestoreOffer::dialog() const
{
    return m_dialog;
}

bool RestoreOffer::isRestoring() const
{
    return m_controller->isRestoring();
}

void RestoreOffer::check(const DrillConfig& config)
{
    m_banner->hide();
    m_controller->check(config);
}

void RestoreOffer::hide()
{
    m_banner->hide();
}

void RestoreOffer::showAgainFor(const DrillConfig& config)
{
    if (!m_controller->unfinished().isEmpty() && m_controller->config().clusterName == config.clusterName)
        m_banner->show();
}

void RestoreOffer::offer(const QList<UnfinishedDrill>& drills, const QStringList& problems)
{
    for (const QString& problem : problems)
        emit notice(problem);
    if (drills.isEmpty() || m_window->mode() == ConsoleMode::Replay) {
        m_banner->hide();
        return;
    }
    const QString command = RestoreController::commandLine(m_controller->config());
    m_banner->setDrills(drills, command);
    m_banner->setRestoring(false);
    m_banner->show();
    if (m_dialog)
        m_dialog->deleteLater();
    openDialog(drills);
}

RestoreDialog* RestoreOffer::openDialog(const QList<UnfinishedDrill>& drills)
{
    auto* dialog =
        new RestoreDialog(drills, RestoreController::commandLine(m_controller->config()), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RestoreDialog::restoreRequested, this, &RestoreOffer::restoreRequested);
    m_dialog = dialog;
    dialog->open();
    return dialog;
}

bool RestoreOffer::restore()
{
    if (!m_controller->restore())
        return false;
    if (!m_dialog)
        openDialog(m_controller->unfinished());
    m_dialog->showRestoring();
    m_banner->setRestoring(true);
    emit restoringChanged();
    return true;
}

void RestoreOffer::finished(const DrillRecoveryResult& result)
{
    if (m_dialog)
        m_dialog->showResult(result);
    if (result.status == DrillRecoveryResult::Status::Failed) {
        m_banner->setProblem(tr("✖ The restore failed: %1").arg(result.message.translated()));
        m_banner->setRestoring(false);
    } else {
        m_banner->hide();
        m_window->statusBar()->showMessage(result.message.translated(), 15000);
    }
    emit restoringChanged();
}

} // namespace etcddrill
