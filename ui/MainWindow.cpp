#include "MainWindow.h"

#include "AppearanceController.h"
#include "ChartPanel.h"
#include "ClusterConfigDialog.h"
#include "ClusterStatusLine.h"
#include "ConsoleActions.h"
#include "DrillConsole.h"
#include "DrillHistoryDialog.h"
#include "DrillStatusStrip.h"
#include "LabStartDialog.h"
#include "LanguageSwitcher.h"
#include "LatencyChartView.h"
#include "LiveConsole.h"
#include "ReplayBar.h"
#include "ReplayConsole.h"
#include "ReplayController.h"
#include "ReportExportDialog.h"
#include "RestoreBanner.h"
#include "RestoreController.h"
#include "RestoreOffer.h"
#include "StartPage.h"
#include "TopologyWidget.h"
#include "config/ConfigLoader.h"
#include "drill/DrillSummary.h"
#include "drill/JournalWriter.h"
#include "report/ReportModel.h"
#include "session/LabStarter.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QScopedValueRollback>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
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
    // The unfinished-drill offer: its banner under the notices.
    m_restore = new RestoreOffer(this, central);
    layout->addWidget(m_restore->banner());
    connect(m_restore, &RestoreOffer::restoreRequested, this, &MainWindow::restoreUnfinished);
    connect(m_restore, &RestoreOffer::notice, this, &MainWindow::addNotice);
    connect(m_restore, &RestoreOffer::restoringChanged, this, &MainWindow::syncDrillActions);
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
    m_splitter->installEventFilter(this);
    splitter->addWidget(m_topologyScroll);
    splitter->addWidget(m_chartPanel);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    // No cluster open: the start page in place of the topology and the chart.
    m_views = new QStackedWidget(central);
    m_views->setObjectName(QStringLiteral("views"));
    m_startPage = new StartPage(m_views);
    m_views->addWidget(m_startPage);
    m_views->addWidget(splitter);
    layout->addWidget(m_views, 1);
    connect(m_startPage, &StartPage::startLabRequested, this, [this] { startEmbeddedLab(); });
    connect(m_startPage, &StartPage::openConfigRequested, this, &MainWindow::chooseConfigFile);
    connect(m_startPage, &StartPage::openReplayRequested, this, &MainWindow::chooseJournal);
    connect(m_startPage, &StartPage::configChosen, this,
            [this](const QString& path) { openConfigFile(path); });
    connect(m_startPage, &StartPage::drillChosen, this, [this](const QString& path) { openReplay(path); });
    // Added to the status bar after the replay's label and busy indicator, to their right.
    m_statusLine = new ClusterStatusLine(statusBar());
    m_live = new LiveConsole(m_topology, chart(), m_statusLine, this);
    connect(m_live, &LiveConsole::notice, this, &MainWindow::addNotice);
    connect(m_live, &LiveConsole::clusterEventText, this,
            [this](const QString& text) { statusBar()->showMessage(text, 15000); });
    // The replay: its bar under the chart, its label and busy indicator in the status bar.
    m_replay = new ReplayConsole(this, central);
    layout->addWidget(m_replay->bar());
    connect(m_replay, &ReplayConsole::loaded, this, &MainWindow::replayLoaded);
    connect(m_replay, &ReplayConsole::closeRequested, this, &MainWindow::closeReplay);
    connect(m_replay, &ReplayConsole::notice, this, &MainWindow::addNotice);
    setCentralWidget(central);
    statusBar()->addPermanentWidget(m_statusLine);

    createDocks();
    createActions();
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

    // 1400×900 where it fits; on a shared 1366×768 laptop the screen's available area (less the window
    // frame) instead of a window taller than the screen.
    QSize size(1400, 900);
    if (const QScreen* screen = QGuiApplication::primaryScreen()) {
        const QSize available = screen->availableGeometry().size() - QSize(16, 40);
        size = size.boundedTo(available);
    }
    resize(size);
    restoreGeometry(settings.value(kGeometryKey).toByteArray());
    // A saved layout keeps the operator's dock widths; only a first start gets the default width.
    m_stepsDockFitted = restoreState(settings.value(kStateKey).toByteArray());
}

MainWindow::~MainWindow()
{
    // The live session and the drill stop feeding the views before those go.
    m_live->stop();
    m_drill.reset();
}

