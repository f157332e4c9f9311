#include "KubeApiPath.h"

#include <QRegularExpression>
#include <QStringList>

namespace etcddrill {

namespace {

// DNS-1123 subdomain (object names, group names) and label (namespaces, resources, versions), as kube
// validates them; both exclude "/", "..", upper case and empty segments.
bool isSubdomain(const QString& text)
{
    static const QRegularExpression valid(
        QStringLiteral("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"));
    return text.size() <= 253 && valid.match(text).hasMatch();
}

bool isLabel(const QString& text)
{
    static const QRegularExpression valid(QStringLiteral("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"));
    return text.size() <= 63 && valid.match(text).hasMatch();
}

// An object name in a path: kube's names plus upper case (the lab's node names), never "." or "..".
bool isPathName(const QString& text)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9]([-A-Za-z0-9.]*[A-Za-z0-9])?$"));
    return text.size() <= 253 && valid.match(text).hasMatch() && !text.contains(QStringLiteral(".."));
}

} // namespace

KubeApiPath KubeApiPath::parse(const QString& path)
{
    KubeApiPath result;
    QStringList parts = path.split(QLatin1Char('/'));
    // "/readyz" splits into "", "readyz"; a trailing slash leaves an empty last part, which kube ignores.
    if (parts.isEmpty() || !parts.first().isEmpty())
        return result;
    parts.removeFirst();
    if (parts.size() > 1 && parts.last().isEmpty())
        parts.removeLast();
    if (parts.contains(QString()))
        return result;

    if (parts.size() == 1) {
        const QString& only = parts.first();
        if (only == QLatin1String("readyz") || only == QLatin1String("livez") ||
            only == QLatin1String("healthz")) {
            result.kind = Kind::Health;
            result.healthName = only;
        } else if (only == QLatin1String("version")) {
            result.kind = Kind::Version;
        } else if (only == QLatin1String("api")) {
            result.kind = Kind::DiscoveryVersions;
        } else if (only == QLatin1String("apis")) {
            result.kind = Kind::DiscoveryGroups;
        }
        return result;
    }

    if (parts.at(0) == QLatin1String("openapi")) {
        if (parts.size() == 2 && parts.at(1) == QLatin1String("v2")) {
            result.kind = Kind::OpenApiV2;
        } else if (parts.size() == 2 && parts.at(1) == QLatin1String("v3")) {
            result.kind = Kind::OpenApiV3Index;
        } else if (parts.size() == 4 && parts.at(1) == QLatin1String("v3") &&
                   parts.at(2) == QLatin1String("api") && parts.at(3) == QLatin1String("v1")) {
            result.kind = Kind::OpenApiV3Document;
            result.version = parts.at(3);
        } else if (parts.size() == 5 && parts.at(1) == QLatin1String("v3") &&
                   parts.at(2) == QLatin1String("apis") && isSubdomain(parts.at(3)) && isLabel(parts.at(4))) {
            result.kind = Kind::OpenApiV3Document;
            result.group = parts.at(3);
            result.version = parts.at(4);
        }
        return result;
    }

    qsizetype at = 0;
    if (parts.at(0) == QLatin1String("api")) {
        if (parts.size() < 2 || parts.at(1) != QLatin1String("v1"))
            return result;
        result.version = parts.at(1);
        at = 2;
    } else if (parts.at(0) == QLatin1String("apis")) {
        if (parts.size() < 3 || !isSubdomain(parts.at(1)) || !isLabel(parts.at(2)))
            return result;
        result.group = parts.at(1);
        result.version = parts.at(2);
        at = 3;
    } else {
        return result;
    }

    const QStringList rest = parts.mid(at);
    if (rest.isEmpty()) {
        result.kind = Kind::DiscoveryResources;
        return result;
    }
    if (rest.size() == 1 && isLabel(rest.at(0))) {
        result.resource = rest.at(0);
        result.kind = Kind::ClusterCollection;
        return result;
    }
    if (rest.size() == 2 && rest.at(0) != QLatin1String("namespaces") && isLabel(rest.at(0)) &&
        isPathName(rest.at(1))) {
        result.resource = rest.at(0);
        result.name = rest.at(1);
        result.kind = Kind::ClusterObject;
        return result;
    }
    if (rest.size() == 4 && result.group.isEmpty() && rest.at(0) == QLatin1String("nodes") &&
        isPathName(rest.at(1)) && rest.at(2) == QLatin1String("proxy") && isLabel(rest.at(3))) {
        result.resource = rest.at(0);
        result.name = rest.at(1);
        result.subpath = rest.at(3);
        result.kind = Kind::NodeProxy;
        return result;
    }
    if (rest.size() == 2 && rest.at(0) == QLatin1String("namespaces") && isLabel(rest.at(1))) {
        result.resource = rest.at(0);
        result.name = rest.at(1);
        result.kind = Kind::ClusterObject;
        return result;
    }
    if ((rest.size() != 3 && rest.size() != 4) || rest.at(0) != QLatin1String("namespaces") ||
        !isLabel(rest.at(1)) || !isLabel(rest.at(2)))
        return KubeApiPath();
    result.namespaceName = rest.at(1);
    result.resource = rest.at(2);
    if (rest.size() == 3) {
        result.kind = Kind::Collection;
        return result;
    }
    if (!isPathName(rest.at(3)))
        return KubeApiPath();
    result.name = rest.at(3);
    result.kind = Kind::Object;
    return result;
}

bool KubeApiPath::isValidName(const QString& name)
{
    return isSubdomain(name);
}

QString KubeApiPath::apiVersion() const
{
    return group.isEmpty() ? version : group + QLatin1Char('/') + version;
}

bool KubeApiPath::isResource() const
{
    return kind == Kind::Collection || kind == Kind::Object || kind == Kind::ClusterCollection ||
           kind == Kind::ClusterObject;
}

} // namespace etcddrill
