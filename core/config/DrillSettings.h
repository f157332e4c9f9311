// The drill config's `drill:` section: which member is stopped, how (fault and transport), the time limits
// of each step, when the cluster counts as caught up, where the journal goes, the client workload and the
// hypothesis. A value type; defaults are those of docs/config-reference.md.
//
// ConfigLoader resolves what depends on other sections: the target is always set (the last node when the
// file names none) and journalDir is absolute (ConfigLoader::defaultJournalDir() when the file names none).
#pragma once

#include "HypothesisSettings.h"
#include "NodeConfig.h"
#include "WorkloadSettings.h"

#include <QString>
#include <chrono>

namespace etcddrill {

struct DrillSettings
{
    enum class TargetKind {
        Node,     // targetNode names it
        Leader,   // whichever member leads when the drill starts
        Follower, // a member that does not lead when the drill starts
    };
    enum class Fault {
        StaticPod, // move the kubelet's etcd manifest away, and back
        Systemd,   // systemctl stop/start unit
        Command,   // the operator's own stopCommand/startCommand
    };
    enum class Transport { Local, Ssh };

    // "static-pod", "systemd", "command": as drill.fault is written.
    static QString faultName(Fault fault)
    {
        switch (fault) {
        case Fault::StaticPod:
            return QStringLiteral("static-pod");
        case Fault::Systemd:
            return QStringLiteral("systemd");
        case Fault::Command:
            break;
        }
        return QStringLiteral("command");
    }

    TargetKind targetKind = TargetKind::Node;
    QString targetNode; // with TargetKind::Node: a node name exactly as in nodes; empty: the last node
    Fault fault = Fault::StaticPod;
    Transport transport = Transport::Local;
    bool sudo = false; // run fault commands through "sudo -n"
    // Paths on the node (not checked locally); NodeConfig::manifest/backupDir override them per node.
    QString manifest = QStringLiteral("/etc/kubernetes/manifests/etcd.yaml"); // kubeadm's place
    QString backupDir = QStringLiteral("/root/etcd-drill-backup");
    QString unit;         // Fault::Systemd
    QString stopCommand;  // Fault::Command
    QString startCommand; // Fault::Command
    std::chrono::milliseconds sshConnectTimeout{5000};
    std::chrono::milliseconds commandTimeout{30000};
    // kubelet sees a moved manifest at once through inotify (its 20 s fileCheckFrequency re-listing is only
    // the fallback) and etcd exits on SIGTERM within seconds: 15 s leaves room for both.
    std::chrono::milliseconds stopTimeout{15000};
    // Restarting etcd replays its WAL and may need a snapshot from the leader: a minute is generous.
    std::chrono::milliseconds startTimeout{60000};
    std::chrono::milliseconds observation{60000}; // the survivors are watched this long with the target down
    std::chrono::milliseconds settle{10000};      // everything must stay healthy this long after recovery
    qint64 maxIndexLag = 50; // raft index lag behind the leader that still counts as caught up
    QString journalDir;      // local, absolute; empty only in a config built in code (then: the default)
    WorkloadSettings workload;
    HypothesisSettings hypothesis;

    // The manifest and backup folder on one node: its override, or the drill-wide value.
    QString manifestOn(const NodeConfig& node) const
    {
        return node.manifest.isEmpty() ? manifest : node.manifest;
    }
    QString backupDirOn(const NodeConfig& node) const
    {
        return node.backupDir.isEmpty() ? backupDir : node.backupDir;
    }

    friend bool operator==(const DrillSettings&, const DrillSettings&) = default;
};

} // namespace etcddrill
