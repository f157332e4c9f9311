// What a kubeadm-made cluster says about itself through its apiserver: the control-plane nodes with their
// etcd client URL and apiserver endpoint (from the kubeadm annotations of the etcd and kube-apiserver mirror
// pods, else the node's InternalIP and kubeadm's default ports), and the ClusterConfiguration that kubeadm
// keeps in kube-system/kubeadm-config (controlPlaneEndpoint, certificatesDir, local or external etcd). A
// value type produced by KubeadmClusterReader; holds no credentials.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace etcddrill {

struct KubeadmCluster
{
    struct Node
    {
        QString name;
        QString internalIp; // empty when the Node lists none
        QString etcdUrl;    // "https://10.0.0.11:2379"
        bool etcdFromAnnotation = false;
        QString apiserverUrl; // "https://10.0.0.11:6443"
        bool apiserverFromAnnotation = false;
        QString staticPodPath; // the kubelet's (GET /api/v1/nodes/<node>/proxy/configz); empty: unknown
    };

    QString server;    // the apiserver URL the cluster was read through
    QList<Node> nodes; // control-plane nodes, by name
    bool hasClusterConfiguration = false;
    QString clusterName;          // ClusterConfiguration clusterName
    QString controlPlaneEndpoint; // "k8s.example.com:6443"; empty when kubeadm was not given one
    QString certificatesDir;      // "/etc/kubernetes/pki" (kubeadm's default when unset)
    QStringList externalEtcd;     // etcd.external.endpoints: etcd runs outside the control plane
    int kubeadmAnnotations = 0;   // how many mirror pods carried a kubeadm annotation
};

} // namespace etcddrill
