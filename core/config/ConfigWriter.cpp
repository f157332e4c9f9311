#include "ConfigWriter.h"

#include "ConfigLoader.h"
#include "Duration.h"

#include <QRegularExpression>
#include <QSaveFile>

namespace etcddrill {

namespace {

// Plain scalars are easiest to read, but YAML gives some of them another meaning ("null", "~", "true",
// "#…", "key: value"); those are double-quoted. The loader reads every value as text, so quoting never
// changes what it gets.
QString scalar(const QString& text)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./~][A-Za-z0-9_./:@+=~-]*$"));
    static const QStringList reserved = {
        QStringLiteral("~"),   QStringLiteral("null"), QStringLiteral("true"), QStringLiteral("false"),
        QStringLiteral("yes"), QStringLiteral("no"),   QStringLiteral("on"),   QStringLiteral("off"),
        QStringLiteral("y"),   QStringLiteral("n")};
    if (plain.match(text).hasMatch() && !text.endsWith(u':') && !reserved.contains(text.toLower()))
        return text;
    QString quoted = QStringLiteral("\"");
    for (const QChar c : text) {
        if (c == u'"' || c == u'\\')
            quoted += u'\\' + QString(c);
        else if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            quoted += QStringLiteral("\\x%1").arg(uint(c.unicode()), 2, 16, QLatin1Char('0'));
        else
            quoted += c;
    }
    return quoted + u'"';
}

