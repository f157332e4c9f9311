#include "LabPki.h"

#include "CertificateAuthority.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

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

// A fresh file only the owner can read, written in one go: the token never exists with wider permissions.
bool writeSecret(const QString& path, const QByteArray& content, QString* error)
{
    const int fd = ::open(QFile::encodeName(path).constData(),
                          O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0) {
        if (error)
            *error = QStringLiteral("cannot create %1: %2")
                         .arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    const bool ok = ::write(fd, content.constData(), size_t(content.size())) == content.size();
    const int savedErrno = errno;
    ::close(fd);
    if (!ok && error)
        *error = QStringLiteral("cannot write %1: %2")
                     .arg(path, QString::fromLocal8Bit(std::strerror(savedErrno)));
    return ok;
}

// 128 random bits, hex: as strong as the tokens kubeadm creates, and safe in an HTTP header.
QByteArray randomToken()
{
    QByteArray bytes(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(bytes.data()), bytes.size() / 4);
    return bytes.toHex();
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
    if (!ca->issue(client, layout.clientCertFile(), layout.clientKeyFile(), error))
        return false;

    const auto kubernetesCa = CertificateAuthority::create(QStringLiteral("kubernetes"), error);
    if (!kubernetesCa ||
        !kubernetesCa->writeCa(layout.kubernetesCaCertFile(), layout.kubernetesCaKeyFile(), error))
        return false;
    for (int i = 0; i < layout.members; ++i) {
        if (!makePrivateDir(layout.pkiDir() + QLatin1Char('/') + layout.nodeName(i), error))
            return false;
        CertificateRequest serving;
        serving.commonName = QStringLiteral("kube-apiserver");
        // Every name a client may use to reach this apiserver, directly or through a load balancer that
        // passes TLS through (haproxy and nginx in TCP mode): the certificate is this apiserver's in all
        // cases. haproxy's check verifies "kubernetes" (its checks send no SNI).
        serving.dnsNames = {LabLayout::domainName(),
                            QStringLiteral("kubernetes"),
                            QStringLiteral("kubernetes.default"),
                            QStringLiteral("kubernetes.default.svc"),
                            QStringLiteral("localhost"),
                            layout.nodeName(i)};
        serving.ipAddresses = {layout.nodeAddress(i), layout.vipAddress(), layout.domainAddress()};
        serving.serverAuth = true;
        if (!kubernetesCa->issue(serving, layout.apiserverCertFile(i), layout.apiserverKeyFile(i), error))
            return false;

        CertificateRequest etcdClient;
        etcdClient.commonName = QStringLiteral("kube-apiserver-etcd-client");
        etcdClient.clientAuth = true;
        if (!ca->issue(etcdClient, layout.apiserverEtcdClientCertFile(i),
                       layout.apiserverEtcdClientKeyFile(i), error))
            return false;
    }
    return writeSecret(layout.apiserverTokenFile(), randomToken() + '\n', error);
}

} // namespace etcddrill
