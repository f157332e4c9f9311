#include "KubeResourceCatalog.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

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

QString groupVersionPath(const QString& group, const QString& version)
{
    return group.isEmpty() ? QStringLiteral("api/") + version
                           : QStringLiteral("apis/%1/%2").arg(group, version);
}

QJsonObject operation(const KubeResource& r, const QString& action, const QString& id, bool fieldValidation)
{
    QJsonObject op{
        {QStringLiteral("operationId"), id},
        {QStringLiteral("responses"),
         QJsonObject{
             {QStringLiteral("200"), QJsonObject{{QStringLiteral("description"), QStringLiteral("OK")}}}}},
        {QStringLiteral("x-kubernetes-action"), action},
        {QStringLiteral("x-kubernetes-group-version-kind"),
         QJsonObject{{QStringLiteral("group"), r.group},
                     {QStringLiteral("version"), r.version},
                     {QStringLiteral("kind"), r.kind}}},
    };
    if (fieldValidation)
        op.insert(QStringLiteral("parameters"),
                  QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("fieldValidation")},
                                         {QStringLiteral("in"), QStringLiteral("query")},
                                         {QStringLiteral("schema"),
                                          QJsonObject{{QStringLiteral("type"), QStringLiteral("string")},
                                                      {QStringLiteral("uniqueItems"), true}}}}});
    return op;
}

// Protobuf's wire form of one length-delimited field (a string or an embedded message).
QByteArray protobufField(int number, const QByteArray& value)
{
    QByteArray out;
    out.append(char(number << 3 | 2));
    quint64 length = quint64(value.size());
    do {
        char byte = char(length & 0x7f);
        length >>= 7;
        if (length != 0)
            byte = char(byte | 0x80);
        out.append(byte);
    } while (length != 0);
    return out + value;
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

QJsonObject KubeResourceCatalog::version()
{
    return QJsonObject{
        {QStringLiteral("major"), QStringLiteral("1")},
        {QStringLiteral("minor"), QStringLiteral("28")},
        {QStringLiteral("gitVersion"), QStringLiteral("v1.28.0-etcd-drill-lab")},
        {QStringLiteral("gitTreeState"), QStringLiteral("clean")},
        {QStringLiteral("goVersion"), QStringLiteral("go1.20.7")},
        {QStringLiteral("compiler"), QStringLiteral("gc")},
        {QStringLiteral("platform"), QStringLiteral("linux/amd64")},
    };
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

QJsonObject KubeResourceCatalog::openApiV3Index()
{
    QJsonObject paths;
    for (const KubeResource& r : resources()) {
        const QString key = groupVersionPath(r.group, r.version);
        if (paths.contains(key))
            continue;
        const QByteArray document =
            QJsonDocument(*openApiV3Document(r.group, r.version)).toJson(QJsonDocument::Compact);
        const QString hash = QString::fromLatin1(
            QCryptographicHash::hash(document, QCryptographicHash::Sha512).toHex().left(128).toUpper());
        paths.insert(key, QJsonObject{{QStringLiteral("serverRelativeURL"),
                                       QStringLiteral("/openapi/v3/%1?hash=%2").arg(key, hash)}});
    }
    return QJsonObject{{QStringLiteral("paths"), paths}};
}

std::optional<QJsonObject> KubeResourceCatalog::openApiV3Document(const QString& group,
                                                                  const QString& version)
{
    QJsonObject paths;
    for (const KubeResource& r : resources()) {
        if (r.group != group || r.version != version)
            continue;
        const QString base =
            QLatin1Char('/') + groupVersionPath(r.group, r.version) +
            (r.namespaced ? QStringLiteral("/namespaces/{namespace}/") : QStringLiteral("/")) + r.name;
        const QString id = r.kind + (r.group.isEmpty() ? QStringLiteral("Core") : r.group) + r.version;
        QJsonObject collection{{QStringLiteral("get"),
                                operation(r, QStringLiteral("list"), QStringLiteral("list") + id, false)}};
        QJsonObject object{
            {QStringLiteral("get"), operation(r, QStringLiteral("get"), QStringLiteral("read") + id, false)}};
        if (r.creatable()) {
            collection.insert(QStringLiteral("post"),
                              operation(r, QStringLiteral("post"), QStringLiteral("create") + id, true));
            object.insert(QStringLiteral("delete"),
                          operation(r, QStringLiteral("delete"), QStringLiteral("delete") + id, false));
            object.insert(QStringLiteral("patch"),
                          operation(r, QStringLiteral("patch"), QStringLiteral("patch") + id, true));
        }
        paths.insert(base, collection);
        paths.insert(base + QStringLiteral("/{name}"), object);
    }
    if (paths.isEmpty())
        return std::nullopt;
    return QJsonObject{
        {QStringLiteral("openapi"), QStringLiteral("3.0.0")},
        {QStringLiteral("info"),
         QJsonObject{{QStringLiteral("title"), QStringLiteral("Kubernetes (etcd-drill lab)")},
                     {QStringLiteral("version"), QStringLiteral("v1.28.0")}}},
        {QStringLiteral("paths"), paths},
        {QStringLiteral("components"), QJsonObject{{QStringLiteral("schemas"), QJsonObject()}}},
    };
}

QByteArray KubeResourceCatalog::openApiV2Protobuf()
{
    // openapi.v2.Document: swagger = 1, info = 2 (Info: title = 1, version = 2); no paths, no definitions.
    const QByteArray info = protobufField(1, QByteArrayLiteral("Kubernetes (etcd-drill lab)")) +
                            protobufField(2, QByteArrayLiteral("v1.28.0"));
    return protobufField(1, QByteArrayLiteral("2.0")) + protobufField(2, info);
}

} // namespace etcddrill
