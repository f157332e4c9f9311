#include "DrillDuration.h"

namespace etcddrill {

QString DrillDuration::text(std::chrono::milliseconds duration)
{
    return text(std::chrono::duration_cast<std::chrono::microseconds>(duration));
}

QString DrillDuration::text(std::chrono::microseconds duration)
{
    const double ms = double(duration.count()) / 1000.0;
    if (ms < 0)
        return QStringLiteral("-") + text(std::chrono::microseconds(-duration.count()));
    if (ms < 1000.0)
        return QStringLiteral("%1 ms").arg(ms, 0, 'f', ms < 10.0 ? 1 : 0);
    const double seconds = ms / 1000.0;
    if (seconds < 120.0)
        return QStringLiteral("%1 s").arg(seconds, 0, 'f', 3);
    const qint64 minutes = qint64(seconds / 60.0);
    return QStringLiteral("%1 min %2 s")
        .arg(minutes)
        .arg(seconds - double(minutes) * 60.0, 4, 'f', 1, QLatin1Char('0'));
}

} // namespace etcddrill
