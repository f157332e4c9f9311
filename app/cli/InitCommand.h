// `etcd-drill-cli init`: writes a drill.yaml for a kubeadm cluster read through its apiserver (core's
// DrillConfigInit) and prints what was found and what to fill in. Lives in main()'s thread.
#pragma once

#include <QStringList>

namespace etcddrill {

class InitCommand
{
public:
    // Exit codes: 0 written, 1 the cluster could not be read or the file not written, 3 usage error.
    int run(const QStringList& arguments);
};

} // namespace etcddrill
