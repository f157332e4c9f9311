#include "LabPki.h"

#include "CertificateAuthority.h"

#include <QDir>
#include <QFile>

namespace etcddrill {

namespace {

bool makePrivateDir(const QString& path, QString* error)
{
    if (!QDir().mkpath(path)) {
        if (error)
            *error = QStringLiteral("cannot create %1").arg(path);
        return false;
    }
    // Private keys are 0600 already; a closed directory also hides which keys exist.
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return true;
}

} // namespace

bool LabPki::generate(const LabLayout& layout, QString* error)
{
    if (!makePrivateDir(layout.pkiDir(), error) ||
        !makePrivateDir(layout.pkiDir() + QStringLiteral("/etcd"), error))
        return false;
    const auto ca = CertificateAuthority::create(QStringLiteral("etcd-ca"), error);
    if (!ca || !ca->writeCa(layout.caCertFile(), layout.caKeyFile(), error))
        return false;

    for (int i = 0; i < layout.members; ++i) {
        if (!makePrivateDir(layout.pkiDir() + QStringLiteral("/etcd/") + layout.nodeName(i), error))
            return false;
        CertificateRequest server;
        server.commonName = layout.nodeName(i);
        server.dnsNames = {layout.nodeName(i), QStringLiteral("localhost")};
        server.ipAddresses = {layout.nodeAddress(i), QStringLiteral("127.0.0.1")};
        // kubeadm's etcd server certificate carries clientAuth too (etcd's own gRPC gateway dials itself).
        server.serverAuth = true;
        server.clientAuth = true;
        if (!ca->issue(server, layout.serverCertFile(i), layout.serverKeyFile(i), error))
            return false;

        CertificateRequest peer = server;
        if (!ca->issue(peer, layout.peerCertFile(i), layout.peerKeyFile(i), error))
            return false;
    }

    CertificateRequest client;
    client.commonName = QStringLiteral("etcd-drill-healthcheck-client");
    client.clientAuth = true;
    return ca->issue(client, layout.clientCertFile(), layout.clientKeyFile(), error);
}

} // namespace etcddrill
