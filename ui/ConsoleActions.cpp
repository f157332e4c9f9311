#include "ConsoleActions.h"

#include "ChartPanel.h"

#include <QAction>
#include <QActionGroup>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QToolBar>

namespace etcddrill {

ConsoleActions::ConsoleActions(QMainWindow* window, QDockWidget* stepsDock, QDockWidget* timelineDock)
    : QObject(window)
{
    prepareDrill = new QAction(window);
    prepareDrill->setObjectName(QStringLiteral("prepareDrillAction"));
    startDrill = new QAction(window);
    startDrill->setObjectName(QStringLiteral("startDrillAction"));

    open = new QAction(window);
    open->setShortcut(QKeySequence::Open);
    clearRecent = new QAction(window);
    fromCluster = new QAction(window);
    fromCluster->setObjectName(QStringLiteral("fromClusterAction"));
    lab = new QAction(window);
    replay = new QAction(window);
    replay->setObjectName(QStringLiteral("replayAction"));
    history = new QAction(window);
    history->setObjectName(QStringLiteral("historyAction"));
    closeReplay = new QAction(window);
    closeReplay->setObjectName(QStringLiteral("closeReplayAction"));
    exportReport = new QAction(window);
    exportReport->setObjectName(QStringLiteral("exportAction"));
    quit = new QAction(window);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    presenter = new QAction(window);
    presenter->setObjectName(QStringLiteral("presenterAction"));
    presenter->setCheckable(true);
    presenter->setShortcut(QKeySequence(Qt::Key_F11));
    fullScreen = new QAction(window);
    fullScreen->setCheckable(true);
    // The desktop's full-screen keys, except F11 where the desktop uses it (KDE, Windows): that is presenter
    // mode's, and a key two actions share fires neither.
    QList<QKeySequence> fullScreenKeys = QKeySequence::keyBindings(QKeySequence::FullScreen);
    fullScreenKeys.removeAll(QKeySequence(Qt::Key_F11));
    if (fullScreenKeys.isEmpty())
        fullScreenKeys = {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F)};
    fullScreen->setShortcuts(fullScreenKeys);

    m_themeGroup = new QActionGroup(window);
    for (const AppearanceController::Theme theme :
         {AppearanceController::Theme::System, AppearanceController::Theme::Light,
          AppearanceController::Theme::Dark}) {
        QAction* action = m_themeGroup->addAction(QString());
        action->setCheckable(true);
        themes.append({action, theme});
    }

    m_windowGroup = new QActionGroup(window);
    // A span chosen with the mouse wheel matches no entry: then none is checked.
    m_windowGroup->setExclusionPolicy(QActionGroup::ExclusionPolicy::ExclusiveOptional);
    for (const std::chrono::minutes span : ChartPanel::windowChoices()) {
        QAction* action = m_windowGroup->addAction(QString());
        action->setCheckable(true);
        action->setData(qint64(span.count()));
        windows.append(action);
    }

    m_languageGroup = new QActionGroup(window);
    languages = {
        {m_languageGroup->addAction(QString()), QString()},
        {m_languageGroup->addAction(QStringLiteral("English")), QStringLiteral("en")},
        // Each language is named in itself, so a reader finds theirs whatever the current language is.
        {m_languageGroup->addAction(QStringLiteral("简体中文")), QStringLiteral("zh_CN")}};
    for (const auto& [action, choice] : std::as_const(languages))
        action->setCheckable(true);

    about = new QAction(window);
    about->setMenuRole(QAction::AboutRole);
    aboutQt = new QAction(window);
    aboutQt->setMenuRole(QAction::AboutQtRole);

    QMenuBar* bar = window->menuBar();
    fileMenu = bar->addMenu(QString());
    fileMenu->setObjectName(QStringLiteral("fileMenu"));
    fileMenu->setToolTipsVisible(true); // disabled actions explain themselves
    fileMenu->addAction(open);
    recentMenu = fileMenu->addMenu(QString());
    fileMenu->addAction(fromCluster);
    fileMenu->addAction(lab);
    fileMenu->addSeparator();
    fileMenu->addAction(replay);
    fileMenu->addAction(history);
    fileMenu->addAction(closeReplay);
    fileMenu->addAction(exportReport);
    fileMenu->addSeparator();
    fileMenu->addAction(quit);

