#include "LabClusterObjects.h"

#include "KubeResourceCatalog.h"

#include <QJsonArray>
#include <QUuid>

namespace etcddrill {

namespace {

QJsonObject metadata(const QString& name, const QString& namespaceName, const QDateTime& created,
                     const QJsonObject& labels = {})
{
    QJsonObject meta{{QStringLiteral("name"), name},
                     {QStringLiteral("uid"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                     {QStringLiteral("creationTimestamp"), created.toUTC().toString(Qt::ISODate)}};
    if (!namespaceName.isEmpty())
        meta.insert(QStringLiteral("namespace"), namespaceName);
    if (!labels.isEmpty())
        meta.insert(QStringLiteral("labels"), labels);
    return meta;
}

QString keyOf(const QString& resource, const QString& namespaceName, const QString& name)
{
    const QString group = resource == QLatin1String("deployments") ? QStringLiteral("apps") : QString();
    return KubeResourceCatalog::find(group, QStringLiteral("v1"), resource)->storageKey(namespaceName, name);
}

} // namespace

QList<LabClusterObjects::Object> LabClusterObjects::build(const LabLayout& layout, const QDateTime& created)
{
    QList<Object> objects;
    for (const char* name : {"default", "kube-system", "kube-public", "kube-node-lease"}) {
        const QString ns = QString::fromLatin1(name);
        objects.append(
            {keyOf(QStringLiteral("namespaces"), {}, ns),
             QJsonObject{{QStringLiteral("kind"), QStringLiteral("Namespace")},
                         {QStringLiteral("apiVersion"), QStringLiteral("v1")},
                         {QStringLiteral("metadata"),
                          metadata(ns, {}, created,
                                   QJsonObject{{QStringLiteral("kubernetes.io/metadata.name"), ns}})},
                         {QStringLiteral("spec"), QJsonObject{{QStringLiteral("finalizers"),
                                                               QJsonArray{QStringLiteral("kubernetes")}}}},
                         {QStringLiteral("status"),
                          QJsonObject{{QStringLiteral("phase"), QStringLiteral("Active")}}}}});
    }
    for (int i = 0; i < layout.members; ++i) {
        const QString node = layout.nodeName(i);
        const QJsonObject labels{
            {QStringLiteral("kubernetes.io/hostname"), node},
            {QStringLiteral("kubernetes.io/os"), QStringLiteral("linux")},
            {QStringLiteral("node-role.kubernetes.io/control-plane"), QString()},
            {QStringLiteral("node.kubernetes.io/exclude-from-external-load-balancers"), QString()},
        };
        QJsonObject meta = metadata(node, {}, created, labels);
        meta.insert(QStringLiteral("annotations"),
                    QJsonObject{{QStringLiteral("kubeadm.alpha.kubernetes.io/cri-socket"),
                                 QStringLiteral("unix:///var/run/containerd/containerd.sock")}});
        const QString stamp = created.toUTC().toString(Qt::ISODate);
        objects.append(
            {keyOf(QStringLiteral("nodes"), {}, node),
             QJsonObject{
                 {QStringLiteral("kind"), QStringLiteral("Node")},
                 {QStringLiteral("apiVersion"), QStringLiteral("v1")},
                 {QStringLiteral("metadata"), meta},
                 {QStringLiteral("spec"),
                  QJsonObject{
                      {QStringLiteral("taints"),
                       QJsonArray{QJsonObject{
                           {QStringLiteral("key"), QStringLiteral("node-role.kubernetes.io/control-plane")},
                           {QStringLiteral("effect"), QStringLiteral("NoSchedule")}}}}}},
                 {QStringLiteral("status"),
                  QJsonObject{
                      {QStringLiteral("addresses"),
                       QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("InternalIP")},
                                              {QStringLiteral("address"), layout.nodeAddress(i)}},
                                  QJsonObject{{QStringLiteral("type"), QStringLiteral("Hostname")},
                                              {QStringLiteral("address"), node}}}},
                      {QStringLiteral("conditions"),
                       QJsonArray{QJsonObject{
                           {QStringLiteral("type"), QStringLiteral("Ready")},
                           {QStringLiteral("status"), QStringLiteral("True")},
                           {QStringLiteral("reason"), QStringLiteral("KubeletReady")},
                           {QStringLiteral("message"), QStringLiteral("kubelet is posting ready status")},
                           {QStringLiteral("lastTransitionTime"), stamp}}}},
                      {QStringLiteral("nodeInfo"),
                       QJsonObject{
                           {QStringLiteral("kubeletVersion"), QString::fromLatin1(kKubernetesVersion)},
                           {QStringLiteral("operatingSystem"), QStringLiteral("linux")},
                           {QStringLiteral("architecture"), QStringLiteral("amd64")}}},
                  }},
             }});
    }
    objects.append(
        {keyOf(QStringLiteral("configmaps"), QStringLiteral("kube-system"), QStringLiteral("kubeadm-config")),
         QJsonObject{{QStringLiteral("kind"), QStringLiteral("ConfigMap")},
                     {QStringLiteral("apiVersion"), QStringLiteral("v1")},
                     {QStringLiteral("metadata"),
                      metadata(QStringLiteral("kubeadm-config"), QStringLiteral("kube-system"), created)},
                     {QStringLiteral("data"),
                      QJsonObject{{QStringLiteral("ClusterConfiguration"), clusterConfiguration(layout)}}}}});
    return objects;
}

QString LabClusterObjects::clusterConfiguration(const LabLayout& layout)
{
    // kubeadm's v1beta3 document, as `kubeadm init` uploads it; the lab's paths where kubeadm has its own.
    return QStringLiteral("apiServer:\n"
                          "  certSANs:\n"
                          "  - %1\n"
                          "  - %2\n"
                          "  extraArgs:\n"
                          "    authorization-mode: Node,RBAC\n"
                          "apiVersion: kubeadm.k8s.io/v1beta3\n"
                          "certificatesDir: %3\n"
                          "clusterName: etcd-drill-lab\n"
                          "controlPlaneEndpoint: %2:%4\n"
                          "etcd:\n"
                          "  local:\n"
                          "    dataDir: /var/lib/etcd\n"
                          "kind: ClusterConfiguration\n"
                          "kubernetesVersion: %5\n"
                          "networking:\n"
                          "  dnsDomain: cluster.local\n"
                          "  podSubnet: 10.244.0.0/16\n"
                          "  serviceSubnet: 10.96.0.0/12\n")
        .arg(layout.vipAddress(), LabLayout::domainName(), layout.pkiDir())
        .arg(layout.loadBalancerPort())
        .arg(QString::fromLatin1(kKubernetesVersion));
}

} // namespace etcddrill
