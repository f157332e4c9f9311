// The probes: section of a drill config: interval, timeout, outage-threshold, node-apiservers and path, and
// the targets (name, url, interval, timeout, keep-alive, resolve, max-outage, abort-outage) within
// ProbeSettings' limits.
// Part of ConfigLoader's implementation. Stateless; the thread of the load.
#pragma once

#include "ConfigDraft.h"
#include "ConfigYamlReader.h"

namespace etcddrill {

class ProbesSectionParser
{
public:
    // Reads the section (entry: its key and value) into draft; problems go to reader.
    static void read(ConfigYamlReader& reader, const ConfigYamlReader::Entry& entry, ConfigDraft& draft);
};

} // namespace etcddrill
