// The drill's Kubernetes side: the apiserver client made from the config's `apiserver` section (when it has
// one and this build has core/kube), the checks the preflight runs through it, and the runbook's
// `kubectl create` through the VIP at the end of the observation window — create, read and delete a
// ConfigMap — as the check "kubernetes write" of step verify-survivors. By then the load balancer has had
// its time to take the stopped node's apiserver out, so the write says whether the cluster serves clients
// with one member down. The engine decides what the write's result means (it counts against
// drill.hypothesis.write-failures).
//
// Thread: the drill engine's. Owner: DrillEngine (a QObject child); the client and the checks are its own.
#pragma once

#include "DrillCheck.h"
#include "config/DrillConfig.h"

#include <QObject>
#include <functional>
#include <memory>

namespace etcddrill {

class ApiserverClient;
class KubernetesChecks;

class DrillKubernetes : public QObject
{
    Q_OBJECT

public:
    DrillKubernetes(const DrillConfig& config, QObject* parent = nullptr);
    ~DrillKubernetes() override;

    // The checks, or nullptr with why they could not be made (error() empty when the config has no
    // apiserver section, or this build has no Kubernetes checks).
    KubernetesChecks* checks() const { return m_checks; }
    QString error() const { return m_error; }

    // True until write() ran, when there is an apiserver to write through.
    bool writePending() const;
    // The write through the apiserver; `done` gets its check (step verify-survivors).
    void write(std::function<void(const DrillCheck& check)> done);
    void shutDown(); // deletes the checks and the client

private:
    std::unique_ptr<ApiserverClient> m_client;
    KubernetesChecks* m_checks = nullptr; // child
    QString m_error;
    bool m_written = false;
};

} // namespace etcddrill
