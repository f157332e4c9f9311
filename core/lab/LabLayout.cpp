#include "LabLayout.h"

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

namespace etcddrill {

namespace {

// Node addresses are base+0…base+6 and the domain is base+100: the last octet must leave room for it.
constexpr int kDomainOffset = 100;
constexpr int kVipOffset = 99;
constexpr int kMaxPortOffset = 65535 - 6443;
// haproxy accepts much longer intervals, but a drill measures seconds: beyond a minute the VIP would keep a
// dead apiserver for minutes. Below 100 ms the checks themselves load the apiservers.
constexpr std::chrono::milliseconds kMinHaproxyInter{100};
constexpr std::chrono::milliseconds kMaxHaproxyInter{60000};
constexpr int kMaxHaproxyCount = 100;

void setError(QString* error, const QString& message)
{
    if (error)
        *error = message;
}

QString addressPlus(const QString& base, int delta)
{
    const QHostAddress address(base);
    return QHostAddress(address.toIPv4Address() + quint32(delta)).toString();
}

} // namespace

QString LabLayout::defaultDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/etcd-drill/lab");
}

bool LabLayout::validate(QString* error) const
{
    if (dir.isEmpty() || !QDir::isAbsolutePath(dir)) {
        setError(error, QStringLiteral("the lab directory '%1' must be an absolute path (--dir)").arg(dir));
        return false;
    }
    QHostAddress base;
    if (!base.setAddress(baseAddress) || base.protocol() != QAbstractSocket::IPv4Protocol) {
        setError(error, QStringLiteral("--base-address '%1' is not an IPv4 address; use e.g. 127.0.10.1")
                            .arg(baseAddress));
        return false;
    }
    if ((base.toIPv4Address() >> 24) != 127) {
        setError(error,
                 QStringLiteral("--base-address %1 is not a loopback address: the lab only binds 127.0.0.0/8 "
                                "(e.g. 127.0.10.1)")
                     .arg(baseAddress));
        return false;
    }
    const int lastOctet = int(base.toIPv4Address() & 0xff);
    if (lastOctet < 1 || lastOctet + kDomainOffset > 254) {
        setError(error,
                 QStringLiteral("--base-address %1: the last number must be between 1 and %2, so that the "
                                "nodes, the VIP (+%3) and the domain (+%4) fit in the same /24")
                     .arg(baseAddress)
                     .arg(254 - kDomainOffset)
                     .arg(kVipOffset)
                     .arg(kDomainOffset));
        return false;
    }
    if (members != 1 && members != 3 && members != 5 && members != 7) {
        setError(
            error,
            QStringLiteral("--members %1: use 1, 3, 5 or 7 (an odd count, as etcd recommends)").arg(members));
        return false;
    }
    if (portOffset < 0 || portOffset > kMaxPortOffset) {
        setError(error, QStringLiteral("--port-offset %1: use 0 to %2 (ports 2379…6443 are shifted by it)")
                            .arg(portOffset)
                            .arg(kMaxPortOffset));
        return false;
    }
    if (haproxyInter < kMinHaproxyInter || haproxyInter > kMaxHaproxyInter) {
        setError(
            error,
            QStringLiteral("--haproxy-inter %1 ms: use 100ms to 60s (e.g. 1s)").arg(haproxyInter.count()));
        return false;
    }
    if (haproxyFall < 1 || haproxyFall > kMaxHaproxyCount || haproxyRise < 1 ||
        haproxyRise > kMaxHaproxyCount) {
        setError(error, QStringLiteral("--haproxy-fall %1 / --haproxy-rise %2: use 1 to %3 checks each")
                            .arg(haproxyFall)
                            .arg(haproxyRise)
                            .arg(kMaxHaproxyCount));
        return false;
    }
    return true;
}

QString LabLayout::nodeName(int index) const
{
    return QStringLiteral("M%1").arg(index + 1);
}

int LabLayout::indexOfNode(const QString& name) const
{
    for (int i = 0; i < members; ++i) {
        if (nodeName(i) == name)
            return i;
    }
    return -1;
}

QString LabLayout::nodeAddress(int index) const
{
    return addressPlus(baseAddress, index);
}

QString LabLayout::vipAddress() const
{
    return addressPlus(baseAddress, kVipOffset);
}

QString LabLayout::domainAddress() const
{
    return addressPlus(baseAddress, kDomainOffset);
}

