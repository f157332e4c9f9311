// Drives one DrillEngine from the console (Drill ▸ Prepare / Start): creates the engine for the open config
// on its own worker QThread, stops the window's live session, feeds the topology, chart and status line from
// the engine (ConsoleFeed), fills the steps panel and the timeline, puts a chart marker on each step change
// and forwards the operator's gate confirmations and aborts to the engine with queued calls — the engine
// never runs on, and is never called directly from, the GUI thread.
//
// Thread: GUI thread (the engine: its worker thread). Owner: MainWindow (std::unique_ptr, destroyed first).
// Destroying it mid-drill does not restore the target (see DrillEngine): abort and wait for finished() first.
#pragma once

#include "config/DrillConfig.h"
#include "drill/DrillOptions.h"
#include "drill/DrillSummary.h"

#include <QHash>
#include <QList>
#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <chrono>
#include <memory>

class QThread;

namespace etcddrill {

class DrillEngine;
class DrillStepsPanel;
class MainWindow;
class TimelinePanel;

class DrillConsole : public QObject
{
    Q_OBJECT

public:
    explicit DrillConsole(MainWindow* window);
    ~DrillConsole() override;

    DrillStepsPanel* stepsPanel() const { return m_steps; }
    TimelinePanel* timelinePanel() const { return m_timeline; }
    bool isPrepared() const { return m_engine != nullptr; }
    bool isStarted() const { return m_started; }
    bool isFinished() const { return m_finished; }

public slots:
    // Replaces any finished drill with a new engine for `config`; the live session stops. False (and nothing
    // changes) while a drill is running.
    bool prepare(const etcddrill::DrillConfig& config, const etcddrill::DrillOptions& options = {});
    void start();
    void confirmGate(const QString& typedNodeName);
    void abort(const QString& reason);

signals:
    void stateChanged();
    void finished(const etcddrill::DrillSummary& summary);

private:
    void connectEngine();
    void releaseEngine();

    MainWindow* m_window;
    DrillStepsPanel* m_steps;
    TimelinePanel* m_timeline;
    std::unique_ptr<QThread> m_thread;
    DrillEngine* m_engine = nullptr; // lives on m_thread; deleted there by releaseEngine()
    QList<QMetaObject::Connection> m_feed;
    bool m_started = false;
    bool m_finished = false;
    std::chrono::steady_clock::time_point m_startedAt;
    QHash<int, int> m_markedStates; // DrillStep::Id -> the State last marked on the chart
};

} // namespace etcddrill
