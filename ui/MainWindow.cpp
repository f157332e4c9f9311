#include "MainWindow.h"

#include "AppearanceController.h"
#include "ChartPanel.h"
#include "ClusterStatusLine.h"
#include "ConsoleFeed.h"
#include "DrillConsole.h"
#include "LabStartDialog.h"
#include "LanguageSwitcher.h"
#include "LatencyChartView.h"
#include "ReplayBar.h"
#include "ReplayController.h"
#include "ReplayLoader.h"
#include "ReplayStepsPanel.h"
#include "ReportExportDialog.h"
#include "RestoreBanner.h"
#include "RestoreController.h"
#include "RestoreDialog.h"
#include "TimelinePanel.h"
#include "TopologyWidget.h"
#include "config/ConfigLoader.h"
#include "drill/DrillSummary.h"
#include "drill/JournalWriter.h"
#include "report/ReportSnapshotConverter.h"
#include "session/LabStarter.h"
#include "session/LiveSession.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

// Resources compiled into a static library are only linked when something refers to them.
static void initResources()
{
    Q_INIT_RESOURCE(etcddrill);
}

namespace etcddrill {

namespace {

const QString kThemeKey = QStringLiteral("ui/theme");
const QString kPresenterKey = QStringLiteral("ui/presenter");
const QString kLanguageKey = LanguageSwitcher::settingsKey();
const QString kWindowKey = QStringLiteral("ui/chartWindowMinutes");
const QString kGeometryKey = QStringLiteral("ui/geometry");
const QString kStateKey = QStringLiteral("ui/windowState");

QLabel* makePlaceholder(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setMargin(16);
    label->setEnabled(false); // greyed: a reserved place, not content
    return label;
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), m_appearance(new AppearanceController(this)),
      m_languages(new LanguageSwitcher(this))
{
    initResources();
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/etcd-drill.svg")));
    QSettings settings;
    // Translators first, so that every text below is created in the chosen language.
    m_languages->apply(settings.value(kLanguageKey).toString());

    auto* central = new QWidget(this);
    central->setObjectName(QStringLiteral("central"));
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_notice = new QLabel(central);
    m_notice->setObjectName(QStringLiteral("notice"));
    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setMargin(8);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->hide();
    layout->addWidget(m_notice);
    m_restoreBanner = new RestoreBanner(central);
    layout->addWidget(m_restoreBanner);
    auto* splitter = new QSplitter(Qt::Vertical, central);
    splitter->setObjectName(QStringLiteral("centralSplitter"));
    splitter->setChildrenCollapsible(false);
    // Seven nodes in presenter mode may not fit a laptop screen: the topology scrolls rather than squeezes.
    m_topologyScroll = new QScrollArea(splitter);
    m_topologyScroll->setObjectName(QStringLiteral("topologyScroll"));
    m_topologyScroll->setWidgetResizable(true);
    m_topologyScroll->setFrameShape(QFrame::NoFrame);
    m_topology = new TopologyWidget(m_topologyScroll);
    m_topologyScroll->setWidget(m_topology);
    m_topology->installEventFilter(this);
    m_chartPanel = new ChartPanel(splitter);
    m_splitter = splitter;
    splitter->addWidget(m_topologyScroll);
    splitter->addWidget(m_chartPanel);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);
    // Under the chart: the slider reads as the chart's time axis, moved by hand.
    m_replayBar = new ReplayBar(central);
    m_replayBar->hide();
    layout->addWidget(m_replayBar);
    setCentralWidget(central);

    m_replayStatus = new QLabel(statusBar());
    m_replayStatus->setObjectName(QStringLiteral("replayStatus"));
    m_replayStatus->hide();
    statusBar()->addWidget(m_replayStatus);
    m_busy = new QProgressBar(statusBar());
    m_busy->setRange(0, 0); // busy, no percentage: the builder does not report progress
    m_busy->setMaximumWidth(120);
    m_busy->hide();
    statusBar()->addPermanentWidget(m_busy);
    m_statusLine = new ClusterStatusLine(statusBar());
    statusBar()->addPermanentWidget(m_statusLine);

    m_replayLoader = new ReplayLoader(this);
    connect(m_replayLoader, &ReplayLoader::finished, this, &MainWindow::replayLoaded);
    m_replay = new ReplayController(m_topology, m_chartPanel->chart(), m_statusLine, this);
    connect(m_replay, &ReplayController::positionChanged, m_replayBar, &ReplayBar::setPosition);
    connect(m_replayBar, &ReplayBar::positionChanged, m_replay, &ReplayController::setPosition);
    connect(m_replayBar, &ReplayBar::closeRequested, this, &MainWindow::closeReplay);
    connect(m_chartPanel->chart(), &LatencyChartView::followLiveChanged, this, [this](bool follow) {
        // A replay has no live edge: "follow" (double-click, the panel's button) goes back to the replay's t.
        if (follow && isReplaying()) {
            chart()->setFollowLive(false);
            chart()->centerOn(m_replay->steadyTime(m_replay->position()));
        }
    });