bool MainWindow::isDrillRunning() const
{
    return m_drill && m_drill->isStarted() && !m_drill->isFinished();
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

void MainWindow::setDrillStrip(DrillStatusStrip* strip)
{
    auto* layout = qobject_cast<QVBoxLayout*>(centralWidget()->layout());
    strip->setParent(centralWidget());
    layout->insertWidget(0, strip);
    m_drillStrip = strip;
    strip->setColors(m_appearance->colors());
}

void MainWindow::resumeLiveSession()
{
    if (m_mode == ConsoleMode::Replay || m_mode == ConsoleMode::Empty || m_config.nodes.isEmpty())
        return;
    m_live->watch(m_config);
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
    m_actions = new ConsoleActions(this, m_stepsDock, m_timelineDock);
    const ConsoleActions* a = m_actions;
    connect(a->prepareDrill, &QAction::triggered, this, &MainWindow::prepareDrill);
    connect(a->startDrill, &QAction::triggered, this, &MainWindow::startDrill);
    connect(a->open, &QAction::triggered, this, &MainWindow::chooseConfigFile);
    connect(a->clearRecent, &QAction::triggered, this, [this] {
        m_recent.clear();
        rebuildRecentMenu();
    });
    connect(a->fromCluster, &QAction::triggered, this, &MainWindow::newConfigFromCluster);
    connect(a->lab, &QAction::triggered, this, [this] { startEmbeddedLab(); });
    connect(a->replay, &QAction::triggered, this, &MainWindow::chooseJournal);
    connect(a->history, &QAction::triggered, this, &MainWindow::showHistory);
    connect(a->closeReplay, &QAction::triggered, this, &MainWindow::closeReplay);
    connect(a->exportReport, &QAction::triggered, this, &MainWindow::exportReport);
    connect(a->quit, &QAction::triggered, this, &QWidget::close);
    connect(a->presenter, &QAction::toggled, this, [this](bool on) { setPresenterMode(on); });
    connect(a->fullScreen, &QAction::toggled, this,
            [this](bool on) { on ? showFullScreen() : showNormal(); });

    const AppearanceController::Theme savedTheme =
        AppearanceController::themeFromKey(QSettings().value(kThemeKey).toString());
    for (const auto& [action, theme] : a->themes) {
        action->setChecked(theme == savedTheme);
        connect(action, &QAction::triggered, this, [this, theme = theme] {
            m_appearance->setTheme(theme);
            QSettings().setValue(kThemeKey, AppearanceController::themeKey(theme));
        });
    }
    for (QAction* action : a->windows) {
        const std::chrono::minutes span(action->data().toLongLong());
        connect(action, &QAction::triggered, this, [this, span] {
            chart()->setWindowSpan(span);
            syncChartWindowActions();
            QSettings().setValue(kWindowKey, qint64(span.count()));
        });
    }
    for (const auto& [action, choice] : a->languages) {
        action->setChecked(choice == m_languages->choice());
        connect(action, &QAction::triggered, this, [this, choice = choice] { setLanguage(choice); });
    }
    connect(a->about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(a->aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_actions->recentMenu->clear();
    const QStringList files = m_recent.files();
    for (const QString& file : files) {
        QAction* action =
            m_actions->recentMenu->addAction(QFileInfo(file).fileName() + QStringLiteral("  —  ") + file);
        connect(action, &QAction::triggered, this, [this, file] { openConfigFile(file); });
    }
    m_actions->recentMenu->addSeparator();
    m_actions->recentMenu->addAction(m_actions->clearRecent);
    m_actions->clearRecent->setEnabled(!files.isEmpty());
    m_actions->recentMenu->setEnabled(!files.isEmpty() && !isDrillRunning() && !m_restore->isRestoring());
}

void MainWindow::retranslateUi()
{
    syncViews();
    if (isReplaying())
        setWindowTitle(m_replay->windowTitle());
    else
        setWindowTitle(m_config.clusterName.isEmpty()
                           ? tr("etcd-drill")
                           : tr("etcd-drill — %1")
                                 .arg(m_config.sourceFile.isEmpty()
                                          ? m_config.clusterName
                                          : tr("%1 (%2)").arg(m_config.clusterName, m_config.sourceFile)));
    m_replay->retranslateUi();
    m_actions->retranslateUi();
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
    m_live->stop();
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

void MainWindow::newConfigFromCluster()
{
    auto* dialog = new ClusterConfigDialog(this); // deletes itself when closed
    connect(dialog, &ClusterConfigDialog::configReady, this,
            [this](const QString& file) { openConfigFile(file); });
    dialog->show();
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
            if (!summary.journalFolder.isEmpty()) {
                m_drillJournal =
                    QDir(summary.journalFolder).filePath(QLatin1String(JournalWriter::kJournalFile));
                m_recentDrills.add(m_drillJournal);
            }
            // The drill could not start its target again: the same offer as at start-up, at once.
            if (summary.outcome == DrillSummary::Outcome::RestoreFailed)
                m_restore->controller()->check(m_config);
            syncDrillActions();
        });
    }
    if (!m_drill->prepare(m_config))
        return false;
    m_mode = ConsoleMode::Drill;
    return true;
}

void MainWindow::startDrill()
{
    if ((!m_drill || !m_drill->isPrepared() || m_drill->isStarted()) && !prepareDrill())
        return;
    m_drill->start();
}

void MainWindow::syncViews()
{
    m_views->setCurrentWidget(m_mode == ConsoleMode::Empty ? static_cast<QWidget*>(m_startPage) : m_splitter);
    m_startPage->setRecent(m_recent.files(), m_recentDrills.files());
}

void MainWindow::syncDrillActions()
{
    syncViews();
    const bool running = isDrillRunning();
    const bool replaying = isReplaying();
    const bool restoring = m_restore->isRestoring();
    // A replay never acts on a cluster, and a drill must not start while a restore works on the same one.
    m_actions->prepareDrill->setEnabled(!running && !replaying && !restoring);
    m_actions->startDrill->setEnabled(!running && !replaying && !restoring);
    // While a drill runs or a restore works on the open cluster, nothing may replace what is open (the slots
    // refuse too, should one be triggered).
    const bool busy = running || restoring;
    m_actions->open->setEnabled(!busy);
    m_actions->fromCluster->setEnabled(!busy);
    m_actions->lab->setEnabled(!busy);
    m_actions->recentMenu->setEnabled(!busy && !m_recent.files().isEmpty());
    m_actions->replay->setEnabled(!busy && !isLoadingReplay());
    m_actions->closeReplay->setEnabled(replaying);
    m_actions->exportReport->setEnabled(!exportJournal().isEmpty());
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
    m_live->stop();
}

void MainWindow::closeConfig()
{
    stopLiveSession();
    m_mode = ConsoleMode::Empty;
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
    m_mode = ConsoleMode::Live;
    m_config = config;
    m_topology->setConfig(config);
    QStringList nodes;
    for (const NodeConfig& node : config.nodes)
        nodes.append(node.name);
    chart()->setNodeNames(nodes);
    m_statusLine->setClusterName(config.clusterName);
    retranslateUi();
    m_topology->setCompact(false); // another cluster: its cards fold only if they do not fit
    m_fullTopologyHeight = 0;
    fitTopology();
    fitStepsDock(false);
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
        // The chart keeps at least a third of the window's height (readable axes on a 1366×768 laptop in
        // presenter mode); the topology scrolls within the rest rather than squeezing the chart to a strip.
        const int chartBar =
            std::max(0, m_chartPanel->height() - chart()->height()); // its title and selectors
        const int chartAtLeast =
            std::max(height() / 3 + chartBar + m_splitter->handleWidth() + 4, total * 4 / 10);
        const int available = std::max(total - chartAtLeast, total / 3);
        // A window too short for the cards' detail rows (a 1366×768 laptop) folds them, as presenter mode
        // does, rather than scrolling; they come back once the full cards fit again.
        if (!m_topology->isCompact() && wanted > available) {
            m_fullTopologyHeight = wanted;
            m_topology->setCompact(true); // its LayoutRequest fits again with the folded height
        } else if (m_topology->isCompact() && m_fullTopologyHeight <= available) {
            m_topology->setCompact(false);
        }
        const int topology = std::min(wanted, available);
        const int current = m_splitter->sizes().value(0);
        if (growOnly && current >= topology && total - current >= chartAtLeast)
            return;
        m_splitter->setSizes({topology, std::max(total - topology, 1)});
    });
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_topology && event->type() == QEvent::LayoutRequest)
        fitTopology(true);
    // A strip or a notice appearing takes height from the splitter: the chart keeps its third.
    if (watched == m_splitter && event->type() == QEvent::Resize)
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
    m_restore->check(config);
    syncDrillActions();
}

