// A request path of the lab's apiserver simulator, taken apart the way kube-apiserver routes it: the health
// endpoints (/readyz, /livez, /healthz), /version, discovery (/api, /apis, /api/v1, /apis/{group}/{version}),
// OpenAPI (/openapi/v2, /openapi/v3, /openapi/v3/api/v1, /openapi/v3/apis/{group}/{version}),
// namespaced resources of the core group (/api/v1/namespaces/{ns}/{resource}[/{name}]) or of a named group
// (/apis/{group}/{version}/namespaces/{ns}/{resource}[/{name}]), and /api/v1/{resource}[/{name}]
// (cluster-scoped resources such as nodes, or a namespaced resource across all namespaces). Namespaces,
// resources and versions must be DNS-1123 labels; object names letters, digits, '-' and '.' (upper case too:
// the lab's nodes are M1, M2, M3; objects a client creates must still be DNS-1123 subdomains, see
// isValidName), never "." or
// "..", so a storage key built from them stays inside its prefix. A value type.
#pragma once

#include <QString>

namespace etcddrill {

struct KubeApiPath
{
    enum class Kind {
        Unknown,            // not a path the simulator serves
        Health,             // healthName says which one
        Version,            // /version
        DiscoveryVersions,  // /api: APIVersions
        DiscoveryGroups,    // /apis: APIGroupList
        DiscoveryResources, // /api/v1, /apis/{group}/{version}: APIResourceList
        Collection,         // …/namespaces/{ns}/{resource}
        Object,             // …/namespaces/{ns}/{resource}/{name}
        ClusterCollection,  // /api/v1/{resource}: componentstatuses, nodes, or pods in every namespace
        ClusterObject,      // /api/v1/{resource}/{name}: nodes/M1, namespaces/default
        NodeProxy,          // /api/v1/nodes/{name}/proxy/{subpath}: the node's kubelet (configz)
        OpenApiV2,          // /openapi/v2: the (here empty) OpenAPI v2 document, as protobuf
        OpenApiV3Index,     // /openapi/v3: which group/version documents there are
        OpenApiV3Document,  // /openapi/v3/api/v1, /openapi/v3/apis/{group}/{version}
    };

    Kind kind = Kind::Unknown;
    QString healthName; // "readyz", "livez", "healthz"
    QString group;      // "" for the core group, "apps"
    QString version;    // "v1"
    QString namespaceName;
    QString resource; // "deployments"
    QString name;
    QString subpath; // NodeProxy: "configz"

    static KubeApiPath parse(const QString& path);
    // A valid object name (DNS-1123 subdomain: lower-case letters, digits, '-' and '.', at most 253).
    static bool isValidName(const QString& name);

    QString apiVersion() const; // "v1", "apps/v1"
    bool isResource() const;    // a collection or an object

    friend bool operator==(const KubeApiPath&, const KubeApiPath&) = default;
};

} // namespace etcddrill
