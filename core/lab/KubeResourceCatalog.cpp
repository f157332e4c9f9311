#include "KubeResourceCatalog.h"

#include <QJsonArray>

namespace etcddrill {

namespace {

KubeResource resource(const QString& group, const QString& name, const QString& singular, const QString& kind,
                      const QStringList& shortNames, bool namespaced, KubeResource::Source source,
                      const QString& storage)
{
    KubeResource r;
    r.group = group;
    r.name = name;
    r.singularName = singular;
    r.kind = kind;
    r.shortNames = shortNames;
    r.namespaced = namespaced;
    r.source = source;
    r.storageName = storage;
    return r;
}

QJsonArray strings(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

} // namespace

const QList<KubeResource>& KubeResourceCatalog::resources()
{
    using Source = KubeResource::Source;
    static const QList<KubeResource> all = {
        resource({}, QStringLiteral("componentstatuses"), QStringLiteral("componentstatus"),
                 QStringLiteral("ComponentStatus"), {QStringLiteral("cs")}, false, Source::Derived, {}),
        resource({}, QStringLiteral("configmaps"), QStringLiteral("configmap"), QStringLiteral("ConfigMap"),
                 {QStringLiteral("cm")}, true, Source::Stored, QStringLiteral("configmaps")),
        resource({}, QStringLiteral("endpoints"), QStringLiteral("endpoints"), QStringLiteral("Endpoints"),
                 {QStringLiteral("ep")}, true, Source::Derived, QStringLiteral("services/endpoints")),
        resource({}, QStringLiteral("namespaces"), QStringLiteral("namespace"), QStringLiteral("Namespace"),
                 {QStringLiteral("ns")}, false, Source::Stored, QStringLiteral("namespaces")),
        resource({}, QStringLiteral("nodes"), QStringLiteral("node"), QStringLiteral("Node"),
                 {QStringLiteral("no")}, false, Source::Stored, QStringLiteral("minions")),
        resource({}, QStringLiteral("pods"), QStringLiteral("pod"), QStringLiteral("Pod"),
                 {QStringLiteral("po")}, true, Source::Mirror, QStringLiteral("pods")),
        resource(QStringLiteral("apps"), QStringLiteral("deployments"), QStringLiteral("deployment"),
                 QStringLiteral("Deployment"), {QStringLiteral("deploy")}, true, Source::Stored,
                 QStringLiteral("deployments")),
    };
    return all;
}

std::optional<KubeResource> KubeResourceCatalog::find(const QString& group, const QString& version,
                                                      const QString& name)
{
    for (const KubeResource& r : resources()) {
        if (r.group == group && r.version == version && r.name == name)
            return r;
    }
    return std::nullopt;
}

QJsonObject KubeResourceCatalog::apiVersions(const QString& serverAddress)
{
    return QJsonObject{
        {QStringLiteral("kind"), QStringLiteral("APIVersions")},
        {QStringLiteral("versions"), QJsonArray{QStringLiteral("v1")}},
        {QStringLiteral("serverAddressByClientCIDRs"),
         QJsonArray{QJsonObject{{QStringLiteral("clientCIDR"), QStringLiteral("0.0.0.0/0")},
                                {QStringLiteral("serverAddress"), serverAddress}}}},
    };
}

QJsonObject KubeResourceCatalog::apiGroupList()
{
    QJsonArray groups;
    QStringList seen;
    for (const KubeResource& r : resources()) {
        if (r.group.isEmpty() || seen.contains(r.group))
            continue;
        seen << r.group;
        const QJsonObject version{{QStringLiteral("groupVersion"), r.apiVersion()},
                                  {QStringLiteral("version"), r.version}};
        groups.append(QJsonObject{{QStringLiteral("name"), r.group},
                                  {QStringLiteral("versions"), QJsonArray{version}},
                                  {QStringLiteral("preferredVersion"), version}});
    }
    return QJsonObject{{QStringLiteral("kind"), QStringLiteral("APIGroupList")},
                       {QStringLiteral("apiVersion"), QStringLiteral("v1")},
                       {QStringLiteral("groups"), groups}};
}

std::optional<QJsonObject> KubeResourceCatalog::resourceList(const QString& group, const QString& version)
{
    QJsonArray list;
    for (const KubeResource& r : resources()) {
        if (r.group != group || r.version != version)
            continue;
        list.append(QJsonObject{
            {QStringLiteral("name"), r.name},
            {QStringLiteral("singularName"), r.singularName},
            {QStringLiteral("namespaced"), r.namespaced},
            {QStringLiteral("kind"), r.kind},
            {QStringLiteral("verbs"), strings(r.verbs())},
            {QStringLiteral("shortNames"), strings(r.shortNames)},
        });
    }
    if (list.isEmpty())
        return std::nullopt;
    return QJsonObject{{QStringLiteral("kind"), QStringLiteral("APIResourceList")},
                       {QStringLiteral("apiVersion"), QStringLiteral("v1")},
                       {QStringLiteral("groupVersion"), group.isEmpty() ? version : group + '/' + version},
                       {QStringLiteral("resources"), list}};
}

} // namespace etcddrill
