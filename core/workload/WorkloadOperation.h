// One put of the drill's client workload as it was recorded: the new key it wrote and the value, the member
// it went to, when it started and ended, and what came of it. Unknown is a put whose answer never came (its
// deadline passed, the connection was lost): etcd may or may not have applied it, as etcd's own
// linearizability checker treats such operations.
#pragma once

#include <QByteArray>
#include <QString>
#include <chrono>

namespace etcddrill {

struct WorkloadOperation
{
    enum class Result : quint8 { Ok, Failed, Unknown };

    qint64 sequence = 0;
    QByteArray key; // a new key for every put
    QByteArray value;
    QString member; // the member's name, as in the config
    std::chrono::steady_clock::time_point start;
    std::chrono::steady_clock::time_point end; // when the answer (or the verdict "unknown") came
    Result result = Result::Unknown;
    qint64 revision = 0; // Ok: the revision etcd acknowledged the put at
};

} // namespace etcddrill
