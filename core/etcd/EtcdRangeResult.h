// The answer of a range read (KV.Range over [key, range_end)): the keys in key order.
#pragma once

#include "EtcdCallResult.h"
#include "EtcdKeyValue.h"

#include <QList>

namespace etcddrill {

struct EtcdRangeResult : EtcdCallResult
{
    QList<EtcdKeyValue> kvs;
    bool more = false;    // a limit left keys out
    qint64 count = 0;     // keys in the range, whatever the limit
    qint64 revision = 0;  // store revision from the response header
    quint64 memberId = 0; // the member that answered
};

} // namespace etcddrill
