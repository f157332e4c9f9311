#include "TestProcess.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>

namespace etcddrill::test {

ProcessResult TestProcess::run(const QString& program, const QStringList& arguments, int timeoutMs)
{
    QProcess process;
    process.start(program, arguments);
    ProcessResult result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(2000);
        result.err = QStringLiteral("timed out or failed to start: %1 %2").arg(program, arguments.join(u' '));
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

ProcessResult TestProcess::cli(const QStringList& arguments, int timeoutMs)
{
    return run(QStringLiteral(ETCD_DRILL_CLI), arguments, timeoutMs);
}

bool TestProcess::isAlive(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray text = stat.readAll();
    const qsizetype close = text.lastIndexOf(')');
    return close > 0 && close + 2 < text.size() && text.at(close + 2) != 'Z';
}

QList<qint64> TestProcess::processesMentioning(const QString& text)
{
    QList<qint64> result;
    const QByteArray needle = QFile::encodeName(text);
    for (const QString& entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        bool ok = false;
        const qint64 pid = entry.toLongLong(&ok);
        if (!ok || pid == QCoreApplication::applicationPid())
            continue;
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (cmdline.open(QIODevice::ReadOnly) && cmdline.readAll().contains(needle) && isAlive(pid))
            result.append(pid);
    }
    return result;
}

} // namespace etcddrill::test
