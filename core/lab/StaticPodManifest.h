// A kubelet-style static Pod manifest (apiVersion v1, kind Pod, one container), reduced to what the lab
// needs: the pod's identity and its container's command line. Written by `lab up` into
// <node>/manifests/<kind>.yaml and read back by the NodeAgent, as kubelet reads /etc/kubernetes/manifests. A
// value type; yaml-cpp stays in the .cpp.
#pragma once

#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace etcddrill {

struct StaticPodManifest
{
    QString podName; // "etcd-M1"
    QString podNamespace = QStringLiteral("kube-system");
    QMap<QString, QString> labels; // component: etcd, tier: control-plane
    QString containerName;         // "etcd"
    QStringList command;           // spec.containers[0].command: program and arguments

    // nullopt and *error naming the file (and line, for YAML syntax errors) when the file is unreadable, not
    // a Pod, or has no container command.
    static std::optional<StaticPodManifest> load(const QString& file, QString* error);
    static std::optional<StaticPodManifest> parse(const QByteArray& yaml, const QString& fileName,
                                                  QString* error);
    QByteArray toYaml() const;
    bool save(const QString& file, QString* error) const; // atomically (write + rename)

    friend bool operator==(const StaticPodManifest&, const StaticPodManifest&) = default;
};

} // namespace etcddrill
