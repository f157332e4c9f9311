// The TLS client settings of one probe target, loaded once: trusted CAs, client certificate and key, whether
// to verify the server. Hands out TlsSessions for new connections. Immutable after create(), so the probes of
// a target share it; created on the caller's thread, used on the scheduler's worker thread.
// OpenSSL stays behind this class (and TlsSession): no OpenSSL type appears in this header.
#pragma once

#include "ProbeCredentials.h"

#include <QString>
#include <memory>

namespace etcddrill {

class TlsSession;

class TlsClientContext
{
public:
    // Reads the credentials' files. On failure returns null and a message naming the file (or the inline
    // -data field) and what to fix; never the content of a key or token. `owner` names the target or
    // kubeconfig in messages.
    static std::unique_ptr<TlsClientContext> create(const ProbeCredentials& credentials, const QString& owner,
                                                    QString* error);
    ~TlsClientContext();
    TlsClientContext(const TlsClientContext&) = delete;
    TlsClientContext& operator=(const TlsClientContext&) = delete;

    // A client session that verifies `host` (a DNS name or an IP literal) unless verification is off.
    std::unique_ptr<TlsSession> createSession(const QString& host) const;
    bool verifiesPeer() const { return m_verify; }

private:
    TlsClientContext(void* ctx, bool verify);

    void* m_ctx; // SSL_CTX*
    bool m_verify;
};

} // namespace etcddrill
