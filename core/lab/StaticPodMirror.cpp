#include "StaticPodMirror.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QStringList>

namespace etcddrill {

namespace {

const QString kSystemNamespace = QStringLiteral("kube-system");

// The lab's process kinds as kubeadm names their static pods and containers.
QString componentOf(const QString& kind)
{
    if (kind == QLatin1String("etcd"))
        return QStringLiteral("etcd");
    if (kind == QLatin1String("apiserver"))
        return QStringLiteral("kube-apiserver");
    return {};
}

QString hostOf(const QString& address)
{
    const qsizetype colon = address.lastIndexOf(QLatin1Char(':'));
    return colon > 0 ? address.left(colon) : address;
}

int portOf(const QString& address)
{
    const qsizetype colon = address.lastIndexOf(QLatin1Char(':'));
    return colon > 0 ? address.mid(colon + 1).toInt() : 0;
}

std::optional<bool> manifestPresent(const QList<StaticPodSpec>& pods, const LabProcessState& process)
{
    for (const StaticPodSpec& pod : pods) {
        if (pod.node == process.node && pod.kind == process.kind)
            return QFileInfo::exists(pod.manifestFile);
    }
    return std::nullopt;
}

QJsonObject condition(const QString& type, bool status)
{
    return QJsonObject{{QStringLiteral("type"), type},
                       {QStringLiteral("status"), status ? QStringLiteral("True") : QStringLiteral("False")}};
}

// kubeadm records where each control-plane component can be reached in its static pod's annotations.
QJsonObject annotationsOf(const LabProcessState& process)
{
    QJsonObject annotations{
        {QStringLiteral("kubernetes.io/config.source"), QStringLiteral("file")},
        {QStringLiteral("kubernetes.io/config.mirror"), process.node + QStringLiteral("-") + process.kind}};
    if (process.kind == QLatin1String("etcd"))
        annotations.insert(QStringLiteral("kubeadm.kubernetes.io/etcd.advertise-client-urls"),
                           QStringLiteral("https://") + process.address);
    else if (process.kind == QLatin1String("apiserver"))
        annotations.insert(QStringLiteral("kubeadm.kubernetes.io/kube-apiserver.advertise-address.endpoint"),
                           process.address);
    return annotations;
}

std::optional<QJsonObject> mirrorPod(const LabProcessState& process, const QList<StaticPodSpec>& pods,
                                     const QDateTime& updated, const QDateTime& created)
{
    const QString component = componentOf(process.kind);
    if (component.isEmpty() || process.node.isEmpty())
        return std::nullopt;
    const std::optional<bool> present = manifestPresent(pods, process);
    QString phase;
    bool ready = false;
    QJsonObject containerState;
    QJsonObject metadata{
        {QStringLiteral("name"), component + QLatin1Char('-') + process.node},
        {QStringLiteral("namespace"), kSystemNamespace},
        {QStringLiteral("labels"), QJsonObject{{QStringLiteral("component"), component},
                                               {QStringLiteral("tier"), QStringLiteral("control-plane")}}},
        {QStringLiteral("annotations"), annotationsOf(process)},
        {QStringLiteral("creationTimestamp"),
         (created.isValid() ? created : updated).toUTC().toString(Qt::ISODate)},
        {QStringLiteral("ownerReferences"),
         QJsonArray{QJsonObject{{QStringLiteral("apiVersion"), QStringLiteral("v1")},
                                {QStringLiteral("kind"), QStringLiteral("Node")},
                                {QStringLiteral("name"), process.node},
                                {QStringLiteral("controller"), true}}}},
    };
    switch (process.state) {
    case LabProcessState::State::Running:
        phase = QStringLiteral("Running");
        ready = true;
        containerState = {{QStringLiteral("running"), QJsonObject()}};
        break;
    case LabProcessState::State::Starting:
        phase = QStringLiteral("Pending");
        containerState = {{QStringLiteral("waiting"),
                           QJsonObject{{QStringLiteral("reason"), QStringLiteral("ContainerCreating")},
                                       {QStringLiteral("message"), process.detail}}}};
        break;
    case LabProcessState::State::Stopping:
        phase = QStringLiteral("Running");
        containerState = {{QStringLiteral("running"), QJsonObject()}};
        // Terminating: kubelet is stopping the container of a removed manifest.
        if (present == false)
            metadata.insert(QStringLiteral("deletionTimestamp"), updated.toUTC().toString(Qt::ISODate));
        break;
    case LabProcessState::State::Stopped:
        // kubelet deletes the mirror pod of a manifest that went away: the pod is simply gone.
        if (present != true)
            return std::nullopt;
        phase = QStringLiteral("Failed");
        containerState = {{QStringLiteral("terminated"),
                           QJsonObject{{QStringLiteral("reason"), QStringLiteral("Completed")},
                                       {QStringLiteral("message"), process.detail}}}};
        break;
    }
    const QString host = hostOf(process.address);
    return QJsonObject{
        {QStringLiteral("kind"), QStringLiteral("Pod")},
        {QStringLiteral("apiVersion"), QStringLiteral("v1")},
        {QStringLiteral("metadata"), metadata},
        {QStringLiteral("spec"), QJsonObject{{QStringLiteral("nodeName"), process.node},
                                             {QStringLiteral("hostNetwork"), true},
                                             {QStringLiteral("containers"),
                                              QJsonArray{QJsonObject{{QStringLiteral("name"), component}}}}}},
        {QStringLiteral("status"),
         QJsonObject{
             {QStringLiteral("phase"), phase},
             {QStringLiteral("hostIP"), host},
             {QStringLiteral("podIP"), host},
             {QStringLiteral("conditions"), QJsonArray{condition(QStringLiteral("Ready"), ready),
                                                       condition(QStringLiteral("ContainersReady"), ready)}},
             {QStringLiteral("containerStatuses"),
              QJsonArray{QJsonObject{{QStringLiteral("name"), component},
                                     {QStringLiteral("ready"), ready},
                                     {QStringLiteral("restartCount"), 0},
                                     {QStringLiteral("state"), containerState}}}},
         }},
    };
}

bool matches(const QJsonObject& pod, const QMap<QString, QString>& selector)
{
    const QJsonObject labels =
        pod.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("labels")).toObject();
    for (auto it = selector.cbegin(); it != selector.cend(); ++it) {
        if (labels.value(it.key()).toString() != it.value())
            return false;
    }
    return true;
}

} // namespace

