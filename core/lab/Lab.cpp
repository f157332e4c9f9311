#include "Lab.h"

#include "ConfigWriter.h"
#include "LabPki.h"
#include "LabProcessFinder.h"
#include "LabReadiness.h"
#include "LabState.h"
#include "StaticPodManifest.h"
#include "StaticPodRunner.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QThread>

#include <arpa/inet.h>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace etcddrill {

namespace {

using namespace std::chrono_literals;

// After SIGTERM the supervisor gives every member the runner's grace period before SIGKILL, then writes its
// final state: wait that long plus a margin for a loaded machine before killing it ourselves.
constexpr std::chrono::milliseconds kSupervisorStopWait = StaticPodRunner::kGracePeriod + 3000ms;
// SIGKILL is not deferrable; this only covers the kernel tearing down a big process and init reaping it.
constexpr std::chrono::milliseconds kKillWait = 3000ms;
// Between two health rounds while `lab up` waits: short, members usually elect within a second.
constexpr std::chrono::milliseconds kReadyPollInterval = 250ms;
constexpr int kLogTailLines = 15;

void say(const Lab::Progress& progress, const QString& line)
{
    if (progress)
        progress(line);
}

LabResult failure(const QString& message)
{
    return LabResult{false, message};
}

bool waitUntilGone(const QList<qint64>& pids, std::chrono::milliseconds timeout)
{
    QElapsedTimer timer;
    timer.start();
    while (true) {
        bool anyAlive = false;
        for (qint64 pid : pids)
            anyAlive = anyAlive || LabProcessFinder::isAlive(pid);
        if (!anyAlive)
            return true;
        if (timer.elapsed() >= timeout.count())
            return false;
        QThread::msleep(50);
    }
}

void appendUnique(QList<qint64>& list, const QList<qint64>& more)
{
    for (qint64 pid : more) {
        if (pid > 0 && !list.contains(pid))
            list.append(pid);
    }
}

// The pid file first (cheap), then a /proc scan that also finds a supervisor whose pid file was lost.
QList<qint64> supervisorsOf(const QString& dir)
{
    LabLayout layout;
    layout.dir = dir;
    QList<qint64> result;
    const qint64 recorded = LabProcessFinder::readPidFile(layout.supervisorPidFile());
    if (LabProcessFinder::isSupervisorOf(recorded, dir))
        result.append(recorded);
    appendUnique(result, LabProcessFinder::findSupervisors(dir));
    return result;
}

QList<qint64> etcdMembersOf(const LabLayout& layout)
{
    QList<qint64> result;
    for (int i = 0; i < layout.members; ++i) {
        const qint64 recorded = LabProcessFinder::readPidFile(layout.pidFile(i));
        if (LabProcessFinder::isEtcdOf(recorded, layout))
            result.append(recorded);
    }
    appendUnique(result, LabProcessFinder::findEtcdMembers(layout));
    return result;
}

void killGroups(const QList<qint64>& pids)
{
    for (qint64 pid : pids) {
        // Members run in their own process group (setpgid in the runner): take anything they forked too.
        ::kill(pid_t(-pid), SIGKILL);
        ::kill(pid_t(pid), SIGKILL);
    }
}

QString pidList(const QList<qint64>& pids)
{
    QStringList parts;
    for (qint64 pid : pids)
        parts << QString::number(pid);
    return parts.join(QStringLiteral(", "));
}

// Binds and listens the way etcd (Go's net.Listen) does, SO_REUSEADDR included, so that a port held only by
// TIME_WAIT connections of a previous lab counts as free, and any real listener (also on 0.0.0.0) as taken.
QString portProblem(const LabBinding& binding)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return QString::fromLocal8Bit(std::strerror(errno));
    const int one = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    sockaddr_in address = {};
    address.sin_family = AF_INET;
    address.sin_port = htons(quint16(binding.port));
    QString problem;
    if (::inet_pton(AF_INET, binding.address.toLatin1().constData(), &address.sin_addr) != 1)
        problem = QStringLiteral("not an IPv4 address");
    else if (::bind(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) != 0 ||
             ::listen(fd, 1) != 0)
        problem = QString::fromLocal8Bit(std::strerror(errno));
    ::close(fd);
    return problem;
}

