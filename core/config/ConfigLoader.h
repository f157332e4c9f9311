// Reads a drill config (YAML, schema version 1, see docs/config-reference.md) into a DrillConfig and
// validates it: YAML syntax, known keys (suggesting the closest one), value types, endpoints, duplicates,
// the local files it names (TLS, kubeconfig, token file) and what spans sections (the drill target is a
// node, ssh on every node the drill may stop, the keys a fault needs, unique probe target names). It
// collects every problem with file, line and column instead of stopping at the first.
// It can also build a config from ETCDCTL_* variables alone (fromEnvironment()).
//
// Where the file has no etcd.tls and a node has an https:// endpoint, the TLS files come from ETCDCTL_CACERT,
// ETCDCTL_CERT and ETCDCTL_KEY, or else from kubeadm's defaults in kubeadmPkiDir.
//
// Its parts live beside it: ConfigYamlReader (keys, values and their places), one parser per section
// (EtcdSectionParser, NodesSectionParser, ApiserverSectionParser, ProbesSectionParser, DrillSectionParser),
// EtcdTlsFallback, ConfigFileChecker and ConfigCrossFieldValidator.
//
// A plain object holding only its inputs (the environment and the kubeadm folder, given here so tests do not
// depend on the machine); usable from any thread. It reads a few small local files synchronously.
#pragma once

#include "ConfigLoadResult.h"

#include <QProcessEnvironment>
#include <QString>

namespace etcddrill {

class ConfigLoader
{
public:
    // etcd-drill drills clusters of 1 to 7 members: etcd itself advises against more than 7.
    static constexpr int maxNodes = 7;

    explicit ConfigLoader(QProcessEnvironment environment = QProcessEnvironment::systemEnvironment(),
                          QString kubeadmPkiDir = defaultKubeadmPkiDir());

    // Reads the file at path. Messages name the file as given here; DrillConfig::sourceFile is absolute.
    ConfigLoadResult load(const QString& path) const;
    // As load(), for text that did not come from disk; fileName names it in messages and its folder is
    // where relative TLS paths start.
    ConfigLoadResult loadFromString(const QString& text, const QString& fileName) const;
    // A config without a file: nodes from ETCDCTL_ENDPOINTS (comma separated), TLS from ETCDCTL_CACERT,
    // ETCDCTL_CERT and ETCDCTL_KEY or kubeadm's defaults. The cluster is named "kubernetes" (kubeadm's
    // default clusterName); nodes are named after their endpoint hosts when those are distinct, else etcd-1,
    // etcd-2, …
    ConfigLoadResult fromEnvironment() const;

    // "/etc/kubernetes/pki/etcd": where kubeadm writes etcd's CA and the healthcheck-client certificate.
    static QString defaultKubeadmPkiDir();
    // Where drill journals go when the file has no drill.journal-dir: QStandardPaths' GenericDataLocation
    // (on Linux $XDG_DATA_HOME, else ~/.local/share) + "/etcd-drill/drills"; empty when there is none.
    static QString defaultJournalDir();

private:
    ConfigLoadResult loadBytes(const QByteArray& yaml, const QString& fileName) const;

    QProcessEnvironment m_environment;
    QString m_kubeadmPkiDir;
};

} // namespace etcddrill
