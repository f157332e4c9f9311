// PEM file paths for a mutual-TLS client: the CA that signs the servers, our certificate and its key.
// A value type; empty strings mean "not set".
#pragma once

#include <QString>

namespace etcddrill {

struct TlsFiles
{
    QString caFile;
    QString certFile;
    QString keyFile;

    bool isEmpty() const { return caFile.isEmpty() && certFile.isEmpty() && keyFile.isEmpty(); }
    friend bool operator==(const TlsFiles&, const TlsFiles&) = default;
};

} // namespace etcddrill