QString tailOf(const QString& file, int lines)
{
    QFile input(file);
    if (!input.open(QIODevice::ReadOnly))
        return {};
    const qint64 size = input.size();
    input.seek(std::max<qint64>(0, size - 16 * 1024));
    QStringList all = QString::fromUtf8(input.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (all.size() > lines)
        all = all.mid(all.size() - lines);
    return all.join(QLatin1Char('\n'));
}

bool makeDir(const QString& path, bool privateDir, QString* error)
{
    if (!QDir().mkpath(path)) {
        *error = QStringLiteral("cannot create the directory %1").arg(path);
        return false;
    }
    // etcd insists on 0700 for its data dir (it warns and fixes it otherwise); the lab dir holds the PKI.
    if (privateDir)
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return true;
}

// Removes what a previous `lab up` created, and nothing else: a user's own files in the lab directory stay.
bool clearPreviousLab(const QString& dir, QString* error)
{
    QDir lab(dir);
    const QStringList files = {QStringLiteral("lab.json"),       QStringLiteral("state.json"),
                               QStringLiteral("drill.yaml"),     QStringLiteral("ground-truth.jsonl"),
                               QStringLiteral("supervisor.pid"), QStringLiteral("supervisor.log")};
    for (const QString& name : files) {
        if (lab.exists(name) && !lab.remove(name)) {
            *error = QStringLiteral("cannot remove %1 of the previous lab").arg(lab.filePath(name));
            return false;
        }
    }
    QStringList dirs = {QStringLiteral("pki")};
    static const QRegularExpression nodeDir(QStringLiteral("^M[0-9]+$"));
    for (const QString& name : lab.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (nodeDir.match(name).hasMatch())
            dirs << name;
    }
    for (const QString& name : dirs) {
        QDir sub(lab.filePath(name));
        if (sub.exists() && !sub.removeRecursively()) {
            *error = QStringLiteral("cannot remove %1 of the previous lab").arg(sub.path());
            return false;
        }
    }
    return true;
}

QString defaultSupervisorProgram()
{
    const QString self = QCoreApplication::applicationFilePath();
    if (QFileInfo(self).fileName() == QLatin1String("etcd-drill-cli"))
        return self;
    const QString sibling = QCoreApplication::applicationDirPath() + QStringLiteral("/etcd-drill-cli");
    if (QFileInfo(sibling).isExecutable())
        return sibling;
    return QStandardPaths::findExecutable(QStringLiteral("etcd-drill-cli"));
}

QString randomToken()
{
    return QStringLiteral("etcd-drill-lab-%1")
        .arg(QRandomGenerator::system()->generate64(), 16, 16, QLatin1Char('0'));
}

} // namespace

QString Lab::normalizedDir(const QString& dir)
{
    const QString absolute = QDir::cleanPath(QFileInfo(dir).absoluteFilePath());
    // Resolve symlinks in the part that exists, keep the rest as written: a lab dir that `lab up` is about
    // to create is spelled the same before and after.
    QString existing = absolute;
    QStringList rest;
    while (!QFileInfo::exists(existing) && existing != QLatin1String("/")) {
        rest.prepend(QFileInfo(existing).fileName());
        existing = QFileInfo(existing).path();
    }
    QString result = QFileInfo(existing).canonicalFilePath();
    if (result.isEmpty())
        return absolute;
    for (const QString& part : rest)
        result += (result.endsWith(QLatin1Char('/')) ? QString() : QStringLiteral("/")) + part;
    return result;
}

DrillConfig Lab::drillConfig(const LabLayout& layout)
{
    DrillConfig config;
    config.sourceFile = layout.drillConfigFile();
    config.clusterName = QStringLiteral("lab");
    config.etcd.tls.caFile = layout.caCertFile();
    config.etcd.tls.certFile = layout.clientCertFile();
    config.etcd.tls.keyFile = layout.clientKeyFile();
    for (int i = 0; i < layout.members; ++i) {
        NodeConfig node;
        node.name = layout.nodeName(i);
        node.etcdEndpoint = layout.etcdClientUrl(i);
        // Every lab node has its own kubelet directory, unlike real nodes that all use kubeadm's path.
        node.manifest = layout.manifestFile(i);
        node.backupDir = layout.backupDir(i);
        config.nodes.append(node);
    }
    return config;
}

