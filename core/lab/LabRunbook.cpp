#include "LabRunbook.h"

namespace etcddrill {

namespace {

// Quotes a path for bash when it needs it (lab folders are usually plain).
QString sh(const QString& text)
{
    static const QString plain =
        QStringLiteral("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/._-:,=@+");
    for (const QChar c : text) {
        if (!plain.contains(c)) {
            QString quoted = text;
            quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
            return QLatin1Char('\'') + quoted + QLatin1Char('\'');
        }
    }
    return text;
}

} // namespace

LabRunbook::LabRunbook(const LabLayout& layout)
{
    const int last = layout.members - 1;
    const QString target = layout.nodeName(last);
    const QString other = layout.nodeName(0);
    // The runbook runs etcdctl on a node against its own member with that member's server certificate.
    m_environment.insert(QStringLiteral("KUBECONFIG"), layout.kubeconfigFile());
    m_environment.insert(QStringLiteral("ETCD_CA_CERT"), layout.caCertFile());
    m_environment.insert(QStringLiteral("ETCD_CERT"), layout.serverCertFile(0));
    m_environment.insert(QStringLiteral("ETCD_KEY"), layout.serverKeyFile(0));
    QStringList all;
    for (int i = 0; i < layout.members; ++i)
        all << layout.etcdClientUrl(i);
    const QString tls =
        QStringLiteral("--cacert=\"${ETCD_CA_CERT}\" --cert=\"${ETCD_CERT}\" --key=\"${ETCD_KEY}\"");
    const QStringList check = {
        QStringLiteral("kubectl get componentstatuses"),
        QStringLiteral("kubectl -n kube-system get endpoints | grep etcd"),
        QStringLiteral("kubectl -n kube-system get pods | grep etcd"),
        QStringLiteral("ETCDCTL_API=3 etcdctl --endpoints=%1 %2 member list")
            .arg(layout.etcdClientUrl(0), tls),
        QStringLiteral("ETCDCTL_API=3 etcdctl --endpoints=%1 %2 endpoint health")
            .arg(all.join(QLatin1Char(',')), tls),
    };
    const QString manifest = sh(layout.manifestFile(last));
    const QString backup = sh(layout.backupDir(last));
    const QString ca = sh(layout.kubernetesCaCertFile());
    const QString calls = QStringLiteral("for i in $(seq 20); do curl -s -o /dev/null -w '%{http_code} ' "
                                         "--max-time 1 --cacert %1 %2%3/readyz; "
                                         "sleep 0.25; done; echo");

    m_steps.append({1, QStringLiteral("Check that the cluster is healthy"),
                    QStringLiteral("确认集群当前健康状态"), check});
    m_steps.append(
        {2,
         QStringLiteral("Stop %1's etcd").arg(target),
         QStringLiteral("停止 %1 节点 etcd 服务").arg(target),
         {QStringLiteral("mkdir -p %1").arg(backup), QStringLiteral("mv %1 %2/").arg(manifest, backup),
          QStringLiteral("sleep 5  # kubelet (the lab's node agent) stops the pod")}});
    QStringList serve = check;
    serve << QStringLiteral("kubectl --context %1 create deployment nginx --image=nginx").arg(other)
          << calls.arg(ca, QString(), layout.vipUrl())
          << calls.arg(ca,
                       QStringLiteral("--resolve %1:%2:%3")
                               .arg(LabLayout::domainName())
                               .arg(layout.loadBalancerPort())
                               .arg(layout.domainAddress()) +
                           QLatin1Char(' '),
                       layout.domainUrl());
    m_steps.append(
        {3,
         QStringLiteral("Check that the remaining members serve: repeat step 1, create a deployment "
                        "through %1, call the apiserver through the VIP and the domain")
             .arg(other),
         QStringLiteral("确认剩余节点是否能正常提供服务"), serve});
    m_steps.append(
        {4,
         QStringLiteral("Start %1's etcd").arg(target),
         QStringLiteral("启动 %1 节点 etcd 服务").arg(target),
         {QStringLiteral("mv %1/etcd.yaml %2/").arg(backup, sh(layout.manifestsDir(last))),
          QStringLiteral("sleep 10  # kubelet starts the pod; the member rejoins and catches up")}});
    QStringList after = check;
    after << QStringLiteral("kubectl delete deployment nginx  # the lab's cleanup of step 3");
    m_steps.append({5, QStringLiteral("Check that the cluster is healthy again"),
                    QStringLiteral("确认集群当前健康状态"), after});
}

} // namespace etcddrill
