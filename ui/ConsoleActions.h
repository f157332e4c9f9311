// The console window's actions, menus and drill tool bar, with their words, shortcuts and tooltips (renewed
// by retranslateUi() on a language switch): File (open config, recent, a new config from a cluster, start
// lab, replay a journal, close the replay, export the report, quit), View (presenter mode, full screen,
// theme, chart window, the docks), Settings (language), Drill (prepare, start; also the tool bar) and Help
// (about). Like a Designer form's Ui class it holds widgets, not behaviour: MainWindow connects each action
// to what it does, fills the recent menu and enables what is allowed.
//
// Thread: GUI thread. Owner: MainWindow (Qt parent); the actions, menus and tool bar are the window's.
#pragma once

#include "AppearanceController.h"

#include <QList>
#include <QObject>
#include <QString>
#include <utility>

class QAction;
class QActionGroup;
class QDockWidget;
class QMainWindow;
class QMenu;
class QToolBar;

namespace etcddrill {

class ConsoleActions : public QObject
{
    Q_OBJECT

public:
    // Creates the actions and puts the menus into the window's menu bar (the docks' toggles into View).
    ConsoleActions(QMainWindow* window, QDockWidget* stepsDock, QDockWidget* timelineDock);

    void retranslateUi();

    QAction* prepareDrill;
    QAction* startDrill;
    QAction* open;
    QAction* fromCluster; // File ▸ New drill config from cluster…
    QAction* clearRecent;
    QAction* lab;
    QAction* replay;
    QAction* history; // File ▸ Drill history…
    QAction* closeReplay;
    QAction* exportReport;
    QAction* quit;
    QAction* presenter;
    QAction* fullScreen;
    QAction* about;
    QAction* aboutQt;
    // Checkable, one checked at a time (a chart window chosen with the mouse wheel matches none).
    QList<std::pair<QAction*, AppearanceController::Theme>> themes;
    QList<QAction*> windows; // data(): the window's span in minutes (ChartPanel::windowChoices())
    // "" follows the system, "en", "zh_CN" (LanguageSwitcher's choices).
    QList<std::pair<QAction*, QString>> languages;

    QMenu* fileMenu;
    QMenu* recentMenu; // filled by MainWindow (the recent files, then clearRecent)
    QMenu* viewMenu;
    QMenu* themeMenu;
    QMenu* windowMenu;
    QMenu* settingsMenu;
    QMenu* languageMenu;
    QMenu* drillMenu;
    QMenu* helpMenu;
    QToolBar* drillToolBar;

private:
    QActionGroup* m_themeGroup;
    QActionGroup* m_windowGroup;
    QActionGroup* m_languageGroup;
};

} // namespace etcddrill
