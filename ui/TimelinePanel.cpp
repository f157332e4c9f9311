#include "TimelinePanel.h"

#include <QComboBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace etcddrill {

TimelinePanel::TimelinePanel(QWidget* parent)
    : QWidget(parent), m_model(new DrillTimelineModel(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_filter(new QComboBox(this)), m_view(new QTableView(this))
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

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);

    connect(m_filter, &QComboBox::currentIndexChanged, this, &TimelinePanel::applyFilter);
    connect(m_view, &QTableView::clicked, this, [this](const QModelIndex& index) {
        emit eventActivated(m_model->timeAt(m_proxy->mapToSource(index).row()));
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, m_view, &QTableView::scrollToBottom);
    retranslateUi();
}

void TimelinePanel::applyFilter()
{
    const QVariant kind = m_filter->currentData();
    // An exact match on the kind's number; the empty pattern of "All kinds" lets everything through.
    m_proxy->setFilterRegularExpression(kind.isValid() ? QStringLiteral("^%1$").arg(kind.toInt())
                                                       : QString());
}

void TimelinePanel::retranslateUi()
{
    const int current = m_filter->currentIndex();
    const QSignalBlocker blocker(m_filter);
    m_filter->clear();
    m_filter->addItem(tr("All kinds"));
    for (DrillTimelineModel::Kind kind : DrillTimelineModel::kinds())
        m_filter->addItem(DrillTimelineModel::kindName(kind), int(kind));
    m_filter->setCurrentIndex(std::max(0, current));
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
