// Issues the lab's certificates, kubeadm style: one etcd CA; per member a server certificate (SANs: its
// loopback address, "localhost", the node name) and a peer certificate (server + client auth); one client
// certificate for etcd-drill itself (like kubeadm's healthcheck-client). On the Kubernetes side a second CA
// ("kubernetes", pki/ca.crt) signs every apiserver's serving certificate, whose SANs cover each way in (the
// node address, the VIP, the domain address and name, "kubernetes", "localhost"); each apiserver gets an
// etcd client certificate from the etcd CA; and a random bearer token (mode 0600) that the apiservers
// accept. File names come from LabLayout.
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
