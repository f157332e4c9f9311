#include "TlsClientContext.h"

#include "TlsSession.h"

#include <QFile>

#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>

namespace etcddrill {

namespace {

// Keys must be unencrypted (as kubeconfigs hold them): without this callback OpenSSL would prompt on the
// terminal for a passphrase and block the thread.
int refusePassphrase(char*, int, int, void*)
{
    return 0;
}

// Reads `pem` or, when empty, the file; `what` is "CA", "client certificate" or "client key".
bool loadPem(const QByteArray& pem, const QString& file, const QString& what, const QString& owner,
             QByteArray* out, QString* source, QString* error)
{
    if (!pem.isEmpty()) {
        *out = pem;
        *source = QStringLiteral("the inline %1 data of %2").arg(what, owner);
        return true;
    }
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: cannot read %2 file '%3': %4; fix the path or the file's permissions")
                     .arg(owner, what, file, f.errorString());
        return false;
    }
    *out = f.readAll();
    *source = QStringLiteral("%1 file '%2'").arg(what, file);
    return true;
}

QString openSslReason()
{
    const unsigned long code = ERR_peek_last_error();
    ERR_clear_error();
    const char* reason = code ? ERR_reason_error_string(code) : nullptr;
    return reason ? QString::fromLatin1(reason) : QStringLiteral("unknown OpenSSL error");
}

struct BioDeleter
{
    void operator()(BIO* bio) const { BIO_free(bio); }
};
using BioPtr = std::unique_ptr<BIO, BioDeleter>;

BioPtr memoryBio(const QByteArray& data)
{
    return BioPtr(BIO_new_mem_buf(data.constData(), int(data.size())));
}

bool addCaCertificates(SSL_CTX* ctx, const QByteArray& pem, const QString& source, QString* error)
{
    BioPtr bio = memoryBio(pem);
    STACK_OF(X509_INFO)* infos = PEM_X509_INFO_read_bio(bio.get(), nullptr, refusePassphrase, nullptr);
    X509_STORE* store = SSL_CTX_get_cert_store(ctx);
    int added = 0;
    for (int i = 0; infos && i < sk_X509_INFO_num(infos); ++i) {
        X509_INFO* info = sk_X509_INFO_value(infos, i);
        if (info->x509 && X509_STORE_add_cert(store, info->x509) == 1)
            ++added;
    }
    sk_X509_INFO_pop_free(infos, X509_INFO_free);
    ERR_clear_error();
    if (added == 0) {
        *error =
            QStringLiteral("%1 holds no PEM certificate (expected \"-----BEGIN CERTIFICATE-----\"); give the "
                           "CA that signed the apiserver's certificate")
                .arg(source);
        return false;
    }
    return true;
}

bool useClientCertificate(SSL_CTX* ctx, const QByteArray& pem, const QString& source, QString* error)
{
    BioPtr bio = memoryBio(pem);
    X509* leaf = PEM_read_bio_X509_AUX(bio.get(), nullptr, refusePassphrase, nullptr);
    if (!leaf || SSL_CTX_use_certificate(ctx, leaf) != 1) {
        X509_free(leaf);
        *error = QStringLiteral("%1 is not a usable PEM certificate (%2)").arg(source, openSslReason());
        return false;
    }
    X509_free(leaf);
    // Intermediate certificates that follow the leaf are sent along, as kubectl does.
    while (X509* extra = PEM_read_bio_X509(bio.get(), nullptr, refusePassphrase, nullptr)) {
        if (SSL_CTX_add_extra_chain_cert(ctx, extra) != 1)
            X509_free(extra);
    }
    ERR_clear_error();
    return true;
}

bool useClientKey(SSL_CTX* ctx, const QByteArray& pem, const QString& source, QString* error)
{
    BioPtr bio = memoryBio(pem);
    EVP_PKEY* key = PEM_read_bio_PrivateKey(bio.get(), nullptr, refusePassphrase, nullptr);
    if (!key) {
        ERR_clear_error();
        *error = QStringLiteral(
                     "%1 is not an unencrypted PEM private key; give the key that belongs to the client "
                     "certificate")
                     .arg(source);
        return false;
    }
    const bool used = SSL_CTX_use_PrivateKey(ctx, key) == 1;
    EVP_PKEY_free(key);
    if (!used || SSL_CTX_check_private_key(ctx) != 1) {
        ERR_clear_error();
        *error = QStringLiteral("%1 does not match the client certificate; give the key the certificate was "
                                "issued for")
                     .arg(source);
        return false;
    }
    return true;
}

} // namespace

