// The drill: section of a drill config: target (resolved once the nodes are known), fault and transport,
// the fault's settings (manifest, backup-dir, unit, stop-/start-command), the timeouts and observation
// windows, max-index-lag, journal-dir and the hypothesis (write-failures, max-election, max-recovery).
// Part of ConfigLoader's implementation. Stateless; the thread of the load.
#pragma once

#include "ConfigDraft.h"
#include "ConfigYamlReader.h"

namespace etcddrill {

class DrillSectionParser
{
public:
    // Reads the section (entry: its key and value) into draft; problems go to reader.
    static void read(ConfigYamlReader& reader, const ConfigYamlReader::Entry& entry, ConfigDraft& draft);
};

} // namespace etcddrill