    m_restore = new RestoreController(this);
    connect(m_restore, &RestoreController::checked, this, &MainWindow::offerRestore);
    connect(m_restore, &RestoreController::finished, this, &MainWindow::restoreFinished);
    connect(m_restore, &RestoreController::notice, this, [this](const QString& text) {
        if (m_restoreDialog)
            m_restoreDialog->addProgress(text);
        statusBar()->showMessage(text, 10000);
    });
    connect(m_restore, &RestoreController::commandStarted, this, [this](const DrillCommand& command) {
        if (m_restoreDialog)
            m_restoreDialog->commandStarted(command);
    });
    connect(m_restore, &RestoreController::commandFinished, this,
            [this](const DrillCommand& command, const CommandResult& result) {
                if (m_restoreDialog)
                    m_restoreDialog->commandFinished(command, result);
            });
    connect(m_restoreBanner, &RestoreBanner::restoreRequested, this, &MainWindow::restoreUnfinished);

    createDocks();
    createActions();
    createMenus();
    syncDrillActions();

    connect(m_appearance, &AppearanceController::changed, this, &MainWindow::applyColors);
    connect(chart(), &LatencyChartView::windowSpanChanged, this, &MainWindow::syncChartWindowActions);

    const AppearanceController::Theme theme =
        AppearanceController::themeFromKey(settings.value(kThemeKey).toString());
    m_appearance->setTheme(theme);
    const int minutes = settings.value(kWindowKey, 5).toInt();
    chart()->setWindowSpan(std::chrono::minutes(std::clamp(minutes, 1, 60)));
    setPresenterMode(settings.value(kPresenterKey, false).toBool());
    applyColors(m_appearance->colors());
    syncChartWindowActions();
    retranslateUi();

    resize(1400, 900);
    restoreGeometry(settings.value(kGeometryKey).toByteArray());
    // A saved layout keeps the operator's dock widths; only a first start gets the default width.
    m_stepsDockFitted = restoreState(settings.value(kStateKey).toByteArray());
}

MainWindow::~MainWindow()
{
    // The session's and the drill's worker threads go before the views they feed.
    m_session.reset();
    m_drill.reset();
}

bool MainWindow::isDrillRunning() const
{
    return m_drill && m_drill->isStarted() && !m_drill->isFinished();
}

bool MainWindow::isReplaying() const
{
    return m_replay && m_replay->hasModel();
}

bool MainWindow::isLoadingReplay() const
{
    return m_replayLoader && m_replayLoader->isRunning();
}

ReplayStepsPanel* MainWindow::replayStepsPanel() const
{
    return m_replaySteps;
}

TimelinePanel* MainWindow::replayTimelinePanel() const
{
    return m_replayTimeline;
}

RestoreDialog* MainWindow::restoreDialog() const
{
    return m_restoreDialog;
}

QString MainWindow::exportJournal() const
{
    return isReplaying() ? m_replay->model().journalFile : m_drillJournal;
}

LatencyChartView* MainWindow::chart() const
{
    return m_chartPanel->chart();
}

QString MainWindow::noticeText() const
{
    return m_notice->isHidden() ? QString() : m_notice->text();
}

void MainWindow::createDocks()
{
    m_stepsDock = new QDockWidget(this);
    m_stepsDock->setObjectName(QStringLiteral("stepsDock"));
    m_stepsDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    m_stepsPlaceholder = makePlaceholder(m_stepsDock);
    m_stepsPlaceholder->setObjectName(QStringLiteral("stepsPlaceholder"));
    m_stepsPlaceholder->setMinimumWidth(260);
    m_stepsDock->setWidget(m_stepsPlaceholder);
    addDockWidget(Qt::RightDockWidgetArea, m_stepsDock);

    m_timelineDock = new QDockWidget(this);
    m_timelineDock->setObjectName(QStringLiteral("timelineDock"));
    m_timelineDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable |
                                QDockWidget::DockWidgetClosable);
    m_timelinePlaceholder = makePlaceholder(m_timelineDock);
    m_timelinePlaceholder->setObjectName(QStringLiteral("timelinePlaceholder"));
    m_timelineDock->setWidget(m_timelinePlaceholder);
    addDockWidget(Qt::RightDockWidgetArea, m_timelineDock);
}

void MainWindow::setStepsPanel(QWidget* panel)
{
    m_stepsDock->setWidget(panel);
    if (m_stepsPlaceholder) {
        m_stepsPlaceholder->deleteLater();
        m_stepsPlaceholder = nullptr;
    }
}

void MainWindow::setTimelinePanel(QWidget* panel)
{
    m_timelineDock->setWidget(panel);
    if (m_timelinePlaceholder) {
        m_timelinePlaceholder->deleteLater();
        m_timelinePlaceholder = nullptr;
    }
}

