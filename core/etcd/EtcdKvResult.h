// The answer of a single-key put, get or delete (KV.Put / KV.Range / KV.DeleteRange).
#pragma once

#include "EtcdCallResult.h"

#include <QByteArray>
#include <QtGlobal>

namespace etcddrill {

struct EtcdKvResult : EtcdCallResult
{
    QByteArray key;
    QByteArray value;       // get: the value read (empty when not found)
    bool found = false;     // get: the key exists
    qint64 deleted = 0;     // delete: how many keys were removed (0 or 1)
    qint64 revision = 0;    // store revision from the response header
    qint64 modRevision = 0; // get: the revision of the key's last change
    quint64 memberId = 0;   // the member that answered
};

} // namespace etcddrill
