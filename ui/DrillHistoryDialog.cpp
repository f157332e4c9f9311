#include "DrillHistoryDialog.h"

#include "DrillComparisonDialog.h"
#include "DrillHistoryTableModel.h"

#include "history/DrillHistoryLoader.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace etcddrill {

DrillHistoryDialog::DrillHistoryDialog(const QString& folder, QWidget* parent)
    : QDialog(parent), m_loader(new DrillHistoryLoader(this)), m_model(new DrillHistoryTableModel(this)),
      m_proxy(new QSortFilterProxyModel(this)), m_folderLabel(new QLabel(this)),
      m_folder(new QLineEdit(this)), m_browse(new QPushButton(this)), m_reload(new QPushButton(this)),
      m_clusterLabel(new QLabel(this)), m_cluster(new QComboBox(this)), m_table(new QTableView(this)),
      m_status(new QLabel(this)), m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this)),
      m_compare(new QPushButton(this)), m_open(new QPushButton(this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    setObjectName(QStringLiteral("drillHistoryDialog"));
    m_folder->setObjectName(QStringLiteral("historyFolder"));
    m_cluster->setObjectName(QStringLiteral("historyCluster"));
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_compare->setObjectName(QStringLiteral("compareButton"));
    m_open->setObjectName(QStringLiteral("openReplayButton"));
    m_status->setObjectName(QStringLiteral("historyStatus"));
    m_status->setWordWrap(true);
    m_folder->setText(QDir::toNativeSeparators(folder));

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Qt::UserRole);
    m_proxy->setFilterKeyColumn(DrillHistoryTableModel::Cluster);
    m_proxy->setFilterRole(Qt::UserRole); // the cluster, or "*" for a folder that could not be read
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(DrillHistoryTableModel::Started, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_buttons->addButton(m_open, QDialogButtonBox::ActionRole);
    m_buttons->addButton(m_compare, QDialogButtonBox::ActionRole);
    m_compare->setEnabled(false);
    m_open->setEnabled(false);

    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_browse);
    folderRow->addWidget(m_reload);
    auto* form = new QFormLayout;
    form->addRow(m_folderLabel, folderRow);
    form->addRow(m_clusterLabel, m_cluster);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    connect(m_reload, &QPushButton::clicked, this, &DrillHistoryDialog::reload);
    connect(m_folder, &QLineEdit::returnPressed, this, &DrillHistoryDialog::reload);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getExistingDirectory(this, tr("Journal folder"), this->folder());
        if (!chosen.isEmpty())
            setFolder(chosen);
    });
    connect(m_cluster, &QComboBox::currentIndexChanged, this, &DrillHistoryDialog::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DrillHistoryDialog::selectionChanged);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex&) { openSelected(); });
    connect(m_compare, &QPushButton::clicked, this, &DrillHistoryDialog::compareSelected);
    connect(m_open, &QPushButton::clicked, this, &DrillHistoryDialog::openSelected);
    connect(m_loader, &DrillHistoryLoader::finished, this,
            [this](const QList<DrillHistoryEntry>& entries, const QStringList& problems) {
                m_model->setEntries(entries);
                loaded(problems);
            });
    retranslateUi();
    // Every column without scrolling where the screen has room (1920 wide), the most of a laptop's otherwise.
    const QRect screen = (parent ? parent->screen() : QGuiApplication::primaryScreen())->availableGeometry();
    resize(std::min(1700, screen.width() * 9 / 10), std::min(720, screen.height() * 8 / 10));
    reload();
}

QString DrillHistoryDialog::folder() const
{
    return QDir::fromNativeSeparators(m_folder->text().trimmed());
}

void DrillHistoryDialog::setFolder(const QString& folder)
{
    m_folder->setText(QDir::toNativeSeparators(folder));
    reload();
}

bool DrillHistoryDialog::isLoading() const
{
    return m_loader->isRunning();
}

void DrillHistoryDialog::setClusterFilter(const QString& cluster)
{
    // Kept for the next scan when the list does not name it yet (the dialog just opened).
    m_wantedCluster = cluster;
    const int index = cluster.isEmpty() ? 0 : m_cluster->findData(cluster);
    m_cluster->setCurrentIndex(std::max(0, index));
    applyFilter();
}

