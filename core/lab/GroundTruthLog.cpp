#include "GroundTruthLog.h"

#include <QFile>
#include <QList>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace etcddrill {

GroundTruthLog::GroundTruthLog(const QString& file) : m_file(file) {}

bool GroundTruthLog::append(const GroundTruthEvent& event, QString* error) const
{
    const QByteArray line = event.toJsonLine() + '\n';
    const int fd =
        ::open(QFile::encodeName(m_file).constData(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0) {
        if (error)
            *error = QStringLiteral("cannot open %1: %2")
                         .arg(m_file, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    ssize_t written;
    do {
        written = ::write(fd, line.constData(), size_t(line.size()));
    } while (written < 0 && errno == EINTR);
    const int savedErrno = errno;
    ::close(fd);
    if (written != line.size()) {
        if (error)
            *error =
                QStringLiteral("cannot append to %1: %2")
                    .arg(m_file, QString::fromLocal8Bit(std::strerror(written < 0 ? savedErrno : ENOSPC)));
        return false;
    }
    return true;
}

QList<GroundTruthEvent> GroundTruthLog::readAll(const QString& file)
{
    QList<GroundTruthEvent> result;
    QFile input(file);
    if (!input.open(QIODevice::ReadOnly))
        return result;
    while (!input.atEnd()) {
        const QByteArray line = input.readLine().trimmed();
        if (line.isEmpty())
            continue;
        if (auto event = GroundTruthEvent::fromJsonLine(line))
            result.append(*event);
    }
    return result;
}

} // namespace etcddrill
