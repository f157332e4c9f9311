#include "ProbeConnection.h"

#include "ProbeEndpoint.h"
#include "TlsClientContext.h"
#include "TlsSession.h"

#include <QMetaObject>
#include <QSocketNotifier>
#include <cerrno>
#include <cstring>

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

namespace etcddrill {

namespace {

// Enough for any /readyz answer in one go; larger bodies just take several rounds.
constexpr size_t readChunk = 64 * 1024;

} // namespace

ProbeConnection::ProbeConnection(std::shared_ptr<const ProbeEndpoint> endpoint, QObject* parent)
    : QObject(parent), m_endpoint(std::move(endpoint))
{
}

ProbeConnection::~ProbeConnection()
{
    close();
}

void ProbeConnection::close()
{
    if (m_state != State::Failed)
        m_state = State::Closed;
    // Notifiers must go before their descriptor is closed (and possibly reused by another connection).
    delete m_readNotifier;
    m_readNotifier = nullptr;
    delete m_writeNotifier;
    m_writeNotifier = nullptr;
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
}

void ProbeConnection::open(const QHostAddress& address)
{
    m_state = State::Connecting;
    sockaddr_storage storage{};
    socklen_t length = 0;
    const quint16 port = m_endpoint->port();
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        auto* in4 = reinterpret_cast<sockaddr_in*>(&storage);
        in4->sin_family = AF_INET;
        in4->sin_port = htons(port);
        in4->sin_addr.s_addr = htonl(address.toIPv4Address());
        length = sizeof(sockaddr_in);
    } else {
        auto* in6 = reinterpret_cast<sockaddr_in6*>(&storage);
        in6->sin6_family = AF_INET6;
        in6->sin6_port = htons(port);
        const Q_IPV6ADDR bytes = address.toIPv6Address();
        std::memcpy(&in6->sin6_addr, &bytes, sizeof bytes);
        in6->sin6_scope_id = address.scopeId().toUInt();
        length = sizeof(sockaddr_in6);
    }

