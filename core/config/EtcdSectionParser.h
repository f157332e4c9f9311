// The etcd: section of a drill config: tls (ca, cert, key as local paths, checked later with the other
// files), timeout, poll-interval, write-check and write-prefix, with their limits. Where the file has no tls
// the load falls back to ETCDCTL_* or kubeadm's files (EtcdTlsFallback).
// Part of ConfigLoader's implementation. Stateless; the thread of the load.
#pragma once

#include "ConfigDraft.h"
#include "ConfigYamlReader.h"

namespace etcddrill {

class EtcdSectionParser
{
public:
    // Reads the section (entry: its key and value) into draft; problems go to reader.
    static void read(ConfigYamlReader& reader, const ConfigYamlReader::Entry& entry, ConfigDraft& draft);
};

} // namespace etcddrill
