// A small certificate authority for the embedded lab and for tests: creates or loads a CA (EC P-256 key,
// self-signed), writes it as PEM and issues leaf certificates for CertificateRequests. Built on OpenSSL 3's C
// API; no OpenSSL type leaks out of this header. Not a QObject: usable from any thread, one instance per
// thread. Private keys are only ever written to files created with mode 0600, never logged.
#pragma once

#include "CertificateRequest.h"

#include <QString>
#include <memory>

namespace etcddrill {

class CertificateAuthority
{
public:
    ~CertificateAuthority();
    CertificateAuthority(const CertificateAuthority&) = delete;
    CertificateAuthority& operator=(const CertificateAuthority&) = delete;

    // A new CA with a fresh key, valid for ten years. nullptr and *error set on failure.
    static std::unique_ptr<CertificateAuthority> create(const QString& commonName, QString* error);
    // A CA from PEM files; fails when a file cannot be read, the certificate is not a CA or the key does not
    // belong to the certificate.
    static std::unique_ptr<CertificateAuthority> load(const QString& certFile, const QString& keyFile,
                                                      QString* error);

    bool writeCa(const QString& certFile, const QString& keyFile, QString* error) const;
    // Creates a new key pair and a certificate signed by this CA; writes both as PEM (the key with mode
    // 0600).
    bool issue(const CertificateRequest& request, const QString& certFile, const QString& keyFile,
               QString* error) const;

    QString commonName() const;

private:
    struct Private;
    explicit CertificateAuthority(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace etcddrill
