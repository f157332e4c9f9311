// One resource the lab's apiserver serves, as discovery describes it and as kube-apiserver's etcd3 storage
// keeps it: its names (plural, singular, kind, short names for kubectl), whether it lives in a namespace,
// the verbs served and where its objects come from. A value type listed by KubeResourceCatalog.
#pragma once

#include <QString>
#include <QStringList>

namespace etcddrill {

struct KubeResource
{
    enum class Source {
        Stored,  // objects in etcd under /registry/<storageName>/…
        Mirror,  // the lab's static pods as kubelet reports them, plus pods stored in etcd
        Derived, // built from the lab's state (Endpoints) or this apiserver's etcd check (componentstatuses)
    };

    QString group; // "" for the core group, "apps"
    QString version = QStringLiteral("v1");
    QString name; // plural, as in paths: "pods"
    QString singularName;
    QString kind;
    QStringList shortNames;
    bool namespaced = true;
    Source source = Source::Stored;
    QString storageName; // kube-apiserver's storage prefix: "minions" for nodes, "services/endpoints"

    QString apiVersion() const { return group.isEmpty() ? version : group + QLatin1Char('/') + version; }
    QString listKind() const { return kind + QStringLiteral("List"); }
    // "deployments.apps", "pods": how kube-apiserver names the resource in messages.
    QString qualifiedName() const { return group.isEmpty() ? name : name + QLatin1Char('.') + group; }
    bool creatable() const { return source != Source::Derived; }
    // The verbs discovery lists: what the lab serves, not all kube-apiserver does.
    QStringList verbs() const
    {
        return creatable() ? QStringList{QStringLiteral("create"), QStringLiteral("delete"),
                                         QStringLiteral("get"), QStringLiteral("list")}
                           : QStringList{QStringLiteral("get"), QStringLiteral("list")};
    }
    // /registry/<storage>/<namespace>/ (namespaced) or /registry/<storage>/ (cluster-scoped); namespace
    // empty on a namespaced resource: every namespace.
    QString storagePrefix(const QString& namespaceName) const
    {
        QString prefix = QStringLiteral("/registry/%1/").arg(storageName);
        if (namespaced && !namespaceName.isEmpty())
            prefix += namespaceName + QLatin1Char('/');
        return prefix;
    }
    QString storageKey(const QString& namespaceName, const QString& objectName) const
    {
        return storagePrefix(namespaced ? namespaceName : QString()) + objectName;
    }
};

} // namespace etcddrill