    m_fd = ::socket(storage.ss_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (m_fd < 0) {
        const int error = errno;
        QMetaObject::invokeMethod(
            this, [this, error] { failWithErrno(error); }, Qt::QueuedConnection);
        return;
    }
    // A probe's request is one small write: Nagle would only add latency to what we measure.
    const int one = 1;
    ::setsockopt(m_fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);

    m_readNotifier = new QSocketNotifier(qintptr(m_fd), QSocketNotifier::Read, this);
    m_readNotifier->setEnabled(false);
    connect(m_readNotifier, &QSocketNotifier::activated, this, &ProbeConnection::onReadable);
    m_writeNotifier = new QSocketNotifier(qintptr(m_fd), QSocketNotifier::Write, this);
    m_writeNotifier->setEnabled(false);
    connect(m_writeNotifier, &QSocketNotifier::activated, this, &ProbeConnection::onWritable);

    int rc;
    do {
        rc = ::connect(m_fd, reinterpret_cast<const sockaddr*>(&storage), length);
    } while (rc < 0 && errno == EINTR);
    if (rc == 0) {
        QMetaObject::invokeMethod(
            this, [this] { connectFinished(0); }, Qt::QueuedConnection);
    } else if (errno == EINPROGRESS) {
        m_writeNotifier->setEnabled(true);
    } else {
        const int error = errno;
        QMetaObject::invokeMethod(
            this, [this, error] { connectFinished(error); }, Qt::QueuedConnection);
    }
}

void ProbeConnection::connectFinished(int error)
{
    if (m_state != State::Connecting)
        return;
    if (error != 0) {
        failWithErrno(error);
        return;
    }
    m_writeNotifier->setEnabled(false);
    m_readNotifier->setEnabled(true);
    emit tcpConnected();
    if (isOver())
        return;
    if (m_endpoint->usesTls()) {
        m_state = State::Handshaking;
        m_tls = m_endpoint->tls()->createSession(m_endpoint->host());
        driveHandshake();
    } else {
        m_state = State::Ready;
        emit ready();
    }
}

void ProbeConnection::onWritable()
{
    if (m_state == State::Connecting) {
        int error = 0;
        socklen_t length = sizeof error;
        if (::getsockopt(m_fd, SOL_SOCKET, SO_ERROR, &error, &length) < 0)
            error = errno;
        connectFinished(error);
        return;
    }
    flushOutgoing();
}

void ProbeConnection::driveHandshake()
{
    const TlsSession::Status status = m_tls->handshake();
    flushTls();
    if (isOver())
        return;
    switch (status) {
    case TlsSession::Status::Done:
        m_state = State::Ready;
        emit ready();
        return;
    case TlsSession::Status::WantIo:
        return;
    case TlsSession::Status::Closed:
    case TlsSession::Status::Failed:
        if (m_tls->failedOnEof())
            fail(ProbeSample::Outcome::Reset, QStringLiteral("connection closed by the server during the TLS "
                                                             "handshake"));
        else
            fail(ProbeSample::Outcome::TlsError, m_tls->errorReason());
        return;
    }
}

void ProbeConnection::onReadable()
{
    if (isOver())
        return;
    bool eof = false;
    char buffer[readChunk];
    for (;;) {
        const ssize_t n = ::recv(m_fd, buffer, sizeof buffer, 0);
        if (n > 0) {
            if (m_tls)
                m_tls->feed(buffer, n);
            else
                m_received.append(buffer, n);
            if (size_t(n) < sizeof buffer)
                break;
            continue;
        }
        if (n == 0) {
            eof = true;
            break;
        }
        if (errno == EINTR)
            continue;
        if (errno == EAGAIN || errno == EWOULDBLOCK)
            break;
        failWithErrno(errno);
        return;
    }
    if (eof)
        m_readNotifier->setEnabled(false);

    if (m_tls) {
        if (eof)
            m_tls->feedEof();
        if (m_state == State::Handshaking) {
            driveHandshake();
            if (m_state != State::Ready)
                return;
        }
        const qsizetype before = m_received.size();
        const TlsSession::Status status = m_tls->read(&m_received);
        flushTls();
        if (isOver())
            return;
        const bool closed = status == TlsSession::Status::Closed ||
                            (status == TlsSession::Status::Failed && eof && m_tls->failedOnEof());
        if (status == TlsSession::Status::Failed && !closed) {
            fail(ProbeSample::Outcome::TlsError, m_tls->errorReason());
            return;
        }
        if (m_received.size() > before)
            emit received();
        if (isOver())
            return;
        if (closed || eof) {
            m_state = State::Closed;
            close();
            emit peerClosed();
        }
        return;
    }

    if (!m_received.isEmpty())
        emit received();
    if (isOver())
        return;
    if (eof) {
        close();
        emit peerClosed();
    }
}

void ProbeConnection::send(const QByteArray& plain)
{
    if (m_state != State::Ready)
        return;
    if (m_tls) {
        if (m_tls->write(plain) == TlsSession::Status::Failed) {
            fail(ProbeSample::Outcome::TlsError, m_tls->errorReason());
            return;
        }
        flushTls();
        return;
    }
    m_outgoing.append(plain);
    flushOutgoing();
}

QByteArray ProbeConnection::takeReceived()
{
    return std::exchange(m_received, QByteArray());
}

void ProbeConnection::flushTls()
{
    if (!m_tls || isOver())
        return;
    m_outgoing.append(m_tls->takeOutgoing());
    flushOutgoing();
}

void ProbeConnection::flushOutgoing()
{
    while (!m_outgoing.isEmpty() && m_fd >= 0) {
        // MSG_NOSIGNAL: a peer that went away must give EPIPE here, not SIGPIPE for the whole process.
        const ssize_t n = ::send(m_fd, m_outgoing.constData(), size_t(m_outgoing.size()), MSG_NOSIGNAL);
        if (n >= 0) {
            m_outgoing.remove(0, n);
            continue;
        }
        if (errno == EINTR)
            continue;
        if (errno == EAGAIN || errno == EWOULDBLOCK) {
            m_writeNotifier->setEnabled(true);
            return;
        }
        failWithErrno(errno);
        return;
    }
    if (m_writeNotifier && m_state != State::Connecting)
        m_writeNotifier->setEnabled(false);
}

void ProbeConnection::failWithErrno(int error)
{
    switch (error) {
    case ECONNREFUSED:
        fail(ProbeSample::Outcome::ConnectionRefused, QStringLiteral("connection refused"));
        return;
    case ECONNRESET:
    case ECONNABORTED:
    case EPIPE:
        fail(ProbeSample::Outcome::Reset, QStringLiteral("connection reset by the server"));
        return;
    default:
        fail(ProbeSample::Outcome::Other, QString::fromLocal8Bit(std::strerror(error)));
        return;
    }
}

void ProbeConnection::fail(ProbeSample::Outcome outcome, const QString& detail)
{
    if (isOver())
        return;
    close();
    m_state = State::Failed;
    emit failed(outcome, detail);
}

} // namespace etcddrill