QString LabLayout::domainName()
{
    return QStringLiteral("k8s.lab.etcd-drill.test");
}

QString LabLayout::apiserverUrl(int index) const
{
    return QStringLiteral("https://%1:%2").arg(nodeAddress(index)).arg(apiserverPort());
}

QString LabLayout::vipUrl() const
{
    return QStringLiteral("https://%1:%2").arg(vipAddress()).arg(loadBalancerPort());
}

QString LabLayout::domainUrl() const
{
    return QStringLiteral("https://%1:%2").arg(domainName()).arg(loadBalancerPort());
}

QString LabLayout::etcdClientUrl(int index) const
{
    return QStringLiteral("https://%1:%2").arg(nodeAddress(index)).arg(etcdClientPort());
}

QString LabLayout::etcdPeerUrl(int index) const
{
    return QStringLiteral("https://%1:%2").arg(nodeAddress(index)).arg(etcdPeerPort());
}

QString LabLayout::etcdMetricsUrl(int index) const
{
    return QStringLiteral("http://%1:%2").arg(nodeAddress(index)).arg(etcdMetricsPort());
}

QString LabLayout::initialCluster() const
{
    QStringList parts;
    for (int i = 0; i < members; ++i)
        parts << nodeName(i) + QLatin1Char('=') + etcdPeerUrl(i);
    return parts.join(QLatin1Char(','));
}

QList<LabBinding> LabLayout::etcdBindings() const
{
    QList<LabBinding> result;
    for (int i = 0; i < members; ++i) {
        const QString address = nodeAddress(i);
        result.append({address, etcdClientPort(), QStringLiteral("etcd client port of %1").arg(nodeName(i))});
        result.append({address, etcdPeerPort(), QStringLiteral("etcd peer port of %1").arg(nodeName(i))});
        result.append(
            {address, etcdMetricsPort(), QStringLiteral("etcd metrics port of %1").arg(nodeName(i))});
    }
    return result;
}

QList<LabBinding> LabLayout::bindings() const
{
    QList<LabBinding> result = etcdBindings();
    for (int i = 0; i < members; ++i)
        result.append({nodeAddress(i), apiserverPort(), QStringLiteral("apiserver of %1").arg(nodeName(i))});
    result.append({vipAddress(), loadBalancerPort(), QStringLiteral("VIP (haproxy)")});
    result.append(
        {domainAddress(), loadBalancerPort(), QStringLiteral("domain %1 (nginx)").arg(domainName())});
    return result;
}

QString LabLayout::pkiDir() const
{
    return dir + QStringLiteral("/pki");
}

QString LabLayout::caCertFile() const
{
    return pkiDir() + QStringLiteral("/etcd/ca.crt");
}

QString LabLayout::caKeyFile() const
{
    return pkiDir() + QStringLiteral("/etcd/ca.key");
}

QString LabLayout::serverCertFile(int index) const
{
    return pkiDir() + QStringLiteral("/etcd/%1/server.crt").arg(nodeName(index));
}

QString LabLayout::serverKeyFile(int index) const
{
    return pkiDir() + QStringLiteral("/etcd/%1/server.key").arg(nodeName(index));
}

QString LabLayout::peerCertFile(int index) const
{
    return pkiDir() + QStringLiteral("/etcd/%1/peer.crt").arg(nodeName(index));
}

QString LabLayout::peerKeyFile(int index) const
{
    return pkiDir() + QStringLiteral("/etcd/%1/peer.key").arg(nodeName(index));
}

QString LabLayout::clientCertFile() const
{
    return pkiDir() + QStringLiteral("/etcd/healthcheck-client.crt");
}

QString LabLayout::clientKeyFile() const
{
    return pkiDir() + QStringLiteral("/etcd/healthcheck-client.key");
}

QString LabLayout::kubernetesCaCertFile() const
{
    return pkiDir() + QStringLiteral("/ca.crt");
}

QString LabLayout::kubernetesCaKeyFile() const
{
    return pkiDir() + QStringLiteral("/ca.key");
}

QString LabLayout::apiserverCertFile(int index) const
{
    return pkiDir() + QStringLiteral("/%1/apiserver.crt").arg(nodeName(index));
}

QString LabLayout::apiserverKeyFile(int index) const
{
    return pkiDir() + QStringLiteral("/%1/apiserver.key").arg(nodeName(index));
}

QString LabLayout::apiserverEtcdClientCertFile(int index) const
{
    return pkiDir() + QStringLiteral("/%1/apiserver-etcd-client.crt").arg(nodeName(index));
}

