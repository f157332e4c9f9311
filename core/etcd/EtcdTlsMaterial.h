// The PEM contents behind a TlsFiles, read and checked before they are handed to gRPC, so that a wrong file
// is reported as "the key file … does not match the certificate …" at start-up rather than as a handshake
// failure at the first call. Short-lived: EtcdClient loads it, builds its credentials and drops it; the key
// bytes are overwritten on destruction. Messages name files, never their contents.
#pragma once

#include "config/TlsFiles.h"

#include <QString>
#include <string>

namespace etcddrill {

class EtcdTlsMaterial
{
public:
    EtcdTlsMaterial() = default;
    ~EtcdTlsMaterial();
    EtcdTlsMaterial(const EtcdTlsMaterial&) = delete;
    EtcdTlsMaterial& operator=(const EtcdTlsMaterial&) = delete;

    // Reads the files that are set. False with *error when a file is unreadable, not PEM, holds the wrong
    // kind of block, is an encrypted key, or the key does not belong to the certificate; or when only one of
    // certificate and key is set.
    bool load(const TlsFiles& files, QString* error);

    const std::string& caPem() const { return m_ca; }     // empty: gRPC's default roots
    const std::string& certPem() const { return m_cert; } // empty: no client certificate
    const std::string& keyPem() const { return m_key; }

private:
    std::string m_ca;
    std::string m_cert;
    std::string m_key;
};

} // namespace etcddrill
