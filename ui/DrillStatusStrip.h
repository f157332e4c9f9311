// The strip across the top of the console while a drill is prepared, runs or has just ended: readable from
// the back of the room. Left, the step and the operator's next action ("Type M3 to start etcd on M3
// again"); then how long the target has been down ("M3 down 01:07", from the stop command), the countdown of
// a timed phase ("observation · 0:23 left"), the cluster in one word and colour ("degraded 2/3"); right, a
// red button: "Cancel drill" until the stop command (nothing has changed yet) and "Abort and restore" while
// the target may be stopped, each asking first in words that name what will happen. When the drill ends it
// becomes a full-width verdict banner with the key figures: the outcome's headline, then per way in what
// clients felt (error rate while the target was down, time degraded, longest outage). A line below counts
// the client workload's writes live (acknowledged / unknown / failed, the watch) and, at the end, says
// whether any acknowledged write was lost, the watch was complete and the members' hashes were equal.
//
// Presents only: fed the engine's value types by DrillConsole, it answers through abortRequested(). Texts
// follow a language switch. Thread: GUI thread. Owner: DrillConsole puts it into the window's central
// layout (MainWindow::setDrillStrip); a Qt child of it.
#pragma once

#include "ConsoleColors.h"
#include "drill/DrillGate.h"
#include "drill/DrillProgress.h"
#include "drill/DrillStep.h"
#include "drill/DrillSummary.h"

#include <QFrame>
#include <QTimer>
#include <chrono>
#include <optional>

class QLabel;
class QPushButton;

namespace etcddrill {

class DrillStatusStrip : public QFrame
{
    Q_OBJECT

public:
    explicit DrillStatusStrip(QWidget* parent = nullptr);

    // A new drill: forgets the last one. `target` names the node (empty until it is resolved).
    void reset(const QString& target);
    void setStep(const etcddrill::DrillStep& step);
    void setGate(const etcddrill::DrillGate& gate);
    void clearGate();
    void setTarget(const QString& node);
    void setFaultApplied(bool applied);
    void setProgress(const etcddrill::DrillProgress& progress);
    void showSummary(const etcddrill::DrillSummary& summary);
    void setColors(const etcddrill::ConsoleColors& colors);

    // What the strip shows, for tests and screen readers.
    QString stepText() const;
    QString actionText() const;
    QString clockText() const;
    QString clusterText() const;
    QString buttonText() const;
    bool showsVerdict() const { return m_summary.has_value(); }
    QString verdictText() const;
    // The client workload in one line: live counts while the drill runs, the checks once it ended.
    QString dataSafetyText() const;

    // "01:07", "1:02:03": the time since the stop, for the room.
    static QString clock(std::chrono::milliseconds elapsed);

signals:
    // The operator confirmed the red button's question; empty: the engine words the reason.
    void abortRequested(const QString& reason);

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();
    void askAndAbort();
    QString figuresText() const;
    QString liveDataText() const;
    static QString joinParts(const QStringList& parts);
    QString endDataText(bool* bad) const;

    QLabel* m_step;
    QLabel* m_action;
    QLabel* m_clock;
    QLabel* m_cluster;
    QLabel* m_verdict;
    QLabel* m_figures;
    QLabel* m_data;
    QPushButton* m_abort;
    QTimer m_tick;
    ConsoleColors m_colors = ConsoleColors::make(false, false);

    QString m_target;
    std::optional<DrillStep> m_current;
    std::optional<DrillGate> m_gate;
    std::optional<DrillProgress> m_progress;
    std::optional<DrillSummary> m_summary;
    bool m_faultApplied = false;
    bool m_wasApplied = false;
    std::optional<std::chrono::steady_clock::time_point> m_downSince;
    std::optional<std::chrono::milliseconds> m_downFor; // once restored
    std::chrono::steady_clock::time_point m_progressAt;
};

} // namespace etcddrill