QString LabLayout::apiserverEtcdClientKeyFile(int index) const
{
    return pkiDir() + QStringLiteral("/%1/apiserver-etcd-client.key").arg(nodeName(index));
}

QString LabLayout::apiserverTokenFile() const
{
    return pkiDir() + QStringLiteral("/apiserver-token");
}

QString LabLayout::nodeDir(int index) const
{
    return dir + QLatin1Char('/') + nodeName(index);
}

QString LabLayout::manifestsDir(int index) const
{
    return nodeDir(index) + QStringLiteral("/manifests");
}

QString LabLayout::backupDir(int index) const
{
    return nodeDir(index) + QStringLiteral("/etcd-backup");
}

QString LabLayout::dataDir(int index) const
{
    return nodeDir(index) + QStringLiteral("/data");
}

QString LabLayout::manifestFile(int index, const QString& kind) const
{
    return manifestsDir(index) + QLatin1Char('/') + kind + QStringLiteral(".yaml");
}

QString LabLayout::logFile(int index, const QString& kind) const
{
    return nodeDir(index) + QLatin1Char('/') + kind + QStringLiteral(".log");
}

QString LabLayout::pidFile(int index, const QString& kind) const
{
    return nodeDir(index) + QLatin1Char('/') + kind + QStringLiteral(".pid");
}

QString LabLayout::labManifestsDir() const
{
    return dir + QStringLiteral("/manifests");
}

QString LabLayout::labManifestFile(const QString& kind) const
{
    return labManifestsDir() + QLatin1Char('/') + kind + QStringLiteral(".yaml");
}

QString LabLayout::labProcessDir(const QString& kind) const
{
    return dir + QLatin1Char('/') + kind;
}

QString LabLayout::labLogFile(const QString& kind) const
{
    return labProcessDir(kind) + QLatin1Char('/') + kind + QStringLiteral(".log");
}

QString LabLayout::labPidFile(const QString& kind) const
{
    return labProcessDir(kind) + QLatin1Char('/') + kind + QStringLiteral(".pid");
}

QString LabLayout::haproxyConfigFile() const
{
    return labProcessDir(QStringLiteral("haproxy")) + QStringLiteral("/haproxy.cfg");
}

QString LabLayout::haproxyAdminSocket() const
{
    return labProcessDir(QStringLiteral("haproxy")) + QStringLiteral("/admin.sock");
}

QString LabLayout::nginxConfigFile() const
{
    return labProcessDir(QStringLiteral("nginx")) + QStringLiteral("/nginx.conf");
}

QString LabLayout::layoutFile() const
{
    return dir + QStringLiteral("/lab.json");
}

QString LabLayout::stateFile() const
{
    return dir + QStringLiteral("/state.json");
}

QString LabLayout::drillConfigFile() const
{
    return dir + QStringLiteral("/drill.yaml");
}

QString LabLayout::kubeconfigFile() const
{
    return dir + QStringLiteral("/admin.conf");
}

QString LabLayout::groundTruthFile() const
{
    return dir + QStringLiteral("/ground-truth.jsonl");
}

QString LabLayout::supervisorPidFile() const
{
    return dir + QStringLiteral("/supervisor.pid");
}

QString LabLayout::supervisorLogFile() const
{
    return dir + QStringLiteral("/supervisor.log");
}

QStringList LabLayout::etcdCommand(int index) const
{
    const QString clientUrl = etcdClientUrl(index);
    const QString peerUrl = etcdPeerUrl(index);
    // The kubeadm etcd manifest's flags, on the node's own loopback address instead of 127.0.0.1 + host IP.
    return {
        etcdBinary.isEmpty() ? QStringLiteral("etcd") : etcdBinary,
        QStringLiteral("--name=") + nodeName(index),
        QStringLiteral("--data-dir=") + dataDir(index),
        QStringLiteral("--listen-client-urls=") + clientUrl,
        QStringLiteral("--advertise-client-urls=") + clientUrl,
        QStringLiteral("--listen-peer-urls=") + peerUrl,
        QStringLiteral("--initial-advertise-peer-urls=") + peerUrl,
        QStringLiteral("--initial-cluster=") + initialCluster(),
        QStringLiteral("--initial-cluster-state=new"),
        QStringLiteral("--initial-cluster-token=") + clusterToken,
        QStringLiteral("--listen-metrics-urls=") + etcdMetricsUrl(index),
        QStringLiteral("--client-cert-auth=true"),
        QStringLiteral("--trusted-ca-file=") + caCertFile(),
        QStringLiteral("--cert-file=") + serverCertFile(index),
        QStringLiteral("--key-file=") + serverKeyFile(index),
        QStringLiteral("--peer-client-cert-auth=true"),
        QStringLiteral("--peer-trusted-ca-file=") + caCertFile(),
        QStringLiteral("--peer-cert-file=") + peerCertFile(index),
        QStringLiteral("--peer-key-file=") + peerKeyFile(index),
        QStringLiteral("--snapshot-count=10000"),
        // zap is etcd 3.5's only logger; choosing it now keeps etcd.log in one format across versions.
        QStringLiteral("--logger=zap"),
        QStringLiteral("--log-outputs=stderr"),
    };
}

