// The console while a recorded drill is replayed (File ▸ Open journal to replay…, `etcd-drill --replay`): the
// journal is read on a worker (ReplayLoader), then the window's views show the recorded drill
// (ReplayController) with a time slider under the chart (ReplayBar) and what is replayed in the status bar;
// the docks hold read-only replay panels meanwhile. Entering keeps what the window showed before (the
// config, whether it was watched, the docks' panels, the chart's window); leaving puts the docks and the
// chart back and hands the config back to the window, which opens it again.
//
// Thread: GUI thread. Owner: MainWindow (Qt parent); the views and docks are the window's and outlive it.
#pragma once

#include "config/DrillConfig.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <chrono>

class QLabel;
class QProgressBar;
class QWidget;

namespace etcddrill {

class MainWindow;
class ReplayBar;
class ReplayController;
class ReplayLoader;
class ReplayStepsPanel;
class TimelinePanel;
struct ReportModel;

class ReplayConsole : public QObject
{
    Q_OBJECT

public:
    // What the window showed before the replay, for it to open again when the replay ends.
    struct Before
    {
        DrillConfig config;
        bool watched = false; // through a live session or a drill, not only laid out
    };

    // The bar is for the window's central layout (barParent until the layout takes it); the replay's
    // status label and busy indicator go into the window's status bar.
    ReplayConsole(MainWindow* window, QWidget* barParent);

    ReplayController* controller() const { return m_controller; }
    ReplayBar* bar() const { return m_bar; }
    ReplayStepsPanel* stepsPanel() const; // the docks' panels while replaying, else null
    TimelinePanel* timelinePanel() const;
    bool isReplaying() const;
    bool isLoading() const;
    const ReportModel& model() const;

    // Reads the journal on a worker; loaded() follows. False while a load runs.
    bool load(const QString& path);
    // The message box naming the file that cannot be replayed.
    void showLoadError(const QString& path, const QString& error);
    // Shows this recorded drill in the window's views and the replay's panels in the docks. `before` is kept
    // only when no replay runs yet (a replay replacing a replay keeps the first one's).
    void enter(const ReportModel& model, const Before& before);
    // Puts the docks' panels and the chart's window back; the views still show the replay's config (the
    // window closes it). Returns what was open before.
    Before leave();
    // The window's title while replaying, and the status label (language switch).
    QString windowTitle() const;
    void retranslateUi();

signals:
    // A load ended: error is empty when the model was read (see ReplayLoader::finished).
    void loaded(const QString& path, const etcddrill::ReportModel& model, const QString& error);
    // The bar's close button.
    void closeRequested();
    // For the window's notice banner: an incomplete or damaged journal.
    void notice(const QString& text);

private:
    MainWindow* m_window;
    ReplayLoader* m_loader;
    ReplayController* m_controller;
    ReplayBar* m_bar;
    QLabel* m_status;
    QProgressBar* m_busy;
    QPointer<ReplayStepsPanel> m_steps;
    QPointer<TimelinePanel> m_timeline;
    // Before the replay: the docks' widgets (hidden meanwhile), the chart's window, what was open.
    QPointer<QWidget> m_liveSteps;
    QPointer<QWidget> m_liveTimeline;
    std::chrono::milliseconds m_liveSpan{0};
    Before m_before;
};

} // namespace etcddrill