TlsClientContext::TlsClientContext(void* ctx, bool verify) : m_ctx(ctx), m_verify(verify) {}

TlsClientContext::~TlsClientContext()
{
    SSL_CTX_free(static_cast<SSL_CTX*>(m_ctx));
}

std::unique_ptr<TlsClientContext> TlsClientContext::create(const ProbeCredentials& credentials,
                                                           const QString& owner, QString* error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    SSL_CTX* ctx = SSL_CTX_new(TLS_client_method());
    if (!ctx) {
        *error = QStringLiteral("%1: cannot create a TLS context: %2").arg(owner, openSslReason());
        return nullptr;
    }
    std::unique_ptr<TlsClientContext> context(new TlsClientContext(ctx, !credentials.insecureSkipTlsVerify));
    // The apiserver requires TLS 1.2 or newer; refusing older versions avoids measuring a downgrade.
    SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);
    // Every probe must pay for a full handshake, like a client that just (re)started: no session resumption.
    SSL_CTX_set_session_cache_mode(ctx, SSL_SESS_CACHE_OFF);
    SSL_CTX_set_options(ctx, SSL_OP_NO_TICKET);
    // Without ALPN an apiserver still speaks HTTP/1.1, but naming it keeps proxies that prefer h2 honest.
    static const unsigned char alpn[] = {8, 'h', 't', 't', 'p', '/', '1', '.', '1'};
    SSL_CTX_set_alpn_protos(ctx, alpn, sizeof(alpn));

    if (credentials.insecureSkipTlsVerify) {
        SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, nullptr);
    } else {
        SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, nullptr);
        if (credentials.hasCa()) {
            QByteArray pem;
            QString source;
            if (!loadPem(credentials.caPem, credentials.caFile, QStringLiteral("CA"), owner, &pem, &source,
                         error) ||
                !addCaCertificates(ctx, pem, source, error))
                return nullptr;
        } else if (SSL_CTX_set_default_verify_paths(ctx) != 1) {
            ERR_clear_error();
            *error =
                QStringLiteral("%1: the system's trusted CA store cannot be loaded; give the cluster's CA "
                               "file (certificate-authority)")
                    .arg(owner);
            return nullptr;
        }
    }

    if (credentials.hasClientCertificate() || credentials.hasClientKey()) {
        if (!credentials.hasClientCertificate() || !credentials.hasClientKey()) {
            *error =
                QStringLiteral("%1: a client certificate needs its private key and the other way round: give "
                               "both or neither")
                    .arg(owner);
            return nullptr;
        }
        QByteArray pem;
        QString source;
        if (!loadPem(credentials.clientCertPem, credentials.clientCertFile,
                     QStringLiteral("client certificate"), owner, &pem, &source, error) ||
            !useClientCertificate(ctx, pem, source, error))
            return nullptr;
        if (!loadPem(credentials.clientKeyPem, credentials.clientKeyFile, QStringLiteral("client key"), owner,
                     &pem, &source, error) ||
            !useClientKey(ctx, pem, source, error))
            return nullptr;
    }
    return context;
}

std::unique_ptr<TlsSession> TlsClientContext::createSession(const QString& host) const
{
    return std::make_unique<TlsSession>(m_ctx, host, m_verify);
}

} // namespace etcddrill