QStringList LabLayout::apiserverCommand(int index) const
{
    return {
        apiserverBinary.isEmpty() ? QStringLiteral("etcd-drill-lab-apiserver") : apiserverBinary,
        QStringLiteral("--node=") + nodeName(index),
        QStringLiteral("--listen=%1:%2").arg(nodeAddress(index)).arg(apiserverPort()),
        // Like kubeadm's kube-apiserver: only its own node's etcd (--etcd-servers=https://127.0.0.1:2379).
        QStringLiteral("--etcd=") + etcdClientUrl(index),
        QStringLiteral("--ca=") + caCertFile(),
        QStringLiteral("--cert=") + apiserverEtcdClientCertFile(index),
        QStringLiteral("--key=") + apiserverEtcdClientKeyFile(index),
        QStringLiteral("--tls-cert=") + apiserverCertFile(index),
        QStringLiteral("--tls-key=") + apiserverKeyFile(index),
        QStringLiteral("--token-file=") + apiserverTokenFile(),
        QStringLiteral("--state-file=") + stateFile(),
        QStringLiteral("--ground-truth=") + groundTruthFile(),
    };
}

QStringList LabLayout::haproxyCommand() const
{
    // -db: stay in the foreground as one process, so the runner's pid is haproxy itself and SIGTERM stops it.
    return {haproxyBinary.isEmpty() ? QStringLiteral("haproxy") : haproxyBinary, QStringLiteral("-db"),
            QStringLiteral("-f"), haproxyConfigFile()};
}

QStringList LabLayout::nginxCommand() const
{
    // -e: nginx opens its error log before it reads the configuration; without it that is
    // /var/log/nginx/error.log, which is not ours (and not writable for a normal user).
    const QString prefix = labProcessDir(QStringLiteral("nginx"));
    return {nginxBinary.isEmpty() ? QStringLiteral("nginx") : nginxBinary,
            QStringLiteral("-p"),
            prefix + QLatin1Char('/'),
            QStringLiteral("-c"),
            nginxConfigFile(),
            QStringLiteral("-e"),
            prefix + QStringLiteral("/logs/error.log")};
}

QList<StaticPodSpec> LabLayout::staticPods() const
{
    QList<StaticPodSpec> result;
    for (int i = 0; i < members; ++i) {
        result.append({nodeName(i), QStringLiteral("etcd"),
                       QStringLiteral("%1:%2").arg(nodeAddress(i)).arg(etcdClientPort()), manifestFile(i),
                       logFile(i), pidFile(i)});
        result.append({nodeName(i), QStringLiteral("apiserver"),
                       QStringLiteral("%1:%2").arg(nodeAddress(i)).arg(apiserverPort()),
                       manifestFile(i, QStringLiteral("kube-apiserver")),
                       logFile(i, QStringLiteral("apiserver")), pidFile(i, QStringLiteral("apiserver"))});
    }
    for (const QString& kind : {QStringLiteral("haproxy"), QStringLiteral("nginx")}) {
        const QString address = kind == QLatin1String("haproxy") ? vipAddress() : domainAddress();
        result.append({QString(), kind, QStringLiteral("%1:%2").arg(address).arg(loadBalancerPort()),
                       labManifestFile(kind), labLogFile(kind), labPidFile(kind)});
    }
    return result;
}

