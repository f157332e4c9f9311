#include "NotifyMessage.h"

#include <QCoreApplication>

namespace etcddrill {

LocalizedText NotifyMessage::eventTitle(const QString& event)
{
    if (event == QLatin1String("start"))
        return LocalizedText::make("DrillNotify", QT_TRANSLATE_NOOP("DrillNotify", "drill started"));
    if (event == QLatin1String("gate"))
        return LocalizedText::make("DrillNotify", QT_TRANSLATE_NOOP("DrillNotify", "gate confirmed"));
    if (event == QLatin1String("stop"))
        return LocalizedText::make("DrillNotify", QT_TRANSLATE_NOOP("DrillNotify", "target stopped"));
    if (event == QLatin1String("stop-condition"))
        return LocalizedText::make("DrillNotify", QT_TRANSLATE_NOOP("DrillNotify", "stop condition"));
    if (event == QLatin1String("abort"))
        return LocalizedText::make("DrillNotify", QT_TRANSLATE_NOOP("DrillNotify", "aborted"));
    if (event == QLatin1String("verdict"))
        return LocalizedText::make("DrillNotify", QT_TRANSLATE_NOOP("DrillNotify", "verdict"));
    return LocalizedText(event);
}

namespace {

LocalizedText line(const NotifyMessage& m)
{
    if (!m.stepTitle.isEmpty())
        return LocalizedText::make(
            "DrillNotify", QT_TRANSLATE_NOOP("DrillNotify", "etcd-drill · %1 · %2 · %3 (%4): %5"), m.cluster,
            NotifyMessage::eventTitle(m.event), m.stepTitle, m.operatorName, m.summary);
    return LocalizedText::make("DrillNotify",
                               QT_TRANSLATE_NOOP("DrillNotify", "etcd-drill · %1 · %2 (%3): %4"), m.cluster,
                               NotifyMessage::eventTitle(m.event), m.operatorName, m.summary);
}

} // namespace

QString NotifyMessage::text() const
{
    return line(*this).translated();
}

QString NotifyMessage::englishText() const
{
    return line(*this).english();
}

} // namespace etcddrill
