// The drill's timeline (the console's bottom dock): a table of every event the drill reported
// (DrillTimelineModel), filtered by kind with a combo box; clicking a row emits its time so the chart can be
// moved there (LatencyChartView::centerOn).
//
// Thread: GUI thread. Owner: the timeline dock (MainWindow::setTimelinePanel) or a test.
#pragma once

#include "DrillTimelineModel.h"

#include <QWidget>
#include <chrono>

class QComboBox;
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
    QComboBox* kindFilter() const { return m_filter; }

signals:
    void eventActivated(std::chrono::steady_clock::time_point time);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void applyFilter();

    DrillTimelineModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QComboBox* m_filter;
    QTableView* m_view;
};

} // namespace etcddrill