void MainWindow::createActions()
{
    m_prepareDrillAction = new QAction(this);
    m_prepareDrillAction->setObjectName(QStringLiteral("prepareDrillAction"));
    connect(m_prepareDrillAction, &QAction::triggered, this, &MainWindow::prepareDrill);
    m_startDrillAction = new QAction(this);
    m_startDrillAction->setObjectName(QStringLiteral("startDrillAction"));
    connect(m_startDrillAction, &QAction::triggered, this, &MainWindow::startDrill);

    m_openAction = new QAction(this);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::chooseConfigFile);

    m_clearRecentAction = new QAction(this);
    connect(m_clearRecentAction, &QAction::triggered, this, [this] {
        m_recent.clear();
        rebuildRecentMenu();
    });

    m_labAction = new QAction(this);
    connect(m_labAction, &QAction::triggered, this, [this] { startEmbeddedLab(); });

    m_replayAction = new QAction(this);
    m_replayAction->setObjectName(QStringLiteral("replayAction"));
    connect(m_replayAction, &QAction::triggered, this, &MainWindow::chooseJournal);
    m_closeReplayAction = new QAction(this);
    m_closeReplayAction->setObjectName(QStringLiteral("closeReplayAction"));
    connect(m_closeReplayAction, &QAction::triggered, this, &MainWindow::closeReplay);
    m_exportAction = new QAction(this);
    m_exportAction->setObjectName(QStringLiteral("exportAction"));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportReport);

    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_presenterAction = new QAction(this);
    m_presenterAction->setObjectName(QStringLiteral("presenterAction"));
    m_presenterAction->setCheckable(true);
    m_presenterAction->setShortcut(QKeySequence(Qt::Key_F11));
    connect(m_presenterAction, &QAction::toggled, this, &MainWindow::setPresenterMode);

    m_fullScreenAction = new QAction(this);
    m_fullScreenAction->setCheckable(true);
    m_fullScreenAction->setShortcut(QKeySequence::FullScreen);
    connect(m_fullScreenAction, &QAction::toggled, this,
            [this](bool on) { on ? showFullScreen() : showNormal(); });

    m_themeGroup = new QActionGroup(this);
    m_themeSystemAction = m_themeGroup->addAction(QString());
    m_themeLightAction = m_themeGroup->addAction(QString());
    m_themeDarkAction = m_themeGroup->addAction(QString());
    const QList<std::pair<QAction*, AppearanceController::Theme>> themes = {
        {m_themeSystemAction, AppearanceController::Theme::System},
        {m_themeLightAction, AppearanceController::Theme::Light},
        {m_themeDarkAction, AppearanceController::Theme::Dark}};
    const AppearanceController::Theme savedTheme =
        AppearanceController::themeFromKey(QSettings().value(kThemeKey).toString());
    for (const auto& [action, theme] : themes) {
        action->setCheckable(true);
        action->setChecked(theme == savedTheme);
        connect(action, &QAction::triggered, this, [this, theme = theme] {
            m_appearance->setTheme(theme);
            QSettings().setValue(kThemeKey, AppearanceController::themeKey(theme));
        });
    }

    m_windowGroup = new QActionGroup(this);
    // A span chosen with the mouse wheel matches no entry: then none is checked.
    m_windowGroup->setExclusionPolicy(QActionGroup::ExclusionPolicy::ExclusiveOptional);
    for (const std::chrono::minutes span : ChartPanel::windowChoices()) {
        QAction* action = m_windowGroup->addAction(QString());
        action->setCheckable(true);
        action->setData(qint64(span.count()));
        connect(action, &QAction::triggered, this, [this, span] {
            chart()->setWindowSpan(span);
            syncChartWindowActions();
            QSettings().setValue(kWindowKey, qint64(span.count()));
        });
        m_windowActions.append(action);
    }

    m_languageGroup = new QActionGroup(this);
    m_languageSystemAction = m_languageGroup->addAction(QString());
    m_languageEnglishAction = m_languageGroup->addAction(QStringLiteral("English"));
    // Each language is named in itself, so a reader finds theirs whatever the current language is.
    m_languageChineseAction = m_languageGroup->addAction(QStringLiteral("简体中文"));
    const QList<std::pair<QAction*, QString>> languages = {
        {m_languageSystemAction, QString()},
        {m_languageEnglishAction, QStringLiteral("en")},
        {m_languageChineseAction, QStringLiteral("zh_CN")}};
    for (const auto& [action, choice] : languages) {
        action->setCheckable(true);
        action->setChecked(choice == m_languages->choice());
        connect(action, &QAction::triggered, this, [this, choice = choice] { setLanguage(choice); });
    }

    m_aboutAction = new QAction(this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    m_aboutQtAction = new QAction(this);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_fileMenu->setToolTipsVisible(true); // disabled actions explain themselves
    m_fileMenu->addAction(m_openAction);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_fileMenu->addAction(m_labAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_replayAction);
    m_fileMenu->addAction(m_closeReplayAction);
    m_fileMenu->addAction(m_exportAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);
    rebuildRecentMenu();

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_viewMenu->addAction(m_presenterAction);
    m_viewMenu->addAction(m_fullScreenAction);
    m_viewMenu->addSeparator();
    m_themeMenu = m_viewMenu->addMenu(QString());
    m_themeMenu->addActions(m_themeGroup->actions());
    m_windowMenu = m_viewMenu->addMenu(QString());
    m_windowMenu->addActions(m_windowGroup->actions());
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_stepsDock->toggleViewAction());
    m_viewMenu->addAction(m_timelineDock->toggleViewAction());

    m_settingsMenu = menuBar()->addMenu(QString());
    m_settingsMenu->setObjectName(QStringLiteral("settingsMenu"));
    m_languageMenu = m_settingsMenu->addMenu(QString());
    m_languageMenu->addActions(m_languageGroup->actions());

    m_drillMenu = menuBar()->addMenu(QString());
    m_drillMenu->setObjectName(QStringLiteral("drillMenu"));
    m_drillMenu->addAction(m_prepareDrillAction);
    m_drillMenu->addAction(m_startDrillAction);
    m_drillToolBar = addToolBar(QString());
    m_drillToolBar->setObjectName(QStringLiteral("drillToolBar"));
    m_drillToolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_drillToolBar->addAction(m_prepareDrillAction);
    m_drillToolBar->addAction(m_startDrillAction);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_helpMenu->addAction(m_aboutAction);
    m_helpMenu->addAction(m_aboutQtAction);
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_recent.files();
    for (const QString& file : files) {
        QAction* action =
            m_recentMenu->addAction(QFileInfo(file).fileName() + QStringLiteral("  —  ") + file);
        connect(action, &QAction::triggered, this, [this, file] { openConfigFile(file); });
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(m_clearRecentAction);
    m_clearRecentAction->setEnabled(!files.isEmpty());
    m_recentMenu->setEnabled(!files.isEmpty() && !isDrillRunning() &&
                             !(m_restore && m_restore->isRestoring()));
}

