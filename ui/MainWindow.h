// The drill console: what the SRE screen-shares during the game day. Topology on top, probe latency below,
// a dock reserved for the drill's step wizard (right) and one for its timeline (bottom), the cluster's
// quorum and leader in the status bar. Opens a drill config (or the embedded lab's) and watches it through a
// LiveSession; presents, never decides (every fact comes from core's value types).
//
// Menus (ConsoleActions; connected here): File (open config, recent, start lab, replay a journal, close the
// replay, export the report, quit), View (presenter mode, theme, chart window, full screen), Settings
// (language, applied live), Drill (prepare, start), Help (about).
//
// Modes (ConsoleMode, mode()): the views show one thing at a time, and each mode has its own class —
// Live: the open config's cluster watched (LiveConsole); Drill: a drill prepared and run (DrillConsole, the
// engine on DrillSession's worker); Replay: a recorded drill with a time slider (ReplayConsole), nothing can
// act on a cluster until it is closed, which brings back what was open before; Empty: nothing open.
//
// Guards: while a drill runs, opening another config, starting the lab or a replay is refused (the actions
// are disabled, and a message says why if one is triggered anyway); closing the window asks first. When a
// config is opened, the journals are searched (worker) for drills that stopped a member and never restored
// it: a dialog and a banner offer to restore it (RestoreOffer, RestoreController).
//
// How a drill plugs in (DrillConsole): setStepsPanel() and setTimelinePanel() replace the placeholders;
// stopLiveSession() then ConsoleFeed::connect(drill, topology(), chart(), statusLine()) feeds the views from
// the drill instead of the live session (the engine runs its own monitor and probes); chart()->addMarker()
// on each step change; statusLine()->setDrillElapsed() from DrillProgress.
//
// Thread: GUI thread. Owner: main() (stack) or a test.
#pragma once

#include "ConsoleActions.h"
#include "ConsoleMode.h"
#include "LiveConsole.h"
#include "RecentFiles.h"
#include "ReplayConsole.h"
#include "RestoreOffer.h"
#include "config/DrillConfig.h"
#include "lab/LabLayout.h"

#include <QMainWindow>
#include <QPointer>
#include <QStringList>
#include <memory>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QScrollArea;
class QSplitter;
class QStackedWidget;

namespace etcddrill {

class AppearanceController;
class ChartPanel;
class ClusterStatusLine;
class DrillConsole;
class DrillStatusStrip;
class LabStartDialog;
class LabStarter;
class LanguageSwitcher;
class LatencyChartView;
class LiveSession;
class ReplayBar;
class ReplayController;
class ReplayStepsPanel;
class RestoreBanner;
class RestoreController;
class RestoreDialog;
class StartPage;
class TimelinePanel;
class TopologyWidget;
struct ConsoleColors;
struct ReportModel;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    TopologyWidget* topology() const { return m_topology; }
    StartPage* startPage() const { return m_startPage; }
    LatencyChartView* chart() const;
    ClusterStatusLine* statusLine() const { return m_statusLine; }
    // What the views show now.
    ConsoleMode mode() const { return m_mode; }
    // The live session while the open config is watched; null otherwise.
    LiveSession* session() const { return m_live->session(); }
    AppearanceController* appearance() const { return m_appearance; }
    LanguageSwitcher* languages() const { return m_languages; }
    QString noticeText() const; // the banner's text; empty when hidden
    // Drill ▸ Prepare / Start: the engine, its steps panel and timeline (the docks' panels); null until the
    // first prepareDrill().
    DrillConsole* drillConsole() const { return m_drill.get(); }
    QAction* prepareDrillAction() const { return m_actions->prepareDrill; }
    QAction* startDrillAction() const { return m_actions->startDrill; }
    bool isDrillRunning() const; // started and not finished

    // File menu actions (tests and the guard read them).
    QAction* openAction() const { return m_actions->open; }
    QMenu* recentMenu() const { return m_actions->recentMenu; }
    QAction* labAction() const { return m_actions->lab; }
    QAction* replayAction() const { return m_actions->replay; }
    QAction* closeReplayAction() const { return m_actions->closeReplay; }
    QAction* exportAction() const { return m_actions->exportReport; }

    // Replay: the controller and bar while a journal is replayed.
    bool isReplaying() const { return m_mode == ConsoleMode::Replay; }
    bool isLoadingReplay() const { return m_replay->isLoading(); }
    ReplayController* replay() const { return m_replay->controller(); }
    ReplayBar* replayBar() const { return m_replay->bar(); }
    ReplayStepsPanel* replayStepsPanel() const { return m_replay->stepsPanel(); }
    TimelinePanel* replayTimelinePanel() const { return m_replay->timelinePanel(); }
    // The journal File ▸ Export report… works on: the replayed one, else the last finished drill's; "" none.
    QString exportJournal() const;

    // The unfinished-drill offer.
    RestoreController* restoreController() const { return m_restore->controller(); }
    RestoreBanner* restoreBanner() const { return m_restore->banner(); }
    RestoreDialog* restoreDialog() const { return m_restore->dialog(); }

