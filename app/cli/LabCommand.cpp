#include "LabCommand.h"

#include "CommandHelp.h"

#include "Duration.h"
#include "Lab.h"
#include "LabRunbook.h"
#include "LabSupervisor.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTextStream>

namespace etcddrill {

namespace {

constexpr int kExitOk = 0;
constexpr int kExitFailure = 1;
constexpr int kExitNoLab = 2;
constexpr int kExitUsage = 3;

const char* const kLabUsage = R"(Usage: etcd-drill-cli lab <command> [options]

Runs a 3-node control plane on loopback addresses to rehearse a drill without a real cluster: per node an
etcd member (TLS) and an apiserver that uses only its own node's etcd, each supervised like a kubelet
static pod; a VIP (haproxy, active /readyz health checks) and a domain (nginx stream, passive checks only)
in front of the apiservers, as in production. The lab's drill.yaml allows the domain 1 % failed calls: with
the stream proxy M3's unready apiserver stays in rotation and the drill FAILS on it, the runbook's warning;
'lab up --domain-proxy http' is the fix (nginx retries the next apiserver) and the same drill passes.

Commands:
  up       Create a fresh lab and start it; prints where its drill.yaml is
  down     Stop the lab (idempotent)
  status   Show every lab process with pid, address and state
           (exit 0: all running, 1: some not running, 2: no lab running)
  runbook  Print and run the runbook's own commands (kubectl, etcdctl) against the lab, step by step

Stop a member the way the runbook does:  mv <lab>/M3/manifests/etcd.yaml <lab>/M3/etcd-backup/
Start it again:                          mv <lab>/M3/etcd-backup/etcd.yaml <lab>/M3/manifests/

Run 'etcd-drill-cli lab <command> --help' for the options of a command.
)";

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

QCommandLineOption dirOption()
{
    return QCommandLineOption(QStringLiteral("dir"),
                              QStringLiteral("Lab directory (default: %1).").arg(LabLayout::defaultDir()),
                              QStringLiteral("path"));
}

QCommandLineOption watchPidOption()
{
    QCommandLineOption option(QStringLiteral("watch-pid"),
                              QStringLiteral("Stop the lab when process <pid> exits (used by tests)."),
                              QStringLiteral("pid"));
    option.setFlags(QCommandLineOption::HiddenFromHelp);
    return option;
}

// Parses `lab <command> …`; on --help prints the help and sets *exitCode to 0; on a usage error prints it and
// sets *exitCode to 3. Returns false in both cases: the caller returns *exitCode.
bool parse(QCommandLineParser& parser, const QString& command, const QString& description,
           const QStringList& arguments, int* exitCode)
{
    parser.setApplicationDescription(description);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help = parser.addHelpOption();
    const QStringList argv = QStringList{QStringLiteral("etcd-drill-cli lab ") + command} + arguments;
    if (!parser.parse(argv)) {
        err() << "etcd-drill-cli lab " << command << ": " << parser.errorText() << "\n"
              << "Run 'etcd-drill-cli lab " << command << " --help' for its options.\n";
        *exitCode = kExitUsage;
        return false;
    }
    if (parser.isSet(help)) {
        out() << CommandHelp::text(parser, QStringLiteral("lab ") + command);
        *exitCode = kExitOk;
        return false;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err() << "etcd-drill-cli lab " << command << ": unexpected argument '"
              << parser.positionalArguments().first() << "'\n";
        *exitCode = kExitUsage;
        return false;
    }
    return true;
}

bool intValue(const QCommandLineParser& parser, const QString& name, int* value, int* exitCode)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    *value = parser.value(name).toInt(&ok);
    if (!ok) {
        err() << "etcd-drill-cli lab: --" << name << " expects a number, got '" << parser.value(name)
              << "'\n";
        *exitCode = kExitUsage;
    }
    return ok;
}

void printProgress(const QString& line)
{
    out() << line << "\n";
    out().flush();
}

QString presenceName(LabStatus::Presence presence)
{
    switch (presence) {
    case LabStatus::Presence::NoLab:
        return QStringLiteral("no-lab");
    case LabStatus::Presence::NotRunning:
        return QStringLiteral("not-running");
    case LabStatus::Presence::Running:
        return QStringLiteral("running");
    }
    return QStringLiteral("no-lab");
}

} // namespace

