// `etcd-drill-cli probe -c drill.yaml`: runs the drill config's probes (ProbePlan: the targets, the node
// apiservers) without a drill, prints one line per target and second and, at the end (--duration elapsed or
// Ctrl+C), the impact figures per target; --json prints those as one JSON object, --csv writes every
// sample. The operator's way to check the probes (and the load balancers' health checks) before a drill.
// Lives in main()'s thread; the probing runs on ProbeScheduler's worker thread.
#pragma once

#include <QStringList>

namespace etcddrill {

class ProbeCommand
{
public:
    // Exit codes: 0 no probe failed, 1 some target had failed probes, 3 usage or config error.
    int run(const QStringList& arguments);
};

} // namespace etcddrill
