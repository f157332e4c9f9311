#include "EtcdTlsMaterial.h"

#include <QFile>

#include <openssl/bio.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <memory>

namespace etcddrill {

namespace {

struct BioFree
{
    void operator()(BIO* bio) const { BIO_free(bio); }
};
struct X509Free
{
    void operator()(X509* cert) const { X509_free(cert); }
};
struct PkeyFree
{
    void operator()(EVP_PKEY* key) const { EVP_PKEY_free(key); }
};

void wipe(std::string& secret)
{
    if (!secret.empty())
        OPENSSL_cleanse(secret.data(), secret.size());
    secret.clear();
}

bool readPem(const QString& path, const QString& what, const char* requiredBlock, std::string* out,
             QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the TLS %1 '%2': %3 — check the path and its permissions")
                     .arg(what, path, file.errorString());
        return false;
    }
    QByteArray bytes = file.readAll();
    bool ok = true;
    if (!bytes.contains("-----BEGIN ")) {
        *error =
            QStringLiteral("the TLS %1 '%2' is not a PEM file (no '-----BEGIN' line) — convert it to PEM, "
                           "e.g. with openssl x509/pkey -outform PEM")
                .arg(what, path);
        ok = false;
    } else if (!bytes.contains(requiredBlock)) {
        *error =
            QStringLiteral("the TLS %1 '%2' holds no %3 block — is it the right file (CA, certificate and "
                           "key swapped)?")
                .arg(what, path, QString::fromLatin1(requiredBlock));
        ok = false;
    } else if (bytes.contains("ENCRYPTED PRIVATE KEY") || bytes.contains("Proc-Type: 4,ENCRYPTED")) {
        *error = QStringLiteral("the TLS %1 '%2' is encrypted with a passphrase — like etcdctl, etcd-drill "
                                "needs an unencrypted key file readable only by you")
                     .arg(what, path);
        ok = false;
    }
    if (ok)
        out->assign(bytes.constData(), size_t(bytes.size()));
    // The buffer may hold a private key: do not leave it behind in freed memory.
    OPENSSL_cleanse(bytes.data(), size_t(bytes.size()));
    return ok;
}

// Catches the commonest TLS mistake before any connection: a key that is not the certificate's.
bool keyMatchesCertificate(const std::string& certPem, const std::string& keyPem, const TlsFiles& files,
                           QString* error)
{
    std::unique_ptr<BIO, BioFree> certBio(BIO_new_mem_buf(certPem.data(), int(certPem.size())));
    std::unique_ptr<X509, X509Free> cert(PEM_read_bio_X509(certBio.get(), nullptr, nullptr, nullptr));
    if (!cert) {
        ERR_clear_error();
        *error =
            QStringLiteral("the TLS certificate file '%1' does not contain a readable certificate — check "
                           "that it is the client certificate in PEM form")
                .arg(files.certFile);
        return false;
    }
    std::unique_ptr<BIO, BioFree> keyBio(BIO_new_mem_buf(keyPem.data(), int(keyPem.size())));
    std::unique_ptr<EVP_PKEY, PkeyFree> key(PEM_read_bio_PrivateKey(keyBio.get(), nullptr, nullptr, nullptr));
    if (!key) {
        ERR_clear_error();
        *error =
            QStringLiteral("the TLS key file '%1' does not contain a readable private key — check that it is "
                           "the key of '%2' in PEM form")
                .arg(files.keyFile, files.certFile);
        return false;
    }
    if (X509_check_private_key(cert.get(), key.get()) != 1) {
        ERR_clear_error();
        *error =
            QStringLiteral("the TLS key file '%1' does not belong to the certificate '%2' — use the key the "
                           "certificate was issued for")
                .arg(files.keyFile, files.certFile);
        return false;
    }
    return true;
}

} // namespace

EtcdTlsMaterial::~EtcdTlsMaterial()
{
    wipe(m_key);
}

bool EtcdTlsMaterial::load(const TlsFiles& files, QString* error)
{
    wipe(m_key);
    m_ca.clear();
    m_cert.clear();
    QString ignored;
    QString* why = error ? error : &ignored;

    if (files.certFile.isEmpty() != files.keyFile.isEmpty()) {
        *why =
            files.certFile.isEmpty()
                ? QStringLiteral(
                      "a TLS key file ('%1') is set without a certificate file — set both, or neither")
                      .arg(files.keyFile)
                : QStringLiteral("the TLS certificate file '%1' is set without its key file — set both, or "
                                 "neither")
                      .arg(files.certFile);
        return false;
    }
    if (!files.caFile.isEmpty() &&
        !readPem(files.caFile, QStringLiteral("CA file"), "-----BEGIN CERTIFICATE-----", &m_ca, why))
        return false;
    if (!files.certFile.isEmpty()) {
        if (!readPem(files.certFile, QStringLiteral("certificate file"), "-----BEGIN CERTIFICATE-----",
                     &m_cert, why) ||
            !readPem(files.keyFile, QStringLiteral("key file"), "PRIVATE KEY-----", &m_key, why) ||
            !keyMatchesCertificate(m_cert, m_key, files, why)) {
            wipe(m_key);
            return false;
        }
    }
    return true;
}

} // namespace etcddrill
