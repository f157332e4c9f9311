#include "FadeHighlight.h"

#include <QWidget>

namespace etcddrill {

FadeHighlight::FadeHighlight(QWidget* widget) : QObject(widget), m_widget(widget)
{
    m_animation.setStartValue(1.0);
    m_animation.setEndValue(0.0);
    m_animation.setDuration(durationMs);
    m_animation.setEasingCurve(QEasingCurve::InQuad);
    connect(&m_animation, &QVariantAnimation::valueChanged, m_widget, qOverload<>(&QWidget::update));
    connect(&m_animation, &QVariantAnimation::finished, m_widget, qOverload<>(&QWidget::update));
}

qreal FadeHighlight::strength() const
{
    return isActive() ? m_animation.currentValue().toReal() : 0.0;
}

void FadeHighlight::trigger()
{
    m_animation.stop();
    m_animation.start();
}

} // namespace etcddrill