    // The reserved areas. The panel replaces the placeholder and becomes the dock's (Qt parent).
    QDockWidget* stepsDock() const { return m_stepsDock; }
    QDockWidget* timelineDock() const { return m_timelineDock; }
    void setStepsPanel(QWidget* panel);
    void setTimelinePanel(QWidget* panel);
    // The drill's status strip (DrillStatusStrip), across the top above the topology; themed with the rest.
    void setDrillStrip(etcddrill::DrillStatusStrip* strip);
    // Watches the open config's cluster again (after a drill): the views keep updating.
    void resumeLiveSession();

public slots:
    // Loads and validates the file; problems are shown in a message box (file:line: what to fix).
    bool openConfigFile(const QString& path);
    // Watches this cluster from now on (replaces what was open): presentConfig() plus a LiveSession.
    void openConfig(const etcddrill::DrillConfig& config);
    // Lays the views out for this config without watching it: the data comes from elsewhere (a replayed
    // journal, a test feeding the views by hand).
    void presentConfig(const etcddrill::DrillConfig& config);
    void closeConfig();
    // Stops watching through the LiveSession but keeps the views and what they show: the drill engine runs
    // its own monitor and probes, so call this before ConsoleFeed::connect(engine, …).
    void stopLiveSession();
    // Brings the embedded lab up on a worker thread (progress in a dialog), then opens its config. The lab
    // stops when etcd-drill exits; a lab already running in the directory is used as it is.
    void startEmbeddedLab(const etcddrill::LabLayout& layout = {});
    // Remembered for the next start, unless `remember` is false (etcd-drill --presenter: this session only).
    void setPresenterMode(bool on, bool remember = true);
    // "" follows the system, "en", "zh_CN"; applied at once and remembered.
    void setLanguage(const QString& choice);
    // A new drill engine for the open config (the live session stops); false when no config is open or a
    // drill is running. startDrill() prepares first when needed.
    bool prepareDrill();
    void startDrill();
    // Reads the journal (a drill folder or its journal.jsonl) on a worker and replays it; false when refused
    // (a drill runs, a load is under way). Errors come as a message box naming the file.
    bool openReplay(const QString& path);
    // Leaves the replay and brings back the config that was open before it (watched again).
    void closeReplay();
    void exportReport();
    // Restores the unfinished drills the last check found (the offer's "Restore now").
    void restoreUnfinished();

signals:
    // A replay load ended: ok, or the message box with the error is up.
    void replayLoadFinished(bool ok);

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void createActions();
    void createDocks();
    void retranslateUi();
    void rebuildRecentMenu();
    void applyColors(const ConsoleColors& colors);
    void applyFontScale(qreal scale);
    QFont scaledFont(qreal scale) const; // the desktop's font times the presenter scale
    void fitTopology(bool growOnly = false);
    void addNotice(const QString& text);
    void chooseConfigFile();
    void newConfigFromCluster(); // File ▸ New drill config from cluster…
    void showAbout();
    void syncChartWindowActions();
    void syncDrillActions();
    void syncViews();
    void watchConfig(const DrillConfig& config);
    enum class Attempt { OpenConfig, StartLab, Replay, Restore };
    // True (and a message box says why) while a drill runs or a restore works on the open cluster.
    bool refuseWhileBusy(Attempt attempt);
    void chooseJournal();
    void showHistory(); // File ▸ Drill history…
    void replayLoaded(const QString& path, const ReportModel& model, const QString& error);
    void enterReplay(const ReportModel& model);
    void leaveReplay(bool restoreLive);
    void fitStepsDock(bool initial);

    AppearanceController* m_appearance;
    LanguageSwitcher* m_languages;
    RecentFiles m_recent;
    RecentFiles m_recentDrills{QStringLiteral("recentDrills")}; // journals of drills run or replayed here
    StartPage* m_startPage = nullptr;
    QStackedWidget* m_views = nullptr;

    QSplitter* m_splitter = nullptr;
    QScrollArea* m_topologyScroll = nullptr;
    bool m_fitPending = false;
    bool m_rememberPresenter = true; // false while --presenter switches it on
    TopologyWidget* m_topology = nullptr;
    ChartPanel* m_chartPanel = nullptr;
    ClusterStatusLine* m_statusLine = nullptr;
    QLabel* m_notice = nullptr;
    QPointer<DrillStatusStrip> m_drillStrip;
    QStringList m_notices;
    QDockWidget* m_stepsDock = nullptr;
    QDockWidget* m_timelineDock = nullptr;
    QLabel* m_stepsPlaceholder = nullptr;
    QLabel* m_timelinePlaceholder = nullptr;

    ConsoleMode m_mode = ConsoleMode::Empty;
    LiveConsole* m_live = nullptr;
    std::unique_ptr<DrillConsole> m_drill;
    ReplayConsole* m_replay = nullptr;
    RestoreOffer* m_restore = nullptr; // the unfinished-drill offer
    DrillConfig m_config;
    LabStarter* m_labStarter = nullptr;
    QPointer<LabStartDialog> m_labDialog;
    QString m_drillJournal; // the last finished drill's journal.jsonl
    bool m_stepsDockFitted = false;
    int m_fullTopologyHeight = 0; // the topology's height with unfolded cards, when they were folded
    ConsoleActions* m_actions = nullptr;
};

} // namespace etcddrill
