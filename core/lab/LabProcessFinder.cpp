#include "LabProcessFinder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace etcddrill {

QStringList LabProcessFinder::commandLine(qint64 pid)
{
    if (pid <= 0 || !isAlive(pid))
        return {};
    QFile file(QStringLiteral("/proc/%1/cmdline").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray data = file.readAll();
    if (data.endsWith('\0'))
        data.chop(1);
    if (data.isEmpty())
        return {};
    QStringList result;
    for (const QByteArray& part : data.split('\0'))
        result << QFile::decodeName(part);
    return result;
}

bool LabProcessFinder::isAlive(qint64 pid)
{
    if (pid <= 0)
        return false;
    QFile file(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    // "pid (comm) S …": comm may contain spaces and parentheses, the state follows the last ')'.
    const QByteArray stat = file.readAll();
    const qsizetype close = stat.lastIndexOf(')');
    if (close < 0 || close + 2 >= stat.size())
        return false;
    const char state = stat.at(close + 2);
    return state != 'Z' && state != 'X' && state != 'x';
}

bool LabProcessFinder::isSupervisorOf(const QStringList& argv, const QString& labDir)
{
    const qsizetype lab = argv.indexOf(QStringLiteral("lab"));
    if (lab < 0 || lab + 1 >= argv.size() || argv.at(lab + 1) != QLatin1String("supervise"))
        return false;
    const qsizetype dirFlag = argv.indexOf(QStringLiteral("--dir"));
    if (dirFlag >= 0 && dirFlag + 1 < argv.size())
        return argv.at(dirFlag + 1) == labDir;
    return argv.contains(QStringLiteral("--dir=") + labDir);
}

bool LabProcessFinder::isEtcdOf(const QStringList& argv, const LabLayout& layout)
{
    if (argv.isEmpty() || QFileInfo(argv.first()).fileName() != QLatin1String("etcd"))
        return false;
    for (int i = 0; i < layout.members; ++i) {
        if (argv.contains(QStringLiteral("--data-dir=") + layout.dataDir(i)))
            return true;
    }
    return false;
}

bool LabProcessFinder::isPodOf(const QStringList& argv, const LabLayout& layout, const QString& kind)
{
    if (argv.isEmpty())
        return false;
    if (kind == QLatin1String("etcd"))
        return isEtcdOf(argv, layout);
    const QString program = QFileInfo(argv.first()).fileName();
    if (kind == QLatin1String("apiserver"))
        return program == QLatin1String("etcd-drill-lab-apiserver") &&
               argv.contains(QStringLiteral("--state-file=") + layout.stateFile());
    if (kind == QLatin1String("haproxy"))
        return program == QLatin1String("haproxy") && argv.contains(layout.haproxyConfigFile());
    if (kind == QLatin1String("nginx")) {
        // An nginx with a master process rewrites its title into one string ("nginx: master process
        // /usr/sbin/nginx -p … -c …"); the lab runs it without one, but a leftover may be either.
        const bool isNginx =
            program == QLatin1String("nginx") || argv.first().startsWith(QLatin1String("nginx:"));
        return isNginx && argv.join(QLatin1Char(' ')).contains(layout.nginxConfigFile());
    }
    return false;
}

bool LabProcessFinder::isPodOf(qint64 pid, const LabLayout& layout, const QString& kind)
{
    return isPodOf(commandLine(pid), layout, kind);
}

bool LabProcessFinder::isAnyPodOf(const QStringList& argv, const LabLayout& layout)
{
    for (const QString& kind : {QStringLiteral("etcd"), QStringLiteral("apiserver"),
                                QStringLiteral("haproxy"), QStringLiteral("nginx")}) {
        if (isPodOf(argv, layout, kind))
            return true;
    }
    return false;
}

bool LabProcessFinder::isSupervisorOf(qint64 pid, const QString& labDir)
{
    return isSupervisorOf(commandLine(pid), labDir);
}

bool LabProcessFinder::isEtcdOf(qint64 pid, const LabLayout& layout)
{
    return isEtcdOf(commandLine(pid), layout);
}

QList<qint64> LabProcessFinder::find(const std::function<bool(const QStringList&)>& matches)
{
    QList<qint64> result;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& entry : entries) {
        bool isNumber = false;
        const qint64 pid = entry.toLongLong(&isNumber);
        if (!isNumber)
            continue;
        const QStringList argv = commandLine(pid);
        if (!argv.isEmpty() && matches(argv))
            result.append(pid);
    }
    return result;
}

QList<qint64> LabProcessFinder::findSupervisors(const QString& labDir)
{
    return find([&labDir](const QStringList& argv) { return isSupervisorOf(argv, labDir); });
}

QList<qint64> LabProcessFinder::findEtcdMembers(const LabLayout& layout)
{
    return find([&layout](const QStringList& argv) { return isEtcdOf(argv, layout); });
}

QList<qint64> LabProcessFinder::findPods(const LabLayout& layout)
{
    return find([&layout](const QStringList& argv) { return isAnyPodOf(argv, layout); });
}

qint64 LabProcessFinder::readPidFile(const QString& file)
{
    QFile input(file);
    if (!input.open(QIODevice::ReadOnly))
        return 0;
    bool ok = false;
    const qint64 pid = input.readAll().trimmed().toLongLong(&ok);
    return ok && pid > 0 ? pid : 0;
}

bool LabProcessFinder::writePidFile(const QString& file, qint64 pid, QString* error)
{
    QSaveFile output(file);
    const QByteArray data = QByteArray::number(pid) + '\n';
    if (!output.open(QIODevice::WriteOnly) || output.write(data) != data.size() || !output.commit()) {
        if (error)
            *error = QStringLiteral("cannot write %1: %2").arg(file, output.errorString());
        return false;
    }
    return true;
}

} // namespace etcddrill
