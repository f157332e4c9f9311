#include "StatusCommand.h"

#include "CommandHelp.h"

#include "StatusTable.h"

#include "config/ConfigLoader.h"
#include "etcd/ClusterMonitor.h"
#include "etcd/ClusterSnapshotJson.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QTextStream>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <unistd.h>

namespace etcddrill {

namespace {

constexpr int kExitConfig = 3;

volatile std::sig_atomic_t g_interrupted = 0;

void onInterrupt(int)
{
    g_interrupted = 1;
}

int exitCodeFor(const ClusterSnapshot& snapshot)
{
    switch (snapshot.health()) {
    case ClusterSnapshot::Health::Healthy:
        return 0;
    case ClusterSnapshot::Health::Degraded:
        return 1;
    case ClusterSnapshot::Health::QuorumLost:
        break;
    }
    return 2;
}

QString jsonLine(QJsonObject object, const QString& type, const QString& clusterName)
{
    object.insert(QStringLiteral("type"), type);
    object.insert(QStringLiteral("cluster"), clusterName);
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

int StatusCommand::run(const QStringList& arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Shows every etcd endpoint of the cluster (like `etcdctl endpoint status -w table`), the member "
        "list, the "
        "leader and the quorum.\nWithout -c, reads ETCDCTL_ENDPOINTS, ETCDCTL_CACERT, ETCDCTL_CERT and "
        "ETCDCTL_KEY as etcdctl does.\nExit codes: 0 healthy, 1 degraded (quorum held, a member down), 2 "
        "quorum "
        "lost or unreachable, 3 config error."));
    parser.addHelpOption();
    const QCommandLineOption configOption(
        {QStringLiteral("c"), QStringLiteral("config")},
        QStringLiteral("Drill config (YAML), see docs/config-reference.md."), QStringLiteral("file"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QStringLiteral("Print JSON instead of tables."));
    const QCommandLineOption watchOption(
        QStringLiteral("watch"),
        QStringLiteral(
            "Refresh on every poll and print change events until interrupted (Ctrl+C). With --json: "
            "one JSON object per line, snapshots and events."));
    parser.addOptions({configOption, jsonOption, watchOption});
    QStringList argv = arguments;
    argv.prepend(QStringLiteral("etcd-drill-cli status"));
    if (!parser.parse(argv)) {
        err << "etcd-drill-cli status: " << parser.errorText() << "\nRun 'etcd-drill-cli status --help'.\n";
        return kExitConfig;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << CommandHelp::text(parser, QStringLiteral("status"));
        return 0;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err << "etcd-drill-cli status: unexpected argument '" << parser.positionalArguments().constFirst()
            << "'. Give the config with -c drill.yaml.\n";
        return kExitConfig;
    }

    const ConfigLoader loader;
    ConfigLoadResult loaded;
    if (parser.isSet(configOption)) {
        loaded = loader.load(parser.value(configOption));
    } else if (QProcessEnvironment::systemEnvironment().contains(QStringLiteral("ETCDCTL_ENDPOINTS"))) {
        loaded = loader.fromEnvironment();
    } else {
        err << "etcd-drill-cli status: no cluster given: pass -c drill.yaml, or set ETCDCTL_ENDPOINTS (and "
               "ETCDCTL_CACERT, ETCDCTL_CERT, ETCDCTL_KEY for TLS) as for etcdctl.\n";
        return kExitConfig;
    }
    if (!loaded.ok()) {
        err << loaded.errorText() << "\n";
        return kExitConfig;
    }
    const DrillConfig config = *loaded.config;

    ClusterMonitor monitor(config);
    const bool json = parser.isSet(jsonOption);

    if (!parser.isSet(watchOption)) {
        ClusterSnapshot snapshot;
        QEventLoop loop;
        QObject::connect(&monitor, &ClusterMonitor::snapshotReady, &loop, [&](const ClusterSnapshot& s) {
            snapshot = s;
            loop.quit();
        });
        monitor.pollOnce();
        loop.exec();
        if (json) {
            QJsonObject object = ClusterSnapshotJson::toJson(snapshot);
            object.insert(QStringLiteral("cluster"), config.clusterName);
            out << QJsonDocument(object).toJson(QJsonDocument::Indented);
        } else {
            out << StatusTable::render(config.clusterName, snapshot);
        }
        out.flush();
        // One-shot: everything is printed and nothing is left to write. An orderly teardown of the gRPC
        // channels (TLS close, joining gRPC's threads) would add ~8 ms to every scripted `status` call for
        // nothing the kernel does not do anyway when the process ends.
        std::fflush(nullptr);
        std::_Exit(exitCodeFor(snapshot));
    }

    // --watch: on a terminal the table is redrawn in place with the latest events under it; into a pipe or a
    // file, events are printed as lines and the table only when something changed, so logs stay readable.
    const bool terminal = !json && isatty(STDOUT_FILENO);
    QStringList recentEvents;
    int exitCode = 2;
    bool changed = true;
    QObject::connect(&monitor, &ClusterMonitor::clusterEvent, [&](const ClusterEvent& event) {
        changed = true;
        if (json) {
            out << jsonLine(ClusterSnapshotJson::toJson(event), QStringLiteral("event"), config.clusterName)
                << "\n";
            out.flush();
            return;
        }
        const QString line =
            event.wallTime.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz ")) + event.describe();
        if (terminal) {
            recentEvents.append(line);
            while (recentEvents.size() > 10)
                recentEvents.removeFirst();
        } else {
            out << line << "\n";
            out.flush();
        }
    });
    QObject::connect(&monitor, &ClusterMonitor::snapshotReady, [&](const ClusterSnapshot& snapshot) {
        exitCode = exitCodeFor(snapshot);
        if (json) {
            out << jsonLine(ClusterSnapshotJson::toJson(snapshot), QStringLiteral("snapshot"),
                            config.clusterName)
                << "\n";
        } else if (terminal) {
            out << "\x1b[H\x1b[2J" << snapshot.wallTime.toLocalTime().toString(Qt::ISODate)
                << "  (Ctrl+C to stop)\n"
                << StatusTable::render(config.clusterName, snapshot) << "\nRecent events:\n"
                << (recentEvents.isEmpty()
                        ? QStringLiteral("  (none)\n")
                        : QStringLiteral("  ") + recentEvents.join(QStringLiteral("\n  ")) +
                              QLatin1Char('\n'));
        } else if (changed) {
            out << StatusTable::render(config.clusterName, snapshot);
        }
        changed = false;
        out.flush();
    });

    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    QTimer interruptPoll; // a signal handler may only set a flag; the event loop looks at it
    QObject::connect(&interruptPoll, &QTimer::timeout, [] {
        if (g_interrupted)
            QCoreApplication::quit();
    });
    interruptPoll.start(100);
    monitor.start();
    QCoreApplication::exec();
    monitor.stop();
    return exitCode;
}

} // namespace etcddrill
