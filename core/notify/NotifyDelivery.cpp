#include "NotifyDelivery.h"

namespace etcddrill {

QString NotifyDelivery::describe() const
{
    if (ok)
        return QStringLiteral("%1 (%2): %3 delivered in %4 ms").arg(webhook, format, event).arg(ms);
    return QStringLiteral("%1 (%2): %3 not delivered: %4").arg(webhook, format, event, problem);
}

} // namespace etcddrill