int LabCommand::run(const QStringList& arguments)
{
    const QString command = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (command == QLatin1String("up"))
        return up(rest);
    if (command == QLatin1String("down"))
        return down(rest);
    if (command == QLatin1String("status"))
        return status(rest);
    if (command == QLatin1String("runbook"))
        return runbook(rest);
    if (command == QLatin1String("supervise"))
        return supervise(rest);
    if (command == QLatin1String("-h") || command == QLatin1String("--help")) {
        out() << kLabUsage;
        return kExitOk;
    }
    if (command.isEmpty())
        err() << kLabUsage;
    else
        err() << "etcd-drill-cli lab: unknown command '" << command << "'\n\n" << kLabUsage;
    return kExitUsage;
}

int LabCommand::up(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOption(dirOption());
    parser.addOption(
        {QStringLiteral("base-address"),
         QStringLiteral("First node's loopback address; node i gets base+i-1 (default: 127.0.10.1)."),
         QStringLiteral("address")});
    parser.addOption({QStringLiteral("port-offset"),
                      QStringLiteral("Added to every port: etcd 2379/2380/2381 (default: 0)."),
                      QStringLiteral("n")});
    parser.addOption({QStringLiteral("members"),
                      QStringLiteral("Number of etcd members: 1, 3, 5 or 7 (default: 3)."),
                      QStringLiteral("n")});
    parser.addOption({QStringLiteral("timeout"),
                      QStringLiteral("Seconds to wait for every member, apiserver and load balancer to be "
                                     "ready (default: 30)."),
                      QStringLiteral("seconds")});
    parser.addOption({QStringLiteral("haproxy-inter"),
                      QStringLiteral("Interval of haproxy's /readyz checks of each apiserver (default: 1s)."),
                      QStringLiteral("duration")});
    parser.addOption(
        {QStringLiteral("haproxy-fall"),
         QStringLiteral("Failed checks in a row that take an apiserver out of the VIP (default: 2)."),
         QStringLiteral("n")});
    parser.addOption({QStringLiteral("haproxy-rise"),
                      QStringLiteral("Good checks in a row that put it back (default: 2)."),
                      QStringLiteral("n")});
    parser.addOption(
        {QStringLiteral("domain-proxy"),
         QStringLiteral("How nginx proxies the domain: stream (TCP passthrough, passive checks only: an "
                        "unready apiserver stays in rotation, and the lab drill fails on the domain's "
                        "error rate) or http (TLS terminated, the next apiserver tried on errors and 5xx: "
                        "the fix, and the drill passes) (default: stream)."),
         QStringLiteral("stream|http")});
    parser.addOption(
        {QStringLiteral("apiserver-binary"),
         QStringLiteral("The etcd-drill-lab-apiserver program (default: next to this program, or on "
                        "PATH)."),
         QStringLiteral("path")});
    parser.addOption(watchPidOption());
    int exitCode = kExitOk;
    if (!parse(parser, QStringLiteral("up"),
               QStringLiteral(
                   "Creates a fresh lab (certificates, static pod manifests, drill.yaml) and starts it."),
               arguments, &exitCode))
        return exitCode;

    LabLayout layout;
    layout.dir = parser.value(QStringLiteral("dir"));
    if (parser.isSet(QStringLiteral("base-address")))
        layout.baseAddress = parser.value(QStringLiteral("base-address"));
    int timeoutSeconds = 30;
    int watchPid = 0;
    if (!intValue(parser, QStringLiteral("port-offset"), &layout.portOffset, &exitCode) ||
        !intValue(parser, QStringLiteral("members"), &layout.members, &exitCode) ||
        !intValue(parser, QStringLiteral("timeout"), &timeoutSeconds, &exitCode) ||
        !intValue(parser, QStringLiteral("watch-pid"), &watchPid, &exitCode) ||
        !intValue(parser, QStringLiteral("haproxy-fall"), &layout.haproxyFall, &exitCode) ||
        !intValue(parser, QStringLiteral("haproxy-rise"), &layout.haproxyRise, &exitCode))
        return exitCode;
    if (parser.isSet(QStringLiteral("haproxy-inter"))) {
        QString why;
        const auto inter = Duration::parse(parser.value(QStringLiteral("haproxy-inter")), &why);
        if (!inter) {
            err() << "etcd-drill-cli lab: --haproxy-inter: " << why << "\n";
            return kExitUsage;
        }
        layout.haproxyInter = *inter;
    }
    if (parser.isSet(QStringLiteral("domain-proxy"))) {
        const auto proxy = LabLayout::domainProxyFromName(parser.value(QStringLiteral("domain-proxy")));
        if (!proxy) {
            err() << "etcd-drill-cli lab: --domain-proxy: '" << parser.value(QStringLiteral("domain-proxy"))
                  << "' is not a domain proxy: write stream or http\n";
            return kExitUsage;
        }
        layout.domainProxy = *proxy;
    }
    if (parser.isSet(QStringLiteral("apiserver-binary")))
        layout.apiserverBinary =
            QFileInfo(parser.value(QStringLiteral("apiserver-binary"))).absoluteFilePath();

    Lab::UpOptions options;
    options.watchPid = watchPid;
    options.readyTimeout = std::chrono::seconds(std::max(1, timeoutSeconds));
    const LabResult result = Lab::up(layout, options, printProgress);
    if (!result.ok) {
        err() << "etcd-drill-cli lab up: " << result.message << "\n";
        return kExitFailure;
    }
    out() << result.message << "\n";
    const LabStatus status = Lab::status(layout.dir);
    if (status.presence == LabStatus::Presence::Running) {
        const LabLayout& lab = status.layout;
        const int last = lab.members - 1;
        out() << "Stop " << lab.nodeName(last) << " as the runbook does: mv " << lab.manifestFile(last) << " "
              << lab.backupDir(last) << "/\n"
              << "Start it again:                mv " << lab.backupDir(last) << "/etcd.yaml "
              << lab.manifestsDir(last) << "/\n"
              << "Through the VIP:    curl --cacert " << lab.kubernetesCaCertFile() << " " << lab.vipUrl()
              << "/readyz\n"
              << "Through the domain: curl --cacert " << lab.kubernetesCaCertFile() << " --resolve "
              << LabLayout::domainName() << ":" << lab.loadBalancerPort() << ":" << lab.domainAddress() << " "
              << lab.domainUrl() << "/readyz\n"
              << "kubectl:            export KUBECONFIG=" << lab.kubeconfigFile()
              << "; kubectl -n kube-system get pods   (contexts: vip, domain, M1…)\n"
              << "The runbook, step by step: etcd-drill-cli lab runbook --dir " << lab.dir << " --step 1\n"
              << "Processes: etcd-drill-cli lab status --dir " << lab.dir
              << "    Stop the lab: etcd-drill-cli lab down --dir " << lab.dir << "\n";
    }
    return kExitOk;
}

