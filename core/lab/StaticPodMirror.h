// What kubelet would have reported to the apiserver about the lab's static pods, built from the
// supervisor's state.json: the mirror pods (etcd-<node>, kube-apiserver-<node>) with phase and Ready
// condition following their process, and the etcd Endpoints (client URLs; stopped members under
// notReadyAddresses). A pod whose manifest was moved away is absent, as kubelet deletes its mirror pod. JSON
// in the shape of the Kubernetes API (v1 PodList, Endpoints, EndpointsList). Stateless; any thread.
#pragma once

#include "LabState.h"
#include "StaticPodSpec.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <optional>

namespace etcddrill {

class StaticPodMirror
{
public:
    // Equality-based label selectors only ("component=etcd,tier=control-plane", "==" too); nullopt and
    // *error for anything else (set-based "in (…)", "!=", "!key").
    static std::optional<QMap<QString, QString>> parseSelector(const QString& selector, QString* error);

    // pods: the lab's static pods (LabLayout::staticPods()) to tell a moved-away manifest from a stopped
    // process; empty when unknown, then a stopped process counts as a removed pod. namespaceName empty:
    // every namespace. created: the pods' creationTimestamp (the lab's start; invalid: the state's time).
    // Mirror pods carry kubeadm's annotations: kubeadm.kubernetes.io/etcd.advertise-client-urls on
    // etcd-<node>, kubeadm.kubernetes.io/kube-apiserver.advertise-address.endpoint on kube-apiserver-<node>.
    static QJsonObject podList(const LabState& state, const QList<StaticPodSpec>& pods,
                               const QString& namespaceName, const QMap<QString, QString>& selector,
                               const QDateTime& created = {});
    static QJsonObject etcdEndpoints(const LabState& state);
    static QJsonObject endpointsList(const LabState& state, const QString& namespaceName);
};

} // namespace etcddrill
