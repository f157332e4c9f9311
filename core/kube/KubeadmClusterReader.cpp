#include "KubeadmClusterReader.h"

#include "ApiResponse.h"
#include "ApiserverClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <QUrl>

#include <yaml-cpp/yaml.h>

namespace etcddrill {

namespace {

const QString kEtcdAnnotation = QStringLiteral("kubeadm.kubernetes.io/etcd.advertise-client-urls");
const QString kApiserverAnnotation =
    QStringLiteral("kubeadm.kubernetes.io/kube-apiserver.advertise-address.endpoint");

std::optional<QJsonObject> objectOf(const QByteArray& json, const QString& what, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        *error = QStringLiteral("the apiserver's answer to %1 is not a JSON object (%2); is the kubeconfig's "
                                "server a Kubernetes apiserver?")
                     .arg(what, parseError.errorString());
        return std::nullopt;
    }
    return document.object();
}

KubeadmCluster::Node* nodeNamed(KubeadmCluster* cluster, const QString& name)
{
    for (KubeadmCluster::Node& node : cluster->nodes) {
        if (node.name == name)
            return &node;
    }
    return nullptr;
}

QString hostForUrl(const QString& address)
{
    return address.contains(QLatin1Char(':')) ? QLatin1Char('[') + address + QLatin1Char(']') : address;
}

} // namespace

KubeadmClusterReader::KubeadmClusterReader(ApiserverClient* client, QObject* parent)
    : QObject(parent), m_client(client)
{
}

bool KubeadmClusterReader::parseNodes(const QByteArray& json, KubeadmCluster* cluster, QString* error)
{
    const auto list = objectOf(json, QStringLiteral("GET /api/v1/nodes"), error);
    if (!list)
        return false;
    for (const QJsonValue& value : list->value(QStringLiteral("items")).toArray()) {
        const QJsonObject node = value.toObject();
        const QJsonObject metadata = node.value(QStringLiteral("metadata")).toObject();
        const QJsonObject labels = metadata.value(QStringLiteral("labels")).toObject();
        // kubeadm labels control-plane nodes; before Kubernetes 1.24 the label was …/master.
        if (!labels.contains(QStringLiteral("node-role.kubernetes.io/control-plane")) &&
            !labels.contains(QStringLiteral("node-role.kubernetes.io/master")))
            continue;
        KubeadmCluster::Node entry;
        entry.name = metadata.value(QStringLiteral("name")).toString();
        const QJsonArray addresses =
            node.value(QStringLiteral("status")).toObject().value(QStringLiteral("addresses")).toArray();
        for (const QJsonValue& address : addresses) {
            if (address.toObject().value(QStringLiteral("type")).toString() == QLatin1String("InternalIP") &&
                entry.internalIp.isEmpty())
                entry.internalIp = address.toObject().value(QStringLiteral("address")).toString();
        }
        if (!entry.name.isEmpty())
            cluster->nodes.append(entry);
    }
    std::sort(cluster->nodes.begin(), cluster->nodes.end(),
              [](const KubeadmCluster::Node& a, const KubeadmCluster::Node& b) { return a.name < b.name; });
    return true;
}

bool KubeadmClusterReader::parsePods(const QByteArray& json, KubeadmCluster* cluster, QString* error)
{
    const auto list = objectOf(json, QStringLiteral("GET kube-system pods"), error);
    if (!list)
        return false;
    for (const QJsonValue& value : list->value(QStringLiteral("items")).toArray()) {
        const QJsonObject pod = value.toObject();
        const QJsonObject metadata = pod.value(QStringLiteral("metadata")).toObject();
        const QJsonObject annotations = metadata.value(QStringLiteral("annotations")).toObject();
        const QString component =
            metadata.value(QStringLiteral("labels")).toObject().value(QStringLiteral("component")).toString();
        KubeadmCluster::Node* node = nodeNamed(
            cluster,
            pod.value(QStringLiteral("spec")).toObject().value(QStringLiteral("nodeName")).toString());
        if (!node)
            continue;
        if (component == QLatin1String("etcd") && annotations.contains(kEtcdAnnotation)) {
            // A comma-separated list; kubeadm writes one URL per member.
            node->etcdUrl =
                annotations.value(kEtcdAnnotation).toString().split(QLatin1Char(',')).value(0).trimmed();
            node->etcdFromAnnotation = !node->etcdUrl.isEmpty();
            ++cluster->kubeadmAnnotations;
        } else if (component == QLatin1String("kube-apiserver") &&
                   annotations.contains(kApiserverAnnotation)) {
            const QString endpoint = annotations.value(kApiserverAnnotation).toString().trimmed();
            if (!endpoint.isEmpty()) {
                node->apiserverUrl = QStringLiteral("https://") + endpoint;
                node->apiserverFromAnnotation = true;
            }
            ++cluster->kubeadmAnnotations;
        }
    }
    return true;
}