LabResult Lab::up(const LabLayout& requested, const UpOptions& options, const Progress& progress)
{
    LabLayout layout = requested;
    layout.dir = normalizedDir(requested.dir.isEmpty() ? LabLayout::defaultDir() : requested.dir);
    QString error;
    if (!layout.validate(&error))
        return failure(error);

    if (layout.etcdBinary.isEmpty())
        layout.etcdBinary = QStandardPaths::findExecutable(QStringLiteral("etcd"));
    if (layout.etcdBinary.isEmpty() || !QFileInfo(layout.etcdBinary).isExecutable())
        return failure(QStringLiteral("etcd was not found on PATH. Install etcd 3.4 or newer (Debian: "
                                      "apt install etcd-server) or put its folder on PATH."));
    QString program = options.supervisorProgram;
    QStringList arguments = options.supervisorArguments;
    if (program.isEmpty()) {
        program = defaultSupervisorProgram();
        arguments = {QStringLiteral("lab"), QStringLiteral("supervise")};
    }
    if (program.isEmpty())
        return failure(
            QStringLiteral("etcd-drill-cli was not found next to this program or on PATH; it runs the lab "
                           "supervisor. Install etcd-drill or put its folder on PATH."));

    // A lab directory is ours when it holds lab.json; anything else that is not empty is somebody's data.
    QDir dir(layout.dir);
    if (dir.exists()) {
        if (QFileInfo::exists(layout.layoutFile())) {
            const QList<qint64> running = supervisorsOf(layout.dir);
            if (!running.isEmpty())
                return failure(
                    QStringLiteral("a lab is already running in %1 (supervisor pid %2). Stop it first: "
                                   "etcd-drill-cli lab down --dir %1")
                        .arg(layout.dir, pidList(running)));
            // Members left behind by a supervisor that was killed (they die with it, unless that failed).
            QList<qint64> leftovers = etcdMembersOf(layout);
            if (const auto previous = LabLayout::load(layout.dir, nullptr))
                appendUnique(leftovers, etcdMembersOf(*previous));
            if (!leftovers.isEmpty()) {
                say(progress, QStringLiteral("Killing etcd processes left over by the previous lab: pid %1")
                                  .arg(pidList(leftovers)));
                killGroups(leftovers);
                if (!waitUntilGone(leftovers, kKillWait))
                    return failure(
                        QStringLiteral("etcd processes of the previous lab in %1 do not exit (pid %2); "
                                       "kill them and try again")
                            .arg(layout.dir, pidList(leftovers)));
            }
        } else if (!dir.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty()) {
            return failure(
                QStringLiteral("%1 is not empty and holds no etcd-drill lab (no lab.json); choose an empty "
                               "or new directory with --dir")
                    .arg(layout.dir));
        }
    }

    for (const LabBinding& binding : layout.etcdBindings()) {
        const QString problem = portProblem(binding);
        if (!problem.isEmpty())
            return failure(
                QStringLiteral("cannot use %1:%2 (%3): %4. Something else listens there (see: ss -ltnp "
                               "'sport = :%2'); stop it, or move the lab with --base-address or "
                               "--port-offset.")
                    .arg(binding.address)
                    .arg(binding.port)
                    .arg(binding.purpose, problem));
    }

    say(progress, QStringLiteral("Preparing the lab in %1").arg(layout.dir));
    if (!clearPreviousLab(layout.dir, &error) || !makeDir(layout.dir, true, &error))
        return failure(error);
    if (layout.clusterToken.isEmpty())
        layout.clusterToken = randomToken();
    if (!LabPki::generate(layout, &error))
        return failure(QStringLiteral("cannot create the lab certificates: %1").arg(error));
    for (int i = 0; i < layout.members; ++i) {
        if (!makeDir(layout.manifestsDir(i), false, &error) || !makeDir(layout.backupDir(i), false, &error) ||
            !makeDir(layout.dataDir(i), true, &error))
            return failure(error);
        StaticPodManifest manifest;
        manifest.podName = QStringLiteral("etcd-") + layout.nodeName(i);
        manifest.labels = {{QStringLiteral("component"), QStringLiteral("etcd")},
                           {QStringLiteral("tier"), QStringLiteral("control-plane")}};
        manifest.containerName = QStringLiteral("etcd");
        manifest.command = layout.etcdCommand(i);
        if (!manifest.save(layout.manifestFile(i), &error))
            return failure(error);
    }
    if (!ConfigWriter::writeFile(drillConfig(layout), layout.drillConfigFile(), &error) ||
        !layout.save(&error))
        return failure(error);
    QFile groundTruth(layout.groundTruthFile());
    if (!groundTruth.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return failure(
            QStringLiteral("cannot create %1: %2").arg(groundTruth.fileName(), groundTruth.errorString()));
    groundTruth.close();

    arguments << QStringLiteral("--dir") << layout.dir;
    if (options.watchPid > 0)
        arguments << QStringLiteral("--watch-pid") << QString::number(options.watchPid);
    QProcess supervisor;
    supervisor.setProgram(program);
    supervisor.setArguments(arguments);
    supervisor.setWorkingDirectory(layout.dir);
    // The supervisor must hold none of our pipes: a caller reading our output (a test, a CI runner) would
    // otherwise wait for the lab to end before it sees EOF.
    supervisor.setStandardInputFile(QProcess::nullDevice());
    supervisor.setStandardOutputFile(layout.supervisorLogFile(), QIODevice::Append);
    supervisor.setStandardErrorFile(layout.supervisorLogFile(), QIODevice::Append);
    qint64 supervisorPid = 0;
    if (!supervisor.startDetached(&supervisorPid))
        return failure(QStringLiteral("cannot start the lab supervisor (%1): %2")
                           .arg(program, supervisor.errorString()));
    say(progress,
        QStringLiteral("Supervisor started (pid %1); waiting for %2 etcd member(s) to become healthy")
            .arg(supervisorPid)
            .arg(layout.members));

    const auto giveUp = [&](const QString& why) {
        down(layout.dir);
        return failure(why);
    };
    LabReadiness readiness(layout);
    if (!readiness.isValid(&error))
        return giveUp(QStringLiteral("cannot check the lab's health: %1").arg(error));
    QElapsedTimer waited;
    waited.start();
    LabReadiness::Round round;
    while (true) {
        if (!LabProcessFinder::isAlive(supervisorPid)) {
            return giveUp(
                QStringLiteral("the lab supervisor exited early. %1:\n%2")
                    .arg(layout.supervisorLogFile(), tailOf(layout.supervisorLogFile(), kLogTailLines)));
        }
        round = readiness.checkOnce();
        if (round.allHealthy())
            break;
        if (waited.elapsed() >= options.readyTimeout.count()) {
            QStringList logs;
            for (const QString& node : round.unhealthy)
                logs << layout.logFile(layout.indexOfNode(node));
            return giveUp(
                QStringLiteral("the lab did not become healthy within %1 s:\n  %2\nRead the member logs: "
                               "%3 (and %4). The lab was stopped.")
                    .arg(options.readyTimeout.count() / 1000)
                    .arg(round.errors.join(QStringLiteral("\n  ")), logs.join(QStringLiteral(", ")),
                         layout.supervisorLogFile()));
        }
        QThread::msleep(kReadyPollInterval.count());
    }

    QStringList endpoints;
    for (int i = 0; i < layout.members; ++i)
        endpoints << layout.etcdClientUrl(i);
    return LabResult{true, QStringLiteral("Lab is up in %1 (%2 healthy etcd members after %3 ms): %4\n"
                                          "Drill config: %5")
                               .arg(layout.dir)
                               .arg(layout.members)
                               .arg(waited.elapsed())
                               .arg(endpoints.join(QStringLiteral(" ")), layout.drillConfigFile())};
}

LabResult Lab::down(const QString& requestedDir, const Progress& progress)
{
    const QString dir = normalizedDir(requestedDir.isEmpty() ? LabLayout::defaultDir() : requestedDir);
    const auto layout = LabLayout::load(dir, nullptr);

    const QList<qint64> supervisors = supervisorsOf(dir);
    bool forced = false;
    if (!supervisors.isEmpty()) {
        say(progress,
            QStringLiteral("Stopping the lab in %1 (supervisor pid %2)").arg(dir, pidList(supervisors)));
        for (qint64 pid : supervisors)
            ::kill(pid_t(pid), SIGTERM);
        if (!waitUntilGone(supervisors, kSupervisorStopWait)) {
            say(progress, QStringLiteral("The supervisor did not stop within %1 s; killing it")
                              .arg(kSupervisorStopWait.count() / 1000.0));
            killGroups(supervisors);
            forced = true;
            waitUntilGone(supervisors, kKillWait);
        }
    }
    // Members die with their supervisor (PR_SET_PDEATHSIG); anything still there is a leftover.
    QList<qint64> members = layout ? etcdMembersOf(*layout) : QList<qint64>();
    if (!members.isEmpty()) {
        say(progress, QStringLiteral("Killing leftover etcd processes: pid %1").arg(pidList(members)));
        killGroups(members);
        forced = true;
        waitUntilGone(members, kKillWait);
    }

    QList<qint64> survivors;
    for (qint64 pid : supervisors + members) {
        if (LabProcessFinder::isAlive(pid))
            survivors << pid;
    }
    if (!survivors.isEmpty())
        return failure(
            QStringLiteral("processes of the lab in %1 survive SIGKILL (pid %2); are they another user's?")
                .arg(dir, pidList(survivors)));

    if (layout) {
        QFile::remove(layout->supervisorPidFile());
        for (int i = 0; i < layout->members; ++i)
            QFile::remove(layout->pidFile(i));
        // A supervisor that had to be killed could not record the end: do it for it.
        if (forced) {
            if (auto state = LabState::read(layout->stateFile(), nullptr)) {
                state->supervisorPid = 0;
                state->updated = QDateTime::currentDateTimeUtc();
                for (LabProcessState& process : state->processes) {
                    process.pid = 0;
                    process.state = LabProcessState::State::Stopped;
                    process.detail = QStringLiteral("killed by lab down");
                }
                state->write(layout->stateFile(), nullptr);
            }
        }
    }
    if (supervisors.isEmpty() && members.isEmpty())
        return LabResult{true, QStringLiteral("No lab is running in %1").arg(dir)};
    return LabResult{true, QStringLiteral("Lab in %1 stopped").arg(dir)};
}

LabStatus Lab::status(const QString& requestedDir)
{
    LabStatus result;
    result.dir = normalizedDir(requestedDir.isEmpty() ? LabLayout::defaultDir() : requestedDir);
    QString error;
    const auto layout = LabLayout::load(result.dir, &error);
    if (!layout) {
        result.presence = LabStatus::Presence::NoLab;
        result.message = QFileInfo::exists(result.dir + QStringLiteral("/lab.json"))
                             ? error
                             : QStringLiteral("No lab in %1; start one with: etcd-drill-cli lab up --dir %1")
                                   .arg(result.dir);
        return result;
    }
    result.layout = *layout;
    const auto state = LabState::read(layout->stateFile(), nullptr);

    const QList<qint64> supervisors = supervisorsOf(result.dir);
    LabProcessState supervisor;
    supervisor.kind = QStringLiteral("supervisor");
    if (!supervisors.isEmpty()) {
        supervisor.pid = supervisors.first();
        supervisor.state = LabProcessState::State::Running;
        if (state && state->supervisorPid == supervisor.pid && !state->processes.isEmpty() &&
            state->processes.first().kind == supervisor.kind) {
            supervisor.state = state->processes.first().state;
            supervisor.detail = state->processes.first().detail;
        }
    } else {
        supervisor.detail = QStringLiteral("not running");
    }
    result.processes.append(supervisor);

    for (int i = 0; i < layout->members; ++i) {
        LabProcessState member;
        member.node = layout->nodeName(i);
        member.kind = QStringLiteral("etcd");
        member.address = QStringLiteral("%1:%2").arg(layout->nodeAddress(i)).arg(layout->etcdClientPort());
        if (state && !supervisors.isEmpty()) {
            for (const LabProcessState& recorded : state->processes) {
                if (recorded.node == member.node && recorded.kind == member.kind)
                    member = recorded;
            }
        }
        // state.json is only as fresh as its writer: trust a pid only while it is really this member.
        if (member.pid > 0 && !LabProcessFinder::isEtcdOf(member.pid, *layout)) {
            member.pid = 0;
            member.state = LabProcessState::State::Stopped;
            member.detail = QStringLiteral("process gone");
        }
        if (member.pid == 0) {
            const qint64 recorded = LabProcessFinder::readPidFile(layout->pidFile(i));
            if (LabProcessFinder::isEtcdOf(recorded, *layout) &&
                LabProcessFinder::commandLine(recorded).contains(QStringLiteral("--data-dir=") +
                                                                 layout->dataDir(i))) {
                member.pid = recorded;
                member.state = LabProcessState::State::Running;
                member.detail = supervisors.isEmpty()
                                    ? QStringLiteral("orphan: its supervisor is not running")
                                    : QStringLiteral("running");
            } else if (supervisors.isEmpty()) {
                member.state = LabProcessState::State::Stopped;
                member.detail = QStringLiteral("lab not running");
            }
        }
        result.processes.append(member);
    }

    if (supervisors.isEmpty()) {
        result.presence = LabStatus::Presence::NotRunning;
        result.message =
            QStringLiteral("The lab in %1 is not running; start it with: etcd-drill-cli lab up --dir %1")
                .arg(result.dir);
    } else {
        result.presence = LabStatus::Presence::Running;
        result.message =
            result.allRunning()
                ? QStringLiteral("The lab in %1 is running").arg(result.dir)
                : QStringLiteral("The lab in %1 is running, not all processes are up").arg(result.dir);
    }
    return result;
}

} // namespace etcddrill
