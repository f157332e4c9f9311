// One TLS client connection's protocol engine, without a socket: ProbeConnection feeds it the bytes that came
// from the network and sends what takeOutgoing() returns. Keeping the socket I/O outside OpenSSL lets the
// connection see the exact errno of every send/recv (reset vs. refused vs. closed) and never raise SIGPIPE.
// Created by TlsClientContext; owned by its ProbeConnection, on the scheduler's worker thread.
#pragma once

#include <QByteArray>
#include <QString>

namespace etcddrill {

class TlsSession
{
public:
    enum class Status {
        Done,   // the operation completed
        WantIo, // needs more bytes from the peer (and/or has bytes to send: check takeOutgoing())
        Closed, // the peer sent close_notify
        Failed, // see errorReason()
    };

    TlsSession(void* sslContext, const QString& host, bool verifyPeer);
    ~TlsSession();
    TlsSession(const TlsSession&) = delete;
    TlsSession& operator=(const TlsSession&) = delete;

    Status handshake();
    bool isHandshakeDone() const { return m_handshakeDone; }
    void feed(const char* data, qsizetype size);
    void feedEof();
    QByteArray takeOutgoing();
    Status write(const QByteArray& plain);
    // Appends all plaintext that can be decrypted from what was fed so far.
    Status read(QByteArray* plain);
    // Why the last operation failed, e.g. "certificate verify failed: unable to get local issuer
    // certificate".
    QString errorReason() const { return m_reason; }
    // The last failure was the peer closing the TCP stream without a TLS alert (it never said why).
    bool failedOnEof() const { return m_failedOnEof; }

private:
    Status fail(int result, bool duringHandshake);

    void* m_ssl = nullptr; // SSL*
    void* m_in = nullptr;  // BIO* (owned by m_ssl)
    bool m_handshakeDone = false;
    bool m_failedOnEof = false;
    QString m_reason;
};

} // namespace etcddrill