void DrillHistoryDialog::applyFilter()
{
    const int index = m_cluster->currentIndex();
    const QString cluster = index <= 0 ? QString() : m_cluster->itemData(index).toString();
    // Folders that could not be read stay listed whatever the filter: they may be this cluster's.
    m_proxy->setFilterRegularExpression(
        cluster.isEmpty()
            ? QRegularExpression()
            : QRegularExpression(QStringLiteral("^(%1|\\*)$").arg(QRegularExpression::escape(cluster))));
}

void DrillHistoryDialog::reload()
{
    if (m_loader->isRunning())
        return;
    m_status->setText(tr("Reading the drills in %1…").arg(QDir::toNativeSeparators(folder())));
    m_reload->setEnabled(false);
    m_loader->start({folder()});
}

void DrillHistoryDialog::loaded(const QStringList& problems)
{
    m_problems = problems;
    m_reload->setEnabled(true);
    const QString current =
        m_cluster->currentIndex() > 0 ? m_cluster->currentData().toString() : m_wantedCluster;
    m_cluster->blockSignals(true);
    m_cluster->clear();
    m_cluster->addItem(tr("All clusters"), QString());
    for (const QString& cluster : m_model->clusters())
        m_cluster->addItem(cluster, cluster);
    m_cluster->blockSignals(false);
    setClusterFilter(m_model->clusters().contains(current) ? current : QString());
    m_table->resizeColumnsToContents();
    int unreadable = 0;
    for (const DrillHistoryEntry& e : m_model->entries())
        unreadable += e.readable && e.problem.isEmpty() ? 0 : 1;
    QString text = m_model->entries().isEmpty()
                       ? tr("No drill in %1.").arg(QDir::toNativeSeparators(folder()))
                       : tr("%n drill folder(s); double-click one to replay it, select two to compare them.",
                            nullptr, int(m_model->entries().size()));
    if (unreadable > 0)
        text += QLatin1Char(' ') +
                tr("%n of them cut off or unreadable: the reason is in its tooltip.", nullptr, unreadable);
    for (const QString& problem : std::as_const(m_problems))
        text += QLatin1Char('\n') + problem;
    m_status->setText(text);
    selectionChanged();
}

QStringList DrillHistoryDialog::selectedFolders() const
{
    QList<const DrillHistoryEntry*> chosen;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows()) {
        if (const DrillHistoryEntry* e = m_model->entry(m_proxy->mapToSource(index).row()))
            chosen << e;
    }
    std::sort(chosen.begin(), chosen.end(), [](const DrillHistoryEntry* a, const DrillHistoryEntry* b) {
        return a->startedAt < b->startedAt;
    });
    QStringList folders;
    for (const DrillHistoryEntry* e : std::as_const(chosen))
        folders << e->folder;
    return folders;
}

void DrillHistoryDialog::selectionChanged()
{
    const QStringList folders = selectedFolders();
    m_open->setEnabled(folders.size() == 1);
    bool readable = folders.size() == 2;
    for (const DrillHistoryEntry& e : m_model->entries()) {
        if (folders.contains(e.folder) && !e.readable)
            readable = false;
    }
    m_compare->setEnabled(readable);
    m_compare->setToolTip(readable ? QString() : tr("Select two readable drills to compare them"));
}

void DrillHistoryDialog::compareSelected()
{
    const QStringList folders = selectedFolders();
    if (folders.size() != 2)
        return;
    const DrillHistoryEntry* older = nullptr;
    const DrillHistoryEntry* newer = nullptr;
    for (const DrillHistoryEntry& e : m_model->entries()) {
        if (e.folder == folders.at(0))
            older = &e;
        else if (e.folder == folders.at(1))
            newer = &e;
    }
    if (!older || !newer)
        return;
    auto* dialog = new DrillComparisonDialog(*older, *newer, this); // deletes itself when closed
    dialog->show();
}

void DrillHistoryDialog::openSelected()
{
    const QStringList folders = selectedFolders();
    if (folders.size() != 1)
        return;
    emit replayRequested(folders.first());
    close();
}

void DrillHistoryDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void DrillHistoryDialog::retranslateUi()
{
    setWindowTitle(tr("Drill history"));
    m_folderLabel->setText(tr("Journal folder:"));
    m_browse->setText(tr("Browse…"));
    m_reload->setText(tr("Reload"));
    m_clusterLabel->setText(tr("Cluster:"));
    if (m_cluster->count() > 0)
        m_cluster->setItemText(0, tr("All clusters"));
    m_compare->setText(tr("Compare"));
    m_open->setText(tr("Open replay"));
    m_model->retranslate();
}

} // namespace etcddrill