void MainWindow::retranslateUi()
{
    if (isReplaying())
        setWindowTitle(tr("etcd-drill — replay of %1 (%2)")
                           .arg(m_replay->model().cluster, m_replay->model().journalFile));
    else
        setWindowTitle(m_config.clusterName.isEmpty()
                           ? tr("etcd-drill")
                           : tr("etcd-drill — %1")
                                 .arg(m_config.sourceFile.isEmpty()
                                          ? m_config.clusterName
                                          : tr("%1 (%2)").arg(m_config.clusterName, m_config.sourceFile)));
    if (isReplaying()) {
        const ReportModel& model = m_replay->model();
        m_replayStatus->setText(tr("Replay: %1 %2")
                                    .arg(model.cluster, model.startedAt.toLocalTime().toString(
                                                            QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
    }
    m_drillMenu->setTitle(tr("&Drill"));
    m_drillToolBar->setWindowTitle(tr("Drill"));
    m_prepareDrillAction->setText(tr("&Prepare drill"));
    m_prepareDrillAction->setToolTip(
        tr("Create the drill for the open config: list its steps and commands, nothing runs yet"));
    m_startDrillAction->setText(tr("&Start drill"));
    m_startDrillAction->setToolTip(
        tr("Run the preflight; the drill then waits for you to type the node name before it stops etcd"));
    m_fileMenu->setTitle(tr("&File"));
    m_openAction->setText(tr("&Open drill config…"));
    m_recentMenu->setTitle(tr("Open &recent"));
    m_clearRecentAction->setText(tr("&Clear list"));
    m_labAction->setText(tr("Start embedded &lab"));
    m_labAction->setToolTip(tr("Start a three-node lab cluster on this machine and open its drill config"));
    m_replayAction->setText(tr("Open &journal to replay…"));
    m_replayAction->setToolTip(
        tr("Replay a recorded drill from its journal (a drill folder or its journal.jsonl): the same views, "
           "with a time slider"));
    m_closeReplayAction->setText(tr("&Close replay"));
    m_closeReplayAction->setToolTip(tr("Leave the replay and go back to the config that was open"));
    m_exportAction->setText(tr("&Export report…"));
    m_exportAction->setToolTip(tr("Export the report of the replayed drill, or of the last drill run here"));
    m_quitAction->setText(tr("&Quit"));

    m_viewMenu->setTitle(tr("&View"));
    m_presenterAction->setText(tr("&Presenter mode"));
    m_presenterAction->setToolTip(tr("Large fonts, thick lines and high contrast for screen sharing"));
    m_fullScreenAction->setText(tr("&Full screen"));
    m_themeMenu->setTitle(tr("&Theme"));
    m_themeSystemAction->setText(tr("Follow &system"));
    m_themeLightAction->setText(tr("&Light"));
    m_themeDarkAction->setText(tr("&Dark"));
    m_windowMenu->setTitle(tr("Chart &window"));
    for (QAction* action : std::as_const(m_windowActions))
        action->setText(tr("%n minute(s)", nullptr, int(action->data().toLongLong())));

    m_settingsMenu->setTitle(tr("&Settings"));
    m_languageMenu->setTitle(tr("&Language"));
    m_languageSystemAction->setText(tr("Follow &system"));

    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About etcd-drill"));
    m_aboutQtAction->setText(tr("About &Qt"));

    m_stepsDock->setWindowTitle(tr("Drill steps"));
    m_timelineDock->setWindowTitle(tr("Timeline"));
    if (m_stepsPlaceholder)
        m_stepsPlaceholder->setText(tr("Drill steps appear here once a drill is prepared"));
    if (m_timelinePlaceholder)
        m_timelinePlaceholder->setText(tr("Cluster events and drill actions appear here once a drill runs"));
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_restore->isRestoring()) {
        QMessageBox::information(
            this, tr("A restore is running"),
            tr("etcd-drill is restoring a member an earlier drill stopped. Wait for the "
               "result before closing: a restore cut off half-way leaves the member in an "
               "unknown state."));
        event->ignore();
        return;
    }
    if (isDrillRunning()) {
        QMessageBox box(
            QMessageBox::Warning, tr("A drill is running"),
            tr("A drill on %1 is running. Closing etcd-drill now ends it where it is: a member it "
               "stopped stays stopped until you run %2.")
                .arg(m_config.clusterName, RestoreController::commandLine(m_config)),
            QMessageBox::Yes | QMessageBox::No, this);
        box.setInformativeText(
            tr("Abort the drill with “Abort and restore” and wait for it to finish, unless "
               "you must close now. Close anyway?"));
        box.setDefaultButton(QMessageBox::No);
        box.setObjectName(QStringLiteral("closeDuringDrill"));
        if (box.exec() != QMessageBox::Yes) {
            event->ignore();
            return;
        }
    }
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    m_session.reset();
    QMainWindow::closeEvent(event);
}

void MainWindow::chooseConfigFile()
{
    const QStringList recent = m_recent.files();
    const QString start = recent.isEmpty() ? QString() : QFileInfo(recent.first()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open drill config"), start,
                                                      tr("Drill configs (*.yaml *.yml);;All files (*)"));
    if (!path.isEmpty())
        openConfigFile(path);
}

bool MainWindow::openConfigFile(const QString& path)
{
    if (refuseWhileBusy(Attempt::OpenConfig))
        return false;
    const ConfigLoadResult result = ConfigLoader().load(path);
    if (!result.ok()) {
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Cannot open drill config"),
                                    tr("%1 has problems. Fix them and open it again.").arg(path),
                                    QMessageBox::Close, this);
        box->setInformativeText(result.errorText());
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return false;
    }
    m_recent.add(path);
    rebuildRecentMenu();
    openConfig(*result.config);
    return true;
}

bool MainWindow::prepareDrill()
{
    if (isReplaying()) {
        statusBar()->showMessage(
            tr("A replay cannot run a drill: close the replay (File ▸ Close replay) first."), 10000);
        return false;
    }
    if (m_restore->isRestoring()) {
        statusBar()->showMessage(tr("Wait for the restore to finish before preparing a drill."), 10000);
        return false;
    }
    if (m_config.clusterName.isEmpty() && m_config.nodes.isEmpty()) {
        addNotice(
            tr("Open a drill config (File ▸ Open) or start the embedded lab before preparing a drill."));
        return false;
    }
    if (!m_drill) {
        // Created with the first drill: until then the docks explain what will appear in them.
        m_drill = std::make_unique<DrillConsole>(this);
        connect(m_drill.get(), &DrillConsole::stateChanged, this, &MainWindow::syncDrillActions);
        connect(m_drill.get(), &DrillConsole::finished, this, [this](const DrillSummary& summary) {
            if (!summary.journalFolder.isEmpty())
                m_drillJournal =
                    QDir(summary.journalFolder).filePath(QLatin1String(JournalWriter::kJournalFile));
            // The drill could not start its target again: the same offer as at start-up, at once.
            if (summary.outcome == DrillSummary::Outcome::RestoreFailed)
                m_restore->check(m_config);
            syncDrillActions();
        });
    }
    return m_drill->prepare(m_config);
}

void MainWindow::startDrill()
{
    if ((!m_drill || !m_drill->isPrepared() || m_drill->isStarted()) && !prepareDrill())
        return;
    m_drill->start();
}

void MainWindow::syncDrillActions()
{
    const bool running = isDrillRunning();
    const bool replaying = isReplaying();
    const bool restoring = m_restore && m_restore->isRestoring();
    // A replay never acts on a cluster, and a drill must not start while a restore works on the same one.
    m_prepareDrillAction->setEnabled(!running && !replaying && !restoring);
    m_startDrillAction->setEnabled(!running && !replaying && !restoring);
    // While a drill runs or a restore works on the open cluster, nothing may replace what is open (the slots
    // refuse too, should one be triggered).
    const bool busy = running || restoring;
    m_openAction->setEnabled(!busy);
    m_labAction->setEnabled(!busy);
    m_recentMenu->setEnabled(!busy && !m_recent.files().isEmpty());
    m_replayAction->setEnabled(!busy && !isLoadingReplay());
    m_closeReplayAction->setEnabled(replaying);
    m_exportAction->setEnabled(!exportJournal().isEmpty());
}

bool MainWindow::refuseWhileBusy(Attempt attempt)
{
    QString message;
    if (isDrillRunning()) {
        switch (attempt) {
        case Attempt::OpenConfig:
            message = tr("A drill on %1 is running: finish it, or abort it with “Abort and restore”, before "
                         "opening another drill config.");
            break;
        case Attempt::StartLab:
            message = tr("A drill on %1 is running: finish it, or abort it with “Abort and restore”, before "
                         "starting the embedded lab.");
            break;
        case Attempt::Replay:
            message = tr("A drill on %1 is running: finish it, or abort it with “Abort and restore”, before "
                         "replaying a journal.");
            break;
        case Attempt::Restore:
            message = tr("A drill on %1 is running: it restores its own target; wait for it to finish.");
            break;
        }
    } else if (m_restore->isRestoring() && attempt != Attempt::Restore) {
        // The restore works on the open config's cluster: nothing may replace it before its result.
        message = tr("etcd-drill is restoring a member of %1: wait for the result before opening another "
                     "config, the lab or a replay.");
    }
    if (message.isEmpty())
        return false;
    auto* box = new QMessageBox(QMessageBox::Warning,
                                isDrillRunning() ? tr("A drill is running") : tr("A restore is running"),
                                message.arg(m_config.clusterName), QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("drillRunningRefusal"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    return true;
}

void MainWindow::stopLiveSession()
{
    ConsoleFeed::disconnect(m_feed);
    m_feed.clear();
    m_session.reset();
}

void MainWindow::closeConfig()
{
    stopLiveSession();
    m_config = DrillConfig();
    m_notices.clear();
    m_notice->hide();
    m_topology->clear();
    chart()->clear();
    m_statusLine->setClusterName(QString());
    m_statusLine->clearSnapshot();
    retranslateUi();
}

void MainWindow::presentConfig(const DrillConfig& config)
{
    closeConfig();
    m_config = config;
    m_topology->setConfig(config);
    QStringList nodes;
    for (const NodeConfig& node : config.nodes)
        nodes.append(node.name);
    chart()->setNodeNames(nodes);
    m_statusLine->setClusterName(config.clusterName);
    retranslateUi();
    fitTopology();
}

void MainWindow::fitTopology(bool growOnly)
{
    // After the layouts have taken the change in: give the topology what it asks for, up to 60 % of the
    // height, and the chart the rest. growOnly: only when the cards no longer fit (new data made them
    // taller), so a size the operator chose with the splitter stays otherwise.
    if (m_fitPending)
        return;
    m_fitPending = true;
    QTimer::singleShot(0, this, [this, growOnly] {
        m_fitPending = false;
        const int total = m_splitter->height();
        const int wanted = m_topology->sizeHint().height() + 4;
        const int topology = std::min(wanted, total * 6 / 10);
        const int current = m_splitter->sizes().value(0);
        if (growOnly && current >= topology)
            return;
        m_splitter->setSizes({topology, std::max(total - topology, 1)});
    });
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_topology && event->type() == QEvent::LayoutRequest)
        fitTopology(true);
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::openConfig(const DrillConfig& config)
{
    if (refuseWhileBusy(Attempt::OpenConfig))
        return;
    if (isReplaying())
        leaveReplay(false);
    watchConfig(config);
    // A drill of this cluster may have stopped a member and never restored it (its console died): offer it.
    m_restoreBanner->hide();
    m_restore->check(config);
    syncDrillActions();
}

void MainWindow::watchConfig(const DrillConfig& config)
{
    presentConfig(config);
    m_session = std::make_unique<LiveSession>(config);
    m_feed = ConsoleFeed::connect(m_session.get(), m_topology, chart(), m_statusLine);
    connect(m_session.get(), &LiveSession::clusterEvent, this, &MainWindow::showClusterEvent);
    connect(m_session.get(), &LiveSession::monitorSetupProblem, this,
            [this](const QString& problem) { addNotice(tr("etcd: %1").arg(problem)); });
    connect(m_session.get(), &LiveSession::probesUnavailable, this,
            [this](const QString& reason) { addNotice(tr("Probes are off: %1").arg(reason)); });
    m_session->start();
    retranslateUi();
}

void MainWindow::addNotice(const QString& text)
{
    m_notices.append(text);
    m_notice->setText(QStringLiteral("⚠ ") + m_notices.join(QStringLiteral("\n⚠ ")));
    m_notice->show();
}

void MainWindow::showClusterEvent(const ClusterEvent& event)
{
    QString text;
    switch (event.kind) {
    case ClusterEvent::Kind::LeaderChanged:
        text = tr("★ Leader changed: %1 → %2 (term %3 → %4)")
                   .arg(event.oldNodeName.isEmpty() ? tr("none") : event.oldNodeName,
                        event.nodeName.isEmpty() ? tr("none") : event.nodeName)
                   .arg(event.oldTerm)
                   .arg(event.newTerm);
        break;
    case ClusterEvent::Kind::MemberDown:
        text = tr("✖ %1 is down: %2").arg(event.nodeName, event.detail);
        break;
    case ClusterEvent::Kind::MemberUp:
        text = tr("✔ %1 is back").arg(event.nodeName);
        break;
    case ClusterEvent::Kind::TermChanged:
        text = tr("Raft term %1 → %2").arg(event.oldTerm).arg(event.newTerm);
        break;
    case ClusterEvent::Kind::QuorumLost:
        text = tr("✖ Quorum lost");
        break;
    case ClusterEvent::Kind::QuorumRegained:
        text = tr("✔ Quorum regained");
        break;
    }
    statusBar()->showMessage(text, 15000);
}

void MainWindow::startEmbeddedLab(const LabLayout& layout)
{
    if (refuseWhileBusy(Attempt::StartLab))
        return;
    if (m_labStarter && m_labStarter->isRunning()) {
        if (m_labDialog)
            m_labDialog->raise();
        return;
    }
    if (!m_labStarter) {
        m_labStarter = new LabStarter(this);
        connect(m_labStarter, &LabStarter::progress, this, [this](const QString& line) {
            if (m_labDialog)
                m_labDialog->addProgress(line);
            statusBar()->showMessage(line, 5000);
        });
        connect(m_labStarter, &LabStarter::finished, this,
                [this](bool ok, const QString& message, const DrillConfig& config, const QString& dir) {
                    if (m_labDialog)
                        m_labDialog->finish(ok, message);
                    if (!ok)
                        return;
                    openConfig(config);
                    if (!config.sourceFile.isEmpty()) {
                        m_recent.add(config.sourceFile);
                        rebuildRecentMenu();
                    }
                    statusBar()->showMessage(tr("The embedded lab runs in %1").arg(dir), 15000);
                });
    }
    const QString dir = layout.dir.isEmpty() ? LabLayout::defaultDir() : layout.dir;
    m_labDialog = new LabStartDialog(dir, this);
    m_labDialog->show();
    Lab::UpOptions options;
    // A lab this window starts ends with it; one started by `etcd-drill-cli lab up` is only used.
    options.watchPid = QCoreApplication::applicationPid();
    m_labStarter->start(layout, options);
}

void MainWindow::setPresenterMode(bool on)
{
    if (m_presenterAction && m_presenterAction->isChecked() != on)
        m_presenterAction->setChecked(on); // comes back here through toggled
    m_appearance->setPresenterMode(on);
    QSettings().setValue(kPresenterKey, on);
}

void MainWindow::setLanguage(const QString& choice)
{
    m_languages->apply(choice);
    QSettings().setValue(kLanguageKey, choice);
    for (QAction* action : m_languageGroup->actions()) {
        const QString actionChoice = action == m_languageEnglishAction   ? QStringLiteral("en")
                                     : action == m_languageChineseAction ? QStringLiteral("zh_CN")
                                                                         : QString();
        action->setChecked(actionChoice == choice);
    }
}

void MainWindow::applyColors(const ConsoleColors& colors)
{
    applyFontScale(colors.fontScale);
    m_topology->setColors(colors);
    chart()->setColors(colors);
    m_statusLine->setColors(colors);
    QPalette notice = m_notice->palette();
    QColor background = colors.highlight;
    background.setAlphaF(colors.dark ? 0.35 : 0.25);
    notice.setColor(QPalette::Window, background);
    notice.setColor(QPalette::WindowText, colors.text);
    m_notice->setAutoFillBackground(true);
    m_notice->setPalette(notice);
}

void MainWindow::applyFontScale(qreal scale)
{
    fitTopology();
    // The menus keep the desktop's size; everything the audience reads scales.
    QFont font = QApplication::font();
    font.setPointSizeF(font.pointSizeF() * scale);
    for (QWidget* widget : {centralWidget(), static_cast<QWidget*>(m_stepsDock),
                            static_cast<QWidget*>(m_timelineDock), static_cast<QWidget*>(statusBar())})
        widget->setFont(font);
    fitStepsDock(false);
}

void MainWindow::fitStepsDock(bool initial)
{
    // A check reads "etcd M3: healthy, follower, member 82d94495644616d5, raft index 12, 24 ms": about 40 em
    // of the dock's font shows it on one or two lines. Never more than 45 % of the window, so the topology
    // and the chart keep most of the width (presenter mode's larger font would otherwise claim the screen).
    const int em = QFontMetrics(m_stepsDock->font()).horizontalAdvance(QLatin1Char('M'));
    const int cap = std::max(240, width() * 45 / 100);
    m_stepsDock->setMinimumWidth(std::min(24 * em, cap));
    if (initial)
        resizeDocks({m_stepsDock}, {std::min(40 * em, cap)}, Qt::Horizontal);
}

void MainWindow::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    if (!m_stepsDockFitted) {
        m_stepsDockFitted = true;
        // Once the window has its size: the cap depends on it.
        QTimer::singleShot(0, this, [this] { fitStepsDock(true); });
    }
}

void MainWindow::chooseJournal()
{
    if (refuseWhileBusy(Attempt::Replay))
        return;
    QString start = m_config.drill.journalDir;
    if (!m_drillJournal.isEmpty())
        start = QFileInfo(QFileInfo(m_drillJournal).absolutePath()).absolutePath();
    if (start.isEmpty())
        start = ConfigLoader::defaultJournalDir();
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open a drill journal to replay"), start,
                                     tr("Drill journals (journal.jsonl *.jsonl);;All files (*)"));
    if (!path.isEmpty())
        openReplay(path);
}

bool MainWindow::openReplay(const QString& path)
{
    if (refuseWhileBusy(Attempt::Replay))
        return false;
    if (!m_replayLoader->start(path))
        return false;
    m_busy->show();
    statusBar()->showMessage(tr("Reading %1…").arg(path));
    syncDrillActions();
    return true;
}

void MainWindow::replayLoaded(const QString& path, const ReportModel& model, const QString& error)
{
    m_busy->hide();
    statusBar()->clearMessage();
    syncDrillActions();
    if (!error.isEmpty()) {
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Cannot replay this journal"),
                                    tr("%1 cannot be replayed.").arg(path), QMessageBox::Close, this);
        box->setObjectName(QStringLiteral("replayError"));
        box->setInformativeText(
            error + QStringLiteral("\n\n") +
            tr("Choose a drill's folder or the journal.jsonl in it: every drill run by etcd-drill-cli run or "
               "from this console writes one (in drill.journal-dir, or the folder given with --out)."));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        emit replayLoadFinished(false);
        return;
    }
    // A drill started while the journal was being read: it keeps the views.
    if (refuseWhileBusy(Attempt::Replay)) {
        emit replayLoadFinished(false);
        return;
    }
    enterReplay(model);
    emit replayLoadFinished(true);
}

