#include "ReplayBar.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QStyle>
#include <QToolButton>

#include <algorithm>
#include <climits>
#include <cmath>

namespace etcddrill {

namespace {

// "01:23.4", or "1:02:03.4" past an hour.
QString clockText(double ms)
{
    const qint64 tenths = qint64(std::llround(std::max(ms, 0.0) / 100.0));
    const qint64 seconds = tenths / 10;
    const QString tail = QStringLiteral("%1.%2").arg(seconds % 60, 2, 10, QLatin1Char('0')).arg(tenths % 10);
    if (seconds >= 3600)
        return QStringLiteral("%1:%2:%3")
            .arg(seconds / 3600)
            .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
            .arg(tail);
    return QStringLiteral("%1:%2").arg(seconds / 60, 2, 10, QLatin1Char('0')).arg(tail);
}

} // namespace

ReplayBar::ReplayBar(QWidget* parent)
    : QWidget(parent), m_play(new QToolButton(this)), m_speed(new QComboBox(this)),
      m_slider(new QSlider(Qt::Horizontal, this)), m_time(new QLabel(this)), m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("replayBar"));
    m_play->setObjectName(QStringLiteral("replayPlay"));
    m_slider->setObjectName(QStringLiteral("replaySlider"));
    m_speed->setObjectName(QStringLiteral("replaySpeed"));
    m_time->setObjectName(QStringLiteral("replayTime"));
    m_close->setObjectName(QStringLiteral("replayClose"));
    m_play->setCheckable(true);
    m_play->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    for (const int factor : {1, 10, 60})
        m_speed->addItem(QStringLiteral("%1×").arg(factor), factor);
    // The slider counts milliseconds from the drill's start: an int holds 24 days of them.
    m_slider->setSingleStep(1000);
    m_slider->setPageStep(10000);
    m_time->setTextFormat(Qt::PlainText);
    m_time->setMinimumWidth(
        m_time->fontMetrics().horizontalAdvance(QStringLiteral("0:00:00.0 / 0:00:00.0 · 00:00:00.000  ")));
    m_close->setToolButtonStyle(Qt::ToolButtonTextOnly);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_play);
    layout->addWidget(m_speed);
    layout->addWidget(m_slider, 1);
    layout->addWidget(m_time);
    layout->addWidget(m_close);

    m_timer.setInterval(40);
    connect(&m_timer, &QTimer::timeout, this, &ReplayBar::advance);
    connect(m_play, &QToolButton::toggled, this, [this](bool on) { on ? play() : pause(); });
    connect(m_slider, &QSlider::valueChanged, this, [this](int value) { moveTo(m_start + value, true); });
    connect(m_close, &QToolButton::clicked, this, &ReplayBar::closeRequested);
    retranslateUi();
}

void ReplayBar::setRange(double startMonoMs, double endMonoMs, const QDateTime& startedAt)
{
    pause();
    m_start = startMonoMs;
    m_end = std::max(startMonoMs, endMonoMs);
    m_startedAt = startedAt;
    const QSignalBlocker blocker(m_slider);
    m_slider->setRange(0, int(std::min(m_end - m_start, double(INT_MAX))));
    moveTo(m_start, false);
}

int ReplayBar::speed() const
{
    return m_speed->currentData().toInt();
}

void ReplayBar::setSpeed(int factor)
{
    const int index = m_speed->findData(factor);
    if (index >= 0)
        m_speed->setCurrentIndex(index);
}

QString ReplayBar::timeText() const
{
    return m_time->text();
}

void ReplayBar::setPosition(double monoMs)
{
    moveTo(monoMs, false);
}

void ReplayBar::moveTo(double monoMs, bool announce)
{
    const double clamped = std::clamp(monoMs, m_start, m_end);
    const bool changed = clamped != m_position;
    m_position = clamped;
    {
        const QSignalBlocker blocker(m_slider);
        m_slider->setValue(int(std::llround(clamped - m_start)));
    }
    refreshLabel();
    if (announce && changed)
        emit positionChanged(m_position);
}

void ReplayBar::play()
{
    if (m_timer.isActive())
        return;
    // At the end, play starts over: what an operator pressing play there wants.
    if (m_position >= m_end)
        moveTo(m_start, true);
    m_sinceTick.start();
    m_timer.start();
    const QSignalBlocker blocker(m_play);
    m_play->setChecked(true);
    retranslateUi();
}

void ReplayBar::pause()
{
    m_timer.stop();
    const QSignalBlocker blocker(m_play);
    m_play->setChecked(false);
    retranslateUi();
}

void ReplayBar::advance()
{
    // Elapsed real time, not the timer's nominal interval: a busy GUI thread slows the frames, not the pace.
    const double elapsed = double(m_sinceTick.restart());
    moveTo(m_position + elapsed * speed(), true);
    if (m_position >= m_end)
        pause();
}

void ReplayBar::refreshLabel()
{
    const QString wall = m_startedAt.isValid() ? m_startedAt.addMSecs(qint64(m_position - m_start))
                                                     .toLocalTime()
                                                     .toString(QStringLiteral("HH:mm:ss.zzz"))
                                               : QString();
    m_time->setText(
        tr("%1 / %2 · %3").arg(clockText(m_position - m_start), clockText(m_end - m_start), wall));
}

void ReplayBar::retranslateUi()
{
    const bool playing = m_timer.isActive();
    m_play->setText(playing ? tr("Pause") : tr("Play"));
    m_play->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    m_play->setToolTip(tr("Play the recorded drill at the chosen pace"));
    m_speed->setToolTip(tr("Replay pace: 1× is as it happened"));
    m_slider->setToolTip(tr("The moment of the drill the views show"));
    m_time->setToolTip(tr("Time since the drill started / the drill's length · the clock time then"));
    m_close->setText(tr("Close replay"));
}

void ReplayBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace etcddrill
