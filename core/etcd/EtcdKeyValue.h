// One key as etcd stores it (mvccpb.KeyValue), as a range read returns it.
#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace etcddrill {

struct EtcdKeyValue
{
    QByteArray key;
    QByteArray value;
    qint64 createRevision = 0;
    qint64 modRevision = 0; // the revision of the key's last change
    qint64 version = 0;     // changes since the key was created (1: just created)
};

} // namespace etcddrill
