#include "HttpResponseParser.h"

namespace etcddrill {

namespace {

// An apiserver's /readyz headers are a few hundred bytes; anything this large is not a response we
// understand.
constexpr qsizetype maxHeaderBytes = 64 * 1024;
constexpr qsizetype maxChunkLineBytes = 1024;

bool hasToken(const QByteArray& value, QByteArrayView token)
{
    for (const QByteArray& part : value.split(',')) {
        if (part.trimmed().compare(token, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

HttpResponseParser::State HttpResponseParser::feed(QByteArrayView data)
{
    if (m_state != State::Incomplete)
        return m_state;
    m_buffer.append(data);
    if (m_phase == Phase::Headers) {
        const State headers = parseHeaders();
        if (headers != State::Complete)
            return headers;
    }
    return parseBody();
}

HttpResponseParser::State HttpResponseParser::finishOnEof()
{
    if (m_state != State::Incomplete)
        return m_state;
    if (m_phase == Phase::UntilClose) {
        m_phase = Phase::Done;
        return m_state = State::Complete;
    }
    return malformed(headersDone()
                         ? QStringLiteral("the connection closed in the middle of the response body")
                         : QStringLiteral("the connection closed before a complete response"));
}

QByteArray HttpResponseParser::header(QByteArrayView name) const
{
    for (const auto& [key, value] : m_headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool HttpResponseParser::keepAlive() const
{
    if (m_state != State::Complete || m_endsWithClose || !m_buffer.isEmpty())
        return false;
    const QByteArray connection = header("connection");
    if (m_minorVersion == 0)
        return hasToken(connection, "keep-alive");
    return !hasToken(connection, "close");
}

HttpResponseParser::State HttpResponseParser::malformed(const QString& why)
{
    m_error = why;
    return m_state = State::Malformed;
}

// Moves the first `bytes` of the buffer into the body (when it is kept); false once the body is too large.
bool HttpResponseParser::takeBody(qsizetype bytes)
{
    if (m_bodyLimit >= 0) {
        if (m_body.size() + bytes > m_bodyLimit)
            return false;
        m_body.append(m_buffer.constData(), bytes);
    }
    m_buffer.remove(0, bytes);
    m_bodyBytes += bytes;
    return true;
}

HttpResponseParser::State HttpResponseParser::parseHeaders()
{
    for (;;) {
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0) {
            if (m_buffer.size() > maxHeaderBytes)
                return malformed(QStringLiteral("response headers larger than 64 KiB"));
            if (!QByteArrayView("HTTP/").startsWith(
                    QByteArrayView(m_buffer).first(std::min<qsizetype>(m_buffer.size(), 5))))
                return malformed(QStringLiteral("the server did not answer with HTTP"));
            return State::Incomplete;
        }
        const QList<QByteArray> lines = m_buffer.left(end).split('\n');
        m_buffer.remove(0, end + 4);

        const QByteArray statusLine = lines.first().trimmed();
        // "HTTP/1.1 200 OK": version, a space, three digits.
        if (statusLine.size() < 12 || !statusLine.startsWith("HTTP/1.") || statusLine.at(8) != ' ')
            return malformed(QStringLiteral("malformed status line"));
        m_minorVersion = statusLine.at(7) - '0';
        bool ok = false;
        m_status = statusLine.mid(9, 3).toInt(&ok);
        if (!ok || m_status < 100 || m_status > 999)
            return malformed(QStringLiteral("malformed status line"));

        m_headers.clear();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray& line = lines.at(i);
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                return malformed(QStringLiteral("malformed header line"));
            m_headers.append({line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
        }
        // An interim response (100 Continue, 103 Early Hints) precedes the real one.
        if (m_status >= 100 && m_status < 200 && m_status != 101)
            continue;
        break;
    }

    if (m_status < 200 || m_status == 204 || m_status == 304) {
        m_phase = Phase::Done;
    } else if (hasToken(header("transfer-encoding"), "chunked")) {
        m_phase = Phase::ChunkSize;
    } else if (const QByteArray length = header("content-length"); !length.isEmpty()) {
        bool ok = false;
        m_remaining = length.toLongLong(&ok);
        if (!ok || m_remaining < 0)
            return malformed(QStringLiteral("malformed Content-Length"));
        m_phase = Phase::FixedBody;
    } else {
        m_phase = Phase::UntilClose;
        m_endsWithClose = true;
    }
    return State::Complete;
}

HttpResponseParser::State HttpResponseParser::parseBody()
{
    for (;;) {
        switch (m_phase) {
        case Phase::Headers:
            return State::Incomplete;
        case Phase::FixedBody:
        case Phase::ChunkData: {
            const qint64 take = std::min<qint64>(m_remaining, m_buffer.size());
            if (!takeBody(qsizetype(take)))
                return malformed(QStringLiteral("response body larger than %1 bytes").arg(m_bodyLimit));
            m_remaining -= take;
            if (m_remaining > 0)
                return State::Incomplete;
            m_phase = m_phase == Phase::FixedBody ? Phase::Done : Phase::ChunkDataEnd;
            break;
        }
        case Phase::ChunkSize: {
            const qsizetype end = m_buffer.indexOf("\r\n");
            if (end < 0)
                return m_buffer.size() > maxChunkLineBytes ? malformed(QStringLiteral("malformed chunk size"))
                                                           : State::Incomplete;
            QByteArray line = m_buffer.left(end);
            m_buffer.remove(0, end + 2);
            if (const qsizetype semicolon = line.indexOf(';'); semicolon >= 0)
                line.truncate(semicolon);
            bool ok = false;
            m_remaining = line.trimmed().toLongLong(&ok, 16);
            if (!ok || m_remaining < 0)
                return malformed(QStringLiteral("malformed chunk size"));
            m_phase = m_remaining == 0 ? Phase::Trailers : Phase::ChunkData;
            break;
        }
        case Phase::ChunkDataEnd:
            if (m_buffer.size() < 2)
                return State::Incomplete;
            if (!m_buffer.startsWith("\r\n"))
                return malformed(QStringLiteral("malformed chunk end"));
            m_buffer.remove(0, 2);
            m_phase = Phase::ChunkSize;
            break;
        case Phase::Trailers: {
            const qsizetype end = m_buffer.indexOf("\r\n");
            if (end < 0)
                return m_buffer.size() > maxHeaderBytes ? malformed(QStringLiteral("malformed trailers"))
                                                        : State::Incomplete;
            m_buffer.remove(0, end + 2);
            if (end == 0)
                m_phase = Phase::Done;
            break;
        }
        case Phase::UntilClose:
            if (!takeBody(m_buffer.size()))
                return malformed(QStringLiteral("response body larger than %1 bytes").arg(m_bodyLimit));
            return State::Incomplete;
        case Phase::Done:
            return m_state = State::Complete;
        }
    }
}

} // namespace etcddrill
