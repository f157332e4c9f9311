// The lab's plan: where it lives on disk, which loopback addresses and ports each node uses, and the file
// names under the lab directory (kubeadm-like PKI, kubelet-like manifests). A value type written to
// <lab>/lab.json by `lab up` and read back by the supervisor, `lab status` and `lab down`, so they all agree.
//
// Address plan (base = 127.0.10.1 by default; node index i counts from 0):
//   node i (M<i+1>)  base+i    etcd client 2379, peer 2380, metrics 2381; apiserver 6443 (reserved)
//   VIP              base+99   (reserved for haproxy)
//   domain           base+100  (reserved for nginx)
// Every port is shifted by portOffset. Only 127.0.0.0/8 is accepted: the lab never binds a routable address.
#pragma once

#include "LabBinding.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace etcddrill {

struct LabLayout
{
    QString dir; // absolute; see defaultDir()
    QString baseAddress = QStringLiteral("127.0.10.1");
    int members = 3; // 1, 3, 5 or 7
    int portOffset = 0;
    QString clusterToken; // etcd's --initial-cluster-token, unique per lab so two labs never merge
    QString etcdBinary;   // absolute path of the etcd executable written into the manifests

    // ~/.local/share/etcd-drill/lab (XDG data home): shared by the CLI and the GUI, unlike
    // AppLocalDataLocation which differs per executable name.
    static QString defaultDir();

    // Says what is wrong and which option fixes it.
    bool validate(QString* error) const;

    // Address plan.
    QString nodeName(int index) const;          // "M1" for index 0
    int indexOfNode(const QString& name) const; // -1 when unknown
    QString nodeAddress(int index) const;
    QString vipAddress() const;
    QString domainAddress() const;
    int etcdClientPort() const { return 2379 + portOffset; }
    int etcdPeerPort() const { return 2380 + portOffset; }
    // kubeadm serves etcd's /metrics and /health over plain HTTP on 2381; same here, on the node's address.
    int etcdMetricsPort() const { return 2381 + portOffset; }
    int apiserverPort() const { return 6443 + portOffset; }
    QString etcdClientUrl(int index) const;
    QString etcdPeerUrl(int index) const;
    QString etcdMetricsUrl(int index) const;
    QString initialCluster() const;
    QList<LabBinding> etcdBindings() const; // every address:port the etcd members will listen on

    // PKI, kubeadm names: pki/etcd/{ca,healthcheck-client}.{crt,key},
    // pki/etcd/<node>/{server,peer}.{crt,key}.
    QString pkiDir() const;
    QString caCertFile() const;
    QString caKeyFile() const;
    QString serverCertFile(int index) const;
    QString serverKeyFile(int index) const;
    QString peerCertFile(int index) const;
    QString peerKeyFile(int index) const;
    QString clientCertFile() const; // etcd-drill's own client certificate (like kubeadm's healthcheck-client)
    QString clientKeyFile() const;

    // Per node: <lab>/<node>/{manifests/<kind>.yaml, etcd-backup/, data/, <kind>.log, <kind>.pid}.
    QString nodeDir(int index) const;
    QString manifestsDir(int index) const;
    QString backupDir(int index) const; // where the drill moves a manifest to stop a member
    QString dataDir(int index) const;
    QString manifestFile(int index, const QString& kind = QStringLiteral("etcd")) const;
    QString logFile(int index, const QString& kind = QStringLiteral("etcd")) const;
    QString pidFile(int index, const QString& kind = QStringLiteral("etcd")) const;

    // Per lab.
    QString layoutFile() const;      // lab.json: this struct
    QString stateFile() const;       // state.json: LabState, written by the supervisor
    QString drillConfigFile() const; // drill.yaml: a ready drill config for this lab
    QString groundTruthFile() const; // ground-truth.jsonl: GroundTruthEvent lines
    QString supervisorPidFile() const;
    QString supervisorLogFile() const;

    // The full etcd command line of member `index`, as written into its static pod manifest.
    QStringList etcdCommand(int index) const;

    QJsonObject toJson() const;
    static std::optional<LabLayout> fromJson(const QJsonObject& json, QString* error);
    bool save(QString* error) const; // to layoutFile()
    static std::optional<LabLayout> load(const QString& dir, QString* error);

    friend bool operator==(const LabLayout&, const LabLayout&) = default;
};

} // namespace etcddrill
