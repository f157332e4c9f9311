// One change a watch reported (mvccpb.Event): a put or a delete of one key. A delete's kv carries the key
// and, as modRevision, the revision of the deletion.
#pragma once

#include "EtcdKeyValue.h"

namespace etcddrill {

struct EtcdWatchEvent
{
    enum class Type : quint8 { Put, Delete };
    Type type = Type::Put;
    EtcdKeyValue kv;
};

} // namespace etcddrill