int LabCommand::down(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOption(dirOption());
    int exitCode = kExitOk;
    if (!parse(parser, QStringLiteral("down"),
               QStringLiteral(
                   "Stops the lab: members get SIGTERM, then SIGKILL after a grace period. Running it "
                   "when no lab runs is not an error."),
               arguments, &exitCode))
        return exitCode;
    const LabResult result = Lab::down(parser.value(QStringLiteral("dir")), printProgress);
    if (!result.ok) {
        err() << "etcd-drill-cli lab down: " << result.message << "\n";
        return kExitFailure;
    }
    out() << result.message << "\n";
    return kExitOk;
}

int LabCommand::status(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOption(dirOption());
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON instead of a table.")});
    int exitCode = kExitOk;
    if (!parse(parser, QStringLiteral("status"),
               QStringLiteral(
                   "Shows every lab process. Exit code 0: all running; 1: some not running; 2: no lab "
                   "running."),
               arguments, &exitCode))
        return exitCode;
    const LabStatus status = Lab::status(parser.value(QStringLiteral("dir")));
    const int code = status.presence != LabStatus::Presence::Running ? kExitNoLab
                     : status.allRunning()                           ? kExitOk
                                                                     : kExitFailure;
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray processes;
        for (const LabProcessState& process : status.processes)
            processes.append(process.toJson());
        QJsonObject root{
            {QStringLiteral("dir"), status.dir},
            {QStringLiteral("presence"), presenceName(status.presence)},
            {QStringLiteral("all_running"), status.allRunning()},
            {QStringLiteral("message"), status.message},
            {QStringLiteral("processes"), processes},
        };
        if (status.presence != LabStatus::Presence::NoLab) {
            const LabLayout& lab = status.layout;
            root.insert(QStringLiteral("drill_config"), lab.drillConfigFile());
            root.insert(QStringLiteral("ground_truth"), lab.groundTruthFile());
            root.insert(QStringLiteral("vip"), lab.vipUrl());
            root.insert(QStringLiteral("domain"), lab.domainUrl());
            root.insert(QStringLiteral("domain_address"), lab.domainAddress());
            root.insert(QStringLiteral("domain_proxy"), LabLayout::domainProxyName(lab.domainProxy));
            root.insert(QStringLiteral("haproxy"),
                        QJsonObject{{QStringLiteral("inter"), Duration::format(lab.haproxyInter)},
                                    {QStringLiteral("fall"), lab.haproxyFall},
                                    {QStringLiteral("rise"), lab.haproxyRise}});
        }
        out() << QJsonDocument(root).toJson(QJsonDocument::Indented);
        return code;
    }
    out() << status.message << "\n";
    if (status.presence == LabStatus::Presence::NoLab)
        return code;
    out() << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                 .arg(QStringLiteral("NODE"), -5)
                 .arg(QStringLiteral("PROCESS"), -11)
                 .arg(QStringLiteral("PID"), -8)
                 .arg(QStringLiteral("ADDRESS"), -22)
                 .arg(QStringLiteral("STATE"), -9)
                 .arg(QStringLiteral("DETAIL"));
    for (const LabProcessState& process : status.processes) {
        out() << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                     .arg(process.node.isEmpty() ? QStringLiteral("-") : process.node, -5)
                     .arg(process.kind, -11)
                     .arg(process.pid > 0 ? QString::number(process.pid) : QStringLiteral("-"), -8)
                     .arg(process.address.isEmpty() ? QStringLiteral("-") : process.address, -22)
                     .arg(LabProcessState::stateName(process.state), -9)
                     .arg(process.detail);
    }
    if (status.presence == LabStatus::Presence::Running) {
        const LabLayout& lab = status.layout;
        out() << "VIP " << lab.vipUrl() << " (haproxy checks /readyz every "
              << Duration::format(lab.haproxyInter) << ", fall " << lab.haproxyFall << ", rise "
              << lab.haproxyRise << "); domain " << lab.domainUrl() << " -> " << lab.domainAddress()
              << (lab.domainProxy == LabLayout::DomainProxy::Http
                      ? " (nginx http: the next apiserver on errors and 5xx)\n"
                      : " (nginx stream, passive checks)\n");
        out() << "Drill config: " << status.layout.drillConfigFile() << "\n";
    }
    return code;
}

