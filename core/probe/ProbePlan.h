// Turns a drill config into what the probe engine runs: one ProbeTarget per `probes.targets` entry (with the
// section's interval and timeout where the entry has none) and, with `probes.node-apiservers`, one
// "<node>-apiserver" target per node that has an apiserver URL, requesting `probes.path`. Every target gets
// the credentials of the `apiserver` section: the kubeconfig's (and context's) CA and user, with the
// section's own ca, cert/key and token-file taking precedence item by item. Plain http:// targets get no
// bearer token: it would cross the network in clear text.
//
// Stateless; callable from any thread. Reads the kubeconfig and the token file synchronously (small local
// files). Errors name the config file, the key and what to fix; they never contain a token or key.
#pragma once

#include "ProbeCredentials.h"
#include "ProbeTarget.h"

#include "DrillConfig.h"

#include <QList>
#include <QString>
#include <optional>

namespace etcddrill {

class ProbePlan
{
public:
    // The targets in config order: probes.targets first, then the node apiservers in node order. An empty
    // list (no targets, no node apiserver URLs) is not an error here: a config for `status` alone has
    // none, and each caller decides whether it needs probes.
    static std::optional<QList<ProbeTarget>> fromConfig(const DrillConfig& config, QString* error);

    // The credentials every target of fromConfig() uses; nullopt with a message when the kubeconfig or the
    // token file cannot be used.
    static std::optional<ProbeCredentials> credentials(const DrillConfig& config, QString* error);

    // Consecutive failed samples that open an outage window (ImpactTracker's failuresToOpen).
    static int outageThreshold(const DrillConfig& config);
};

} // namespace etcddrill
