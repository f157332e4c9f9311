// <lab>/admin.conf: the lab's kubeconfig, the kubeadm admin.conf of the lab, which kubectl uses as it is.
// One cluster and context per way in: "vip" (the current context; haproxy), "domain" (nginx, reached at its
// loopback address with tls-server-name: the domain, since no DNS resolves the lab's .test name) and one per
// node's own apiserver ("M1", "M2", "M3"). The CA is the lab's Kubernetes CA; the user reads the lab's bearer
// token from its file (tokenFile), so the kubeconfig holds no secret itself. Stateless; any thread.
#pragma once

#include "LabLayout.h"

#include <QByteArray>

namespace etcddrill {

class LabKubeconfig
{
public:
    static QByteArray generate(const LabLayout& layout);
};

} // namespace etcddrill