void MainWindow::watchConfig(const DrillConfig& config)
{
    presentConfig(config);
    m_live->watch(config);
    retranslateUi();
}

void MainWindow::addNotice(const QString& text)
{
    m_notices.append(text);
    m_notice->setText(QStringLiteral("⚠ ") + m_notices.join(QStringLiteral("\n⚠ ")));
    m_notice->show();
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

void MainWindow::setPresenterMode(bool on, bool remember)
{
    const QScopedValueRollback<bool> rememberNow(m_rememberPresenter, m_rememberPresenter && remember);
    if (m_actions && m_actions->presenter->isChecked() != on)
        m_actions->presenter->setChecked(on); // comes back here through toggled
    m_appearance->setPresenterMode(on);
    if (m_rememberPresenter)
        QSettings().setValue(kPresenterKey, on);
}

void MainWindow::setLanguage(const QString& choice)
{
    m_languages->apply(choice);
    QSettings().setValue(kLanguageKey, choice);
    for (const auto& [action, actionChoice] : m_actions->languages)
        action->setChecked(actionChoice == choice);
}

void MainWindow::applyColors(const ConsoleColors& colors)
{
    // The cards fold anew for the new fonts: the full height measured before no longer holds.
    m_topology->setCompact(false);
    m_fullTopologyHeight = 0;
    applyFontScale(colors.fontScale);
    m_topology->setColors(colors);
    fitStepsDock(false); // now that the cards have their presenter or normal width
    chart()->setColors(colors);
    m_statusLine->setColors(colors);
    if (m_drillStrip)
        m_drillStrip->setColors(colors);
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
    const QFont font = scaledFont(scale);
    for (QWidget* widget : {centralWidget(), static_cast<QWidget*>(m_stepsDock),
                            static_cast<QWidget*>(m_timelineDock), static_cast<QWidget*>(statusBar())})
        widget->setFont(font);
    fitStepsDock(false);
}

QFont MainWindow::scaledFont(qreal scale) const
{
    QFont font = QApplication::font();
    font.setPointSizeF(font.pointSizeF() * scale);
    return font;
}

void MainWindow::fitStepsDock(bool initial)
{
    // A check reads "etcd M3: healthy, follower, member 82d94495644616d5, raft index 12, 24 ms": about 40 em
    // of the dock's font shows it on one or two lines. Never more than 45 % of the window, so the topology
    // and the chart keep most of the width (presenter mode's larger font would otherwise claim the screen).
    // Nor more than leaves the topology its width: three presenter cards side by side on a 1366 px laptop.
    const int em = QFontMetrics(m_stepsDock->font()).horizontalAdvance(QLatin1Char('M'));
    // (the margins: the central widget's, the scroll area's frame and a scrollbar's width)
    const int besideTopology = width() - m_topology->sizeHint().width() - 80;
    const int cap = std::max(240, std::min(width() * 45 / 100, besideTopology));
    m_stepsDock->setMinimumWidth(std::min(24 * em, cap));
    if (initial)
        resizeDocks({m_stepsDock}, {std::min(40 * em, cap)}, Qt::Horizontal);
    else if (m_stepsDock->width() > cap) // the topology grew (a config opened, presenter fonts)
        resizeDocks({m_stepsDock}, {cap}, Qt::Horizontal);
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

void MainWindow::showHistory()
{
    // The open config's journal folder (or the last drill's), else the default one; its cluster first.
    QString folder = m_config.drill.journalDir;
    if (!m_drillJournal.isEmpty())
        folder = QFileInfo(QFileInfo(m_drillJournal).absolutePath()).absolutePath();
    if (folder.isEmpty())
        folder = ConfigLoader::defaultJournalDir();
    auto* dialog = new DrillHistoryDialog(folder, this); // deletes itself when closed
    dialog->setObjectName(QStringLiteral("drillHistoryDialog"));
    // In presenter mode the room reads it too: the window's scaled font (its comparisons inherit it).
    dialog->setFont(scaledFont(m_appearance->colors().fontScale));
    connect(dialog, &DrillHistoryDialog::replayRequested, this,
            [this](const QString& path) { openReplay(path); });
    if (!m_config.clusterName.isEmpty())
        dialog->setClusterFilter(m_config.clusterName);
    dialog->show();
}

bool MainWindow::openReplay(const QString& path)
{
    if (refuseWhileBusy(Attempt::Replay))
        return false;
    if (!m_replay->load(path))
        return false;
    syncDrillActions();
    return true;
}

void MainWindow::replayLoaded(const QString& path, const ReportModel& model, const QString& error)
{
    syncDrillActions();
    if (!error.isEmpty()) {
        m_replay->showLoadError(path, error);
        emit replayLoadFinished(false);
        return;
    }
    // A drill started while the journal was being read: it keeps the views.
    if (refuseWhileBusy(Attempt::Replay)) {
        emit replayLoadFinished(false);
        return;
    }
    m_recentDrills.add(path);
    enterReplay(model);
    emit replayLoadFinished(true);
}

void MainWindow::enterReplay(const ReportModel& model)
{
    // What to open again when the replay ends (a replay replacing a replay keeps the first one's).
    const bool watched =
        m_mode == ConsoleMode::Drill || (m_mode == ConsoleMode::Live && m_live->isWatching());
    // The offer to restore belongs to the live cluster; it comes back with it.
    m_restore->hide();
    m_replay->enter(model, {m_config, watched});
    m_mode = ConsoleMode::Replay;
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
    const ReplayConsole::Before before = m_replay->leave();
    closeConfig();
    const DrillConfig& live = before.config;
    if (restoreLive && (!live.clusterName.isEmpty() || !live.nodes.isEmpty())) {
        if (before.watched)
            watchConfig(live);
        else
            presentConfig(live);
        m_restore->showAgainFor(live);
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

void MainWindow::restoreUnfinished()
{
    if (refuseWhileBusy(Attempt::Restore))
        return;
    if (m_restore->restore())
        syncDrillActions();
}

void MainWindow::syncChartWindowActions()
{
    const auto span = chart()->windowSpan();
    for (QAction* action : std::as_const(m_actions->windows))
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
