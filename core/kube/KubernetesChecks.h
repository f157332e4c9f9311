// The runbook's kubectl checks, made measurable: is the apiserver ready (`/readyz?verbose`), how many etcd
// pods are Running and Ready (`kubectl -n kube-system get pods | grep etcd`), how many addresses the etcd
// Endpoints list (`kubectl -n kube-system get endpoints | grep etcd`), and does the cluster accept a write
// (`kubectl create …`: a ConfigMap is created, read back and deleted). Each check ends in one
// KubeCheckResult through its callback, later on this object's thread.
// Lives on the thread of the ApiserverClient it uses; the client is not owned and must outlive the checks
// in flight (a check whose client is gone ends failed). Callbacks of checks still running when this object
// is destroyed are dropped.
#pragma once

#include "KubeCheckResult.h"

#include <QObject>
#include <QPointer>
#include <functional>

namespace etcddrill {

class ApiserverClient;

class KubernetesChecks : public QObject
{
    Q_OBJECT

public:
    explicit KubernetesChecks(ApiserverClient* client, QObject* parent = nullptr);

    // GET /readyz?verbose: passes on 200 with no "[-]" line.
    void readyz(std::function<void(const KubeCheckResult&)> done);
    // kube-system pods with component=etcd (kubeadm's label on the etcd static pod): passes when exactly
    // expectedCount are Running with condition Ready=True.
    void etcdPods(int expectedCount, std::function<void(const KubeCheckResult&)> done);
    // kube-system Endpoints whose name contains "etcd": passes when their ready addresses number exactly
    // expectedCount.
    void etcdEndpoints(int expectedCount, std::function<void(const KubeCheckResult&)> done);
    // Creates ConfigMap default/etcd-drill-write-<random>, reads it back, deletes it: passes when all three
    // succeed and the read returns what was written. A failed delete is reported with the kubectl command
    // that removes the leftover.
    void writeTest(std::function<void(const KubeCheckResult&)> done);

    static QString writeTestNamespace() { return QStringLiteral("default"); }
    static QString writeTestNamePrefix() { return QStringLiteral("etcd-drill-write-"); }

private:
    // False, and `done` called later with `result` failed, when the client is gone.
    bool haveClient(const KubeCheckResult& result, const std::function<void(const KubeCheckResult&)>& done);

    QPointer<ApiserverClient> m_client;
};

} // namespace etcddrill
