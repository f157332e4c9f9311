#include "FakeApiserver.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>

namespace etcddrill {

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray statusBody(int code, const QString& reason, const QString& message)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("kind"), QStringLiteral("Status")},
                                     {QStringLiteral("apiVersion"), QStringLiteral("v1")},
                                     {QStringLiteral("status"), QStringLiteral("Failure")},
                                     {QStringLiteral("reason"), reason},
                                     {QStringLiteral("message"), message},
                                     {QStringLiteral("code"), code}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

FakeApiserver::FakeApiserver(QObject* parent) : QTcpServer(parent)
{
    m_handler = [](const Request&) { return Answer{200, "ok", {}, false}; };
}

FakeApiserver::~FakeApiserver()
{
    close();
}

bool FakeApiserver::useTls(const QString& certFile, const QString& keyFile)
{
    const QList<QSslCertificate> chain = QSslCertificate::fromData(readAll(certFile), QSsl::Pem);
    const QSslKey key(readAll(keyFile), QSsl::Ec, QSsl::Pem);
    if (chain.isEmpty() || key.isNull())
        return false;
    m_tlsConfig = QSslConfiguration::defaultConfiguration();
    m_tlsConfig.setLocalCertificateChain(chain);
    m_tlsConfig.setPrivateKey(key);
    m_tlsConfig.setPeerVerifyMode(QSslSocket::VerifyNone);
    m_tls = true;
    return true;
}

FakeApiserver::Answer FakeApiserver::store(const Request& request)
{
    if (request.method == "POST") {
        const QJsonObject object = QJsonDocument::fromJson(request.body).object();
        const QString name =
            object.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("name")).toString();
        const QByteArray path = request.path + '/' + name.toUtf8();
        if (objects.contains(path))
            return {409,
                    statusBody(409, QStringLiteral("AlreadyExists"), QStringLiteral("already exists")),
                    {},
                    false};
        objects.insert(path, request.body);
        return {201, request.body, {}, false};
    }
    if (!objects.contains(request.path))
        return {404, statusBody(404, QStringLiteral("NotFound"), QStringLiteral("not found")), {}, false};
    if (request.method == "GET")
        return {200, objects.value(request.path), {}, false};
    if (request.method == "DELETE")
        return {200, objects.take(request.path), {}, false};
    return {405, statusBody(405, QStringLiteral("MethodNotAllowed"), QStringLiteral("no")), {}, false};
}

void FakeApiserver::incomingConnection(qintptr descriptor)
{
    ++m_connections;
    QTcpSocket* socket = nullptr;
    if (m_tls) {
        auto* ssl = new QSslSocket(this);
        ssl->setSslConfiguration(m_tlsConfig);
        socket = ssl;
    } else {
        socket = new QTcpSocket(this);
    }
    if (!socket->setSocketDescriptor(descriptor)) {
        socket->deleteLater();
        return;
    }
    serve(socket);
    if (m_tls)
        static_cast<QSslSocket*>(socket)->startServerEncryption();
}

void FakeApiserver::serve(QTcpSocket* socket)
{
    auto buffer = std::make_shared<QByteArray>();
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    connect(socket, &QTcpSocket::errorOccurred, socket, [socket] { socket->deleteLater(); });
    connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
        buffer->append(socket->readAll());
        const qsizetype end = buffer->indexOf("\r\n\r\n");
        if (end < 0)
            return;
        Request request;
        const QList<QByteArray> lines = buffer->left(end).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        request.method = requestLine.value(0);
        request.path = requestLine.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0)
                request.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                       lines.at(i).mid(colon + 1).trimmed());
        }
        const qsizetype length = request.headers.value("content-length").toLongLong();
        if (buffer->size() < end + 4 + length)
            return; // the body is still coming
        request.body = buffer->mid(end + 4, length);
        buffer->clear();
        m_requests.append(request);
        const Answer answer = m_handler(request);
        if (answer.hang)
            return;
        QByteArray response =
            "HTTP/1.1 " + QByteArray::number(answer.status) + " Whatever\r\n" +
            "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(answer.body.size()) +
            "\r\n";
        if (!answer.node.isEmpty())
            response += "X-Etcd-Drill-Node: " + answer.node + "\r\n";
        response += "Connection: close\r\n\r\n" + answer.body;
        socket->write(response);
        socket->disconnectFromHost();
    });
}

} // namespace etcddrill
