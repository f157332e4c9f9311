// The seed runbook (Etcd 高可用故障演练) as commands for the lab, for people who rehearse the drill by hand:
// its five steps with the same kubectl and etcdctl commands, the lab's paths in place of kubeadm's
// (/etc/kubernetes/pki → <lab>/pki, /etc/kubernetes/manifests → <lab>/M3/manifests) and kubectl pointed at
// <lab>/admin.conf. Where the runbook says what to do without a command (run kubectl create on another node,
// call the apiserver through the VIP and the domain), the step has the commands that do it, and a pause
// where a person would wait for kubelet. A value type built from a LabLayout; `etcd-drill-cli lab runbook`
// prints and runs it.
#pragma once

#include "LabLayout.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace etcddrill {

class LabRunbook
{
public:
    struct Step
    {
        int number = 0;
        QString title;         // English
        QString originalTitle; // the runbook's own words
        QStringList commands;  // shell command lines (bash), run one after the other
    };

    explicit LabRunbook(const LabLayout& layout);

    const QList<Step>& steps() const { return m_steps; }
    // KUBECONFIG and the runbook's ETCD_CA_CERT, ETCD_CERT, ETCD_KEY, for every command.
    const QMap<QString, QString>& environment() const { return m_environment; }

private:
    QList<Step> m_steps;
    QMap<QString, QString> m_environment;
};

} // namespace etcddrill
