// The runbook's fault, made safe: kubelet runs etcd from a static pod manifest, so moving the manifest out of
// its folder stops etcd and moving it back starts it again. Stop: `mkdir -p <backup-dir> && mv -n <manifest>
// <backup-dir>/<name>`, refusing when the backup folder already holds a file of that name (an earlier drill
// that was never restored); start moves it back, refusing to overwrite a manifest. Immutable, any thread.
#pragma once

#include "FaultAction.h"

namespace etcddrill {

class StaticPodAction : public FaultAction
{
public:
    // Paths on the node, absolute (drill.manifest / drill.backup-dir or the node's own); node names the node
    // in messages ("M3").
    StaticPodAction(const QString& manifestPath, const QString& backupDir, const QString& node = QString());

    Kind kind() const override { return Kind::StaticPod; }
    QString configurationProblem() const override;
    QList<PlannedCommand> preflightCommands() const override;
    QList<PlannedCommand> stopCommands() const override;
    QList<PlannedCommand> startCommands() const override;

    const QString& manifestPath() const { return m_manifest; }
    const QString& backupDir() const { return m_backupDir; }
    // Where the manifest lies while etcd is stopped: <backup-dir>/<manifest's file name>.
    QString backupPath() const;

private:
    QString manifestDir() const;
    QString variables() const;

    QString m_manifest;
    QString m_backupDir;
};

} // namespace etcddrill
