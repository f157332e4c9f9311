#include "ReplayConsole.h"

#include "ClusterStatusLine.h"
#include "LatencyChartView.h"
#include "MainWindow.h"
#include "ReplayBar.h"
#include "ReplayController.h"
#include "ReplayStepsPanel.h"
#include "TimelinePanel.h"

#include "report/ReplayLoader.h"
#include "report/ReportSnapshotConverter.h"

#include <QDockWidget>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QStatusBar>

#include <algorithm>

namespace etcddrill {

ReplayConsole::ReplayConsole(MainWindow* window, QWidget* barParent)
    : QObject(window), m_window(window), m_loader(new ReplayLoader(this)),
      m_controller(new ReplayController(window->topology(), window->chart(), window->statusLine(), this)),
      m_bar(new ReplayBar(barParent)), m_status(new QLabel(window->statusBar())),
      m_busy(new QProgressBar(window->statusBar()))
{
    // Under the chart: the slider reads as the chart's time axis, moved by hand.
    m_bar->hide();
    m_status->setObjectName(QStringLiteral("replayStatus"));
    m_status->hide();
    window->statusBar()->addWidget(m_status);
    m_busy->setRange(0, 0); // busy, no percentage: the builder does not report progress
    m_busy->setMaximumWidth(120);
    m_busy->hide();
    window->statusBar()->addPermanentWidget(m_busy);

    connect(m_loader, &ReplayLoader::finished, this,
            [this](const QString& path, const ReportModel& model, const QString& error) {
                m_busy->hide();
                m_window->statusBar()->clearMessage();
                emit loaded(path, model, error);
            });
    connect(m_controller, &ReplayController::positionChanged, m_bar, &ReplayBar::setPosition);
    connect(m_bar, &ReplayBar::positionChanged, m_controller, &ReplayController::setPosition);
    connect(m_bar, &ReplayBar::closeRequested, this, &ReplayConsole::closeRequested);
    connect(window->chart(), &LatencyChartView::followLiveChanged, this, [this](bool follow) {
        // A replay has no live edge: "follow" (double-click, the panel's button) goes back to the replay's t.
        if (follow && isReplaying()) {
            m_window->chart()->setFollowLive(false);
            m_window->chart()->centerOn(m_controller->steadyTime(m_controller->position()));
        }
    });
}

ReplayStepsPanel* ReplayConsole::stepsPanel() const
{
    return m_steps;
}

TimelinePanel* ReplayConsole::timelinePanel() const
{
    return m_timeline;
}

bool ReplayConsole::isReplaying() const
{
    return m_controller->hasModel();
}

bool ReplayConsole::isLoading() const
{
    return m_loader->isRunning();
}

const ReportModel& ReplayConsole::model() const
{
    return m_controller->model();
}

bool ReplayConsole::load(const QString& path)
{
    if (!m_loader->start(path))
        return false;
    m_busy->show();
    m_window->statusBar()->showMessage(tr("Reading %1…").arg(path));
    return true;
}

void ReplayConsole::showLoadError(const QString& path, const QString& error)
{
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Cannot replay this journal"),
                                tr("%1 cannot be replayed.").arg(path), QMessageBox::Close, m_window);
    box->setObjectName(QStringLiteral("replayError"));
    box->setInformativeText(
        error + QStringLiteral("\n\n") +
        tr("Choose a drill's folder or the journal.jsonl in it: every drill run by etcd-drill-cli run or "
           "from this console writes one (in drill.journal-dir, or the folder given with --out)."));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void ReplayConsole::enter(const ReportModel& model, const Before& before)
{
    QDockWidget* stepsDock = m_window->stepsDock();
    QDockWidget* timelineDock = m_window->timelineDock();
    LatencyChartView* chart = m_window->chart();
    QPointer<ReplayStepsPanel> oldSteps = m_steps;
    QPointer<TimelinePanel> oldTimeline = m_timeline;
    if (!isReplaying()) {
        m_before = before;
        m_liveSteps = stepsDock->widget();
        m_liveTimeline = timelineDock->widget();
        m_liveSpan = chart->windowSpan();
    }
    m_window->presentConfig(ReportSnapshotConverter::toDrillConfig(model));

    // The docks' live panels are hidden by QDockWidget::setWidget and kept for leave().
    auto* steps = new ReplayStepsPanel;
    auto* timeline = new TimelinePanel;
    stepsDock->setWidget(steps);
    timelineDock->setWidget(timeline);
    m_steps = steps;
    m_timeline = timeline;
    for (QWidget* old : {static_cast<QWidget*>(oldSteps.data()), static_cast<QWidget*>(oldTimeline.data())}) {
        if (old)
            old->deleteLater();
    }
    m_controller->setPanels(timeline, steps);
    m_bar->setRange(model.startMonoMs, model.endMonoMs, model.startedAt);
    // A short drill fits the chart whole; a long one is followed through the operator's window.
    const auto length =
        std::chrono::milliseconds(qint64(std::max(0.0, model.endMonoMs - model.startMonoMs) * 1.2));
    const std::chrono::milliseconds shortest = std::chrono::seconds(30);
    chart->setWindowSpan(std::min(std::max(length, shortest), std::max(m_liveSpan, shortest)));
    m_bar->show();
    m_controller->setModel(model);
    m_status->show();
    if (!model.complete) {
        emit notice(tr("Incomplete journal: %1. The replay shows what was recorded up to its end.")
                        .arg(model.incompleteReasons.isEmpty()
                                 ? tr("it ends before the drill finished")
                                 : model.incompleteReasons.join(QStringLiteral("; "))));
    }
    if (!model.problems.isEmpty()) {
        emit notice(tr("%n damaged line(s) skipped, the first: %1", nullptr, int(model.problems.size()))
                        .arg(model.problems.first()));
    }
    retranslateUi();
}

ReplayConsole::Before ReplayConsole::leave()
{
    m_bar->pause();
    m_bar->hide();
    m_status->hide();
    m_controller->setPanels(nullptr, nullptr);
    m_controller->clear();
    if (m_liveSteps)
        m_window->stepsDock()->setWidget(m_liveSteps);
    if (m_liveTimeline)
        m_window->timelineDock()->setWidget(m_liveTimeline);
    for (QWidget* panel : {static_cast<QWidget*>(m_steps.data()), static_cast<QWidget*>(m_timeline.data())}) {
        if (panel)
            panel->deleteLater();
    }
    m_steps = nullptr;
    m_timeline = nullptr;
    m_window->statusLine()->setDrillElapsed(std::nullopt);
    m_window->chart()->setWindowSpan(m_liveSpan);
    return std::exchange(m_before, Before());
}

QString ReplayConsole::windowTitle() const
{
    return tr("etcd-drill — replay of %1 (%2)").arg(model().cluster, model().journalFile);
}

void ReplayConsole::retranslateUi()
{
    if (!isReplaying())
        return;
    m_status->setText(tr("Replay: %1 %2")
                          .arg(model().cluster, model().startedAt.toLocalTime().toString(
                                                    QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
}

} // namespace etcddrill