bool KubeadmClusterReader::parseKubeadmConfig(const QByteArray& json, KubeadmCluster* cluster, QString* error)
{
    const auto configMap = objectOf(json, QStringLiteral("GET kube-system/kubeadm-config"), error);
    if (!configMap)
        return false;
    const QString text = configMap->value(QStringLiteral("data"))
                             .toObject()
                             .value(QStringLiteral("ClusterConfiguration"))
                             .toString();
    if (text.isEmpty()) {
        *error =
            QStringLiteral("kube-system/kubeadm-config holds no ClusterConfiguration; was the cluster made "
                           "with `kubeadm init`?");
        return false;
    }
    try {
        const YAML::Node root = YAML::Load(text.toStdString());
        const auto scalar = [](const YAML::Node& node) {
            return node.IsDefined() && node.IsScalar() ? QString::fromStdString(node.as<std::string>())
                                                       : QString();
        };
        if (!root.IsMap() || scalar(root["kind"]) != QLatin1String("ClusterConfiguration")) {
            *error = QStringLiteral("kube-system/kubeadm-config: data.ClusterConfiguration is not a kubeadm "
                                    "ClusterConfiguration document");
            return false;
        }
        cluster->hasClusterConfiguration = true;
        cluster->clusterName = scalar(root["clusterName"]);
        cluster->controlPlaneEndpoint = scalar(root["controlPlaneEndpoint"]);
        cluster->certificatesDir = scalar(root["certificatesDir"]);
        const YAML::Node external = root["etcd"].IsDefined() ? root["etcd"]["external"] : YAML::Node();
        if (external.IsDefined() && external.IsMap() && external["endpoints"].IsSequence()) {
            for (const YAML::Node& endpoint : external["endpoints"])
                cluster->externalEtcd << scalar(endpoint);
        }
    } catch (const YAML::Exception& e) {
        *error = QStringLiteral("kube-system/kubeadm-config: data.ClusterConfiguration is not YAML: %1")
                     .arg(QString::fromStdString(e.what()));
        return false;
    }
    if (cluster->certificatesDir.isEmpty())
        cluster->certificatesDir = QStringLiteral("/etc/kubernetes/pki"); // kubeadm's default
    return true;
}

void KubeadmClusterReader::applyDefaults(KubeadmCluster* cluster)
{
    for (KubeadmCluster::Node& node : cluster->nodes) {
        if (node.internalIp.isEmpty())
            continue;
        if (node.etcdUrl.isEmpty())
            node.etcdUrl = QStringLiteral("https://%1:2379").arg(hostForUrl(node.internalIp));
        if (node.apiserverUrl.isEmpty())
            node.apiserverUrl = QStringLiteral("https://%1:6443").arg(hostForUrl(node.internalIp));
    }
}

QString KubeadmClusterReader::unusable(const KubeadmCluster& cluster)
{
    if (!cluster.externalEtcd.isEmpty())
        return QStringLiteral(
                   "etcd runs outside the control plane (external etcd: %1): a drill stops one member, and "
                   "these members are not kubeadm static pods. Write drill.yaml by hand from "
                   "examples/drill.example.yaml with those endpoints and fault: systemd or command.")
            .arg(cluster.externalEtcd.join(QStringLiteral(", ")));
    if (!cluster.hasClusterConfiguration && cluster.kubeadmAnnotations == 0)
        return QStringLiteral(
            "this cluster was not made by kubeadm: there is no kube-system/kubeadm-config ConfigMap and no "
            "control-plane pod carries kubeadm's annotations, so where etcd runs cannot be read from it. "
            "Write drill.yaml by hand from examples/drill.example.yaml (docs/config-reference.md).");
    if (cluster.nodes.isEmpty())
        return QStringLiteral(
            "no node carries the control-plane role label (node-role.kubernetes.io/control-plane), so there "
            "are no etcd members to drill. Is the kubeconfig's context the right cluster?");
    for (const KubeadmCluster::Node& node : cluster.nodes) {
        if (node.etcdUrl.isEmpty())
            return QStringLiteral("control-plane node %1 has no etcd-%1 pod with kubeadm's "
                                  "etcd.advertise-client-urls annotation and no InternalIP; add it to "
                                  "drill.yaml by hand")
                .arg(node.name);
    }
    return {};
}

