// Issues the lab's certificates, kubeadm style: one etcd CA; per member a server certificate (SANs: its
// loopback address, "localhost", the node name) and a peer certificate (server + client auth); and one client
// certificate for etcd-drill itself (like kubeadm's healthcheck-client). File names come from LabLayout.
// Blocking but fast (EC P-256: a few milliseconds per key); called by Lab::up from its thread.
#pragma once

#include "LabLayout.h"

#include <QString>

namespace etcddrill {

class LabPki
{
public:
    static bool generate(const LabLayout& layout, QString* error);
};

} // namespace etcddrill
