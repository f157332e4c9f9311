// The lab's plan: where it lives on disk, which loopback addresses and ports each node uses, and the file
// names under the lab directory (kubeadm-like PKI, kubelet-like manifests). A value type written to
// <lab>/lab.json by `lab up` and read back by the supervisor, `lab status` and `lab down`, so they all agree.
//
// Address plan (base = 127.0.10.1 by default; node index i counts from 0):
//   node i (M<i+1>)  base+i    etcd client 2379, peer 2380, metrics 2381; apiserver simulator 6443
//   VIP              base+99   haproxy 6443 (active /readyz checks), like keepalived + haproxy
//   domain           base+100  nginx 6443, named domainName(), which no DNS resolves: clients pin it to this
//                              address (curl --resolve, probes' resolve:). domainProxy says how nginx
//                              proxies.
// Every port is shifted by portOffset. Only 127.0.0.0/8 is accepted: the lab never binds a routable address.
#pragma once

#include "LabBinding.h"
#include "StaticPodSpec.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <chrono>
#include <optional>

namespace etcddrill {

struct LabLayout
{
    QString dir; // absolute; see defaultDir()
    QString baseAddress = QStringLiteral("127.0.10.1");
    int members = 3; // 1, 3, 5 or 7
    int portOffset = 0;
    QString clusterToken;    // etcd's --initial-cluster-token, unique per lab so two labs never merge
    QString etcdBinary;      // absolute path of the etcd executable written into the manifests
    QString apiserverBinary; // absolute path of etcd-drill-lab-apiserver
    QString haproxyBinary;   // absolute path of haproxy (Debian: /usr/sbin/haproxy)
    QString nginxBinary;     // absolute path of nginx (Debian: /usr/sbin/nginx)
    // haproxy's active health check of the apiservers (server options inter, fall, rise): a server leaves
    // the VIP after fall failed checks inter apart and returns after rise good ones. kubeadm's HA guide
    // uses 2s/3/1 (haproxy's own defaults are 2s/3/2); the lab's 1s/2/2 shows a fail-over within ~2 s.
    std::chrono::milliseconds haproxyInter{1000};
    int haproxyFall = 2;
    int haproxyRise = 2;
    // How nginx proxies the domain. Stream: TCP passthrough with passive checks only, as many real setups
    // run it — an apiserver that accepts connections but answers 503 stays in rotation (the runbook's
    // warning). Http: nginx terminates TLS and tries the next apiserver on an error or a 5xx
    // (proxy_next_upstream) — the fix.
    enum class DomainProxy { Stream, Http };
    DomainProxy domainProxy = DomainProxy::Stream;
    static QString domainProxyName(DomainProxy proxy); // "stream", "http"
    static std::optional<DomainProxy> domainProxyFromName(const QString& name);

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
    int loadBalancerPort() const { return apiserverPort(); } // the VIP's and the domain's, like kubeadm's
    // The lab's control-plane endpoint name: a reserved .test name (RFC 2606) that never resolves.
    static QString domainName();
    QString etcdClientUrl(int index) const;
    QString etcdPeerUrl(int index) const;
    QString etcdMetricsUrl(int index) const;
    QString initialCluster() const;
    QString apiserverUrl(int index) const;  // https://<node address>:6443
    QString vipUrl() const;                 // https://<VIP>:6443
    QString domainUrl() const;              // https://<domainName()>:6443 (resolve it to domainAddress())
    QList<LabBinding> etcdBindings() const; // every address:port the etcd members will listen on
    QList<LabBinding> bindings() const;     // everything the lab listens on: etcd, apiservers, VIP, domain

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
    // The Kubernetes side, kubeadm names too: pki/ca.{crt,key} (the cluster CA that signs the apiservers'
    // serving certificates), pki/<node>/apiserver.{crt,key}, pki/<node>/apiserver-etcd-client.{crt,key}
    // (signed by the etcd CA, as kubeadm's) and the bearer token the apiservers accept.
    QString kubernetesCaCertFile() const;
    QString kubernetesCaKeyFile() const;
    QString apiserverCertFile(int index) const;
    QString apiserverKeyFile(int index) const;
    QString apiserverEtcdClientCertFile(int index) const;
    QString apiserverEtcdClientKeyFile(int index) const;
    QString apiserverTokenFile() const; // pki/apiserver-token (mode 0600)

    // Per node: <lab>/<node>/{manifests/<kind>.yaml, etcd-backup/, data/, <kind>.log, <kind>.pid}.
    QString nodeDir(int index) const;
    QString manifestsDir(int index) const;
    QString backupDir(int index) const; // where the drill moves a manifest to stop a member
    QString dataDir(int index) const;
    QString manifestFile(int index, const QString& kind = QStringLiteral("etcd")) const;
    QString logFile(int index, const QString& kind = QStringLiteral("etcd")) const;
    QString pidFile(int index, const QString& kind = QStringLiteral("etcd")) const;

    // Per-lab processes (the load balancers) run as static pods of the lab itself, like kubeadm's HA guide
    // runs haproxy as a static pod: <lab>/manifests/<kind>.yaml, <lab>/<kind>/{<kind>.log, <kind>.pid}.
    QString labManifestsDir() const;
    QString labManifestFile(const QString& kind) const;
    QString labProcessDir(const QString& kind) const;
    QString labLogFile(const QString& kind) const;
    QString labPidFile(const QString& kind) const;
    QString haproxyConfigFile() const;  // <lab>/haproxy/haproxy.cfg
    QString haproxyAdminSocket() const; // <lab>/haproxy/admin.sock: `show stat` for lab up and tests
    QString nginxConfigFile() const;    // <lab>/nginx/nginx.conf; nginx's own files under <lab>/nginx/logs/

    // Per lab.
    QString layoutFile() const;      // lab.json: this struct
    QString stateFile() const;       // state.json: LabState, written by the supervisor
    QString drillConfigFile() const; // drill.yaml: a ready drill config for this lab
    QString kubeconfigFile() const;  // admin.conf: kubectl's kubeconfig for this lab (LabKubeconfig)
    QString groundTruthFile() const; // ground-truth.jsonl: GroundTruthEvent lines
    QString supervisorPidFile() const;
    QString supervisorLogFile() const;

    // The full etcd command line of member `index`, as written into its static pod manifest.
    QStringList etcdCommand(int index) const;
    // The apiserver simulator of node `index`: serves HTTPS on the node's address, stores in its own etcd.
    QStringList apiserverCommand(int index) const;
    QStringList haproxyCommand() const; // foreground (-db), no daemon mode, no user switch
    QStringList nginxCommand() const;   // foreground (daemon off in the file), error log in the lab

    // Every supervised process in supervisor order: per node etcd then apiserver, then haproxy and nginx.
    QList<StaticPodSpec> staticPods() const;

    QJsonObject toJson() const;
    static std::optional<LabLayout> fromJson(const QJsonObject& json, QString* error);
    bool save(QString* error) const; // to layoutFile()
    static std::optional<LabLayout> load(const QString& dir, QString* error);

    friend bool operator==(const LabLayout&, const LabLayout&) = default;
};

} // namespace etcddrill
