#include "DrillDuration.h"

#include <QCoreApplication>
#include <cmath>

namespace etcddrill {

namespace {

LocalizedText milliseconds(double ms)
{
    return LocalizedText::make("DrillDuration", QT_TRANSLATE_NOOP("DrillDuration", "%1 ms"),
                               QString::number(ms, 'f', ms < 10.0 ? 1 : 0));
}

LocalizedText negative(const LocalizedText& text)
{
    return LocalizedText::make("DrillDuration", QT_TRANSLATE_NOOP("DrillDuration", "-%1"), text);
}

} // namespace

LocalizedText DrillDuration::text(std::chrono::milliseconds duration)
{
    return text(std::chrono::duration_cast<std::chrono::microseconds>(duration));
}

LocalizedText DrillDuration::text(std::chrono::microseconds duration)
{
    if (duration.count() < 0)
        return negative(text(-duration));
    const double ms = double(duration.count()) / 1000.0;
    if (std::round(ms) < 1000.0)
        return milliseconds(ms);
    // Rounded first, so that 59.96 s reads "1 min 00 s", not "60.0 s".
    const qint64 tenths = std::llround(ms / 100.0);
    if (tenths < 600)
        return LocalizedText::make("DrillDuration", QT_TRANSLATE_NOOP("DrillDuration", "%1 s"),
                                   QString::number(double(tenths) / 10.0, 'f', 1));
    const qint64 seconds = std::llround(ms / 1000.0);
    return LocalizedText::make("DrillDuration", QT_TRANSLATE_NOOP("DrillDuration", "%1 min %2 s"),
                               QString::number(seconds / 60),
                               QStringLiteral("%1").arg(seconds % 60, 2, 10, QLatin1Char('0')));
}

LocalizedText DrillDuration::fromMillis(double ms)
{
    if (!std::isfinite(ms))
        return QStringLiteral("—");
    return text(std::chrono::microseconds(std::llround(ms * 1000.0)));
}

LocalizedText DrillDuration::precise(std::chrono::milliseconds duration)
{
    return precise(std::chrono::duration_cast<std::chrono::microseconds>(duration));
}

LocalizedText DrillDuration::precise(std::chrono::microseconds duration)
{
    if (duration.count() < 0)
        return negative(precise(-duration));
    const double ms = double(duration.count()) / 1000.0;
    if (ms < 1000.0)
        return milliseconds(ms);
    return LocalizedText::make("DrillDuration", QT_TRANSLATE_NOOP("DrillDuration", "%1 s"),
                               QString::number(ms / 1000.0, 'f', 3));
}

} // namespace etcddrill