void MainWindow::enterReplay(const ReportModel& model)
{
    QPointer<ReplayStepsPanel> oldSteps = m_replaySteps;
    QPointer<TimelinePanel> oldTimeline = m_replayTimeline;
    if (!isReplaying()) {
        m_liveConfig = m_config;
        m_liveWatched = m_session != nullptr || m_drill != nullptr;
        m_liveStepsWidget = m_stepsDock->widget();
        m_liveTimelineWidget = m_timelineDock->widget();
        m_liveSpan = chart()->windowSpan();
    }
    // The offer to restore belongs to the live cluster; it comes back with it.
    m_restoreBanner->hide();
    presentConfig(ReportSnapshotConverter::toDrillConfig(model));

    // The docks' live panels are hidden by QDockWidget::setWidget and kept for leaveReplay().
    auto* steps = new ReplayStepsPanel;
    auto* timeline = new TimelinePanel;
    m_stepsDock->setWidget(steps);
    m_timelineDock->setWidget(timeline);
    m_replaySteps = steps;
    m_replayTimeline = timeline;
    for (QWidget* old : {static_cast<QWidget*>(oldSteps.data()), static_cast<QWidget*>(oldTimeline.data())}) {
        if (old)
            old->deleteLater();
    }
    m_replay->setPanels(timeline, steps);
    m_replayBar->setRange(model.startMonoMs, model.endMonoMs, model.startedAt);
    // A short drill fits the chart whole; a long one is followed through the operator's window.
    const auto length =
        std::chrono::milliseconds(qint64(std::max(0.0, model.endMonoMs - model.startMonoMs) * 1.2));
    const std::chrono::milliseconds shortest = std::chrono::seconds(30);
    chart()->setWindowSpan(std::min(std::max(length, shortest), std::max(m_liveSpan, shortest)));
    m_replayBar->show();
    m_replay->setModel(model);
    m_replayStatus->show();
    if (!model.complete) {
        addNotice(tr("Incomplete journal: %1. The replay shows what was recorded up to its end.")
                      .arg(model.incompleteReasons.isEmpty()
                               ? tr("it ends before the drill finished")
                               : model.incompleteReasons.join(QStringLiteral("; "))));
    }
    if (!model.problems.isEmpty()) {
        addNotice(tr("%n damaged line(s) skipped, the first: %1", nullptr, int(model.problems.size()))
                      .arg(model.problems.first()));
    }
    retranslateUi();
    syncDrillActions();
}

