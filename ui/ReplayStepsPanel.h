// The steps dock while a journal is replayed: read-only. On top the drill's facts (cluster, target, operator,
// start) and how it ended (the verdict's headline and each hypothesis next to its measurement), or that the
// journal is incomplete and why; below, the steps, checks, gates, stop conditions and the verdict as
// recorded, listed up to the replay's position — so the list grows as the replay plays. Clicking a line moves
// the replay there (momentActivated). No gate, no abort: a replay never acts on a cluster.
//
// Thread: GUI thread. Owner: the steps dock while replaying (MainWindow).
#pragma once

#include "report/ReportModel.h"

#include <QWidget>

class QLabel;
class QListWidget;

namespace etcddrill {

class ReplayStepsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ReplayStepsPanel(QWidget* parent = nullptr);

    void setModel(const ReportModel& model);
    QString headerText() const;
    QListWidget* list() const { return m_list; }
    int shownRowCount() const; // lines at or before the position

public slots:
    void setPosition(double monoMs);

signals:
    void momentActivated(double monoMs);

protected:
    void changeEvent(QEvent* event) override;

private:
    void refreshHeader();

    ReportModel m_model; // the header's facts; the rows live in the list
    QLabel* m_header;
    QLabel* m_facts;
    QListWidget* m_list;
    QList<double> m_rowTimes; // per list row, ascending
    int m_shown = -1;
};

} // namespace etcddrill
