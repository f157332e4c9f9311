// Turns a failed gRPC call to an etcd endpoint into a sentence an operator can act on ("connection refused —
// is etcd running there?") instead of gRPC's transport jargon. Pure and stateless; used by EtcdClient on the
// gRPC callback thread, and unit-tested from recorded gRPC messages. The sentence is a translatable text
// (context "EtcdErrorText"): english() for logs and the journal, translated() for a face; the endpoint, host,
// paths and gRPC's own message are data and stay as they are.
#pragma once

#include "config/TlsFiles.h"
#include "i18n/LocalizedText.h"

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

    static constexpr char kContext[] = "EtcdErrorText";

    // Empty for grpcCode 0 (OK).
    static LocalizedText describe(int grpcCode, const QString& grpcMessage, const Context& context);

    // The grpc::StatusCode's name ("UNAVAILABLE"), for logs next to the raw message.
    static QString codeName(int grpcCode);
};

} // namespace etcddrill