void MainWindow::closeReplay()
{
    leaveReplay(true);
}

void MainWindow::leaveReplay(bool restoreLive)
{
    if (!isReplaying())
        return;
    m_replayBar->pause();
    m_replayBar->hide();
    m_replayStatus->hide();
    m_replay->setPanels(nullptr, nullptr);
    m_replay->clear();
    if (m_liveStepsWidget)
        m_stepsDock->setWidget(m_liveStepsWidget);
    if (m_liveTimelineWidget)
        m_timelineDock->setWidget(m_liveTimelineWidget);
    for (QWidget* panel :
         {static_cast<QWidget*>(m_replaySteps.data()), static_cast<QWidget*>(m_replayTimeline.data())}) {
        if (panel)
            panel->deleteLater();
    }
    m_replaySteps = nullptr;
    m_replayTimeline = nullptr;
    m_statusLine->setDrillElapsed(std::nullopt);
    chart()->setWindowSpan(m_liveSpan);
    closeConfig();
    const DrillConfig live = m_liveConfig;
    m_liveConfig = DrillConfig();
    if (restoreLive && (!live.clusterName.isEmpty() || !live.nodes.isEmpty())) {
        if (m_liveWatched)
            watchConfig(live);
        else
            presentConfig(live);
        if (!m_restore->unfinished().isEmpty() && m_restore->config().clusterName == live.clusterName)
            m_restoreBanner->show();
    }
    retranslateUi();
    syncDrillActions();
}

