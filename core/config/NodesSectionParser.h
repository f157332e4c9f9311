// The nodes: section of a drill config: 1 to ConfigLoader::maxNodes members, each with name, etcd (an
// endpoint, EtcdEndpoint's grammar, port required), apiserver (scheme://host[:port]), ssh (host, user@host,
// user@host:port) and the per-node manifest and backup-dir. Also how the config words an endpoint it refuses,
// which ETCDCTL_ENDPOINTS shares.
// Part of ConfigLoader's implementation. Stateless; the thread of the load.
#pragma once

#include "ConfigDraft.h"
#include "ConfigYamlReader.h"

#include <QString>
#include <optional>

namespace etcddrill {

class NodesSectionParser
{
public:
    // Reads the section (entry: its key and value) into draft; problems go to reader.
    static void read(ConfigYamlReader& reader, const ConfigYamlReader::Entry& entry, ConfigDraft& draft);

    // Checks an endpoint with EtcdEndpoint's grammar, plus what the key needs (nodes[].etcd and
    // ETCDCTL_ENDPOINTS the port, nodes[].apiserver the scheme). On failure says why in *why, in the config's
    // words (may stay empty when nothing specific can be said).
    static std::optional<EtcdEndpoint> parseEndpoint(const QString& text, bool schemeRequired,
                                                     bool portRequired, QString* why);
    // "<label>: '<text>' is not an etcd endpoint (<why>): write …"
    static QString endpointProblem(const QString& label, const QString& text, const QString& why);
};

} // namespace etcddrill