QJsonObject LabLayout::toJson() const
{
    return QJsonObject{
        {QStringLiteral("version"), 1},
        {QStringLiteral("dir"), dir},
        {QStringLiteral("base_address"), baseAddress},
        {QStringLiteral("members"), members},
        {QStringLiteral("port_offset"), portOffset},
        {QStringLiteral("cluster_token"), clusterToken},
        {QStringLiteral("etcd_binary"), etcdBinary},
        {QStringLiteral("apiserver_binary"), apiserverBinary},
        {QStringLiteral("haproxy_binary"), haproxyBinary},
        {QStringLiteral("nginx_binary"), nginxBinary},
        {QStringLiteral("haproxy_inter_ms"), qint64(haproxyInter.count())},
        {QStringLiteral("haproxy_fall"), haproxyFall},
        {QStringLiteral("haproxy_rise"), haproxyRise},
        {QStringLiteral("domain_proxy"), domainProxyName(domainProxy)},
    };
}

QString LabLayout::domainProxyName(DomainProxy proxy)
{
    return proxy == DomainProxy::Http ? QStringLiteral("http") : QStringLiteral("stream");
}

std::optional<LabLayout::DomainProxy> LabLayout::domainProxyFromName(const QString& name)
{
    if (name == QLatin1String("stream"))
        return DomainProxy::Stream;
    if (name == QLatin1String("http"))
        return DomainProxy::Http;
    return std::nullopt;
}

std::optional<LabLayout> LabLayout::fromJson(const QJsonObject& json, QString* error)
{
    if (json.value(QStringLiteral("version")).toInt() != 1) {
        setError(error, QStringLiteral("unsupported lab.json version %1; run 'etcd-drill-cli lab up' again")
                            .arg(json.value(QStringLiteral("version")).toVariant().toString()));
        return std::nullopt;
    }
    LabLayout layout;
    layout.dir = json.value(QStringLiteral("dir")).toString();
    layout.baseAddress = json.value(QStringLiteral("base_address")).toString();
    layout.members = json.value(QStringLiteral("members")).toInt();
    layout.portOffset = json.value(QStringLiteral("port_offset")).toInt();
    layout.clusterToken = json.value(QStringLiteral("cluster_token")).toString();
    layout.etcdBinary = json.value(QStringLiteral("etcd_binary")).toString();
    layout.apiserverBinary = json.value(QStringLiteral("apiserver_binary")).toString();
    layout.haproxyBinary = json.value(QStringLiteral("haproxy_binary")).toString();
    layout.nginxBinary = json.value(QStringLiteral("nginx_binary")).toString();
    // Absent in a lab.json of an etcd-only lab: keep the defaults.
    layout.haproxyInter = std::chrono::milliseconds(
        json.value(QStringLiteral("haproxy_inter_ms")).toInteger(layout.haproxyInter.count()));
    layout.haproxyFall = json.value(QStringLiteral("haproxy_fall")).toInt(layout.haproxyFall);
    layout.haproxyRise = json.value(QStringLiteral("haproxy_rise")).toInt(layout.haproxyRise);
    // Absent in a lab.json written before the http proxy: stream.
    layout.domainProxy =
        domainProxyFromName(json.value(QStringLiteral("domain_proxy")).toString(QStringLiteral("stream")))
            .value_or(DomainProxy::Stream);
    if (!layout.validate(error))
        return std::nullopt;
    return layout;
}

bool LabLayout::save(QString* error) const
{
    QSaveFile file(layoutFile());
    const QByteArray data = QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        setError(error, QStringLiteral("cannot write %1: %2").arg(layoutFile(), file.errorString()));
        return false;
    }
    return true;
}

std::optional<LabLayout> LabLayout::load(const QString& dir, QString* error)
{
    LabLayout probe;
    probe.dir = dir;
    QFile file(probe.layoutFile());
    if (!file.open(QIODevice::ReadOnly)) {
        setError(error,
                 QStringLiteral("no lab in %1 (%2: %3)").arg(dir, file.fileName(), file.errorString()));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        setError(error,
                 QStringLiteral("%1 is not valid JSON (%2 at offset %3); run 'etcd-drill-cli lab up' again")
                     .arg(file.fileName(), parseError.errorString())
                     .arg(parseError.offset));
        return std::nullopt;
    }
    QString why;
    auto layout = fromJson(document.object(), &why);
    if (!layout) {
        setError(error, QStringLiteral("%1: %2").arg(file.fileName(), why));
        return std::nullopt;
    }
    // The recorded dir wins only if it is the same place; a lab directory that was moved is used where it is.
    layout->dir = QDir(dir).absolutePath();
    return layout;
}

} // namespace etcddrill
