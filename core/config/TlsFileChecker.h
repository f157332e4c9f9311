// Checks the PEM files of an etcd TLS client before any connection is tried, so that a wrong path, a DER
// file or a swapped cert/key is reported against the config line instead of as a handshake failure later.
// Stateless; callable from any thread (OpenSSL's error queue is per thread and is left empty).
//
// Nothing returned here contains file content: the key is read into a buffer that is wiped after use.
#pragma once

#include <QString>

namespace etcddrill {

class TlsFileChecker
{
public:
    enum class Role {
        CaCertificate,     // one or more certificates, at least one of them a CA
        ClientCertificate, // a certificate, currently valid
        PrivateKey,        // an unencrypted private key
    };

    // Empty when the file is usable; otherwise a phrase to put after the file's name, such as
    // "does not exist" or "is not PEM (it has no -----BEGIN line)".
    static QString problemWith(const QString& path, Role role);

    // Empty when the first certificate in certFile was issued for the key in keyFile (or when either file
    // cannot be read: problemWith() reports that); otherwise a phrase explaining the mismatch.
    static QString mismatchBetween(const QString& certFile, const QString& keyFile);
};

} // namespace etcddrill
