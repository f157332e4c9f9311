// The server-side printing kubectl asks for (Accept: application/json;as=Table;g=meta.k8s.io;v=v1): a
// meta.k8s.io/v1 Table whose columns and cells are those kube-apiserver prints for the lab's resources (pods:
// NAME READY STATUS RESTARTS AGE, nodes: NAME STATUS ROLES AGE VERSION, …), each row carrying the object's
// metadata (PartialObjectMetadata) as kubectl's default includeObject=Metadata. Resources without printer
// columns get NAME and AGE, as kube-apiserver's default table. Stateless; any thread.
#pragma once

#include "KubeResource.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace etcddrill {

class KubeTable
{
public:
    // The Accept header asks for a Table (kubectl get without -o json/yaml).
    static bool wanted(const QByteArray& acceptHeader);
    // items: objects of `resource`; resourceVersion: the list's.
    static QJsonObject fromItems(const KubeResource& resource, const QJsonArray& items,
                                 const QString& resourceVersion, const QDateTime& now);
    // kubectl's age format: 45s, 5m12s, 47m, 5h3m, 3d4h, 12d.
    static QString age(const QDateTime& since, const QDateTime& now);
};

} // namespace etcddrill
