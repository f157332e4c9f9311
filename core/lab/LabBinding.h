// One address:port the lab will listen on and what for ("etcd client port of M1"), so that `lab up` can check
// it is free before starting anything and name it in the error when it is not. A value type.
#pragma once

#include <QString>

namespace etcddrill {

struct LabBinding
{
    QString address; // "127.0.10.1"
    int port = 0;
    QString purpose; // "etcd client port of M1"
};

} // namespace etcddrill