int LabCommand::runbook(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOption(dirOption());
    parser.addOption({QStringLiteral("step"),
                      QStringLiteral("Run only step <n> (1-5): 1 check, 2 stop M3's etcd, 3 check the rest "
                                     "serves, 4 start M3's etcd, 5 check again. Default: every step."),
                      QStringLiteral("n")});
    parser.addOption({QStringLiteral("print"), QStringLiteral("Only print the commands; run nothing.")});
    int exitCode = kExitOk;
    if (!parse(
            parser, QStringLiteral("runbook"),
            QStringLiteral(
                "Prints and runs the runbook's commands (kubectl with the lab's admin.conf, etcdctl with the "
                "lab's certificates) for rehearsing the drill by hand. Each command runs in bash with a "
                "60 s deadline; a command that fails (etcdctl endpoint health while M3 is down) is shown "
                "with its exit code and the step goes on. Exit 0 when every command ran, 1 when one "
                "could not start or timed out, 2 when no lab runs."),
            arguments, &exitCode))
        return exitCode;
    int only = 0;
    if (!intValue(parser, QStringLiteral("step"), &only, &exitCode))
        return exitCode;
    const LabStatus status = Lab::status(parser.value(QStringLiteral("dir")));
    // A wrong --step is a usage error whether or not a lab runs.
    const LabRunbook book(status.layout);
    if (parser.isSet(QStringLiteral("step")) && (only < 1 || only > book.steps().size())) {
        err() << "etcd-drill-cli lab runbook: --step must be 1 to " << book.steps().size() << ", got " << only
              << "\n";
        return kExitUsage;
    }
    const bool printOnly = parser.isSet(QStringLiteral("print"));
    if (status.presence == LabStatus::Presence::NoLab ||
        (!printOnly && status.presence != LabStatus::Presence::Running)) {
        err() << "etcd-drill-cli lab runbook: no lab runs in "
              << (status.layout.dir.isEmpty() ? LabLayout::defaultDir() : status.layout.dir)
              << "; start one with: etcd-drill-cli lab up\n";
        return kExitNoLab;
    }
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (auto it = book.environment().cbegin(); it != book.environment().cend(); ++it) {
        environment.insert(it.key(), it.value());
        out() << "export " << it.key() << "=" << it.value() << "\n";
    }
    bool allRan = true;
    for (const LabRunbook::Step& step : book.steps()) {
        if (only != 0 && step.number != only)
            continue;
        out() << "\n== Step " << step.number << ": " << step.title << " (" << step.originalTitle << ")\n";
        out().flush();
        int failed = 0;
        for (const QString& command : step.commands) {
            out() << "$ " << command << "\n";
            out().flush();
            if (printOnly)
                continue;
            QProcess process;
            process.setProcessEnvironment(environment);
            process.setProcessChannelMode(QProcess::MergedChannels);
            process.start(QStringLiteral("/bin/bash"), {QStringLiteral("-c"), command});
            const bool started = process.waitForStarted(5000);
            const bool finished = started && process.waitForFinished(60000);
            out() << QString::fromUtf8(process.readAll());
            if (!started) {
                out() << "(could not start /bin/bash: " << process.errorString() << ")\n";
                allRan = false;
                ++failed;
            } else if (!finished) {
                process.kill();
                process.waitForFinished(2000);
                out() << "(did not finish within 60 s: " << process.errorString() << ")\n";
                allRan = false;
                ++failed;
            } else if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
                out() << "(exit " << process.exitCode() << ")\n";
                ++failed;
            }
            out().flush();
        }
        if (!printOnly)
            out() << "-- step " << step.number << ": " << step.commands.size() - failed << " of "
                  << step.commands.size() << " commands exited 0\n";
    }
    return allRan ? kExitOk : kExitFailure;
}

