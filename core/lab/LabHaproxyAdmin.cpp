#include "LabHaproxyAdmin.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QList>
#include <QLocalSocket>

#include <sys/un.h>

namespace etcddrill {

bool LabHaproxyAdmin::isUsablePath(const QString& socketFile)
{
    return QFile::encodeName(socketFile).size() < qsizetype(sizeof(sockaddr_un::sun_path));
}

std::optional<QMap<QString, QString>> LabHaproxyAdmin::serverStatus(const QString& socketFile,
                                                                    const QString& backend,
                                                                    std::chrono::milliseconds timeout,
                                                                    QString* error)
{
    const QDeadlineTimer deadline(timeout);
    QLocalSocket socket;
    socket.connectToServer(socketFile);
    if (!socket.waitForConnected(int(deadline.remainingTime()))) {
        *error = QStringLiteral("cannot connect to %1: %2").arg(socketFile, socket.errorString());
        return std::nullopt;
    }
    // Non-interactive mode: haproxy answers one command and closes the connection.
    socket.write("show stat\n");
    QByteArray csv;
    while (socket.state() == QLocalSocket::ConnectedState && deadline.remainingTime() != 0) {
        if (socket.waitForReadyRead(int(deadline.remainingTime())))
            csv += socket.readAll();
        else if (socket.state() == QLocalSocket::ConnectedState && deadline.hasExpired())
            break;
    }
    csv += socket.readAll();
    const QList<QByteArray> lines = csv.split('\n');
    if (lines.isEmpty() || !lines.first().startsWith("# ")) {
        *error = QStringLiteral("%1 gave no statistics").arg(socketFile);
        return std::nullopt;
    }
    // The header names the columns ("# pxname,svname,…,status,…"): find them instead of counting.
    const QList<QByteArray> header = lines.first().mid(2).split(',');
    const qsizetype proxyColumn = header.indexOf("pxname");
    const qsizetype serverColumn = header.indexOf("svname");
    const qsizetype statusColumn = header.indexOf("status");
    if (proxyColumn < 0 || serverColumn < 0 || statusColumn < 0) {
        *error = QStringLiteral("%1: unexpected statistics header").arg(socketFile);
        return std::nullopt;
    }
    QMap<QString, QString> result;
    for (const QByteArray& line : lines.mid(1)) {
        const QList<QByteArray> fields = line.split(',');
        if (fields.size() <= statusColumn || fields.at(proxyColumn) != backend.toUtf8())
            continue;
        const QString server = QString::fromUtf8(fields.at(serverColumn));
        if (server != QLatin1String("BACKEND"))
            result.insert(server, QString::fromUtf8(fields.at(statusColumn)));
    }
    return result;
}

} // namespace etcddrill
