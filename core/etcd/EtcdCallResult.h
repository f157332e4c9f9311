// What every EtcdClient call reports besides its payload: how long it took and how gRPC ended it.
// A value type; the per-call results (EtcdStatusResult, EtcdKvResult, …) extend it with their payload.
#pragma once

#include "i18n/LocalizedText.h"

#include <QString>
#include <chrono>

namespace etcddrill {

struct EtcdCallResult
{
    int grpcCode = 0;    // grpc::StatusCode; 0 = OK
    QString grpcMessage; // gRPC's own text, unchanged (for logs and bug reports)
    LocalizedText
        error; // empty on success; otherwise what failed, in words an operator can act on (EtcdErrorText)
    std::chrono::microseconds latency{0}; // steady clock, from issuing the call to its completion

    bool ok() const { return grpcCode == 0; }
};

} // namespace etcddrill
