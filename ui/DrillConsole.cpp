#include "DrillConsole.h"

#include "ClusterStatusLine.h"
#include "ConsoleFeed.h"
#include "DrillStatusStrip.h"
#include "DrillStepsPanel.h"
#include "LatencyChartView.h"
#include "LiveConsole.h"
#include "MainWindow.h"
#include "ProbeOutcomeText.h"
#include "TimelinePanel.h"
#include "TopologyWidget.h"

#include "config/ConfigLoader.h"
#include "drill/DrillText.h"
#include "history/DrillHistoryLoader.h"
#include "i18n/DrillDuration.h"

namespace etcddrill {

using Kind = DrillTimelineModel::Kind;

DrillConsole::DrillConsole(MainWindow* window)
    : QObject(nullptr), m_window(window), m_steps(new DrillStepsPanel), m_timeline(new TimelinePanel),
      m_strip(new DrillStatusStrip), m_history(new DrillHistoryLoader(this))
{
    // The docks and the central widget become the panels' Qt parents.
    window->setStepsPanel(m_steps);
    window->setTimelinePanel(m_timeline);
    window->setDrillStrip(m_strip);
    m_strip->hide();
    connect(m_strip, &DrillStatusStrip::abortRequested, this, &DrillConsole::abort);
    connect(m_steps, &DrillStepsPanel::gateConfirmRequested, this, &DrillConsole::confirmGate);
    connect(m_steps, &DrillStepsPanel::abortRequested, this, &DrillConsole::abort);
    connect(m_timeline, &TimelinePanel::eventActivated, window->chart(), &LatencyChartView::centerOn);
    connect(m_history, &DrillHistoryLoader::compared, this,
            [this](const QString& folder, const std::optional<ReportComparison>& comparison) {
                if (!comparison || !m_session || m_comparedFolder != folder)
                    return; // none to compare with, or a drill since replaced
                m_steps->showComparison(*comparison);
                const int worse = comparison->worse();
                m_timeline->model()->addEvent(DrillTimelineModel::Kind::Notice, [worse] {
                    return worse == 0
                               ? tr("No key figure got worse than in the previous drill")
                               : tr("%n key figure(s) got worse than in the previous drill", nullptr, worse);
                });
            });
}

DrillConsole::~DrillConsole()
{
    releaseSession();
}

void DrillConsole::releaseSession()
{
    ConsoleFeed::disconnect(m_feed);
    m_feed.clear();
    // Returns at once: the engine goes on its own thread (DrillSession).
    m_session.reset();
}

bool DrillConsole::prepare(const DrillConfig& config, const DrillOptions& options)
{
    if (isStarted() && !isFinished())
        return false;
    releaseSession();
    m_comparedFolder.clear();
    // The live session keeps the views up to date until the drill starts its own monitor and probes.

    m_session = std::make_unique<DrillSession>(config, options);
    m_journalDir =
        config.drill.journalDir.isEmpty() ? ConfigLoader::defaultJournalDir() : config.drill.journalDir;
    m_strip->reset(config.drill.targetKind == DrillSettings::TargetKind::Node ? config.drill.targetNode
                                                                              : QString());
    m_strip->show();
    m_steps->setSteps(m_session->steps());
    m_timeline->model()->clear();
    m_markedStates.clear();
    connectSession();
    emit stateChanged();
    return true;
}

void DrillConsole::connectSession()
{
    DrillSession* drill = m_session.get();
    // The session emits on the GUI thread (it queues the engine's signals here). The views are fed from
    // the drill once it starts (start()).
    connect(drill, &DrillSession::stepChanged, m_strip, &DrillStatusStrip::setStep);
    connect(drill, &DrillSession::gateRequested, m_strip, &DrillStatusStrip::setGate);
    connect(drill, &DrillSession::gateConfirmed, m_strip, &DrillStatusStrip::clearGate);
    connect(drill, &DrillSession::targetResolved, m_strip,
            [this](const QString& node, const QString&) { m_strip->setTarget(node); });
    connect(drill, &DrillSession::faultAppliedChanged, m_strip, &DrillStatusStrip::setFaultApplied);
    connect(drill, &DrillSession::targetResolved, this,
            [this](const QString& node, const QString&) { m_targetNode = node; });
    connect(drill, &DrillSession::faultAppliedChanged, this, [this](bool applied) {
        m_window->topology()->setExpectedDown(m_targetNode, applied);
        const auto now = std::chrono::steady_clock::now();
        if (applied)
            m_window->chart()->faultStarted(m_targetNode, now);
        else
            m_window->chart()->faultEnded(now);
    });
    connect(drill, &DrillSession::progress, m_strip, &DrillStatusStrip::setProgress);
    connect(drill, &DrillSession::finished, m_strip, &DrillStatusStrip::showSummary);
    DrillTimelineModel* model = m_timeline->model();
    LatencyChartView* chart = m_window->chart();

    connect(drill, &DrillSession::stepChanged, m_steps, &DrillStepsPanel::updateStep);
    connect(drill, &DrillSession::stepChanged, this, [this, model, chart](const DrillStep& step) {
        // Rendered when shown, so that a language switch reaches the rows already there.
        model->addEvent(Kind::Step, [step] {
            return tr("%1: %2").arg(DrillStep::translatedTitle(step.id),
                                    DrillStep::translatedStateName(step.state)) +
                   (step.detail.isEmpty() ? QString() : QStringLiteral(" — ") + step.translatedDetail());
        });
        // One marker where a step begins: the engine re-announces a step when its detail changes, and a gated
        // step goes from waiting for the operator to running.
        const bool begins =
            step.state == DrillStep::State::Running || step.state == DrillStep::State::WaitingForOperator;
        if (begins && !m_markedStates.contains(int(step.id))) {
            m_markedStates.insert(int(step.id), int(step.state));
            const int number = DrillStep::number(step.id);
            chart->addMarker(std::chrono::steady_clock::now(),
                             number > 0 ? tr("%1 · %2").arg(number).arg(DrillStep::translatedTitle(step.id))
                                        : DrillStep::translatedTitle(step.id));
        }
    });
    connect(drill, &DrillSession::checkFinished, m_steps, &DrillStepsPanel::addCheck);
    connect(drill, &DrillSession::checkFinished, this, [model](const DrillCheck& check) {
        model->addEvent(Kind::Check, [check] { return check.describeTranslated(); });
    });
    connect(drill, &DrillSession::targetResolved, this, [model](const QString& node, const QString& how) {
        model->addEvent(Kind::Notice, [node, how] {
            return tr("Target: %1 (%2)").arg(node, DrillText::targetChoice(how).translated());
        });
    });
    connect(drill, &DrillSession::gateRequested, m_steps, &DrillStepsPanel::showGate);
    connect(drill, &DrillSession::gateRequested, this, [model](const DrillGate& gate) {
        model->addEvent(Kind::Gate, [gate] { return gate.promptText().translated(); });
    });
    connect(drill, &DrillSession::gateRefused, m_steps, &DrillStepsPanel::gateRefused);
    connect(drill, &DrillSession::gateRefused, this, [model](const DrillGate&, const QString& reason) {
        model->addEvent(Kind::Gate, tr("Not confirmed: %1").arg(reason));
    });
    connect(drill, &DrillSession::gateConfirmed, m_steps, &DrillStepsPanel::gateConfirmed);
    connect(drill, &DrillSession::gateConfirmed, this, [model](const DrillGate& gate) {
        model->addEvent(Kind::Gate, [gate] { return tr("Confirmed: %1").arg(gate.translatedAction()); });
    });
    connect(drill, &DrillSession::commandStarted, m_steps, &DrillStepsPanel::commandStarted);
    connect(drill, &DrillSession::commandStarted, this, [model](const DrillCommand& command) {
        model->addEvent(Kind::Command, [command] {
            return tr("Running %1: %2")
                .arg(DrillText::location(command.location).translated(), command.display);
        });
    });
    connect(drill, &DrillSession::commandFinished, m_steps, &DrillStepsPanel::commandFinished);
    connect(drill, &DrillSession::faultAppliedChanged, m_steps, &DrillStepsPanel::setFaultApplied);
    connect(drill, &DrillSession::commandFinished, this,
            [model](const DrillCommand& command, const CommandResult& result) {
                model->addEvent(Kind::Command,
                                result.succeeded()
                                    ? tr("Done: %1").arg(command.display)
                                    : tr("Failed: %1: %2").arg(command.display, result.errorText));
            });
    connect(drill, &DrillSession::clusterEvent, this, [model](const ClusterEvent& event) {
        model->addEvent(Kind::Cluster, [event] { return LiveConsole::describe(event); });
    });
    // States, not flickers (as `run` prints them): a row when a way in becomes degraded or down and when it
    // is ok again, and one per hard outage of a second or more.
    connect(drill, &DrillSession::degradedPeriodOpened, this,
            [model](const QString& target, const DegradedPeriod& period) {
                model->addEvent(Kind::Outage,
                                period.kind() == DegradedPeriod::Kind::Full
                                    ? tr("%1 down: every probe failing").arg(target)
                                    : tr("%1 degraded: %2 of %3 probes failed since the first failure")
                                          .arg(target)
                                          .arg(period.failed)
                                          .arg(period.probes),
                                period.start);
            });
    connect(drill, &DrillSession::degradedPeriodClosed, this,
            [model](const QString& target, const DegradedPeriod& period) {
                model->addEvent(Kind::Outage,
                                tr("%1 ok again after %2: %3 of %4 probes failed (%5 %)")
                                    .arg(target, DrillDuration::text(period.duration()).translated())
                                    .arg(period.failed)
                                    .arg(period.probes)
                                    .arg(qRound(period.share() * 100.0)),
                                period.end);
            });
    connect(drill, &DrillSession::outageWindowClosed, this,
            [model](const QString& target, const OutageWindow& window) {
                if (window.duration < std::chrono::seconds(1))
                    return;
                // The first failure's detail, else its outcome in words: never a bare trailing colon.
                const QString why = window.firstDetail.isEmpty()
                                        ? ProbeOutcomeText::outcome(window.firstOutcome)
                                        : window.firstDetail;
                model->addEvent(Kind::Outage,
                                tr("%1 did not answer for %2: %3")
                                    .arg(target, DrillDuration::text(window.duration).translated(), why),
                                window.start);
            });
    connect(drill, &DrillSession::progress, m_window->topology(), &TopologyWidget::setProgress);
    connect(drill, &DrillSession::progress, this, [this](const DrillProgress& progress) {
        for (const DrillProgress::Target& target : progress.targets) {
            if (target.degradedShare)
                m_window->chart()->setDegradedShare(target.name, *target.degradedShare);
        }
        m_window->statusLine()->setDrillElapsed(std::chrono::duration_cast<std::chrono::milliseconds>(
            std::chrono::steady_clock::now() - m_startedAt));
    });
    // The engine's texts as LocalizedText: shown translated, journalled in English.
    connect(drill, &DrillSession::stopConditionTriggered, m_steps, &DrillStepsPanel::showStopCondition);
    connect(drill, &DrillSession::stopConditionTriggered, this, [model](const LocalizedText& reason) {
        model->addEvent(Kind::StopCondition, [reason] { return reason.translated(); });
    });
    connect(drill, &DrillSession::notice, this, [model](const LocalizedText& text) {
        model->addEvent(Kind::Notice, [text] { return text.translated(); });
    });
    connect(drill, &DrillSession::finished, m_steps, &DrillStepsPanel::showSummary);
    connect(drill, &DrillSession::finished, this, [this, model](const DrillSummary& summary) {
        model->addEvent(Kind::Verdict, [summary] { return summary.headlineText().translated(); });
        // The drill's monitor and probes have stopped: what was still open ends with the drill (a degraded
        // way in would otherwise stay "degraded" and its band grow forever), then the live session takes
        // the views over again, so the cards and the chart keep showing the cluster as it is now.
        for (const ImpactSummary& impact : summary.impact) {
            if (!impact.degraded.isEmpty() && impact.degraded.constLast().open) {
                DegradedPeriod period = impact.degraded.constLast();
                period.open = false;
                m_window->topology()->degradedPeriodClosed(impact.target, period);
                m_window->chart()->degradedPeriodClosed(impact.target, period);
            }
            if (!impact.windows.isEmpty() && impact.windows.constLast().open) {
                OutageWindow window = impact.windows.constLast();
                window.open = false;
                m_window->topology()->outageWindowClosed(impact.target, window);
                m_window->chart()->outageWindowClosed(impact.target, window);
            }
        }
        ConsoleFeed::disconnect(m_feed);
        m_feed.clear();
        m_window->topology()->setExpectedDown(m_targetNode, false);
        m_window->chart()->faultEnded(std::chrono::steady_clock::now()); // no-op once restored
        m_window->resumeLiveSession();
        // Against the previous drill of this cluster, read off the GUI thread; shown under the verdict.
        if (!summary.journalFolder.isEmpty() && !summary.dryRun) {
            m_comparedFolder = summary.journalFolder;
            m_history->compare(summary.journalFolder,
                               m_journalDir.isEmpty() ? QStringList() : QStringList{m_journalDir});
        }
        emit stateChanged();
        emit finished(summary);
    });
}

void DrillConsole::start()
{
    if (!m_session || m_session->isStarted())
        return;
    m_startedAt = std::chrono::steady_clock::now();
    m_window->statusLine()->setDrillElapsed(std::chrono::milliseconds(0));
    // The engine runs its own monitor and probes: they feed the views from now on.
    m_window->stopLiveSession();
    m_feed = ConsoleFeed::connect(m_session.get(), m_window->topology(), m_window->chart(),
                                  m_window->statusLine());
    m_session->start();
    emit stateChanged();
}

void DrillConsole::confirmGate(const QString& typedNodeName)
{
    if (m_session)
        m_session->confirmGate(typedNodeName);
}

void DrillConsole::abort(const QString& reason)
{
    if (!m_session)
        return;
    if (!m_session->isStarted()) {
        releaseSession();
        m_strip->hide();
        m_steps->setSteps({});
        emit stateChanged();
        return;
    }
    m_session->abort(reason);
}

} // namespace etcddrill