int LabCommand::supervise(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOption(dirOption());
    parser.addOption(watchPidOption());
    int exitCode = kExitOk;
    if (!parse(parser, QStringLiteral("supervise"),
               QStringLiteral("Runs the lab's node agents in the foreground (started by 'lab up')."),
               arguments, &exitCode))
        return exitCode;
    if (!parser.isSet(QStringLiteral("dir"))) {
        err() << "etcd-drill-cli lab supervise: --dir is required\n";
        return kExitUsage;
    }
    int watchPid = 0;
    if (!intValue(parser, QStringLiteral("watch-pid"), &watchPid, &exitCode))
        return exitCode;

    QString error;
    if (!LabSupervisor::detachFromSession(&error))
        err() << "etcd-drill-cli lab supervise: " << error << "\n";
    const auto layout = LabLayout::load(parser.value(QStringLiteral("dir")), &error);
    if (!layout) {
        err() << "etcd-drill-cli lab supervise: " << error << "\n";
        return kExitFailure;
    }
    LabSupervisor supervisor(*layout);
    supervisor.setWatchPid(watchPid);
    QObject::connect(&supervisor, &LabSupervisor::finished, QCoreApplication::instance(),
                     &QCoreApplication::quit, Qt::QueuedConnection);
    if (!supervisor.start(&error)) {
        err() << "etcd-drill-cli lab supervise: " << error << "\n";
        return kExitFailure;
    }
    return QCoreApplication::exec();
}

} // namespace etcddrill
