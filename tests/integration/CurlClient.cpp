#include "CurlClient.h"

#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTimer>

namespace etcddrill::test {

QString CurlAnswer::describe() const
{
    return QStringLiteral("curl exit %1, HTTP %2 from '%3': %4 %5")
        .arg(exitCode)
        .arg(status)
        .arg(node, QString::fromUtf8(body.left(300)), error);
}

CurlClient::CurlClient(QString caFile, const QByteArray& token) : m_caFile(std::move(caFile))
{
    if (token.isEmpty() || !m_dir.isValid())
        return;
    m_tokenHeaderFile = m_dir.filePath(QStringLiteral("authorization"));
    QFile file(m_tokenHeaderFile);
    if (file.open(QIODevice::WriteOnly)) {
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        file.write("Authorization: Bearer " + token + '\n');
    }
}

CurlAnswer CurlClient::request(const QString& method, const QString& url, const QByteArray& body,
                               bool withToken, const QStringList& extraArguments) const
{
    QStringList arguments = {QStringLiteral("-s"),
                             QStringLiteral("-S"),
                             QStringLiteral("-i"),
                             QStringLiteral("--max-time"),
                             QStringLiteral("5"),
                             QStringLiteral("--cacert"),
                             m_caFile,
                             QStringLiteral("-X"),
                             method};
    if (withToken && !m_tokenHeaderFile.isEmpty())
        arguments << QStringLiteral("-H") << QLatin1Char('@') + m_tokenHeaderFile;
    if (!body.isEmpty())
        arguments << QStringLiteral("-H") << QStringLiteral("Content-Type: application/json")
                  << QStringLiteral("--data-binary") << QStringLiteral("@-");
    arguments << extraArguments << url;

    QProcess curl;
    QEventLoop loop;
    QObject::connect(&curl, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&curl, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    curl.start(QStringLiteral("curl"), arguments);
    if (!body.isEmpty()) {
        curl.write(body);
        curl.closeWriteChannel();
    }
    if (curl.state() != QProcess::NotRunning)
        loop.exec();
    CurlAnswer answer;
    if (curl.state() != QProcess::NotRunning) {
        curl.kill();
        curl.waitForFinished(2000);
        answer.error = QStringLiteral("curl did not finish within 10 s");
        return answer;
    }
    answer.exitCode = curl.exitStatus() == QProcess::NormalExit ? curl.exitCode() : -1;
    answer.error = QString::fromUtf8(curl.readAllStandardError()).trimmed();
    const QByteArray output = curl.readAllStandardOutput();
    const qsizetype headerEnd = output.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return answer;
    const QList<QByteArray> lines = output.left(headerEnd).split('\n');
    const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
    answer.status = statusLine.size() >= 2 ? statusLine.at(1).toInt() : 0;
    for (const QByteArray& line : lines.mid(1)) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare("x-etcd-drill-node", Qt::CaseInsensitive) == 0)
            answer.node = QString::fromUtf8(line.mid(colon + 1).trimmed());
    }
    answer.body = output.mid(headerEnd + 4);
    return answer;
}

} // namespace etcddrill::test
