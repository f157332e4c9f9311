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
    };
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
