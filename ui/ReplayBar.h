// The replay's transport bar, shown under the window's notices while a journal is replayed: a slider over
// the drill's time (start to end of the journal), play/pause at 1×, 10× or 60× the recorded pace, the time
// at the slider relative to the drill's start and as the clock showed it, and a button to leave the replay.
// Presents and reports the operator's moves (positionChanged); ReplayController decides what they show.
//
// Thread: GUI thread. Owner: MainWindow (Qt parent).
#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QSlider;
class QToolButton;

namespace etcddrill {

class ReplayBar : public QWidget
{
    Q_OBJECT

public:
    explicit ReplayBar(QWidget* parent = nullptr);

    // The drill's span in the journal's clock (CLOCK_MONOTONIC ms) and its wall-clock start, for the label.
    void setRange(double startMonoMs, double endMonoMs, const QDateTime& startedAt);
    double position() const { return m_position; }
    bool isPlaying() const { return m_timer.isActive(); }
    int speed() const; // 1, 10 or 60

    QSlider* slider() const { return m_slider; }
    QToolButton* playButton() const { return m_play; }
    QComboBox* speedBox() const { return m_speed; }
    QString timeText() const;

public slots:
    // Moves the slider without emitting positionChanged (the controller answering a move).
    void setPosition(double monoMs);
    void play();
    void pause();
    void setSpeed(int factor);

signals:
    // The operator moved the slider, or playing advanced it.
    void positionChanged(double monoMs);
    void closeRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void refreshLabel();
    void advance();
    void moveTo(double monoMs, bool announce);

    QToolButton* m_play;
    QComboBox* m_speed;
    QSlider* m_slider;
    QLabel* m_time;
    QToolButton* m_close;
    QTimer m_timer;
    QElapsedTimer m_sinceTick;
    double m_start = 0;
    double m_end = 0;
    double m_position = 0;
    QDateTime m_startedAt;
};

} // namespace etcddrill
