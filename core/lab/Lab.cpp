#include "Lab.h"

#include "ConfigWriter.h"
#include "LabHaproxyAdmin.h"
#include "LabHaproxyConfig.h"
#include "LabHttpsCheck.h"
#include "LabKubeconfig.h"
#include "LabNginxConfig.h"
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
#include <pwd.h>
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
// One HTTPS round trip on loopback takes milliseconds; an apiserver waiting for etcd answers within 1 s.
constexpr std::chrono::milliseconds kControlPlaneCheckTimeout = 2000ms;

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

// Whether pid runs exactly this pod (the right kind, and the right node's: M1's etcd is not M2's).
bool isThisPod(qint64 pid, const LabLayout& layout, const StaticPodSpec& pod)
{
    const QStringList argv = LabProcessFinder::commandLine(pid);
    if (!LabProcessFinder::isPodOf(argv, layout, pod.kind))
        return false;
    const int index = layout.indexOfNode(pod.node);
    if (pod.kind == QLatin1String("etcd"))
        return argv.contains(QStringLiteral("--data-dir=") + layout.dataDir(index));
    if (pod.kind == QLatin1String("apiserver"))
        return argv.contains(QStringLiteral("--node=") + pod.node);
    return true;
}

// Every static pod of the lab still running: from the pid files (cheap), then a /proc scan that also finds
// what a lost pid file no longer names.
QList<qint64> podsOf(const LabLayout& layout)
{
    QList<qint64> result;
    for (const StaticPodSpec& pod : layout.staticPods()) {
        const qint64 recorded = LabProcessFinder::readPidFile(pod.pidFile);
        if (LabProcessFinder::isPodOf(recorded, layout, pod.kind))
            result.append(recorded);
    }
    appendUnique(result, LabProcessFinder::findPods(layout));
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
                               QStringLiteral("supervisor.pid"), QStringLiteral("supervisor.log"),
                               QStringLiteral("admin.conf")};
    for (const QString& name : files) {
        if (lab.exists(name) && !lab.remove(name)) {
            *error = QStringLiteral("cannot remove %1 of the previous lab").arg(lab.filePath(name));
            return false;
        }
    }
    QStringList dirs = {QStringLiteral("pki"), QStringLiteral("manifests"), QStringLiteral("haproxy"),
                        QStringLiteral("nginx")};
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

// etcd-drill-lab-apiserver: next to this program (installed in /usr/bin, or the build tree's bin/), or on
// PATH.
QString defaultApiserverBinary()
{
    const QString name = QStringLiteral("etcd-drill-lab-apiserver");
    const QString sibling = QCoreApplication::applicationDirPath() + QLatin1Char('/') + name;
    if (QFileInfo(sibling).isExecutable())
        return QFileInfo(sibling).canonicalFilePath();
    return QStandardPaths::findExecutable(name);
}

