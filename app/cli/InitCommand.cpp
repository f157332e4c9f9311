#include "InitCommand.h"

#include "CommandHelp.h"

#include "kube/DrillConfigInit.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QTextStream>

namespace etcddrill {

namespace {

constexpr int kExitWritten = 0;
constexpr int kExitFailed = 1;
constexpr int kExitUsage = 3;

} // namespace

int InitCommand::run(const QStringList& arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Writes a drill config for a kubeadm cluster, read through its apiserver: the control-plane nodes, "
        "each node's etcd client URL and apiserver from kubeadm's annotations (else the node's InternalIP "
        "and the default ports), the VIP from the kubeconfig's server, the domain from controlPlaneEndpoint, "
        "etcd TLS from certificatesDir (etcd/ca.crt, etcd/healthcheck-client.*). The file names the "
        "kubeconfig and context; no token or key is written into it. Prints what it could not find and "
        "what to fill in.\nExit codes: 0 written, 1 the cluster could not be read or the file not written "
        "(the message says why), 3 usage error."));
    parser.addHelpOption();
    const QCommandLineOption kubeconfigOption(
        QStringLiteral("kubeconfig"),
        QStringLiteral(
            "The kubeconfig to read the cluster with (default: the first file of $KUBECONFIG, else "
            "~/.kube/config; merged kubeconfigs are not read)."),
        QStringLiteral("file"));
    const QCommandLineOption contextOption(
        QStringLiteral("context"), QStringLiteral("The kubeconfig context (default: current-context)."),
        QStringLiteral("name"));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          QStringLiteral("The drill config to write (default: drill.yaml)."),
                                          QStringLiteral("file"));
    const QCommandLineOption sshUserOption(
        QStringLiteral("ssh-user"), QStringLiteral("Log in to the nodes as this user (default: root)."),
        QStringLiteral("user"));
    const QCommandLineOption targetOption(
        QStringLiteral("target"),
        QStringLiteral("The member to stop (a node name; default: the last control-plane node)."),
        QStringLiteral("node"));
    const QCommandLineOption transportOption(
        QStringLiteral("transport"),
        QStringLiteral(
            "How the fault reaches the target: ssh (default; nodes[].ssh is <user>@<InternalIP>) or "
            "local (etcd-drill runs on the target node itself, or on the embedded lab)."),
        QStringLiteral("ssh|local"));
    const QCommandLineOption forceOption(QStringLiteral("force"),
                                         QStringLiteral("Replace the output file if it exists."));
    parser.addOptions({kubeconfigOption, contextOption, outputOption, sshUserOption, transportOption,
                       targetOption, forceOption});
    if (!parser.parse(QStringList{QStringLiteral("etcd-drill-cli init")} + arguments)) {
        err << "etcd-drill-cli init: " << parser.errorText()
            << "\nRun 'etcd-drill-cli init --help' for its "
               "options.\n";
        return kExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << CommandHelp::text(parser, QStringLiteral("init"));
        return kExitWritten;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err << "etcd-drill-cli init: unexpected argument '" << parser.positionalArguments().first() << "'\n";
        return kExitUsage;
    }

    const QString transport = parser.value(transportOption);
    if (!transport.isEmpty() && transport != QLatin1String("ssh") && transport != QLatin1String("local")) {
        err << "etcd-drill-cli init: --transport must be ssh or local, got '" << transport << "'\n";
        return kExitUsage;
    }
    DrillConfigInit::Options options;
    options.local = transport == QLatin1String("local");
    options.kubeconfig = parser.value(kubeconfigOption);
    options.context = parser.value(contextOption);
    options.output = parser.value(outputOption);
    options.sshUser = parser.value(sshUserOption);
    options.target = parser.value(targetOption);
    options.force = parser.isSet(forceOption);

    DrillConfigInit init;
    DrillConfigInit::Result result;
    QEventLoop loop;
    QObject::connect(&init, &DrillConfigInit::finished, &loop, [&](const DrillConfigInit::Result& r) {
        result = r;
        loop.quit();
    });
    init.start(options);
    loop.exec();

    if (!result.found.isEmpty()) {
        out << "Found:\n";
        for (const QString& line : std::as_const(result.found))
            out << "  " << line << "\n";
    }
    if (!result.ok) {
        out.flush();
        err << "etcd-drill-cli init: " << result.error << "\n";
        return kExitFailed;
    }
    out << "To fill in or check:\n";
    for (const QString& line : std::as_const(result.toFill))
        out << "  - " << line << "\n";
    out << "Wrote " << result.outputFile << ". Next: etcd-drill-cli status -c " << result.outputFile
        << ", then etcd-drill-cli run -c " << result.outputFile << " --dry-run\n";
    return kExitWritten;
}

} // namespace etcddrill
