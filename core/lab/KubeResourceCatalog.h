// The resources the lab's apiserver serves (core v1: pods, endpoints, nodes, namespaces, configmaps,
// componentstatuses; apps/v1: deployments) and the discovery documents kubectl reads before anything else:
// /api (APIVersions), /apis (APIGroupList), /api/v1 and /apis/apps/v1 (APIResourceList, with short names), in
// the plain JSON form that kubectl falls back to when an apiserver offers no aggregated discovery.
// Stateless; any thread.
#pragma once

#include "KubeResource.h"

#include <QByteArray>
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

    // /version: the Kubernetes release the lab's apiserver speaks for (v1.28).
    static QJsonObject version();
    // serverAddress: "127.0.10.1:6443", the address clients reached this apiserver at.
    static QJsonObject apiVersions(const QString& serverAddress);
    static QJsonObject apiGroupList();
    // nullopt for a group/version the lab does not serve.
    static std::optional<QJsonObject> resourceList(const QString& group, const QString& version);

    // OpenAPI, for kubectl's field validation (`kubectl create -f`). v3: the index names one document per
    // group/version (with a hash of its content, as kube-apiserver does, so clients cache it safely); each
    // document lists the lab's paths and operations with their x-kubernetes-group-version-kind. The POST and
    // PATCH operations declare the fieldValidation query parameter, which makes kubectl 1.25+ leave
    // validation to the server (the lab accepts what it is sent; the server does not serve PATCH, which
    // answers 405). No schemas: the lab does not check fields. v2 (older kubectl): a document with no
    // definitions, in kube-openapi's protobuf form, which makes kubectl skip client-side validation.
    static QJsonObject openApiV3Index();
    static std::optional<QJsonObject> openApiV3Document(const QString& group, const QString& version);
    static QByteArray openApiV2Protobuf();
};

} // namespace etcddrill
