// The lab's haproxy.cfg: the VIP in front of every node's apiserver, as kubeadm's HA guide sets it up
// (keepalived + haproxy, TCP pass-through) — a `mode tcp` frontend on the VIP, round robin over the
// apiservers and an ACTIVE health check of each one's /readyz over TLS, verified against the lab's
// Kubernetes CA, with the lab's inter/fall/rise. Logs go to haproxy's stderr, which the lab's runner appends
// to <lab>/haproxy/haproxy.log. Stateless; any thread.
#pragma once

#include "LabLayout.h"

#include <QByteArray>

namespace etcddrill {

class LabHaproxyConfig
{
public:
    static QByteArray generate(const LabLayout& layout);
    // The backend holding the apiservers (the servers are named after the nodes: M1, M2, …).
    static QString backendName() { return QStringLiteral("apiservers"); }
};

} // namespace etcddrill
