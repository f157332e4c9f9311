// How one drill run differs from what its config says: the operator's overrides (--override-preflight,
// --dry-run, --out) and what only tests and unusual setups change (ssh client options, the clock, preflight
// waits). A value type handed to DrillEngine's constructor.
#pragma once

#include "SshSettings.h"

#include <QString>
#include <chrono>

namespace etcddrill {

class MonotonicClock;

struct DrillOptions
{
    // Go past failed preflight checks that are overridable (cluster and probe health); recorded in the
    // journal and the summary. The lock, the target and the fault's checks are never overridden.
    bool overridePreflight = false;
    // Show every command and run nothing that changes the cluster: the preflight runs (its checks change
    // nothing; the lock is only looked at, not taken), the stop and start commands are shown, not run.
    bool dryRun = false;
    // The folder for this drill's journal, created if missing; empty: a new folder
    // <drill.journal-dir>/<cluster>-<UTC time>. Must not hold a journal already.
    QString journalFolder;
    // The ssh client for transport: ssh (program, -F, -i, -o …). The connect timeout and sudo always come
    // from the config (drill.ssh-connect-timeout, drill.sudo).
    SshSettings ssh;
    // Durations are measured on this clock; it must tick like std::chrono::steady_clock (snapshots and probe
    // samples carry steady_clock times). Null: SteadyClock::instance(). Must outlive the engine.
    const MonotonicClock* clock = nullptr;
    // How long the preflight waits for every member to be healthy and every probe target to answer before it
    // reports what it saw: long enough for a first poll on a loaded machine, short enough not to bore.
    std::chrono::milliseconds preflightWait{10000};
    // Probe targets must have answered without a failure for this long before the stop.
    std::chrono::milliseconds probeHealthyWindow{1500};
    // While the target is down, a write check runs through every survivor this often.
    std::chrono::milliseconds writeCheckInterval{1000};
    // The lock's lease: a console that dies leaves the lock behind for at most this long.
    std::chrono::seconds lockTtl{10};
};

} // namespace etcddrill
