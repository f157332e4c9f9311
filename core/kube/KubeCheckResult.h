// The outcome of one of the runbook's Kubernetes checks (readyz, etcd pods, etcd endpoints, write test):
// passed or not, what was measured against what was expected, and the details an operator needs to act.
// A value type made by KubernetesChecks; the drill engine journals it, the faces print it.
#pragma once

#include "i18n/LocalizedText.h"

#include <QMetaType>
#include <QString>
#include <chrono>

namespace etcddrill {

struct KubeCheckResult
{
    QString name; // stable: "readyz", "etcd-pods", "etcd-endpoints", "write-test"
    bool passed = false;
    // Translatable texts (context "KubernetesChecks"); english() is what a journal keeps.
    LocalizedText measured;               // "2/3 etcd pods Running and Ready"
    LocalizedText expected;               // "3/3 etcd pods Running and Ready"
    LocalizedText detail;                 // per pod / per step, the apiserver's message, which node answered
    std::chrono::milliseconds latency{0}; // the whole check, every request it made
};

} // namespace etcddrill

Q_DECLARE_METATYPE(etcddrill::KubeCheckResult)
