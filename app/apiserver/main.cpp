// etcd-drill-lab-apiserver: the embedded lab's kube-apiserver stand-in for one node, started by the lab's
// node agent from <lab>/<node>/manifests/kube-apiserver.yaml like kubelet starts kube-apiserver. Parses the
// options, starts an etcddrill::ApiserverSimulator and runs the event loop until it is killed (SIGTERM from
// the node agent when the manifest goes away, or the death signal when the lab supervisor dies).
#include "ApiserverSimulator.h"
#include "diag/CrashHandler.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>
#include <QTextStream>

namespace {

constexpr int kExitFailure = 1;
constexpr int kExitUsage = 3;

// "127.0.10.1:6443" -> address and port; false for anything else (IPv6 literals in brackets too).
bool parseListen(const QString& text, QHostAddress* address, quint16* port)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    bool ok = false;
    const uint number = text.mid(colon + 1).toUInt(&ok);
    QString host = text.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    if (!ok || number > 65535 || !address->setAddress(host))
        return false;
    *port = quint16(number);
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    etcddrill::CrashHandler::install(QStringLiteral("etcd-drill-lab-apiserver"));
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("etcd-drill-lab-apiserver"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ETCD_DRILL_VERSION));
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "The etcd-drill lab's apiserver for one node: HTTPS, backed by that node's etcd only. Started by "
        "'etcd-drill-cli lab up' from <lab>/<node>/manifests/kube-apiserver.yaml."));
    parser.addHelpOption();
    parser.addVersionOption();
    const auto option = [&parser](const char* name, const char* description, const char* value) {
        parser.addOption(QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(description),
                                            QString::fromLatin1(value)));
    };
    option("node", "Node name, sent in every response's X-Etcd-Drill-Node header (e.g. M1).", "name");
    option("listen", "Address and port to serve HTTPS on (e.g. 127.0.10.1:6443).", "ip:port");
    option("etcd", "This node's etcd client URL (e.g. https://127.0.10.1:2379).", "url");
    option("ca", "CA certificate that signed etcd's server certificate.", "file");
    option("cert", "Client certificate for etcd.", "file");
    option("key", "Client key for etcd.", "file");
    option("tls-cert", "This apiserver's serving certificate (PEM).", "file");
    option("tls-key", "This apiserver's serving key (PEM).", "file");
    option("token-file", "File holding the bearer token accepted for the API.", "file");
    option("state-file", "The lab's state.json, for the etcd pods and Endpoints.", "file");
    option("ground-truth", "The lab's ground-truth.jsonl, to record ready/unready transitions.", "file");
    parser.process(app);

    for (const char* required : {"node", "listen", "etcd", "tls-cert", "tls-key", "token-file"}) {
        if (!parser.isSet(QString::fromLatin1(required))) {
            err << "etcd-drill-lab-apiserver: --" << required << " is required (see --help)\n";
            return kExitUsage;
        }
    }
    etcddrill::ApiserverSimulator::Options options;
    if (!parseListen(parser.value(QStringLiteral("listen")), &options.listenAddress, &options.port)) {
        err << "etcd-drill-lab-apiserver: --listen '" << parser.value(QStringLiteral("listen"))
            << "' is not an address:port such as 127.0.10.1:6443\n";
        return kExitUsage;
    }
    options.node = parser.value(QStringLiteral("node"));
    options.etcdEndpoint = parser.value(QStringLiteral("etcd"));
    options.etcdTls.caFile = parser.value(QStringLiteral("ca"));
    options.etcdTls.certFile = parser.value(QStringLiteral("cert"));
    options.etcdTls.keyFile = parser.value(QStringLiteral("key"));
    options.tlsCertFile = parser.value(QStringLiteral("tls-cert"));
    options.tlsKeyFile = parser.value(QStringLiteral("tls-key"));
    options.tokenFile = parser.value(QStringLiteral("token-file"));
    options.stateFile = parser.value(QStringLiteral("state-file"));
    options.groundTruthFile = parser.value(QStringLiteral("ground-truth"));

    etcddrill::ApiserverSimulator simulator(options);
    QString error;
    if (!simulator.start(&error)) {
        err << "etcd-drill-lab-apiserver: " << error << "\n";
        return kExitFailure;
    }
    return QCoreApplication::exec();
}
