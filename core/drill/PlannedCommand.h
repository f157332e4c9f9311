// One command a fault action wants run on the target node, before it runs: the exact POSIX sh script, the
// text an operator would type by hand for the same effect (shown before running, in --dry-run and as the
// way back when the drill cannot restore the member itself) and what it is for. A value type; built by the
// FaultAction implementations, run by a CommandTransport.
#pragma once

#include "i18n/LocalizedText.h"

#include <QString>

namespace etcddrill {

struct PlannedCommand
{
    // A script exits with this code when one of its own checks did not pass and it changed nothing (the
    // manifest is missing, the backup folder is occupied…). Not 1 or 2 (what most tools return on any
    // error, sudo and mv included), not 126/127 (the shell) and not 255 (ssh): the code says "refused on
    // purpose", not "something broke".
    static constexpr int kRefusedExitCode = 97;
    // Each reason for a refusal is one stderr line starting with this; the transport picks those lines out of
    // whatever else (sudo, ssh warnings) ends up on stderr.
    static constexpr char kRefusalPrefix[] = "etcd-drill: ";

    // "stop etcd on M3": an imperative phrase, used in progress and error messages (translatable; the
    // journal and the transports' error texts keep its English).
    LocalizedText purpose;
    QString script; // the POSIX sh script, run as `sh -c <script>` (locally or on the node through ssh)
    QString
        display; // what an operator would type instead: "mv /etc/kubernetes/manifests/etcd.yaml /root/bak/"
    bool needsSudo = false;    // needs root on the node: run through `sudo -n` when the drill is set to sudo
    bool changesState = false; // stops or starts something; false for checks, which may be re-run freely
    // Non-empty when the script may refuse (exit kRefusedExitCode): said when the script's stderr gives no
    // reason of its own.
    QString refusalMessage;

    friend bool operator==(const PlannedCommand&, const PlannedCommand&) = default;
};

} // namespace etcddrill
