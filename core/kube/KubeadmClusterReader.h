// Reads a kubeadm cluster through its apiserver with our client, as `etcd-drill-cli init` needs it: GET
// /api/v1/nodes (control-plane role label, InternalIP), GET kube-system pods with tier=control-plane (the
// kubeadm annotations kubeadm.kubernetes.io/etcd.advertise-client-urls and
// kubeadm.kubernetes.io/kube-apiserver.advertise-address.endpoint), GET kube-system/kubeadm-config (its
// ClusterConfiguration) and each control-plane node's kubelet configz through the apiserver's node proxy
// (staticPodPath: where the etcd manifest lives). Ends once, through the callback, later on this object's
// thread, with a KubeadmCluster or an error that says what to do: the server unreachable, credentials
// refused, no control-plane nodes, a cluster that kubeadm did not make. Lives on the thread of the client it
// uses (not owned; must outlive the read).
#pragma once

#include "KubeadmCluster.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <functional>
#include <memory>
#include <optional>

namespace etcddrill {

class ApiserverClient;
struct ApiResponse;

class KubeadmClusterReader : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const std::optional<KubeadmCluster>& cluster, const QString& error)>;

    explicit KubeadmClusterReader(ApiserverClient* client, QObject* parent = nullptr);
    void read(Done done);

    // The pieces, for tests: parse the JSON and YAML answers into `cluster`; false and *error when an answer
    // is not what a Kubernetes apiserver sends.
    static bool parseNodes(const QByteArray& json, KubeadmCluster* cluster, QString* error);
    static bool parsePods(const QByteArray& json, KubeadmCluster* cluster, QString* error);
    static bool parseKubeadmConfig(const QByteArray& json, KubeadmCluster* cluster, QString* error);
    // The kubelet's configz answer: its staticPodPath; empty when the answer holds none.
    static QString parseStaticPodPath(const QByteArray& json);
    // Fills every node's missing URLs from its InternalIP and kubeadm's ports (2379, 6443).
    static void applyDefaults(KubeadmCluster* cluster);
    // Empty when `cluster` can become a drill config; else why not and what to do instead.
    static QString unusable(const KubeadmCluster& cluster);

private:
    // GET each node's kubelet configz in turn (where kubelet reads static pods); a node whose kubelet does
    // not answer keeps an empty staticPodPath (kubeadm's default is used).
    void readStaticPodPaths(std::shared_ptr<KubeadmCluster> cluster, int index, Done done);
    void finishRead(std::shared_ptr<KubeadmCluster> cluster, Done done);
    QString failure(const QString& what, const ApiResponse& response) const;

    QPointer<ApiserverClient> m_client;
};

} // namespace etcddrill
