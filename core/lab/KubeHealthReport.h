// What kube-apiserver answers on /readyz, /livez and /healthz, for the lab's apiserver: the checks that
// matter here (ping, log, etcd, etcd-readiness and shutdown for readyz, the bootstrap-controller hook), each
// "[+]name ok" or "[-]name failed: reason withheld" (kube-apiserver keeps the reason from clients),
// `exclude=` honoured, 500 when one failed, "ok" or the list with `verbose`. Stateless; any thread.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace etcddrill {

class KubeHealthReport
{
public:
    struct Answer
    {
        int code = 200;
        QByteArray body;
    };

    // name: "readyz", "livez" or "healthz"; etcdOk: this apiserver's etcd answered; bootstrapped: it has
    // written the cluster's first objects.
    static Answer build(const QString& name, bool verbose, const QStringList& excluded, bool etcdOk,
                        bool bootstrapped);
};

} // namespace etcddrill
