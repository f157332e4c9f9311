// Marks a widget that just changed (a new leader, a member going down or coming back): a strength that
// jumps to 1 and fades to 0 over about two seconds; the widget paints its frame with it. The change itself is
// shown by the widget's text and symbol at once; the fade only draws the eye to it.
// Thread: GUI thread. Owner: the widget it marks (Qt parent), which it repaints while fading.
#pragma once

#include <QObject>
#include <QVariantAnimation>

class QWidget;

namespace etcddrill {

class FadeHighlight : public QObject
{
    Q_OBJECT

public:
    static constexpr int durationMs = 2000;

    explicit FadeHighlight(QWidget* widget);

    qreal strength() const; // 1 right after trigger(), 0 when faded
    bool isActive() const { return m_animation.state() == QAbstractAnimation::Running; }

public slots:
    void trigger();

private:
    QWidget* m_widget;
    QVariantAnimation m_animation;
};

} // namespace etcddrill
