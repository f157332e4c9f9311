// etcd-drill-cli: dispatches the sub-command; each sub-command lives in its own XxxCommand class.
#include "HistoryCommand.h"
#include "InitCommand.h"
#include "LabCommand.h"
#include "ProbeCommand.h"
#include "RecoverCommand.h"
#include "ReportCommand.h"
#include "RunCommand.h"
#include "StatusCommand.h"

#include "diag/CrashHandler.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <memory>

namespace {

const char* const kUsage = R"(Usage: etcd-drill-cli <command> [options]

Commands:
  status   Show the etcd cluster's endpoints, members, leader and quorum
  init     Write a drill config for a kubeadm cluster, read through its apiserver (--kubeconfig FILE)
  lab      Run the embedded lab: lab up | lab down | lab status | lab runbook
  probe    Probe the apiserver through every way in (VIP, domain, nodes) and print the impact
  run      Run the drill: stop the target's etcd, measure, start it again, judge the hypothesis
  recover  Restore the target of a drill whose console died, and verify it rejoined
  report   Write a drill's report (PDF, PNG pages, summary PNG), its data (CSV, JSON) or JUnit XML
  history  List every drill of a cluster from the journal folders, compared with the drill before it

Run 'etcd-drill-cli <command> --help' for the options of a command.
Options:
  -h, --help     Show this help
  -v, --version  Show the version
)";

} // namespace

int main(int argc, char** argv)
{
    etcddrill::CrashHandler::install(QStringLiteral("etcd-drill-cli"));
    // `report` paints (QPdfWriter, QFont, QImage): that needs a QGuiApplication, and it must run without a
    // display, so it gets the offscreen platform unless the caller chose one. The other commands stay
    // QCoreApplication: no platform plugin to load.
    const bool report = argc >= 2 && qstrcmp(argv[1], "report") == 0;
    if (report && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> app = report ? std::make_unique<QGuiApplication>(argc, argv)
                                                         : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("etcd-drill-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ETCD_DRILL_VERSION));
    const QStringList args = QCoreApplication::arguments();
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (args.size() < 2 || args[1] == QLatin1String("-h") || args[1] == QLatin1String("--help")) {
        out << kUsage;
        return args.size() < 2 ? 3 : 0;
    }
    if (args[1] == QLatin1String("-v") || args[1] == QLatin1String("--version")) {
        out << "etcd-drill-cli " << ETCD_DRILL_VERSION << "\n";
        return 0;
    }
    if (args[1] == QLatin1String("status"))
        return etcddrill::StatusCommand().run(args.mid(2));
    if (args[1] == QLatin1String("init"))
        return etcddrill::InitCommand().run(args.mid(2));
    if (args[1] == QLatin1String("lab"))
        return etcddrill::LabCommand().run(args.mid(2));
    if (args[1] == QLatin1String("probe"))
        return etcddrill::ProbeCommand().run(args.mid(2));
    if (args[1] == QLatin1String("run"))
        return etcddrill::RunCommand().run(args.mid(2));
    if (args[1] == QLatin1String("history"))
        return etcddrill::HistoryCommand().run(args.mid(2));
    if (args[1] == QLatin1String("recover"))
        return etcddrill::RecoverCommand().run(args.mid(2));
    if (report)
        return etcddrill::ReportCommand().run(args.mid(2));
    err << "etcd-drill-cli: unknown command '" << args[1] << "'\n\n" << kUsage;
    return 3;
}
