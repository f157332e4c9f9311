// What a leaf certificate issued by CertificateAuthority should say: subject, subject alternative names, the
// extended key usages and its lifetime. A value type; an empty dnsNames/ipAddresses list means no SAN of that
// kind. Used by the lab's PKI and by tests that need their own TLS material.
#pragma once

#include <QString>
#include <QStringList>

namespace etcddrill {

struct CertificateRequest
{
    QString commonName;
    QStringList dnsNames;    // "localhost", "M1"
    QStringList ipAddresses; // "127.0.10.1"; IPv4 or IPv6 literals
    bool serverAuth = false; // extKeyUsage serverAuth (TLS server)
    bool clientAuth = false; // extKeyUsage clientAuth (TLS client, e.g. an etcd peer or etcd-drill itself)
    int validDays = 365;
};

} // namespace etcddrill
