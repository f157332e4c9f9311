// The resources the lab's apiserver serves (core v1: pods, endpoints, nodes, namespaces, configmaps,
// componentstatuses; apps/v1: deployments) and the discovery documents kubectl reads before anything else:
// /api (APIVersions), /apis (APIGroupList), /api/v1 and /apis/apps/v1 (APIResourceList, with short names), in
// the plain JSON form that kubectl falls back to when an apiserver offers no aggregated discovery.
// Stateless; any thread.
#pragma once

#include "KubeResource.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace etcddrill {

class KubeResourceCatalog
{
public:
    static const QList<KubeResource>& resources();
    static std::optional<KubeResource> find(const QString& group, const QString& version,
                                            const QString& name);

    // serverAddress: "127.0.10.1:6443", the address clients reached this apiserver at.
    static QJsonObject apiVersions(const QString& serverAddress);
    static QJsonObject apiGroupList();
    // nullopt for a group/version the lab does not serve.
    static std::optional<QJsonObject> resourceList(const QString& group, const QString& version);
};

} // namespace etcddrill
