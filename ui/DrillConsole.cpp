#include "DrillConsole.h"

#include "ClusterStatusLine.h"
#include "ConsoleFeed.h"
#include "DrillStepsPanel.h"
#include "LatencyChartView.h"
#include "MainWindow.h"
#include "TimelinePanel.h"
#include "TopologyWidget.h"

#include "drill/DrillEngine.h"

#include <QThread>

namespace etcddrill {

using Kind = DrillTimelineModel::Kind;

DrillConsole::DrillConsole(MainWindow* window)
    : QObject(nullptr), m_window(window), m_steps(new DrillStepsPanel), m_timeline(new TimelinePanel)
{
    // The docks become the panels' Qt parents.
    window->setStepsPanel(m_steps);
    window->setTimelinePanel(m_timeline);
    connect(m_steps, &DrillStepsPanel::gateConfirmRequested, this, &DrillConsole::confirmGate);
    connect(m_steps, &DrillStepsPanel::abortRequested, this, &DrillConsole::abort);
    connect(m_timeline, &TimelinePanel::eventActivated, window->chart(), &LatencyChartView::centerOn);
}

DrillConsole::~DrillConsole()
{
    releaseEngine();
}

void DrillConsole::releaseEngine()
{
    ConsoleFeed::disconnect(m_feed);
    m_feed.clear();
    if (m_engine) {
        m_engine->disconnect(this);
        DrillEngine* engine = m_engine;
        m_engine = nullptr;
        // Destroyed on its own thread: its helpers (gRPC callbacks, QProcess, timers) belong there.
        QMetaObject::invokeMethod(
            engine, [engine] { delete engine; }, Qt::BlockingQueuedConnection);
    }
    if (m_thread) {
        m_thread->quit();
        m_thread->wait();
        m_thread.reset();
    }
}

bool DrillConsole::prepare(const DrillConfig& config, const DrillOptions& options)
{
    if (m_started && !m_finished)
        return false;
    releaseEngine();
    m_started = false;
    m_finished = false;
    m_window->stopLiveSession();

    auto engine = std::make_unique<DrillEngine>(config, options);
    m_steps->setSteps(engine->steps());
    m_timeline->model()->clear();
    m_markedStates.clear();
    m_thread = std::make_unique<QThread>();
    m_thread->setObjectName(QStringLiteral("drill-engine"));
    engine->moveToThread(m_thread.get());
    m_engine = engine.release();
    connectEngine();
    m_thread->start();
    emit stateChanged();
    return true;
}

void DrillConsole::connectEngine()
{
    DrillEngine* engine = m_engine;
    // Every connection below crosses threads and so is queued: the slots run on the GUI thread.
    m_feed = ConsoleFeed::connect(engine, m_window->topology(), m_window->chart(), m_window->statusLine());
    DrillTimelineModel* model = m_timeline->model();
    LatencyChartView* chart = m_window->chart();

    connect(engine, &DrillEngine::stepChanged, m_steps, &DrillStepsPanel::updateStep);
    connect(engine, &DrillEngine::stepChanged, this, [this, model, chart](const DrillStep& step) {
        // Rendered when shown, so that a language switch reaches the rows already there.
        model->addEvent(Kind::Step, [step] {
            return tr("%1: %2").arg(DrillStep::translatedTitle(step.id), DrillStep::stateName(step.state)) +
                   (step.detail.isEmpty() ? QString() : QStringLiteral(" — ") + step.translatedDetail());
        });
        // The engine re-announces a step when its detail changes: one marker per state change is enough.
        const auto last = m_markedStates.constFind(int(step.id));
        const bool changed = last == m_markedStates.cend() || *last != int(step.state);
        m_markedStates.insert(int(step.id), int(step.state));
        if (changed &&
            (step.state == DrillStep::State::Running || step.state == DrillStep::State::WaitingForOperator)) {
            const int number = DrillStep::number(step.id);
            chart->addMarker(std::chrono::steady_clock::now(),
                             number > 0 ? tr("%1 · %2").arg(number).arg(DrillStep::translatedTitle(step.id))
                                        : DrillStep::translatedTitle(step.id));
        }
    });
    connect(engine, &DrillEngine::checkFinished, m_steps, &DrillStepsPanel::addCheck);
    connect(engine, &DrillEngine::checkFinished, this, [model](const DrillCheck& check) {
        model->addEvent(Kind::Check, [check] { return check.describeTranslated(); });
    });
    connect(engine, &DrillEngine::targetResolved, this, [model](const QString& node, const QString& how) {
        model->addEvent(Kind::Notice, tr("Target: %1 (%2)").arg(node, how));
    });
    connect(engine, &DrillEngine::gateRequested, m_steps, &DrillStepsPanel::showGate);
    connect(engine, &DrillEngine::gateRequested, this, [model](const DrillGate& gate) {
        model->addEvent(Kind::Gate, [gate] { return gate.promptText().translated(); });
    });
    connect(engine, &DrillEngine::gateRefused, m_steps, &DrillStepsPanel::gateRefused);
    connect(engine, &DrillEngine::gateRefused, this, [model](const DrillGate&, const QString& reason) {
        model->addEvent(Kind::Gate, tr("Not confirmed: %1").arg(reason));
    });
    connect(engine, &DrillEngine::gateConfirmed, m_steps, &DrillStepsPanel::gateConfirmed);
    connect(engine, &DrillEngine::gateConfirmed, this, [model](const DrillGate& gate) {
        model->addEvent(Kind::Gate, [gate] { return tr("Confirmed: %1").arg(gate.translatedAction()); });
    });
    connect(engine, &DrillEngine::commandStarted, m_steps, &DrillStepsPanel::commandStarted);
    connect(engine, &DrillEngine::commandStarted, this, [model](const DrillCommand& command) {
        model->addEvent(Kind::Command, tr("Running %1: %2").arg(command.location, command.display));
    });
    connect(engine, &DrillEngine::commandFinished, m_steps, &DrillStepsPanel::commandFinished);
    connect(engine, &DrillEngine::commandFinished, this,
            [model](const DrillCommand& command, const CommandResult& result) {
                model->addEvent(Kind::Command,
                                result.succeeded()
                                    ? tr("Done: %1").arg(command.display)
                                    : tr("Failed: %1: %2").arg(command.display, result.errorText));
            });
    connect(engine, &DrillEngine::clusterEvent, this,
            [model](const ClusterEvent& event) { model->addEvent(Kind::Cluster, event.describe()); });
    connect(engine, &DrillEngine::outageWindowOpened, this,
            [model](const QString& target, const OutageWindow& window) {
                model->addEvent(Kind::Outage, tr("%1 stopped answering: %2").arg(target, window.firstDetail),
                                window.start);
            });
    connect(engine, &DrillEngine::outageWindowClosed, this,
            [model](const QString& target, const OutageWindow& window) {
                model->addEvent(
                    Kind::Outage,
                    tr("%1 answers again after %2 ms")
                        .arg(target)
                        .arg(std::chrono::duration_cast<std::chrono::milliseconds>(window.duration).count()),
                    window.end);
            });
    connect(engine, &DrillEngine::progress, this, [this](const DrillProgress&) {
        m_window->statusLine()->setDrillElapsed(std::chrono::duration_cast<std::chrono::milliseconds>(
            std::chrono::steady_clock::now() - m_startedAt));
    });
    // The engine's texts as LocalizedText: shown translated, journalled in English.
    connect(engine, &DrillEngine::stopConditionTriggered, m_steps, &DrillStepsPanel::showStopCondition);
    connect(engine, &DrillEngine::stopConditionTriggered, this, [model](const LocalizedText& reason) {
        model->addEvent(Kind::StopCondition, [reason] { return reason.translated(); });
    });
    connect(engine, &DrillEngine::notice, this, [model](const LocalizedText& text) {
        model->addEvent(Kind::Notice, [text] { return text.translated(); });
    });
    connect(engine, &DrillEngine::finished, m_steps, &DrillStepsPanel::showSummary);
    connect(engine, &DrillEngine::finished, this, [this, model](const DrillSummary& summary) {
        model->addEvent(Kind::Verdict, [summary] { return summary.headlineText().translated(); });
        m_finished = true;
        emit stateChanged();
        emit finished(summary);
    });
}

void DrillConsole::start()
{
    if (!m_engine || m_started)
        return;
    m_started = true;
    m_startedAt = std::chrono::steady_clock::now();
    m_window->statusLine()->setDrillElapsed(std::chrono::milliseconds(0));
    QMetaObject::invokeMethod(m_engine, &DrillEngine::start, Qt::QueuedConnection);
    emit stateChanged();
}

void DrillConsole::confirmGate(const QString& typedNodeName)
{
    if (!m_engine)
        return;
    // The answer comes back as gateConfirmed or gateRefused; the return value is not needed here.
    QMetaObject::invokeMethod(
        m_engine, [engine = m_engine, typedNodeName] { engine->confirmGate(typedNodeName); },
        Qt::QueuedConnection);
}

void DrillConsole::abort(const QString& reason)
{
    if (!m_engine)
        return;
    if (!m_started) {
        releaseEngine();
        m_steps->setSteps({});
        emit stateChanged();
        return;
    }
    QMetaObject::invokeMethod(
        m_engine, [engine = m_engine, reason] { engine->abort(reason); }, Qt::QueuedConnection);
}

} // namespace etcddrill
