// The latency chart with its controls: follow the present, the window (1, 5, 15 minutes) and whether the
// nodes' own apiservers are drawn too. A thin frame around LatencyChartView, which does the work.
// Thread: GUI thread. Owner: MainWindow (Qt parent).
#pragma once

#include <QWidget>
#include <chrono>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QTimer;
class QLabel;
class QToolButton;

namespace etcddrill {

class LatencyChartView;

class ChartPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ChartPanel(QWidget* parent = nullptr);

    LatencyChartView* chart() const { return m_chart; }
    // The spans the window selector offers, shortest first.
    static QList<std::chrono::minutes> windowChoices();

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void retranslateUi();
    void showSpan(std::chrono::milliseconds span);
    void syncSpanText();
    QString choiceText(int index) const;

    LatencyChartView* m_chart;
    void placeTitle(); // beside the controls, or above them when the panel is too narrow

    QGridLayout* m_bar;
    QLabel* m_title;
    QToolButton* m_follow;
    QLabel* m_windowLabel;
    QComboBox* m_window;
    QTimer* m_spanTimer;
    QCheckBox* m_nodes;
};

} // namespace etcddrill