QString KubeadmClusterReader::parseStaticPodPath(const QByteArray& json)
{
    const QJsonObject config =
        QJsonDocument::fromJson(json).object().value(QStringLiteral("kubeletconfig")).toObject();
    return config.value(QStringLiteral("staticPodPath")).toString();
}

void KubeadmClusterReader::readStaticPodPaths(std::shared_ptr<KubeadmCluster> cluster, int index, Done done)
{
    if (index >= cluster->nodes.size())
        return done(*cluster, QString());
    if (!m_client)
        return done(std::nullopt, QStringLiteral("the apiserver client is gone"));
    const QString path =
        QStringLiteral("/api/v1/nodes/%1/proxy/configz")
            .arg(QString::fromLatin1(QUrl::toPercentEncoding(cluster->nodes.at(index).name)));
    QPointer<KubeadmClusterReader> self(this);
    m_client->get(path, [this, self, cluster, index, done](const ApiResponse& response) {
        if (!self)
            return;
        if (response.ok())
            cluster->nodes[index].staticPodPath = parseStaticPodPath(response.body);
        readStaticPodPaths(cluster, index + 1, done);
    });
}

QString KubeadmClusterReader::failure(const QString& what, const ApiResponse& response) const
{
    const QString server = m_client ? m_client->baseUrl().toString() : QString();
    if (response.httpStatus == 0)
        return QStringLiteral("cannot reach the apiserver %1: %2. Check the kubeconfig's server, or choose "
                              "another of its contexts.")
            .arg(server, response.error);
    if (response.httpStatus == 401)
        return QStringLiteral(
                   "the apiserver %1 refused the kubeconfig's credentials (401 Unauthorized); use a "
                   "kubeconfig whose user works with kubectl (kubeadm's admin.conf)")
            .arg(server);
    if (response.httpStatus == 403)
        return QStringLiteral(
                   "the kubeconfig's user may not %1 (403 Forbidden); init reads nodes and the "
                   "kube-system pods and ConfigMaps: use kubeadm's admin.conf or a user allowed to")
            .arg(what);
    return QStringLiteral("%1 failed on %2 with HTTP %3: %4")
        .arg(what, server)
        .arg(response.httpStatus)
        .arg(response.error);
}

void KubeadmClusterReader::read(Done done)
{
    if (!m_client) {
        QTimer::singleShot(0, this, [done] { done(std::nullopt, QStringLiteral("no apiserver client")); });
        return;
    }
    auto cluster = std::make_shared<KubeadmCluster>();
    cluster->server = m_client->baseUrl().toString();
    QPointer<KubeadmClusterReader> self(this);
    m_client->get(QStringLiteral("/api/v1/nodes"), [this, self, cluster, done](const ApiResponse& nodes) {
        if (!self)
            return;
        QString error;
        if (!nodes.ok())
            return done(std::nullopt, failure(QStringLiteral("list nodes"), nodes));
        if (!parseNodes(nodes.body, cluster.get(), &error) || !m_client)
            return done(std::nullopt,
                        error.isEmpty() ? QStringLiteral("the apiserver client is gone") : error);
        m_client->get(
            QStringLiteral("/api/v1/namespaces/kube-system/pods?labelSelector=tier%3Dcontrol-plane"),
            [this, self, cluster, done](const ApiResponse& pods) {
                if (!self)
                    return;
                QString error;
                if (!pods.ok())
                    return done(std::nullopt, failure(QStringLiteral("list kube-system pods"), pods));
                if (!parsePods(pods.body, cluster.get(), &error) || !m_client)
                    return done(std::nullopt,
                                error.isEmpty() ? QStringLiteral("the apiserver client is gone") : error);
                m_client->get(QStringLiteral("/api/v1/namespaces/kube-system/configmaps/kubeadm-config"),
                              [this, self, cluster, done](const ApiResponse& config) {
                                  if (!self)
                                      return;
                                  QString error;
                                  if (config.ok()) {
                                      if (!parseKubeadmConfig(config.body, cluster.get(), &error))
                                          return done(std::nullopt, error);
                                  } else if (config.httpStatus != 404) {
                                      return done(
                                          std::nullopt,
                                          failure(QStringLiteral("read kube-system/kubeadm-config"), config));
                                  }
                                  applyDefaults(cluster.get());
                                  const QString why = unusable(*cluster);
                                  if (!why.isEmpty())
                                      return done(std::nullopt, why);
                                  readStaticPodPaths(cluster, 0, done);
                              });
            });
    });
}

} // namespace etcddrill
