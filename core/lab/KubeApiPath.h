// A request path of the lab's apiserver simulator, taken apart the way kube-apiserver routes it: the health
// endpoints (/readyz, /livez, /healthz), /version, and namespaced resources of the core group
// (/api/v1/namespaces/{ns}/{resource}[/{name}]) or of a named group
// (/apis/{group}/{version}/namespaces/{ns}/{resource}[/{name}]). Segments must be DNS-1123 style (lower-case
// letters, digits, '-' and '.'), so a storage key built from them stays inside its prefix. A value type.
#pragma once

#include <QString>

namespace etcddrill {

struct KubeApiPath
{
    enum class Kind {
        Unknown,           // not a path the simulator serves
        Health,            // healthName says which one
        Version,           // /version
        Collection,        // …/namespaces/{ns}/{resource}
        Object,            // …/namespaces/{ns}/{resource}/{name}
        ClusterCollection, // /api/v1/{resource}, e.g. componentstatuses
    };

    Kind kind = Kind::Unknown;
    QString healthName; // "readyz", "livez", "healthz"
    QString group;      // "" for the core group, "apps"
    QString version;    // "v1"
    QString namespaceName;
    QString resource; // "deployments"
    QString name;

    static KubeApiPath parse(const QString& path);
    // A valid object name (DNS-1123 subdomain: lower-case letters, digits, '-' and '.', at most 253).
    static bool isValidName(const QString& name);

    QString apiVersion() const; // "v1", "apps/v1"
    // Where kube-apiserver's etcd3 storage keeps the object: /registry/{resource}/{namespace}/{name}.
    QString storageKey() const;

    friend bool operator==(const KubeApiPath&, const KubeApiPath&) = default;
};

} // namespace etcddrill
