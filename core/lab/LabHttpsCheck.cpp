#include "LabHttpsCheck.h"

#include <QDeadlineTimer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QStringList>

namespace etcddrill {

LabHttpsCheck::Result LabHttpsCheck::get(const QString& address, int port, const QString& hostName,
                                         const QString& path, const QString& caFile,
                                         std::chrono::milliseconds timeout)
{
    Result result;
    const QDeadlineTimer deadline(timeout);
    const QList<QSslCertificate> ca = QSslCertificate::fromPath(caFile, QSsl::Pem);
    if (ca.isEmpty()) {
        result.error = QStringLiteral("no CA certificate in %1").arg(caFile);
        return result;
    }
    QSslSocket socket;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(ca);
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    socket.setSslConfiguration(tls);
    socket.setPeerVerifyName(hostName);
    socket.connectToHostEncrypted(address, quint16(port), hostName);
    if (!socket.waitForEncrypted(int(deadline.remainingTime()))) {
        QStringList reasons;
        for (const QSslError& error : socket.sslHandshakeErrors())
            reasons << error.errorString();
        result.error = reasons.isEmpty() ? socket.errorString() : reasons.join(QStringLiteral("; "));
        return result;
    }
    socket.write(QStringLiteral("GET %1 HTTP/1.1\r\nHost: %2\r\nConnection: close\r\n\r\n")
                     .arg(path, hostName)
                     .toUtf8());
    QByteArray response;
    // The server closes after answering (Connection: close); a complete Content-Length also ends the wait.
    while (deadline.remainingTime() != 0) {
        if (!socket.waitForReadyRead(int(deadline.remainingTime())))
            break;
        response += socket.readAll();
        const qsizetype headerEnd = response.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            continue;
        const QList<QByteArray> lines = response.left(headerEnd).split('\n');
        qsizetype length = -1;
        for (const QByteArray& line : lines) {
            const QByteArray trimmed = line.trimmed();
            if (trimmed.toLower().startsWith("content-length:"))
                length = trimmed.mid(15).trimmed().toLongLong();
        }
        if (length >= 0 && response.size() - headerEnd - 4 >= length)
            break;
    }
    response += socket.readAll();
    const qsizetype headerEnd = response.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        result.error = deadline.hasExpired()
                           ? QStringLiteral("no answer within %1 ms").arg(timeout.count())
                           : QStringLiteral("incomplete answer: %1").arg(socket.errorString());
        return result;
    }
    const QList<QByteArray> lines = response.left(headerEnd).split('\n');
    const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
    result.status = statusLine.size() >= 2 ? statusLine.at(1).toInt() : 0;
    for (const QByteArray& line : lines.mid(1)) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare("x-etcd-drill-node", Qt::CaseInsensitive) == 0)
            result.backend = QString::fromUtf8(line.mid(colon + 1).trimmed());
    }
    result.body = response.mid(headerEnd + 4);
    if (result.status == 0)
        result.error = QStringLiteral("not an HTTP answer");
    return result;
}

} // namespace etcddrill
