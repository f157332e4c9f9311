// Turns a failed gRPC call to an etcd endpoint into a sentence an operator can act on ("connection refused —
// is etcd running there?") instead of gRPC's transport jargon. Pure and stateless; used by EtcdClient on the
// gRPC callback thread, and unit-tested from recorded gRPC messages.
#pragma once

#include "config/TlsFiles.h"

#include <QString>
#include <chrono>

namespace etcddrill {

class EtcdErrorText
{
public:
    struct Context
    {
        QString endpoint; // as configured, quoted in the text
        QString host;
        int port = 0;
        bool tls = false;
        TlsFiles tlsFiles; // only the paths are quoted, never file contents
        std::chrono::milliseconds deadline{1000};
    };

    // Empty for grpcCode 0 (OK).
    static QString describe(int grpcCode, const QString& grpcMessage, const Context& context);

    // The grpc::StatusCode's name ("UNAVAILABLE"), for logs next to the raw message.
    static QString codeName(int grpcCode);
};

} // namespace etcddrill
