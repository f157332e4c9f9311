#include "TlsSession.h"

#include <QHostAddress>

#include <openssl/err.h>
#include <openssl/ssl.h>
#include <openssl/x509v3.h>

namespace etcddrill {

namespace {

SSL* ssl(void* p)
{
    return static_cast<SSL*>(p);
}

BIO* bio(void* p)
{
    return static_cast<BIO*>(p);
}

} // namespace

TlsSession::TlsSession(void* sslContext, const QString& host, bool verifyPeer)
{
    SSL* s = SSL_new(static_cast<SSL_CTX*>(sslContext));
    m_ssl = s;
    if (!s) {
        m_reason = QStringLiteral("cannot create a TLS session");
        return;
    }
    BIO* in = BIO_new(BIO_s_mem());
    BIO* out = BIO_new(BIO_s_mem());
    // An empty input buffer means "wait for more", not end of stream; feedEof() switches that.
    BIO_set_mem_eof_return(in, -1);
    SSL_set_bio(s, in, out);
    m_in = in;
    SSL_set_connect_state(s);

    const QByteArray name = host.toUtf8();
    const bool isAddress = !QHostAddress(host).isNull();
    // SNI carries names only (RFC 6066); for an IP literal the certificate must list the IP in its SANs.
    if (!isAddress)
        SSL_set_tlsext_host_name(s, name.constData());
    if (verifyPeer) {
        X509_VERIFY_PARAM* param = SSL_get0_param(s);
        if (isAddress) {
            X509_VERIFY_PARAM_set1_ip_asc(param, name.constData());
        } else {
            X509_VERIFY_PARAM_set_hostflags(param, X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS);
            X509_VERIFY_PARAM_set1_host(param, name.constData(), size_t(name.size()));
        }
    }
}

TlsSession::~TlsSession()
{
    SSL_free(ssl(m_ssl));
}

TlsSession::Status TlsSession::handshake()
{
    if (!m_ssl)
        return Status::Failed;
    ERR_clear_error();
    const int result = SSL_do_handshake(ssl(m_ssl));
    if (result == 1) {
        m_handshakeDone = true;
        return Status::Done;
    }
    return fail(result, true);
}

void TlsSession::feed(const char* data, qsizetype size)
{
    if (m_in && size > 0)
        BIO_write(bio(m_in), data, int(size));
}

void TlsSession::feedEof()
{
    if (m_in)
        BIO_set_mem_eof_return(bio(m_in), 0);
}

QByteArray TlsSession::takeOutgoing()
{
    QByteArray bytes;
    if (!m_ssl)
        return bytes;
    BIO* out = SSL_get_wbio(ssl(m_ssl));
    const auto pending = BIO_ctrl_pending(out);
    if (pending > 0) {
        bytes.resize(qsizetype(pending));
        const int n = BIO_read(out, bytes.data(), int(pending));
        bytes.resize(std::max(n, 0));
    }
    return bytes;
}

TlsSession::Status TlsSession::write(const QByteArray& plain)
{
    if (!m_ssl)
        return Status::Failed;
    ERR_clear_error();
    // The output is a memory BIO that grows as needed, so a write completes in one call.
    const int result = SSL_write(ssl(m_ssl), plain.constData(), int(plain.size()));
    return result > 0 ? Status::Done : fail(result, false);
}

TlsSession::Status TlsSession::read(QByteArray* plain)
{
    if (!m_ssl)
        return Status::Failed;
    char buffer[16384];
    for (;;) {
        ERR_clear_error();
        const int n = SSL_read(ssl(m_ssl), buffer, int(sizeof buffer));
        if (n > 0) {
            plain->append(buffer, n);
            continue;
        }
        return fail(n, false);
    }
}

TlsSession::Status TlsSession::fail(int result, bool duringHandshake)
{
    SSL* s = ssl(m_ssl);
    const int error = SSL_get_error(s, result);
    switch (error) {
    case SSL_ERROR_WANT_READ:
    case SSL_ERROR_WANT_WRITE:
        return Status::WantIo;
    case SSL_ERROR_ZERO_RETURN:
        return Status::Closed;
    default:
        break;
    }
    const unsigned long code = ERR_peek_last_error();
    m_failedOnEof = (error == SSL_ERROR_SYSCALL && code == 0) ||
                    (error == SSL_ERROR_SSL && ERR_GET_REASON(code) == SSL_R_UNEXPECTED_EOF_WHILE_READING);
    const long verify = SSL_get_verify_result(s);
    if (duringHandshake && verify != X509_V_OK) {
        m_reason = QStringLiteral("certificate verify failed: %1")
                       .arg(QString::fromLatin1(X509_verify_cert_error_string(verify)));
    } else {
        const char* reason = code ? ERR_reason_error_string(code) : nullptr;
        m_reason = reason ? QString::fromLatin1(reason) : QStringLiteral("TLS protocol error");
    }
    ERR_clear_error();
    return Status::Failed;
}

} // namespace etcddrill