std::optional<QMap<QString, QString>> StaticPodMirror::parseSelector(const QString& selector, QString* error)
{
    QMap<QString, QString> result;
    for (const QString& part : selector.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        QString term = part.trimmed();
        term.replace(QStringLiteral("=="), QStringLiteral("="));
        const qsizetype equals = term.indexOf(QLatin1Char('='));
        if (equals <= 0 || term.contains(QStringLiteral("!")) ||
            term.indexOf(QLatin1Char('='), equals + 1) >= 0) {
            if (error)
                *error =
                    QStringLiteral("unable to parse requirement '%1': the lab apiserver only understands "
                                   "key=value selectors")
                        .arg(part.trimmed());
            return std::nullopt;
        }
        result.insert(term.left(equals).trimmed(), term.mid(equals + 1).trimmed());
    }
    return result;
}

QJsonObject StaticPodMirror::podList(const LabState& state, const QList<StaticPodSpec>& pods,
                                     const QString& namespaceName, const QMap<QString, QString>& selector,
                                     const QDateTime& created)
{
    QJsonArray items;
    if (namespaceName == kSystemNamespace || namespaceName.isEmpty()) {
        for (const LabProcessState& process : state.processes) {
            const auto pod = mirrorPod(process, pods, state.updated, created);
            if (pod && matches(*pod, selector))
                items.append(*pod);
        }
    }
    return QJsonObject{
        {QStringLiteral("kind"), QStringLiteral("PodList")},
        {QStringLiteral("apiVersion"), QStringLiteral("v1")},
        {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("resourceVersion"), QString()}}},
        {QStringLiteral("items"), items},
    };
}

QJsonObject StaticPodMirror::etcdEndpoints(const LabState& state)
{
    QJsonArray ready;
    QJsonArray notReady;
    int port = 0;
    for (const LabProcessState& process : state.processes) {
        if (process.kind != QLatin1String("etcd") || process.node.isEmpty())
            continue;
        port = portOf(process.address);
        const QJsonObject address{
            {QStringLiteral("ip"), hostOf(process.address)},
            {QStringLiteral("nodeName"), process.node},
            {QStringLiteral("targetRef"),
             QJsonObject{{QStringLiteral("kind"), QStringLiteral("Pod")},
                         {QStringLiteral("namespace"), kSystemNamespace},
                         {QStringLiteral("name"), QStringLiteral("etcd-") + process.node}}},
        };
        (process.state == LabProcessState::State::Running ? ready : notReady).append(address);
    }
    QJsonObject subset{{QStringLiteral("ports"),
                        QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("client")},
                                               {QStringLiteral("port"), port},
                                               {QStringLiteral("protocol"), QStringLiteral("TCP")}}}}};
    if (!ready.isEmpty())
        subset.insert(QStringLiteral("addresses"), ready);
    if (!notReady.isEmpty())
        subset.insert(QStringLiteral("notReadyAddresses"), notReady);
    return QJsonObject{
        {QStringLiteral("kind"), QStringLiteral("Endpoints")},
        {QStringLiteral("apiVersion"), QStringLiteral("v1")},
        {QStringLiteral("metadata"),
         QJsonObject{
             {QStringLiteral("name"), QStringLiteral("etcd")},
             {QStringLiteral("namespace"), kSystemNamespace},
             {QStringLiteral("labels"), QJsonObject{{QStringLiteral("component"), QStringLiteral("etcd")}}}}},
        {QStringLiteral("subsets"), port > 0 ? QJsonArray{subset} : QJsonArray()},
    };
}

QJsonObject StaticPodMirror::endpointsList(const LabState& state, const QString& namespaceName)
{
    QJsonArray items;
    if (namespaceName == kSystemNamespace)
        items.append(etcdEndpoints(state));
    return QJsonObject{
        {QStringLiteral("kind"), QStringLiteral("EndpointsList")},
        {QStringLiteral("apiVersion"), QStringLiteral("v1")},
        {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("resourceVersion"), QString()}}},
        {QStringLiteral("items"), items},
    };
}

} // namespace etcddrill
