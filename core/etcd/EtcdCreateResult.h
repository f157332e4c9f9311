// The answer of EtcdClient::putIfAbsent: a transaction that writes a key only if it does not exist, and
// otherwise reads what is there, so a refused writer learns who holds the key in the same round trip.
#pragma once

#include "EtcdCallResult.h"

#include <QByteArray>
#include <QtGlobal>

namespace etcddrill {

struct EtcdCreateResult : EtcdCallResult
{
    QByteArray key;
    bool created = false;     // the key did not exist and now holds our value
    QByteArray existingValue; // not created: the value already there (empty if it vanished meanwhile)
    qint64 existingLease = 0; // not created: the lease the existing key is attached to, 0 for none
    qint64 revision = 0;      // store revision from the response header
    quint64 memberId = 0;     // the member that answered
};

} // namespace etcddrill
