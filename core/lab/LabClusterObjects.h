// What a kubeadm cluster's etcd holds before anyone deploys anything, for the lab: the namespaces
// kube-apiserver creates (default, kube-system, kube-public, kube-node-lease), one Node per lab node (as its
// kubelet registers it, with kubeadm's control-plane role label and its InternalIP), and kubeadm's
// kube-system/kubeadm-config ConfigMap with a ClusterConfiguration (controlPlaneEndpoint: the lab's domain,
// certificatesDir: the lab's pki). Every apiserver of the lab writes the ones missing from its etcd before
// it calls itself ready, like kube-apiserver's bootstrap post-start hook. Stateless; any thread.
#pragma once

#include "LabLayout.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace etcddrill {

class LabClusterObjects
{
public:
    struct Object
    {
        QString key; // /registry/namespaces/default
        QJsonObject json;
    };

    static constexpr const char* kKubernetesVersion = "v1.28.0";

    // created: the objects' creationTimestamp (the lab's start).
    static QList<Object> build(const LabLayout& layout, const QDateTime& created);
    // The ClusterConfiguration document held in kubeadm-config's data.ClusterConfiguration.
    static QString clusterConfiguration(const LabLayout& layout);
};

} // namespace etcddrill