QString boolean(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

QString apiserverSection(const ApiserverSettings& apiserver)
{
    if (apiserver.isEmpty())
        return {};
    QString out = QStringLiteral(
        "# How etcd-drill reaches kube-apiserver: a kubeconfig, and files that override its CA and\n"
        "# credentials. No token here: token-file names a file holding it.\n"
        "apiserver:\n");
    auto line = [&out](const char* key, const QString& value) {
        if (!value.isEmpty())
            out += QStringLiteral("  %1: %2\n").arg(QLatin1String(key), scalar(value));
    };
    line("kubeconfig", apiserver.kubeconfig);
    line("context", apiserver.context);
    line("ca", apiserver.tls.caFile);
    line("cert", apiserver.tls.certFile);
    line("key", apiserver.tls.keyFile);
    line("token-file", apiserver.tokenFile);
    return out + u'\n';
}

QString probesSection(const ProbeSettings& probes)
{
    QString out =
        QStringLiteral("# Probes of the apiserver through every way in, to measure what clients see.\n"
                       "probes:\n");
    out += QStringLiteral("  # Default interval (20ms to 60s) and timeout (50ms to 60s) of every target.\n");
    out += QStringLiteral("  interval: %1\n").arg(Duration::format(probes.interval));
    out += QStringLiteral("  timeout: %1\n").arg(Duration::format(probes.timeout));
    out += QStringLiteral("  # Consecutive failed samples that open an outage window (1 to 100).\n");
    out += QStringLiteral("  outage-threshold: %1\n").arg(probes.outageThreshold);
    out +=
        QStringLiteral("  # A way in is degraded while more than degraded-threshold of its probes fail over "
                       "degraded-window.\n");
    out += QStringLiteral("  degraded-window: %1\n").arg(Duration::format(probes.degradedWindow));
    out += QStringLiteral("  degraded-threshold: %1%\n").arg(probes.degradedThreshold * 100.0, 0, 'g', 6);
    out +=
        QStringLiteral("  # Also probe every node's apiserver (targets named <node>-apiserver) at path.\n");
    out += QStringLiteral("  node-apiservers: %1\n").arg(boolean(probes.nodeApiservers));
    out += QStringLiteral("  path: %1\n").arg(scalar(probes.nodeApiserverPath));
    if (!probes.targets.isEmpty())
        out += QStringLiteral("  # Further ways in (VIP, domain): a unique name and the URL to request.\n"
                              "  targets:\n");
    for (const ProbeTargetConfig& target : probes.targets) {
        out += QStringLiteral("    - name: %1\n").arg(scalar(target.name));
        out += QStringLiteral("      url: %1\n").arg(scalar(target.url));
        if (target.interval)
            out += QStringLiteral("      interval: %1\n").arg(Duration::format(*target.interval));
        if (target.timeout)
            out += QStringLiteral("      timeout: %1\n").arg(Duration::format(*target.timeout));
        if (target.keepAlive)
            out += QStringLiteral("      keep-alive: true\n");
        if (!target.resolveAddress.isEmpty())
            out += QStringLiteral("      resolve: %1\n").arg(scalar(target.resolveAddress));
        if (target.maxOutage)
            out += QStringLiteral("      max-outage: %1\n").arg(Duration::format(*target.maxOutage));
        if (target.abortOutage)
            out += QStringLiteral("      abort-outage: %1\n").arg(Duration::format(*target.abortOutage));
        if (target.maxErrorRate)
            out += QStringLiteral("      max-error-rate: %1%\n").arg(*target.maxErrorRate * 100.0, 0, 'g', 6);
        if (target.abortErrorRate)
            out += QStringLiteral("      abort-error-rate: %1% for %2\n")
                       .arg(target.abortErrorRate->share * 100.0, 0, 'g', 6)
                       .arg(Duration::format(target.abortErrorRate->held));
        if (target.minAvailability)
            out += QStringLiteral("      min-availability: %1%\n")
                       .arg(*target.minAvailability * 100.0, 0, 'g', 6);
    }
    return out + u'\n';
}

QString drillSection(const DrillSettings& drill)
{
    QString out = QStringLiteral("# The drill: which member is stopped, how, and the limits of every step.\n"
                                 "drill:\n");
    QString target;
    switch (drill.targetKind) {
    case DrillSettings::TargetKind::Node:
        target = drill.targetNode;
        break;
    case DrillSettings::TargetKind::Leader:
        target = QStringLiteral("leader");
        break;
    case DrillSettings::TargetKind::Follower:
        target = QStringLiteral("follower");
        break;
    }
    if (!target.isEmpty())
        out += QStringLiteral("  # A node name, leader or follower.\n  target: %1\n").arg(scalar(target));
    out += QStringLiteral("  # static-pod, systemd or command; local or ssh (nodes[].ssh).\n");
    out += QStringLiteral("  fault: %1\n").arg(DrillSettings::faultName(drill.fault));
    out += QStringLiteral("  transport: %1\n")
               .arg(drill.transport == DrillSettings::Transport::Ssh ? QStringLiteral("ssh")
                                                                     : QStringLiteral("local"));
    out += QStringLiteral("  sudo: %1\n").arg(boolean(drill.sudo));
    out += QStringLiteral("  # static-pod: the manifest and where it is moved to, on the node.\n");
    out += QStringLiteral("  manifest: %1\n").arg(scalar(drill.manifest));
    out += QStringLiteral("  backup-dir: %1\n").arg(scalar(drill.backupDir));
    if (!drill.unit.isEmpty())
        out += QStringLiteral("  unit: %1\n").arg(scalar(drill.unit));
    if (!drill.stopCommand.isEmpty())
        out += QStringLiteral("  stop-command: %1\n").arg(scalar(drill.stopCommand));
    if (!drill.startCommand.isEmpty())
        out += QStringLiteral("  start-command: %1\n").arg(scalar(drill.startCommand));
    out += QStringLiteral("  ssh-connect-timeout: %1\n").arg(Duration::format(drill.sshConnectTimeout));
    out += QStringLiteral("  command-timeout: %1\n").arg(Duration::format(drill.commandTimeout));
    out +=
        QStringLiteral("  # The member must stop answering within stop-timeout and answer again within\n"
                       "  # start-timeout; the survivors are watched for observation, everything must stay\n"
                       "  # healthy for settle after recovery.\n");
    out += QStringLiteral("  stop-timeout: %1\n").arg(Duration::format(drill.stopTimeout));
    out += QStringLiteral("  start-timeout: %1\n").arg(Duration::format(drill.startTimeout));
    out += QStringLiteral("  observation: %1\n").arg(Duration::format(drill.observation));
    out += QStringLiteral("  settle: %1\n").arg(Duration::format(drill.settle));
    out += QStringLiteral("  # Raft index lag behind the leader that counts as caught up.\n");
    out += QStringLiteral("  max-index-lag: %1\n").arg(drill.maxIndexLag);
    // The default folder is left out so that the file stays valid for another user or machine.
    if (!drill.journalDir.isEmpty() && drill.journalDir != ConfigLoader::defaultJournalDir())
        out += QStringLiteral("  journal-dir: %1\n").arg(scalar(drill.journalDir));
    out += QStringLiteral(
        "  # Puts per second, each to a new key under <write-prefix>workload/, checked after the\n"
        "  # recovery and deleted; 0 for none.\n");
    out += QStringLiteral("  workload:\n    rate: %1\n").arg(drill.workload.rate);
    out += QStringLiteral("  # What the drill must show to pass.\n  hypothesis:\n");
    out += QStringLiteral("    write-failures: %1\n").arg(drill.hypothesis.writeFailures);
    out += QStringLiteral("    max-election: %1\n").arg(Duration::format(drill.hypothesis.maxElection));
    out += QStringLiteral("    max-recovery: %1\n").arg(Duration::format(drill.hypothesis.maxRecovery));
    out += QStringLiteral("    lost-writes: %1\n").arg(drill.hypothesis.lostWrites);
    out += QStringLiteral("    hashes-agree: %1\n").arg(boolean(drill.hypothesis.hashesAgree));
    return out;
}

QString notifySection(const NotifySettings& notify)
{
    if (notify.targets.isEmpty())
        return {};
    QString out =
        QStringLiteral("\n# Who is told when the drill starts, at each gate, at the stop, on a stop "
                       "condition or abort,\n# and of the verdict. URLs come from a file or an "
                       "environment variable, never from here.\nnotify:\n");
    out += QStringLiteral("  timeout: %1\n").arg(Duration::format(notify.timeout));
    out += QStringLiteral("  webhooks:\n");
    for (const NotifyTarget& t : notify.targets) {
        out += QStringLiteral("    - name: %1\n").arg(scalar(t.name));
        out += QStringLiteral("      format: %1\n").arg(NotifyTarget::formatName(t.format));
        if (!t.urlFile.isEmpty())
            out += QStringLiteral("      url-file: %1\n").arg(scalar(t.urlFile));
        if (!t.urlEnv.isEmpty())
            out += QStringLiteral("      url-env: %1\n").arg(scalar(t.urlEnv));
        if (!t.secretFile.isEmpty())
            out += QStringLiteral("      secret-file: %1\n").arg(scalar(t.secretFile));
        if (!t.secretEnv.isEmpty())
            out += QStringLiteral("      secret-env: %1\n").arg(scalar(t.secretEnv));
        if (!t.events.isEmpty())
            out += QStringLiteral("      events: [%1]\n").arg(t.events.join(QStringLiteral(", ")));
    }
    return out;
}

} // namespace

