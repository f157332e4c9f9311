// Writes a DrillConfig as a commented, readable drill.yaml that ConfigLoader reads back to the same config
// (round trip). The embedded lab uses it for its ready-made drill.yaml. Stateless; any thread.
//
// TLS paths are written as they are in the config (ConfigLoader makes them absolute). A config without TLS
// files is written without etcd.tls, so on reading it back https:// endpoints fall back to ETCDCTL_* or the
// kubeadm defaults, as for any file that is silent on TLS. apiserver is written only when it has a value;
// probes and drill always, with every value, except drill.journal-dir when it is the default folder (the
// file then stays valid for another user) and optional keys that are not set.
#pragma once

#include "DrillConfig.h"

#include <QString>

namespace etcddrill {

class ConfigWriter
{
public:
    static QString toYaml(const DrillConfig& config);
    // Writes toYaml(config) atomically (QSaveFile): a reader never sees half a file.
    static bool writeFile(const DrillConfig& config, const QString& path, QString* error);
};

} // namespace etcddrill
