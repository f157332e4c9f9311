#include "LabKubeconfig.h"

#include <QStringList>

namespace etcddrill {

namespace {

struct Way
{
    QString name;
    QString server;
    QString tlsServerName; // empty: the server's host
};

// Lab paths are absolute and made of plain characters; quote them anyway so a folder with spaces or a
// colon stays one YAML scalar.
QString quoted(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

} // namespace

QByteArray LabKubeconfig::generate(const LabLayout& layout)
{
    QList<Way> ways = {
        {QStringLiteral("vip"), layout.vipUrl(), {}},
        {QStringLiteral("domain"),
         QStringLiteral("https://%1:%2").arg(layout.domainAddress()).arg(layout.loadBalancerPort()),
         LabLayout::domainName()}};
    for (int i = 0; i < layout.members; ++i)
        ways.append({layout.nodeName(i), layout.apiserverUrl(i), {}});

    QString text =
        QStringLiteral(
            "# The etcd-drill lab's kubeconfig, written by `etcd-drill-cli lab up`: export KUBECONFIG=%1\n"
            "# Contexts: vip (current, through haproxy), domain (through nginx; %2 is reached at %3, as no "
            "DNS\n"
            "# knows it), and each node's own apiserver. The token stays in its file.\n"
            "apiVersion: v1\n"
            "kind: Config\n"
            "clusters:\n")
            .arg(layout.dir + QStringLiteral("/admin.conf"), LabLayout::domainName(), layout.domainAddress());
    for (const Way& way : ways) {
        text += QStringLiteral("- name: lab-%1\n  cluster:\n    server: %2\n    certificate-authority: %3\n")
                    .arg(way.name, way.server, quoted(layout.kubernetesCaCertFile()));
        if (!way.tlsServerName.isEmpty())
            text += QStringLiteral("    tls-server-name: %1\n").arg(way.tlsServerName);
    }
    text += QStringLiteral("users:\n- name: lab-admin\n  user:\n    tokenFile: %1\ncontexts:\n")
                .arg(quoted(layout.apiserverTokenFile()));
    for (const Way& way : ways)
        text +=
            QStringLiteral(
                "- name: %1\n  context:\n    cluster: lab-%1\n    user: lab-admin\n    namespace: default\n")
                .arg(way.name);
    text += QStringLiteral("current-context: vip\npreferences: {}\n");
    return text.toUtf8();
}

} // namespace etcddrill
