// The embedded lab, as the faces use it: `up` prepares a lab directory (certificates, static pod manifests,
// haproxy and nginx configurations, drill.yaml), starts a detached LabSupervisor process and waits until
// every etcd member is healthy and every apiserver, the VIP and the domain answer /readyz; `down` stops it;
// `status` reports it. One lab per directory; a lab outlives the process that started it.
//
// Blocking: up() and down() take seconds (they wait for processes), so call them from the CLI's main thread
// or a worker thread (QtConcurrent::run), never from a GUI thread. Stateless apart from the options; any
// thread, but one call at a time per lab directory.
#pragma once

#include "DrillConfig.h"
#include "LabLayout.h"
#include "LabResult.h"
#include "LabStatus.h"

#include <QString>
#include <QStringList>
#include <chrono>
#include <functional>

namespace etcddrill {

class Lab
{
public:
    using Progress = std::function<void(const QString& line)>;

    struct UpOptions
    {
        // The program that runs `lab supervise`, and the arguments before --dir. Empty: etcd-drill-cli next
        // to the running executable (or on PATH) with {"lab", "supervise"}.
        QString supervisorProgram;
        QStringList supervisorArguments;
        qint64 watchPid = 0; // the supervisor stops the lab when this process exits (tests pass their own)
        // Three members elect a leader in about a second on loopback, and haproxy needs rise × inter more to
        // let the apiservers in; 30 s leaves room for a loaded CI box.
        std::chrono::milliseconds readyTimeout{30000};
    };

    static LabResult up(const LabLayout& layout, const UpOptions& options, const Progress& progress = {});
    static LabResult down(const QString& dir, const Progress& progress = {});
    static LabStatus status(const QString& dir);

    // The drill config that drill.yaml holds for this lab: cluster "lab", the lab CA and client certificate,
    // one node per member with its apiserver URL, its own manifest and backup folder; the apiservers' CA and
    // token; probes of every node's apiserver, the VIP and the domain (pinned to its address); the drill
    // stops the last node's etcd (static-pod fault, local transport).
    static DrillConfig drillConfig(const LabLayout& layout);
    // The VIP's max-error-rate for a drill observing for `observation`: one call in three fails until haproxy
    // takes the stopped node out, `maxOutage` ((fall + 1) × inter) after the stop, of a fault window at least
    // as long as the observation; rounded up to a tenth of a percent (drill.yaml says 1.7%, not 1.66667%).
    static double vipMaxErrorRate(std::chrono::milliseconds maxOutage, std::chrono::milliseconds observation);
    // Absolute, cleaned and with symlinks resolved where the directory exists, so that every command spells a
    // lab's directory the same way (it is matched against the supervisor's command line).
    static QString normalizedDir(const QString& dir);
};

} // namespace etcddrill
