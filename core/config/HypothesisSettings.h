// The drill config's `drill.hypothesis:` section: what the operator expects the cluster to survive. The
// drill's verdict compares the measurements against these limits (per-target outage limits live in
// ProbeTargetConfig::maxOutage). A value type; defaults are those of docs/config-reference.md.
#pragma once

#include <chrono>

namespace etcddrill {

struct HypothesisSettings
{
    int writeFailures = 0; // write checks allowed to fail while the target is down
    // etcd's default election timeout is 1 s (raft randomises it up to 2 s): even a split vote and a second
    // round stay under 5 s.
    std::chrono::milliseconds maxElection{5000};  // only measured when the target was the leader
    std::chrono::milliseconds maxRecovery{60000}; // restore action to fully recovered
    // The client workload's checks (drill.workload): acknowledged puts allowed to be lost (missing, or
    // there with another value or revision), and whether every member must report the same HashKV.
    int lostWrites = 0;
    bool hashesAgree = true;

    friend bool operator==(const HypothesisSettings&, const HypothesisSettings&) = default;
};

} // namespace etcddrill