QString ConfigWriter::toYaml(const DrillConfig& config)
{
    const EtcdSettings& etcd = config.etcd;
    QString out;
    out += QStringLiteral("# etcd-drill configuration (schema version 1). Every key is described in\n"
                          "# docs/config-reference.md.\n\n");
    out += QStringLiteral("# The cluster's name, shown in the console, the status output and the report.\n");
    out += QStringLiteral("cluster: %1\n\n").arg(scalar(config.clusterName));

    out += QStringLiteral("etcd:\n");
    if (!etcd.tls.isEmpty()) {
        out += QStringLiteral(
            "  # Client TLS files (PEM): the CA that signed the etcd servers, our certificate and "
            "its key.\n  tls:\n");
        if (!etcd.tls.caFile.isEmpty())
            out += QStringLiteral("    ca: %1\n").arg(scalar(etcd.tls.caFile));
        if (!etcd.tls.certFile.isEmpty())
            out += QStringLiteral("    cert: %1\n").arg(scalar(etcd.tls.certFile));
        if (!etcd.tls.keyFile.isEmpty())
            out += QStringLiteral("    key: %1\n").arg(scalar(etcd.tls.keyFile));
    }
    out += QStringLiteral("  # Deadline of every etcd request (more than 0, at most 60s).\n");
    out += QStringLiteral("  timeout: %1\n").arg(Duration::format(etcd.requestTimeout));
    out += QStringLiteral("  # How often every member is polled (50ms to 60s).\n");
    out += QStringLiteral("  poll-interval: %1\n").arg(Duration::format(etcd.pollInterval));
    out += QStringLiteral("  # Opt-in check that puts, reads back and deletes a key under write-prefix.\n");
    out += QStringLiteral("  write-check: %1\n").arg(etcd.writeCheck ? u"true" : u"false");
    out += QStringLiteral("  write-prefix: %1\n\n").arg(scalar(etcd.writePrefix));

    out += QStringLiteral("# The control-plane nodes (1 to 7): a unique name, the etcd client endpoint, and\n"
                          "# optionally the apiserver URL, the ssh target and the node's own manifest and\n"
                          "# backup-dir.\n");
    if (config.nodes.isEmpty())
        out += QStringLiteral("nodes: []\n");
    else
        out += QStringLiteral("nodes:\n");
    for (const NodeConfig& node : config.nodes) {
        out += QStringLiteral("  - name: %1\n").arg(scalar(node.name));
        out += QStringLiteral("    etcd: %1\n").arg(scalar(node.etcdEndpoint));
        if (!node.apiserverUrl.isEmpty())
            out += QStringLiteral("    apiserver: %1\n").arg(scalar(node.apiserverUrl));
        if (!node.sshHost.isEmpty())
            out += QStringLiteral("    ssh: %1\n").arg(scalar(node.sshHost));
        if (!node.manifest.isEmpty())
            out += QStringLiteral("    manifest: %1\n").arg(scalar(node.manifest));
        if (!node.backupDir.isEmpty())
            out += QStringLiteral("    backup-dir: %1\n").arg(scalar(node.backupDir));
    }
    out += u'\n';
    out += apiserverSection(config.apiserver);
    out += probesSection(config.probes);
    out += drillSection(config.drill);
    out += notifySection(config.notify);
    return out;
}

bool ConfigWriter::writeFile(const DrillConfig& config, const QString& path, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.write(toYaml(config).toUtf8());
    if (!file.commit()) {
        if (error)
            *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace etcddrill
