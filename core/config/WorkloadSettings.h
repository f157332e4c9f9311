// The drill config's `drill.workload:` section: the client workload that runs from before the stop to the
// end of settle (WorkloadRunner) and whose writes the data-safety checks follow. A value type; defaults are
// those of docs/config-reference.md.
#pragma once

namespace etcddrill {

struct WorkloadSettings
{
    // Puts per second, each to a new key under <etcd.write-prefix>workload/<drill>/; 0 turns the workload
    // and its checks off.
    int rate = 20;

    friend bool operator==(const WorkloadSettings&, const WorkloadSettings&) = default;
};

} // namespace etcddrill
