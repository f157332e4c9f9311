// The whole drill configuration, as loaded and validated by ConfigLoader. A value type: passed down by
// value to whoever needs it (monitor, probes, engine); there is no global configuration object.
#pragma once

#include "ApiserverSettings.h"
#include "DrillSettings.h"
#include "EtcdSettings.h"
#include "NodeConfig.h"
#include "NotifySettings.h"
#include "ProbeSettings.h"

#include <QList>
#include <QString>

namespace etcddrill {

struct DrillConfig
{
    QString sourceFile;  // absolute path of the YAML file, empty when built from ETCDCTL_* variables only
    QString clusterName; // shown in the console, the status output and the report
    EtcdSettings etcd;
    QList<NodeConfig> nodes;
    ApiserverSettings apiserver; // optional section: empty when the file has none
    ProbeSettings probes;        // optional section: defaults and no extra targets when the file has none
    DrillSettings drill;         // optional section: defaults when the file has none
    NotifySettings notify;       // optional section: nobody is told when the file has none

    // drill.target as the journal names it: the node ("M3"; the last node when none is set), "leader" or
    // "follower".
    QString targetSpec() const
    {
        switch (drill.targetKind) {
        case DrillSettings::TargetKind::Leader:
            return QStringLiteral("leader");
        case DrillSettings::TargetKind::Follower:
            return QStringLiteral("follower");
        case DrillSettings::TargetKind::Node:
            break;
        }
        return drill.targetNode.isEmpty() && !nodes.isEmpty() ? nodes.last().name : drill.targetNode;
    }
};

} // namespace etcddrill
