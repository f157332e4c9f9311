// The lab's stand-in for kube-apiserver on one node: an HTTPS server (Qt HttpServer) that, like a kubeadm
// apiserver, talks to ITS OWN node's etcd only. Enough of the API for a drill: /readyz, /livez and /healthz
// in kube-apiserver's format (they fail while the local etcd does not answer a linearizable read within
// 1 s), /version, create/get/delete of namespaced objects stored at /registry/{resource}/{ns}/{name} like
// the etcd3 storage, the etcd mirror pods and Endpoints from the lab's state.json, and componentstatuses.
// Every response names the node in an X-Etcd-Drill-Node header, which the probe engine records as the
// backend that answered behind a load balancer. Objects need the lab's bearer token; the health endpoints
// and /version are anonymous, as kube-apiserver's defaults.
//
// Readiness: a background check every 100 ms (and on demand) appends ready/unready transitions to the lab's
// ground truth. A health request reuses a check result at most 100 ms old instead of asking etcd again, so
// 50 Hz probes from several clients cost etcd at most ~10 reads a second.
//
// Lives in the thread that runs the event loop (the etcd-drill-lab-apiserver process's main thread); owned
// by its main(). Qt HttpServer, gRPC and OpenSSL types stay in the .cpp.
#pragma once

#include "TlsFiles.h"

#include <QHostAddress>
#include <QObject>
#include <QString>
#include <chrono>
#include <memory>

namespace etcddrill {

class ApiserverSimulator : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString node; // "M1": the X-Etcd-Drill-Node header and the ground truth's node
        QHostAddress listenAddress;
        quint16 port = 0;     // 0: any free port (tests), see serverPort()
        QString etcdEndpoint; // "https://127.0.10.1:2379": this node's etcd, the only one it uses
        TlsFiles etcdTls;     // client TLS for etcd (apiserver-etcd-client)
        QString tlsCertFile;  // its own serving certificate (PEM)
        QString tlsKeyFile;
        QString tokenFile;       // holds the one bearer token accepted for the API
        QString stateFile;       // the lab's state.json (mirror pods, Endpoints); empty: none
        QString groundTruthFile; // the lab's ground-truth.jsonl; empty: transitions are only logged
    };

    // kube-apiserver's etcd health check uses a 2 s timeout by default; a drill wants a dead etcd to show
    // within a probe interval or two, and loopback etcd answers in milliseconds: 1 s.
    static constexpr std::chrono::milliseconds kEtcdDeadline{1000};
    static constexpr std::chrono::milliseconds kCheckInterval{100};
    static constexpr std::chrono::milliseconds kMaxCheckAge{100};

    explicit ApiserverSimulator(const Options& options, QObject* parent = nullptr);
    ~ApiserverSimulator() override;

    // Reads the certificate, key and token, creates the etcd client and listens. false and *error (naming
    // the file or address and what to do) on failure.
    bool start(QString* error);
    quint16 serverPort() const;
    bool isReady() const;

signals:
    void readinessChanged(bool ready, const QString& detail);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace etcddrill
