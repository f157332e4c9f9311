#include "TimelinePanel.h"

#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace etcddrill {

TimelinePanel::TimelinePanel(QWidget* parent)
    : QWidget(parent), m_model(new DrillTimelineModel(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_filter(new QPushButton(this)), m_filterMenu(new QMenu(this)), m_view(new QTableView(this))
{
    setObjectName(QStringLiteral("timelinePanel"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(DrillTimelineModel::KindRole);
    m_proxy->setFilterKeyColumn(DrillTimelineModel::KindColumn);
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(DrillTimelineModel::TimeColumn,
                                                     QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(DrillTimelineModel::KindColumn,
                                                     QHeaderView::ResizeToContents);

    const QList<DrillTimelineModel::Kind> kinds = DrillTimelineModel::kinds();
    m_shown = QSet<DrillTimelineModel::Kind>(kinds.cbegin(), kinds.cend());
    m_filter->setObjectName(QStringLiteral("timelineKindFilter"));
    m_filter->setMenu(m_filterMenu);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_filter, 0, Qt::AlignLeft);
    layout->addWidget(m_view, 1);
    connect(m_view, &QTableView::clicked, this, [this](const QModelIndex& index) {
        emit eventActivated(m_model->timeAt(m_proxy->mapToSource(index).row()));
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, m_view, &QTableView::scrollToBottom);
    retranslateUi();
}

void TimelinePanel::setShownKinds(const QSet<DrillTimelineModel::Kind>& kinds)
{
    const QList<DrillTimelineModel::Kind> all = DrillTimelineModel::kinds();
    m_shown = kinds.isEmpty() ? QSet<DrillTimelineModel::Kind>(all.cbegin(), all.cend()) : kinds;
    applyFilter();
    syncFilterButton();
}

void TimelinePanel::applyFilter()
{
    // An exact match on the kinds' numbers; every kind shown needs no filter at all.
    if (m_shown.size() == DrillTimelineModel::kinds().size()) {
        m_proxy->setFilterRegularExpression(QString());
        return;
    }
    QStringList numbers;
    for (DrillTimelineModel::Kind kind : std::as_const(m_shown))
        numbers.append(QString::number(int(kind)));
    m_proxy->setFilterRegularExpression(QStringLiteral("^(%1)$").arg(numbers.join(u'|')));
}

void TimelinePanel::retranslateUi()
{
    // Rebuilt only here (a language change), never from one of its own actions' signals.
    m_filterMenu->clear();
    m_everyKind = m_filterMenu->addAction(tr("Show every kind"));
    connect(m_everyKind, &QAction::triggered, this, [this] { setShownKinds({}); });
    m_filterMenu->addSeparator();
    for (DrillTimelineModel::Kind kind : DrillTimelineModel::kinds()) {
        QAction* action = m_filterMenu->addAction(DrillTimelineModel::kindName(kind));
        action->setCheckable(true);
        action->setData(int(kind));
        connect(action, &QAction::toggled, this, [this, kind](bool on) {
            QSet<DrillTimelineModel::Kind> shown = m_shown;
            if (on)
                shown.insert(kind);
            else
                shown.remove(kind);
            // Unticking the last kind would show nothing: it stays ticked instead.
            if (shown.isEmpty())
                syncFilterButton();
            else
                setShownKinds(shown);
        });
    }
    syncFilterButton();
}

void TimelinePanel::syncFilterButton()
{
    const QList<DrillTimelineModel::Kind> all = DrillTimelineModel::kinds();
    for (QAction* action : m_filterMenu->actions()) {
        if (!action->isCheckable())
            continue;
        const QSignalBlocker blocker(action);
        action->setChecked(m_shown.contains(DrillTimelineModel::Kind(action->data().toInt())));
    }
    m_everyKind->setEnabled(m_shown.size() < all.size());
    if (m_shown.size() == all.size())
        m_filter->setText(tr("Show: every kind"));
    else if (m_shown.size() == 1)
        m_filter->setText(tr("Show: %1").arg(DrillTimelineModel::kindName(*m_shown.cbegin())));
    else
        m_filter->setText(tr("Show: %1 of %2 kinds").arg(m_shown.size()).arg(all.size()));
}

void TimelinePanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_model->retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace etcddrill
