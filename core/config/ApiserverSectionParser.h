// The apiserver: section of a drill config: kubeconfig and context, or ca, cert, key and token-file (local
// paths, checked later), and the refusal of a token written into the file itself.
// Part of ConfigLoader's implementation. Stateless; the thread of the load.
#pragma once

#include "ConfigDraft.h"
#include "ConfigYamlReader.h"

namespace etcddrill {

class ApiserverSectionParser
{
public:
    // Reads the section (entry: its key and value) into draft; problems go to reader.
    static void read(ConfigYamlReader& reader, const ConfigYamlReader::Entry& entry, ConfigDraft& draft);
};

} // namespace etcddrill
