// A fault command as the drill presents it, before and after it runs: which step and role, what it is for,
// what an operator would type for the same effect and the exact command line the transport runs, both with
// secrets masked (Redactor). A value type carried by DrillEngine's gate and command signals and the journal.
#pragma once

#include "DrillStep.h"

#include "i18n/LocalizedText.h"

#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace etcddrill {

struct DrillCommand
{
    enum class Role {
        Preflight,     // a fault check: changes nothing
        Stop,          // stops etcd on the target
        VerifyStopped, // confirms the stop took (systemd)
        Start,         // starts etcd on the target again
    };

    DrillStep::Id step = DrillStep::Id::Preflight;
    Role role = Role::Preflight;
    QString node;          // "M3"
    LocalizedText purpose; // "stop etcd on M3 (move … to …)", translatable (DrillText)
    QString display; // "mkdir -p /root/bak && mv -n /etc/kubernetes/manifests/etcd.yaml /root/bak/etcd.yaml"
    QString commandLine; // exactly what runs: "sh -c '…'", "ssh -o BatchMode=yes … root@m3 -- '…'"
    QString location;    // "locally", "on root@10.0.0.13"
    bool changesState = false;
    bool dryRun = false; // shown, not run

    static QString roleName(Role role); // "preflight", "stop", "verify-stopped", "start"
    QJsonObject toJson() const;
    // The inverse of toJson (journal command-started / command-finished); unknown names give the defaults.
    static DrillCommand fromJson(const QJsonObject& json);
};

} // namespace etcddrill

Q_DECLARE_METATYPE(etcddrill::DrillCommand)