    viewMenu = bar->addMenu(QString());
    viewMenu->setObjectName(QStringLiteral("viewMenu"));
    viewMenu->addAction(presenter);
    viewMenu->addAction(fullScreen);
    viewMenu->addSeparator();
    themeMenu = viewMenu->addMenu(QString());
    themeMenu->addActions(m_themeGroup->actions());
    windowMenu = viewMenu->addMenu(QString());
    windowMenu->addActions(m_windowGroup->actions());
    viewMenu->addSeparator();
    viewMenu->addAction(stepsDock->toggleViewAction());
    viewMenu->addAction(timelineDock->toggleViewAction());

    settingsMenu = bar->addMenu(QString());
    settingsMenu->setObjectName(QStringLiteral("settingsMenu"));
    languageMenu = settingsMenu->addMenu(QString());
    languageMenu->addActions(m_languageGroup->actions());

    drillMenu = bar->addMenu(QString());
    drillMenu->setObjectName(QStringLiteral("drillMenu"));
    drillMenu->addAction(prepareDrill);
    drillMenu->addAction(startDrill);
    drillToolBar = window->addToolBar(QString());
    drillToolBar->setObjectName(QStringLiteral("drillToolBar"));
    drillToolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    drillToolBar->addAction(prepareDrill);
    drillToolBar->addAction(startDrill);

    helpMenu = bar->addMenu(QString());
    helpMenu->setObjectName(QStringLiteral("helpMenu"));
    helpMenu->addAction(about);
    helpMenu->addAction(aboutQt);
}

void ConsoleActions::retranslateUi()
{
    drillMenu->setTitle(tr("&Drill"));
    drillToolBar->setWindowTitle(tr("Drill"));
    prepareDrill->setText(tr("&Prepare drill"));
    prepareDrill->setToolTip(
        tr("Create the drill for the open config: list its steps and commands, nothing runs yet"));
    startDrill->setText(tr("&Start drill"));
    startDrill->setToolTip(
        tr("Run the preflight; the drill then waits for you to type the node name before it stops etcd"));
    fileMenu->setTitle(tr("&File"));
    open->setText(tr("&Open drill config…"));
    recentMenu->setTitle(tr("Open &recent"));
    clearRecent->setText(tr("&Clear list"));
    fromCluster->setText(tr("&New drill config from cluster…"));
    fromCluster->setToolTip(
        tr("Read a kubeadm cluster through its kubeconfig and write a drill config for it (etcd-drill-cli "
           "init)"));
    lab->setText(tr("Start embedded &lab"));
    lab->setToolTip(tr("Start a three-node lab cluster on this machine and open its drill config"));
    replay->setText(tr("Open &journal to replay…"));
    replay->setToolTip(
        tr("Replay a recorded drill from its journal (a drill folder or its journal.jsonl): the same views, "
           "with a time slider"));
    history->setText(tr("Drill &history…"));
    history->setToolTip(tr("Every drill of the journal folder: figures next to the drill before, filter by "
                           "cluster, open a replay, compare two"));
    closeReplay->setText(tr("&Close replay"));
    closeReplay->setToolTip(tr("Leave the replay and go back to the config that was open"));
    exportReport->setText(tr("&Export report…"));
    exportReport->setToolTip(tr("Export the report of the replayed drill, or of the last drill run here"));
    quit->setText(tr("&Quit"));

    viewMenu->setTitle(tr("&View"));
    presenter->setText(tr("&Presenter mode"));
    presenter->setToolTip(tr("Large fonts, thick lines and high contrast for screen sharing"));
    fullScreen->setText(tr("&Full screen"));
    themeMenu->setTitle(tr("&Theme"));
    for (const auto& [action, theme] : std::as_const(themes)) {
        switch (theme) {
        case AppearanceController::Theme::System:
            action->setText(tr("Follow &system"));
            break;
        case AppearanceController::Theme::Light:
            action->setText(tr("&Light"));
            break;
        case AppearanceController::Theme::Dark:
            action->setText(tr("&Dark"));
            break;
        }
    }
    windowMenu->setTitle(tr("Chart &window"));
    for (QAction* action : std::as_const(windows))
        action->setText(tr("%n minute(s)", nullptr, int(action->data().toLongLong())));

    settingsMenu->setTitle(tr("&Settings"));
    languageMenu->setTitle(tr("&Language"));
    // The languages themselves keep their own names.
    languages.first().first->setText(tr("Follow &system"));

    helpMenu->setTitle(tr("&Help"));
    about->setText(tr("&About etcd-drill"));
    aboutQt->setText(tr("About &Qt"));
}

} // namespace etcddrill
