#include "ProbeTestServer.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>

#include <sys/socket.h>
#include <unistd.h>

namespace etcddrill {

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

ProbeTestServer::ProbeTestServer(QObject* parent) : QTcpServer(parent) {}

ProbeTestServer::~ProbeTestServer()
{
    close();
    for (qintptr descriptor : std::as_const(m_hungDescriptors))
        ::close(int(descriptor));
}

bool ProbeTestServer::useTls(const QString& certFile, const QString& keyFile, const QString& caFile)
{
    const QList<QSslCertificate> chain = QSslCertificate::fromData(readAll(certFile), QSsl::Pem);
    const QSslKey key(readAll(keyFile), QSsl::Ec, QSsl::Pem);
    if (chain.isEmpty() || key.isNull())
        return false;
    m_tlsConfig = QSslConfiguration::defaultConfiguration();
    m_tlsConfig.setLocalCertificateChain(chain);
    m_tlsConfig.setPrivateKey(key);
    if (caFile.isEmpty()) {
        m_tlsConfig.setPeerVerifyMode(QSslSocket::VerifyNone);
    } else {
        m_tlsConfig.setCaCertificates(QSslCertificate::fromData(readAll(caFile), QSsl::Pem));
        m_tlsConfig.setPeerVerifyMode(QSslSocket::VerifyPeer);
    }
    m_tls = true;
    return true;
}

void ProbeTestServer::incomingConnection(qintptr descriptor)
{
    ++m_connections;
    switch (m_behaviour) {
    case Behaviour::Hang:
        // Kept open, never read: the client's handshake or request goes unanswered until it gives up.
        m_hungDescriptors.append(descriptor);
        return;
    case Behaviour::Reset: {
        // SO_LINGER with a zero timeout turns close() into an RST.
        const linger abort{1, 0};
        ::setsockopt(int(descriptor), SOL_SOCKET, SO_LINGER, &abort, sizeof abort);
        ::close(int(descriptor));
        return;
    }
    case Behaviour::Answer:
        break;
    }
    if (m_tls) {
        auto* socket = new QSslSocket(this);
        socket->setSslConfiguration(m_tlsConfig);
        if (!socket->setSocketDescriptor(descriptor)) {
            socket->deleteLater();
            return;
        }
        connect(socket, &QSslSocket::sslErrors, this,
                [this](const QList<QSslError>& errors) { m_lastTlsError = errors.value(0).errorString(); });
        connect(socket, &QSslSocket::encrypted, this, [this, socket] {
            const QSslCertificate peer = socket->peerCertificate();
            if (!peer.isNull())
                m_clientNames << peer.subjectInfo(QSslCertificate::CommonName).value(0);
        });
        serve(socket);
        socket->startServerEncryption();
        return;
    }
    auto* socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        socket->deleteLater();
        return;
    }
    serve(socket);
}

void ProbeTestServer::serve(QTcpSocket* socket)
{
    auto buffer = std::make_shared<QByteArray>();
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    connect(socket, &QTcpSocket::errorOccurred, socket, [socket] { socket->deleteLater(); });
    connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
        buffer->append(socket->readAll());
        for (qsizetype end = buffer->indexOf("\r\n\r\n"); end >= 0; end = buffer->indexOf("\r\n\r\n")) {
            const QByteArray head = buffer->left(end);
            buffer->remove(0, end + 4);
            m_requests.append(head);
            const bool close = head.toLower().contains("connection: close");
            const QByteArray body =
                m_status >= 200 && m_status < 300 ? "ok" : "[-]etcd failed: reason withheld";
            QByteArray response =
                "HTTP/1.1 " + QByteArray::number(m_status) + " Whatever\r\n" + "Content-Type: text/plain\r\n";
            if (!m_nodeName.isEmpty())
                response += "X-Etcd-Drill-Node: " + m_nodeName + "\r\n";
            if (close)
                response += "Connection: close\r\n";
            if (m_chunked)
                response += "Transfer-Encoding: chunked\r\n\r\n" + QByteArray::number(body.size(), 16) +
                            "\r\n" + body + "\r\n0\r\n\r\n";
            else
                response += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
            socket->write(response);
            if (close) {
                socket->disconnectFromHost();
                return;
            }
        }
    });
}

} // namespace etcddrill
