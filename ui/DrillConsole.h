// Drives one drill from the console (Drill ▸ Prepare / Start): a DrillSession for the open config (the engine
// on the session's worker thread). The window's live session keeps the views up to date until Start; then
// the drill feeds the topology, chart and status line (ConsoleFeed), and after the verdict the live session
// takes over again, so the views never freeze. Fills the status strip, the steps panel and the timeline,
// puts a chart marker where each step begins and passes the operator's gate confirmations and aborts to the
// session.
//
// Thread: GUI thread; nothing here waits for the engine (DrillSession). Owner: MainWindow (std::unique_ptr,
// destroyed first). Destroying it mid-drill does not restore the target (see DrillEngine): abort and wait
// for finished() first.
#pragma once

#include "config/DrillConfig.h"
#include "drill/DrillOptions.h"
#include "drill/DrillSummary.h"
#include "session/DrillSession.h"

#include <QHash>
#include <QList>
#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <chrono>
#include <memory>

namespace etcddrill {

class DrillHistoryLoader;

class DrillStatusStrip;
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
    DrillStatusStrip* statusStrip() const { return m_strip; }
    TimelinePanel* timelinePanel() const { return m_timeline; }
    bool isPrepared() const { return m_session != nullptr; }
    bool isStarted() const { return m_session && m_session->isStarted(); }
    bool isFinished() const { return m_session && m_session->isFinished(); }

public slots:
    // Replaces any finished drill with a new DrillSession for `config`; the live session stops. False (and
    // nothing changes) while a drill is running.
    bool prepare(const etcddrill::DrillConfig& config, const etcddrill::DrillOptions& options = {});
    void start();
    void confirmGate(const QString& typedNodeName);
    void abort(const QString& reason);

signals:
    void stateChanged();
    void finished(const etcddrill::DrillSummary& summary);

private:
    void connectSession();
    void releaseSession();

    MainWindow* m_window;
    DrillStepsPanel* m_steps;
    TimelinePanel* m_timeline;
    DrillStatusStrip* m_strip;
    DrillHistoryLoader* m_history; // child: the comparison with the previous drill, off the GUI thread
    QString m_journalDir;          // the config's drill.journal-dir (or the default)
    QString m_comparedFolder;      // the finished drill whose comparison is awaited
    std::unique_ptr<DrillSession> m_session;
    QList<QMetaObject::Connection> m_feed;
    std::chrono::steady_clock::time_point m_startedAt;
    QString m_targetNode;           // as the drill resolved it
    QHash<int, int> m_markedStates; // DrillStep::Id -> the State in which it was marked on the chart (once)
};

} // namespace etcddrill