// Debian installs haproxy and nginx in /usr/sbin, which is not on a normal user's PATH.
QString findDaemon(const QString& name)
{
    QString found = QStandardPaths::findExecutable(name);
    if (found.isEmpty())
        found = QStandardPaths::findExecutable(
            name, {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/local/sbin"), QStringLiteral("/sbin")});
    return found;
}

// The stream module to load, empty when nginx has it built in; nullopt when nginx has none at all.
std::optional<QString> nginxStreamModule(const QString& nginx)
{
    if (QFileInfo::exists(LabNginxConfig::defaultStreamModule()))
        return LabNginxConfig::defaultStreamModule();
    QProcess version;
    version.start(nginx, {QStringLiteral("-V")});
    if (!version.waitForFinished(5000))
        return std::nullopt;
    // nginx -V prints its configure arguments on stderr; a static stream module shows as "--with-stream ".
    const QString text =
        QString::fromLocal8Bit(version.readAllStandardError() + version.readAllStandardOutput());
    if (text.contains(QStringLiteral("--with-stream ")) || text.endsWith(QStringLiteral("--with-stream\n")))
        return QString();
    return std::nullopt;
}

// nginx started as root switches to "nobody" unless told otherwise; the lab runs it as whoever started it.
QString nginxUser()
{
    if (::geteuid() != 0)
        return {};
    const passwd* entry = ::getpwuid(::geteuid());
    return entry ? QString::fromLocal8Bit(entry->pw_name) : QStringLiteral("root");
}

StaticPodManifest manifestFor(const LabLayout& layout, const StaticPodSpec& pod)
{
    StaticPodManifest manifest;
    const int index = layout.indexOfNode(pod.node);
    QString component = pod.kind;
    if (pod.kind == QLatin1String("etcd")) {
        manifest.command = layout.etcdCommand(index);
    } else if (pod.kind == QLatin1String("apiserver")) {
        component = QStringLiteral("kube-apiserver");
        manifest.command = layout.apiserverCommand(index);
    } else if (pod.kind == QLatin1String("haproxy")) {
        manifest.command = layout.haproxyCommand();
    } else {
        manifest.command = layout.nginxCommand();
    }
    // kubeadm's names: etcd-M1, kube-apiserver-M1; the HA guide's haproxy pod is just "haproxy".
    manifest.podName = pod.node.isEmpty() ? component : component + QLatin1Char('-') + pod.node;
    manifest.labels = {{QStringLiteral("component"), component},
                       {QStringLiteral("tier"), QStringLiteral("control-plane")}};
    manifest.containerName = component;
    return manifest;
}

bool writeFile(const QString& path, const QByteArray& content, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size()) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

// One round of HTTPS checks of every way into the apiservers; the ones that do not answer 200 yet.
QStringList controlPlaneProblems(const LabLayout& layout, std::chrono::milliseconds timeout)
{
    struct Way
    {
        QString name;
        QString address;
        int port;
        QString host;
    };
    QList<Way> ways;
    for (int i = 0; i < layout.members; ++i)
        ways.append({QStringLiteral("apiserver of %1").arg(layout.nodeName(i)), layout.nodeAddress(i),
                     layout.apiserverPort(), layout.nodeAddress(i)});
    ways.append({QStringLiteral("VIP"), layout.vipAddress(), layout.loadBalancerPort(), layout.vipAddress()});
    ways.append({QStringLiteral("domain"), layout.domainAddress(), layout.loadBalancerPort(),
                 LabLayout::domainName()});
    QStringList problems;
    for (const Way& way : ways) {
        const auto answer = LabHttpsCheck::get(way.address, way.port, way.host, QStringLiteral("/readyz"),
                                               layout.kubernetesCaCertFile(), timeout);
        if (answer.status != 200)
            problems << QStringLiteral("%1 (https://%2:%3/readyz): %4")
                            .arg(way.name, way.host)
                            .arg(way.port)
                            .arg(answer.status != 0 ? QStringLiteral("HTTP %1").arg(answer.status)
                                                    : answer.error);
    }
    // The VIP answering is not enough: haproxy may still count an apiserver out (its first checks ran before
    // etcd was up) until rise good checks have passed.
    if (problems.isEmpty() && LabHaproxyAdmin::isUsablePath(layout.haproxyAdminSocket())) {
        QString error;
        const auto servers = LabHaproxyAdmin::serverStatus(layout.haproxyAdminSocket(),
                                                           LabHaproxyConfig::backendName(), timeout, &error);
        if (!servers)
            problems << QStringLiteral("haproxy's admin socket: %1").arg(error);
        for (int i = 0; servers && i < layout.members; ++i) {
            const QString status = servers->value(layout.nodeName(i), QStringLiteral("unknown"));
            if (status != QLatin1String("UP"))
                problems << QStringLiteral("haproxy has not taken the apiserver of %1 into the VIP yet (%2)")
                                .arg(layout.nodeName(i), status);
        }
    }
    return problems;
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
        node.apiserverUrl = layout.apiserverUrl(i);
        config.nodes.append(node);
    }
    config.apiserver.tls.caFile = layout.kubernetesCaCertFile();
    config.apiserver.tokenFile = layout.apiserverTokenFile();
    config.probes.nodeApiservers = true;
    ProbeTargetConfig vip;
    vip.name = QStringLiteral("vip");
    vip.url = layout.vipUrl() + QStringLiteral("/readyz");
    // The hypothesis a kubeadm HA setup makes of its VIP: haproxy takes the stopped node's apiserver out
    // after fall failed checks inter apart; allow one more interval for the check that was in flight.
    vip.maxOutage = layout.haproxyInter * (layout.haproxyFall + 1);
    vip.maxErrorRate = vipMaxErrorRate(*vip.maxOutage, config.drill.observation);
    config.probes.targets.append(vip);
    ProbeTargetConfig domain;
    domain.name = QStringLiteral("domain");
    domain.url = layout.domainUrl() + QStringLiteral("/readyz");
    // The lab's domain is a .test name no DNS knows: pin it, as curl --resolve does.
    domain.resolveAddress = layout.domainAddress();
    // The runbook's warning made a hypothesis: clients through the domain may lose at most 1 % of their
    // calls. The stream proxy keeps M3's unready apiserver in rotation and fails this (one call in three
    // while M3 is down); `lab up --domain-proxy http` retries the next apiserver and passes it.
    domain.maxErrorRate = 0.01;
    config.probes.targets.append(domain);
    // The runbook's drill: stop M3 (the last node) by moving its static pod manifest, on this machine.
    config.drill.targetKind = DrillSettings::TargetKind::Node;
    config.drill.targetNode = layout.nodeName(layout.members - 1);
    config.drill.fault = DrillSettings::Fault::StaticPod;
    config.drill.transport = DrillSettings::Transport::Local;
    return config;
}

double Lab::vipMaxErrorRate(std::chrono::milliseconds maxOutage, std::chrono::milliseconds observation)
{
    const double share = double(maxOutage.count()) / 3.0 / double(std::max<qint64>(1, observation.count()));
    return std::min(1.0, std::ceil(1000.0 * share) / 1000.0);
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
    if (layout.apiserverBinary.isEmpty())
        layout.apiserverBinary = defaultApiserverBinary();
    if (layout.apiserverBinary.isEmpty() || !QFileInfo(layout.apiserverBinary).isExecutable())
        return failure(
            QStringLiteral("etcd-drill-lab-apiserver was not found next to this program or on PATH; "
                           "it runs the lab's apiservers. Install etcd-drill completely, or name it "
                           "with --apiserver-binary."));
    if (layout.haproxyBinary.isEmpty())
        layout.haproxyBinary = findDaemon(QStringLiteral("haproxy"));
    if (layout.haproxyBinary.isEmpty())
        return failure(
            QStringLiteral("haproxy was not found on PATH or in /usr/sbin; the lab's VIP needs it. "
                           "Install haproxy 2.x (Debian: apt install haproxy)."));
    if (layout.nginxBinary.isEmpty())
        layout.nginxBinary = findDaemon(QStringLiteral("nginx"));
    if (layout.nginxBinary.isEmpty())
        return failure(
            QStringLiteral("nginx was not found on PATH or in /usr/sbin; the lab's domain needs it. "
                           "Install nginx with its stream module (Debian: apt install nginx-light "
                           "libnginx-mod-stream)."));
    const std::optional<QString> streamModule = layout.domainProxy == LabLayout::DomainProxy::Http
                                                    ? std::optional<QString>(QString())
                                                    : nginxStreamModule(layout.nginxBinary);
    if (!streamModule)
        return failure(
            QStringLiteral("%1 has no stream module (not built in, and no %2); the lab's domain needs "
                           "it. Install it (Debian: apt install libnginx-mod-stream).")
                .arg(layout.nginxBinary, LabNginxConfig::defaultStreamModule()));

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
            // Pods left behind by a supervisor that was killed (they die with it, unless that failed).
            QList<qint64> leftovers = podsOf(layout);
            if (const auto previous = LabLayout::load(layout.dir, nullptr))
                appendUnique(leftovers, podsOf(*previous));
            if (!leftovers.isEmpty()) {
                say(progress, QStringLiteral("Killing processes left over by the previous lab: pid %1")
                                  .arg(pidList(leftovers)));
                killGroups(leftovers);
                if (!waitUntilGone(leftovers, kKillWait))
                    return failure(QStringLiteral("processes of the previous lab in %1 do not exit (pid %2); "
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

    for (const LabBinding& binding : layout.bindings()) {
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
    }
    if (!makeDir(layout.labManifestsDir(), false, &error) ||
        !makeDir(layout.labProcessDir(QStringLiteral("haproxy")), false, &error) ||
        !makeDir(layout.labProcessDir(QStringLiteral("nginx")) + QStringLiteral("/logs"), false, &error) ||
        !writeFile(layout.haproxyConfigFile(), LabHaproxyConfig::generate(layout), &error) ||
        !writeFile(layout.nginxConfigFile(), LabNginxConfig::generate(layout, *streamModule, nginxUser()),
                   &error))
        return failure(error);
    for (const StaticPodSpec& pod : layout.staticPods()) {
        if (!manifestFor(layout, pod).save(pod.manifestFile, &error))
            return failure(error);
    }
    if (!ConfigWriter::writeFile(drillConfig(layout), layout.drillConfigFile(), &error) ||
        !writeFile(layout.kubeconfigFile(), LabKubeconfig::generate(layout), &error) || !layout.save(&error))
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

    // The runbook's drill stops M3 (the last node). Which member wins the first election is chance; a
    // leader stopped by the drill costs an election, during which every apiserver is briefly unready, and
    // the same lab drill would pass or fail by luck. M1 leads from the start, so the lab's drill stops a
    // follower every time (a drill of the leader: drill.target: leader).
    if (layout.members > 1 && !readiness.makeLeader(0, &error))
        say(progress, QStringLiteral("could not make %1 the leader (%2); the drill may stop the leader")
                          .arg(layout.nodeName(0), error));
    const qint64 etcdMs = waited.elapsed();
    say(progress,
        QStringLiteral("etcd is healthy after %1 ms; waiting for the apiservers, the VIP and the domain")
            .arg(etcdMs));
    while (true) {
        if (!LabProcessFinder::isAlive(supervisorPid))
            return giveUp(
                QStringLiteral("the lab supervisor exited early. %1:\n%2")
                    .arg(layout.supervisorLogFile(), tailOf(layout.supervisorLogFile(), kLogTailLines)));
        const QStringList problems = controlPlaneProblems(layout, kControlPlaneCheckTimeout);
        if (problems.isEmpty())
            break;
        if (waited.elapsed() >= options.readyTimeout.count()) {
            QStringList logs;
            for (int i = 0; i < layout.members; ++i)
                logs << layout.logFile(i, QStringLiteral("apiserver"));
            logs << layout.labLogFile(QStringLiteral("haproxy")) << layout.labLogFile(QStringLiteral("nginx"))
                 << layout.labProcessDir(QStringLiteral("nginx")) + QStringLiteral("/logs/error.log");
            return giveUp(
                QStringLiteral("the lab's apiservers or load balancers did not answer within %1 s:\n  %2\n"
                               "Read their logs: %3. The lab was stopped.")
                    .arg(options.readyTimeout.count() / 1000)
                    .arg(problems.join(QStringLiteral("\n  ")), logs.join(QStringLiteral(", "))));
        }
        QThread::msleep(kReadyPollInterval.count());
    }

    QStringList endpoints;
    QStringList apiservers;
    for (int i = 0; i < layout.members; ++i) {
        endpoints << layout.etcdClientUrl(i);
        apiservers << layout.apiserverUrl(i);
    }
    return LabResult{true, QStringLiteral("Lab is up in %1 after %2 ms (etcd healthy after %3 ms): %4\n"
                                          "Apiservers: %5; VIP %6, domain %7 (resolve it to %8)\n"
                                          "Drill config: %9")
                               .arg(layout.dir)
                               .arg(waited.elapsed())
                               .arg(etcdMs)
                               .arg(endpoints.join(QStringLiteral(" ")), apiservers.join(QStringLiteral(" ")),
                                    layout.vipUrl(), layout.domainUrl(), layout.domainAddress(),
                                    layout.drillConfigFile())};
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
    // Pods die with their supervisor (PR_SET_PDEATHSIG); anything still there is a leftover.
    QList<qint64> members = layout ? podsOf(*layout) : QList<qint64>();
    if (!members.isEmpty()) {
        say(progress, QStringLiteral("Killing leftover lab processes: pid %1").arg(pidList(members)));
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
        for (const StaticPodSpec& pod : layout->staticPods())
            QFile::remove(pod.pidFile);
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

    for (const StaticPodSpec& pod : layout->staticPods()) {
        LabProcessState process;
        process.node = pod.node;
        process.kind = pod.kind;
        process.address = pod.address;
        if (state && !supervisors.isEmpty()) {
            for (const LabProcessState& recorded : state->processes) {
                if (recorded.node == process.node && recorded.kind == process.kind)
                    process = recorded;
            }
        }
        // state.json is only as fresh as its writer: trust a pid only while it is really this pod.
        if (process.pid > 0 && !isThisPod(process.pid, *layout, pod)) {
            process.pid = 0;
            process.state = LabProcessState::State::Stopped;
            process.detail = QStringLiteral("process gone");
        }
        if (process.pid == 0) {
            const qint64 recorded = LabProcessFinder::readPidFile(pod.pidFile);
            if (isThisPod(recorded, *layout, pod)) {
                process.pid = recorded;
                process.state = LabProcessState::State::Running;
                process.detail = supervisors.isEmpty()
                                     ? QStringLiteral("orphan: its supervisor is not running")
                                     : QStringLiteral("running");
            } else if (supervisors.isEmpty()) {
                process.state = LabProcessState::State::Stopped;
                process.detail = QStringLiteral("lab not running");
            }
        }
        result.processes.append(process);
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
