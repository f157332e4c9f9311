// One static pod the lab supervises: which node runs it (empty for the lab-wide load balancers), its kind,
// the address it serves and its files (the manifest that switches it on, its log and pid file). A value
// type; LabLayout lists every pod of a lab, the StaticPodRunner runs one, Lab::status reports them.
#pragma once

#include <QString>

namespace etcddrill {

struct StaticPodSpec
{
    QString node;         // "M1"; empty for per-lab processes (haproxy, nginx)
    QString kind;         // "etcd", "apiserver", "haproxy", "nginx": names it in the state and ground truth
    QString address;      // "127.0.10.1:2379", for the state file
    QString manifestFile; // <node>/manifests/etcd.yaml
    QString logFile;      // the process's stdout and stderr, appended
    QString pidFile;      // present while the process runs

    friend bool operator==(const StaticPodSpec&, const StaticPodSpec&) = default;
};

} // namespace etcddrill
