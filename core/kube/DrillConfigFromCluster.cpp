#include "DrillConfigFromCluster.h"

#include "ConfigWriter.h"

#include <algorithm>

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QUrl>

namespace etcddrill {

namespace {

// "k8s.example.com:6443" → host and port (6443 when none is written); "[fd00::1]:6443" too.
std::pair<QString, int> splitEndpoint(const QString& endpoint)
{
    const QUrl url(QStringLiteral("https://") + endpoint);
    return {url.host(), url.port(6443)};
}

bool isAddress(const QString& host)
{
    return !QHostAddress(host).isNull();
}

QString urlHost(const QString& host)
{
    return host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
}

QString hostOfUrl(const QString& url)
{
    return QUrl(url).host();
}

} // namespace

DrillConfigFromCluster::Result DrillConfigFromCluster::build(const Inputs& in)
{
    Result result;
    const KubeadmCluster& cluster = in.cluster;
    DrillConfig config;
    config.sourceFile = in.outputFile;
    config.clusterName = !cluster.clusterName.isEmpty() && cluster.clusterName != QLatin1String("kubernetes")
                             ? cluster.clusterName
                             : in.access.cluster;
    if (config.clusterName.isEmpty())
        config.clusterName = QStringLiteral("cluster");

    // etcd TLS: kubeadm's healthcheck-client, made for probing etcd.
    const QString pki = cluster.certificatesDir;
    config.etcd.tls.caFile = pki + QStringLiteral("/etcd/ca.crt");
    config.etcd.tls.certFile = pki + QStringLiteral("/etcd/healthcheck-client.crt");
    config.etcd.tls.keyFile = pki + QStringLiteral("/etcd/healthcheck-client.key");
    result.found << QStringLiteral("etcd TLS: %1/etcd/{ca.crt,healthcheck-client.crt,healthcheck-client.key} "
                                   "(certificatesDir)")
                        .arg(pki);
    for (const QString& file : {config.etcd.tls.caFile, config.etcd.tls.certFile, config.etcd.tls.keyFile}) {
        if (!QFileInfo(file).isReadable()) {
            result.toFill << QStringLiteral(
                                 "%1 cannot be read here: run etcd-drill as root on a control-plane node, or "
                                 "copy the three etcd files and change etcd.tls")
                                 .arg(file);
            break;
        }
    }

    const QString user = in.sshUser.isEmpty() ? QStringLiteral("root") : in.sshUser;
    QStringList nodeAddresses;
    QStringList unknownStaticPods;
    QStringList staticPodLines;
    for (const KubeadmCluster::Node& node : cluster.nodes) {
        NodeConfig entry;
        entry.name = node.name;
        entry.etcdEndpoint = node.etcdUrl;
        entry.apiserverUrl = node.apiserverUrl;
        const QString host = node.internalIp.isEmpty() ? hostOfUrl(node.etcdUrl) : node.internalIp;
        if (!in.local)
            entry.sshHost = user + QLatin1Char('@') + urlHost(host);
        // kubelet's static pod folder when it is not kubeadm's: the manifest there, the backup beside it.
        const QString kubeadmFolder = QStringLiteral("/etc/kubernetes/manifests");
        if (!node.staticPodPath.isEmpty() && QDir::cleanPath(node.staticPodPath) != kubeadmFolder) {
            entry.manifest = QDir::cleanPath(node.staticPodPath) + QStringLiteral("/etcd.yaml");
            entry.backupDir =
                QFileInfo(QDir::cleanPath(node.staticPodPath)).path() + QStringLiteral("/etcd-backup");
            staticPodLines
                << QStringLiteral("%1: kubelet's static pods in %2").arg(node.name, node.staticPodPath);
        } else if (node.staticPodPath.isEmpty()) {
            unknownStaticPods << node.name;
        }
        config.nodes.append(entry);
        nodeAddresses << host << hostOfUrl(node.etcdUrl) << hostOfUrl(node.apiserverUrl);
        result.found << QStringLiteral("%1: etcd %2 (%3), apiserver %4 (%5)")
                            .arg(node.name, node.etcdUrl,
                                 node.etcdFromAnnotation ? QStringLiteral("kubeadm annotation")
                                                         : QStringLiteral("InternalIP, default port"),
                                 node.apiserverUrl.isEmpty() ? QStringLiteral("none") : node.apiserverUrl,
                                 node.apiserverFromAnnotation ? QStringLiteral("kubeadm annotation")
                                                              : QStringLiteral("InternalIP, default port"));
        if (!node.etcdFromAnnotation)
            result.toFill << QStringLiteral(
                                 "%1's etcd URL is a guess from its InternalIP (no etcd-%1 pod with "
                                 "kubeadm's annotation): check nodes[].etcd")
                                 .arg(node.name);
    }
    result.found << staticPodLines;
    if (!unknownStaticPods.isEmpty())
        result.toFill << QStringLiteral("the kubelet of %1 did not say where its static pods are (configz): "
                                        "the drill assumes kubeadm's /etc/kubernetes/manifests/etcd.yaml")
                             .arg(unknownStaticPods.join(QStringLiteral(", ")));
    if (in.local)
        result.found << QStringLiteral("fault: on this machine (--transport local)");
    else if (in.sshUser.isEmpty())
        result.toFill << QStringLiteral("the fault logs in with ssh as root@<node>; pass --ssh-user (and set "
                                        "drill.sudo: true for a user that needs sudo)");

    config.apiserver.kubeconfig = in.access.file;
    config.apiserver.context = in.access.context;

    // The ways in. The kubeconfig's server: a VIP when it is an address that is no node's, the domain when
    // it is a name; controlPlaneEndpoint adds the domain when it is a name not yet probed.
    const QUrl server = in.access.clientUrl();
    // Never a user:password a kubeconfig's server may carry, in messages or the file's header.
    const QString serverText = server.toDisplayString(QUrl::RemoveUserInfo);
    const auto [cpeHost, cpePort] = splitEndpoint(cluster.controlPlaneEndpoint);
    const auto addTarget = [&](const QString& name, const QString& host, int port, const QString& resolve) {
        ProbeTargetConfig target;
        target.name = name;
        target.url = QStringLiteral("https://%1:%2/readyz").arg(urlHost(host)).arg(port);
        target.resolveAddress = resolve;
        target.maxOutage = std::chrono::seconds(5);
        target.abortOutage = std::chrono::minutes(2);
        if (name == QLatin1String("domain")) {
            target.maxErrorRate = 0.01;
            target.minAvailability = 0.99;
        }
        config.probes.targets.append(target);
        result.found << QStringLiteral("probe %1: %2%3")
                            .arg(name, target.url,
                                 resolve.isEmpty() ? QString()
                                                   : QStringLiteral(" (connecting to %1)").arg(resolve));
    };
    QString domainResolve;
    if (!cpeHost.isEmpty() && !isAddress(cpeHost)) {
        for (const KubeconfigAccess& other : in.otherAccess + QList<KubeconfigAccess>{in.access}) {
            if (other.tlsServerName == cpeHost && !other.resolveAddress().isEmpty())
                domainResolve = other.resolveAddress();
        }
    }
    const QString serverHost = server.host();
    const bool cpeIsName = !cpeHost.isEmpty() && !isAddress(cpeHost);
    QStringList nodeNames;
    for (const KubeadmCluster::Node& node : cluster.nodes)
        nodeNames << node.name;
    if (nodeAddresses.contains(serverHost) || nodeNames.contains(serverHost, Qt::CaseInsensitive)) {
        result.toFill << QStringLiteral(
                             "the kubeconfig's server %1 is a node's own apiserver, not a VIP: add "
                             "your VIP as a probe target named vip")
                             .arg(serverText);
    } else if (isAddress(serverHost)) {
        addTarget(QStringLiteral("vip"), serverHost, server.port(6443), QString());
    } else if (serverHost.compare(cpeHost, Qt::CaseInsensitive) == 0) {
        // The domain itself: probed below as controlPlaneEndpoint; the VIP behind it is not named anywhere
        // the apiserver can tell.
        result.toFill << QStringLiteral(
                             "the kubeconfig's server is the domain %1 (controlPlaneEndpoint): add "
                             "the VIP behind it as a probe target named vip, so the drill tells "
                             "the load balancer's outage from the name's")
                             .arg(serverHost);
    } else {
        // A name that is not controlPlaneEndpoint: "domain" when kubeadm names none, else its own target.
        addTarget(cpeIsName ? QStringLiteral("kubeconfig-server") : QStringLiteral("domain"), serverHost,
                  server.port(6443), in.access.resolveAddress());
    }
    if (cpeIsName) {
        if (domainResolve.isEmpty() && in.endpointResolves == std::optional<bool>(false))
            result.toFill << QStringLiteral("%1 (controlPlaneEndpoint) does not resolve on this machine: add "
                                            "resolve: <address> under the domain target, or fix DNS")
                                 .arg(cpeHost);
        else if (domainResolve.isEmpty() && !in.endpointResolves)
            result.toFill << QStringLiteral("%1 (controlPlaneEndpoint) could not be looked up in time: check "
                                            "that it resolves here, or add resolve: <address> under the "
                                            "domain target")
                                 .arg(cpeHost);
        addTarget(QStringLiteral("domain"), cpeHost, cpePort, domainResolve);
    } else if (cluster.controlPlaneEndpoint.isEmpty()) {
        result.toFill << QStringLiteral("kubeadm-config has no controlPlaneEndpoint: if clients use a domain "
                                        "name, add it as a probe target named domain");
    } else if (cpeHost != serverHost && !nodeAddresses.contains(cpeHost)) {
        // An address that is no node's: the VIP, unless the kubeconfig's server already is one.
        const bool haveVip =
            std::any_of(config.probes.targets.begin(), config.probes.targets.end(),
                        [](const ProbeTargetConfig& t) { return t.name == QLatin1String("vip"); });
        addTarget(haveVip ? QStringLiteral("control-plane-endpoint") : QStringLiteral("vip"), cpeHost,
                  cpePort, QString());
    }
    config.probes.nodeApiservers = true;
    result.toFill << QStringLiteral("review the hypotheses (probes.targets[].max-outage, max-error-rate, "
                                    "drill.hypothesis) against what your clients tolerate");

    config.drill.targetKind = DrillSettings::TargetKind::Node;
    config.drill.targetNode = in.target.isEmpty() ? cluster.nodes.last().name : in.target;
    if (!in.target.isEmpty()) {
        const bool known = std::any_of(cluster.nodes.begin(), cluster.nodes.end(),
                                       [&](const KubeadmCluster::Node& n) { return n.name == in.target; });
        if (!known) {
            QStringList names;
            for (const KubeadmCluster::Node& n : cluster.nodes)
                names << n.name;
            result.error = QStringLiteral("--target %1 is not a control-plane node of this cluster (%2)")
                               .arg(in.target, names.join(QStringLiteral(", ")));
            return result;
        }
    }
    config.drill.fault = DrillSettings::Fault::StaticPod;
    config.drill.transport = in.local ? DrillSettings::Transport::Local : DrillSettings::Transport::Ssh;
    if (cluster.nodes.size() < 3)
        result.toFill << QStringLiteral("only %1 control-plane node(s): stopping one member of fewer than 3 "
                                        "loses quorum")
                             .arg(cluster.nodes.size());

    QString header =
        QStringLiteral("# Written by `etcd-drill-cli init` on %1 from %2 (context %3), read through %4.\n")
            .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")),
                 in.access.file, in.access.context, serverText);
    header += QStringLiteral("# Found:\n");
    for (const QString& line : std::as_const(result.found))
        header += QStringLiteral("#   - %1\n").arg(line);
    header += QStringLiteral("# Before the first drill:\n");
    for (const QString& line : std::as_const(result.toFill))
        header += QStringLiteral("#   - %1\n").arg(line);
    header += QStringLiteral("# Check it with: etcd-drill-cli status -c %1, then run --dry-run.\n\n")
                  .arg(in.outputFile);
    result.yaml = header + ConfigWriter::toYaml(config);
    result.config = config;
    return result;
}

} // namespace etcddrill
