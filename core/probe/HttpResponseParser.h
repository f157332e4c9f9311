// Reads one HTTP/1.x response from the bytes of a connection, as far as a probe needs it: status, headers,
// and where the body ends (Content-Length, chunked, or connection close) so a kept-alive connection can be
// reused. The body is counted, not kept, unless keepBody() asks for it (the Kubernetes checks read JSON).
// A plain class used by HttpProbe on the scheduler's worker thread and by ApiCall on its client's thread.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <utility>

namespace etcddrill {

class HttpResponseParser
{
public:
    enum class State { Incomplete, Complete, Malformed };

    // Keep the body, up to maxBytes: a longer body makes the response Malformed. Call before feed().
    void keepBody(qsizetype maxBytes) { m_bodyLimit = maxBytes; }
    State feed(QByteArrayView data);
    // The connection ended: a body delimited by the close is complete now; anything else is cut short.
    State finishOnEof();
    State state() const { return m_state; }

    bool headersDone() const { return m_phase != Phase::Headers; }
    int status() const { return m_status; }
    // The first header of that name (case-insensitive), trimmed; empty when absent.
    QByteArray header(QByteArrayView name) const;
    // Whether the connection may carry another request after this response.
    bool keepAlive() const;
    QString error() const { return m_error; }
    qint64 bodyBytes() const { return m_bodyBytes; }
    const QByteArray& body() const { return m_body; } // empty unless keepBody() was called

private:
    enum class Phase { Headers, FixedBody, ChunkSize, ChunkData, ChunkDataEnd, Trailers, UntilClose, Done };

    State parseHeaders();
    State parseBody();
    State malformed(const QString& why);
    bool takeBody(qsizetype bytes);

    Phase m_phase = Phase::Headers;
    State m_state = State::Incomplete;
    QByteArray m_buffer;
    int m_status = 0;
    int m_minorVersion = 1;
    QList<std::pair<QByteArray, QByteArray>> m_headers; // names lower-cased
    qint64 m_remaining = 0;
    qint64 m_bodyBytes = 0;
    qsizetype m_bodyLimit = -1; // < 0: the body is not kept
    QByteArray m_body;
    bool m_endsWithClose = false; // the body is delimited by the connection's end: no reuse
    QString m_error;
};

} // namespace etcddrill
