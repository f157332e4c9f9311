// The checks of a drill config that look at several keys once the whole file is read: unique node names and
// endpoints, unique probe target names (also against the generated "<node>-apiserver" ones), abort-outage
// not shorter than max-outage, drill.target resolved to a node or a role, ssh on every node the drill may
// stop, the keys the fault needs, a backup folder that is not the manifest's own, and the journal folder.
// Problems are reported at the place of the key they are about.
// Part of ConfigLoader's implementation. Stateless; the thread of the load.
#pragma once

#include "ConfigDraft.h"
#include "ConfigYamlReader.h"

#include <QList>
#include <QString>

namespace etcddrill {

class ConfigCrossFieldValidator
{
public:
    static void checkDuplicates(ConfigYamlReader& reader, const QList<ConfigDraft::Node>& nodes);
    // Whether a node has an https:// endpoint, and where the first one is written.
    static bool anyHttps(const QList<ConfigDraft::Node>& nodes);
    static ConfigLocation firstHttpsAt(const QList<ConfigDraft::Node>& nodes);
    static void checkProbeTargets(ConfigYamlReader& reader, const ConfigDraft& draft);
    // drill.target, ssh, the fault's keys and the journal folder (defaultJournalDir when none is written).
    static void checkDrill(ConfigYamlReader& reader, ConfigDraft& draft, const QString& defaultJournalDir);
};

} // namespace etcddrill
