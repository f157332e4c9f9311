#include "StartPage.h"

#include "RelativeFont.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace etcddrill {

namespace {

constexpr int kPathRole = Qt::UserRole + 1;

QLabel* hintLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    return label;
}

QPushButton* bigButton(QWidget* parent, const char* name)
{
    auto* button = new QPushButton(parent);
    button->setObjectName(QString::fromLatin1(name));
    RelativeFont::set(button, 1.15, true);
    button->setMinimumHeight(button->fontMetrics().height() * 5 / 2);
    return button;
}

} // namespace

StartPage::StartPage(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("startPage"));
    auto* outer = new QHBoxLayout(this);
    outer->setContentsMargins(24, 16, 24, 16);
    auto* column = new QWidget(this);
    column->setMaximumWidth(1100);
    auto* layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);

    m_title = new QLabel(column);
    m_title->setObjectName(QStringLiteral("startTitle"));
    m_title->setAlignment(Qt::AlignHCenter);
    RelativeFont::set(m_title, 1.6, true);
    m_intro = hintLabel(column);
    layout->addWidget(m_title);
    layout->addWidget(m_intro);
    layout->addSpacing(8);

    auto* buttons = new QGridLayout;
    buttons->setHorizontalSpacing(16);
    buttons->setVerticalSpacing(4);
    m_lab = bigButton(column, "startLab");
    m_open = bigButton(column, "startOpen");
    m_replay = bigButton(column, "startReplay");
    m_labHint = hintLabel(column);
    m_openHint = hintLabel(column);
    m_replayHint = hintLabel(column);
    buttons->addWidget(m_lab, 0, 0);
    buttons->addWidget(m_open, 0, 1);
    buttons->addWidget(m_replay, 0, 2);
    buttons->addWidget(m_labHint, 1, 0);
    buttons->addWidget(m_openHint, 1, 1);
    buttons->addWidget(m_replayHint, 1, 2);
    for (int c = 0; c < 3; ++c)
        buttons->setColumnStretch(c, 1);
    layout->addLayout(buttons);
    layout->addSpacing(8);

    auto* lists = new QGridLayout;
    lists->setHorizontalSpacing(16);
    m_configsTitle = new QLabel(column);
    m_drillsTitle = new QLabel(column);
    RelativeFont::set(m_configsTitle, 1.0, true);
    RelativeFont::set(m_drillsTitle, 1.0, true);
    m_configs = new QListWidget(column);
    m_configs->setObjectName(QStringLiteral("recentConfigs"));
    m_drills = new QListWidget(column);
    m_drills->setObjectName(QStringLiteral("recentDrills"));
    for (QListWidget* list : {m_configs, m_drills}) {
        list->setTextElideMode(Qt::ElideMiddle);
        list->setMinimumHeight(list->fontMetrics().height() * 4);
    }
    lists->addWidget(m_configsTitle, 0, 0);
    lists->addWidget(m_drillsTitle, 0, 1);
    lists->addWidget(m_configs, 1, 0);
    lists->addWidget(m_drills, 1, 1);
    lists->setColumnStretch(0, 1);
    lists->setColumnStretch(1, 1);
    lists->setRowStretch(1, 1);
    layout->addLayout(lists, 1);

    // Centred between stretches rather than by alignment, so the wrapped texts get their height for the
    // column's real width.
    outer->addStretch(0);
    outer->addWidget(column, 1);
    outer->addStretch(0);

    connect(m_lab, &QPushButton::clicked, this, &StartPage::startLabRequested);
    connect(m_open, &QPushButton::clicked, this, &StartPage::openConfigRequested);
    connect(m_replay, &QPushButton::clicked, this, &StartPage::openReplayRequested);
    const auto chosen = [this](QListWidgetItem* item, bool drill) {
        const QString path = item->data(kPathRole).toString();
        if (path.isEmpty())
            return;
        if (drill)
            emit drillChosen(path);
        else
            emit configChosen(path);
    };
    connect(m_configs, &QListWidget::itemActivated, this,
            [chosen](QListWidgetItem* item) { chosen(item, false); });
    connect(m_drills, &QListWidget::itemActivated, this,
            [chosen](QListWidgetItem* item) { chosen(item, true); });
    retranslateUi();
}

void StartPage::setRecent(const QStringList& configs, const QStringList& drills)
{
    m_configFiles = configs;
    m_drillFiles = drills;
    fill(m_configs, configs, false);
    fill(m_drills, drills, true);
}

void StartPage::fill(QListWidget* list, const QStringList& files, bool drills)
{
    list->clear();
    for (const QString& file : files) {
        const QFileInfo info(file);
        // A drill is its folder (the journal's parent, or the folder itself), named by time, cluster and
        // target; it is listed with the folder it is in.
        const QFileInfo folder = drills && !info.isDir() ? QFileInfo(info.absolutePath()) : info;
        const QString name = drills ? folder.fileName() : info.fileName();
        const QString where = QDir::toNativeSeparators(drills ? folder.absolutePath() : info.absolutePath());
        auto* item = new QListWidgetItem(tr("%1 — %2").arg(name, where), list);
        item->setToolTip(QDir::toNativeSeparators(file));
        if (info.exists()) {
            item->setData(kPathRole, file);
        } else {
            item->setText(tr("%1 (no longer there)").arg(item->text()));
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
        }
    }
    if (files.isEmpty()) {
        auto* item =
            new QListWidgetItem(drills ? tr("No drill yet: a drill you run or replay is listed here.")
                                       : tr("No drill config opened yet."),
                                list);
        item->setFlags(Qt::NoItemFlags);
    }
}

void StartPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    if (event->type() == QEvent::FontChange)
        RelativeFont::refresh(this);
    QWidget::changeEvent(event);
}

void StartPage::retranslateUi()
{
    m_title->setText(tr("Rehearse the loss of an etcd member"));
    m_intro->setText(
        tr("etcd-drill stops one member's etcd, watches the survivors keep quorum and the "
           "apiserver keep answering through the VIP and the domain, starts it again and checks that "
           "it rejoins — measured, recorded and with a report at the end."));
    m_lab->setText(tr("Start the embedded lab"));
    m_labHint->setText(tr("A three-member etcd cluster with TLS, apiservers, a VIP and a domain on this "
                          "machine's loopback: rehearse without touching a real cluster."));
    m_open->setText(tr("Open a drill config…"));
    m_openHint->setText(tr("A drill.yaml that describes your cluster: its nodes, etcd endpoints, the VIP and "
                           "the domain, and how to stop and start the target."));
    m_replay->setText(tr("Replay a drill…"));
    m_replayHint->setText(tr("A recorded drill's journal: its steps, charts and verdict, and its report."));
    m_configsTitle->setText(tr("Recent drill configs"));
    m_drillsTitle->setText(tr("Recent drills (opens the replay)"));
    setRecent(m_configFiles, m_drillFiles);
}

} // namespace etcddrill
