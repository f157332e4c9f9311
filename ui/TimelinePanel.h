// The drill's timeline (the console's bottom dock): a table of every event the drill reported
// (DrillTimelineModel), filtered by kind — any set of kinds at once, from the "Show" button's menu of
// checkable kinds (hide the outages and the cluster events to read the steps and checks); clicking a row
// emits its time so the chart can be moved there (LatencyChartView::centerOn).
//
// Thread: GUI thread. Owner: the timeline dock (MainWindow::setTimelinePanel) or a test.
#pragma once

#include "DrillTimelineModel.h"

#include <QSet>
#include <QWidget>
#include <chrono>

class QAction;
class QMenu;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace etcddrill {

class TimelinePanel : public QWidget
{
    Q_OBJECT

public:
    explicit TimelinePanel(QWidget* parent = nullptr);

    DrillTimelineModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QPushButton* kindFilter() const { return m_filter; }
    // The kinds whose rows are shown; every kind by default. An empty set shows every kind.
    QSet<DrillTimelineModel::Kind> shownKinds() const { return m_shown; }
    void setShownKinds(const QSet<DrillTimelineModel::Kind>& kinds);

signals:
    void eventActivated(std::chrono::steady_clock::time_point time);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void applyFilter();
    void syncFilterButton();

    DrillTimelineModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QPushButton* m_filter;
    QMenu* m_filterMenu;
    QAction* m_everyKind = nullptr;
    QSet<DrillTimelineModel::Kind> m_shown;
    QTableView* m_view;
};

} // namespace etcddrill