void MainWindow::exportReport()
{
    const QString journal = exportJournal();
    if (journal.isEmpty())
        return;
    // Window-modal, not exec(): the views stay live while the operator picks a format.
    auto* dialog = new ReportExportDialog(journal, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::offerRestore(const QList<UnfinishedDrill>& drills, const QStringList& problems)
{
    for (const QString& problem : problems)
        addNotice(problem);
    if (drills.isEmpty() || isReplaying()) {
        m_restoreBanner->hide();
        return;
    }
    const QString command = RestoreController::commandLine(m_restore->config());
    m_restoreBanner->setDrills(drills, command);
    m_restoreBanner->setRestoring(false);
    m_restoreBanner->show();
    if (m_restoreDialog)
        m_restoreDialog->deleteLater();
    auto* dialog = new RestoreDialog(drills, command, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RestoreDialog::restoreRequested, this, &MainWindow::restoreUnfinished);
    m_restoreDialog = dialog;
    dialog->open();
}

void MainWindow::restoreUnfinished()
{
    if (refuseWhileBusy(Attempt::Restore))
        return;
    if (!m_restore->restore())
        return;
    if (!m_restoreDialog) {
        auto* dialog = new RestoreDialog(m_restore->unfinished(),
                                         RestoreController::commandLine(m_restore->config()), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        m_restoreDialog = dialog;
        dialog->open();
    }
    m_restoreDialog->showRestoring();
    m_restoreBanner->setRestoring(true);
    syncDrillActions();
}

void MainWindow::restoreFinished(const DrillRecoveryResult& result)
{
    if (m_restoreDialog)
        m_restoreDialog->showResult(result);
    if (result.status == DrillRecoveryResult::Status::Failed) {
        m_restoreBanner->setProblem(tr("✖ The restore failed: %1").arg(result.message));
        m_restoreBanner->setRestoring(false);
    } else {
        m_restoreBanner->hide();
        statusBar()->showMessage(result.message, 15000);
    }
    syncDrillActions();
}

void MainWindow::syncChartWindowActions()
{
    const auto span = chart()->windowSpan();
    for (QAction* action : std::as_const(m_windowActions))
        action->setChecked(std::chrono::milliseconds(std::chrono::minutes(action->data().toLongLong())) ==
                           span);
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About etcd-drill"),
        tr("<h3>etcd-drill %1</h3>"
           "<p>Guided, measured etcd high-availability drills: stop one etcd member of a Kubernetes control "
           "plane, measure the impact through the apiserver VIP and domain, restore it and verify the "
           "recovery.</p>"
           "<p>Licensed under the terms in the LICENSE file that comes with it.</p>")
            .arg(QStringLiteral(ETCD_DRILL_VERSION)));
}

} // namespace etcddrill
