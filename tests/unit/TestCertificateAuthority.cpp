// CertificateAuthority: certificates it issues must pass OpenSSL's own chain verification for the purpose
// asked for, carry the requested SANs and EKUs, match their key, and keys must be written 0600.
#include "CertificateAuthority.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>

#include <memory>
#include <sys/stat.h>

using namespace etcddrill;

namespace {

struct X509Free
{
    void operator()(X509* cert) const { X509_free(cert); }
};
struct KeyFree
{
    void operator()(EVP_PKEY* key) const { EVP_PKEY_free(key); }
};
using CertPtr = std::unique_ptr<X509, X509Free>;
using KeyPtr = std::unique_ptr<EVP_PKEY, KeyFree>;

CertPtr readCert(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return nullptr;
    const QByteArray pem = file.readAll();
    BIO* bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    CertPtr cert(PEM_read_bio_X509(bio, nullptr, nullptr, nullptr));
    BIO_free(bio);
    return cert;
}

KeyPtr readKey(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return nullptr;
    const QByteArray pem = file.readAll();
    BIO* bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    KeyPtr key(PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr));
    BIO_free(bio);
    return key;
}

// X509_verify_cert against a store holding only `ca`, for an SSL purpose and optionally a host name or IP.
bool verifies(X509* ca, X509* leaf, int purpose, const char* host = nullptr, const char* ip = nullptr)
{
    X509_STORE* store = X509_STORE_new();
    X509_STORE_add_cert(store, ca);
    X509_STORE_CTX* ctx = X509_STORE_CTX_new();
    X509_STORE_CTX_init(ctx, store, leaf, nullptr);
    X509_STORE_CTX_set_purpose(ctx, purpose);
    X509_VERIFY_PARAM* param = X509_STORE_CTX_get0_param(ctx);
    if (host)
        X509_VERIFY_PARAM_set1_host(param, host, 0);
    if (ip)
        X509_VERIFY_PARAM_set1_ip_asc(param, ip);
    const bool ok = X509_verify_cert(ctx) == 1;
    X509_STORE_CTX_free(ctx);
    X509_STORE_free(store);
    return ok;
}

QStringList subjectAltNames(X509* cert)
{
    QStringList result;
    auto* names = static_cast<GENERAL_NAMES*>(X509_get_ext_d2i(cert, NID_subject_alt_name, nullptr, nullptr));
    if (!names)
        return result;
    for (int i = 0; i < sk_GENERAL_NAME_num(names); ++i) {
        const GENERAL_NAME* name = sk_GENERAL_NAME_value(names, i);
        if (name->type == GEN_DNS) {
            result << QStringLiteral("DNS:") +
                          QString::fromLatin1(
                              reinterpret_cast<const char*>(ASN1_STRING_get0_data(name->d.dNSName)),
                              ASN1_STRING_length(name->d.dNSName));
        } else if (name->type == GEN_IPADD) {
            const unsigned char* octets = ASN1_STRING_get0_data(name->d.iPAddress);
            if (ASN1_STRING_length(name->d.iPAddress) == 4)
                result << QStringLiteral("IP:%1.%2.%3.%4")
                              .arg(octets[0])
                              .arg(octets[1])
                              .arg(octets[2])
                              .arg(octets[3]);
        }
    }
    GENERAL_NAMES_free(names);
    return result;
}

mode_t fileMode(const QString& path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return 0;
    return st.st_mode & 07777;
}

} // namespace

class TestCertificateAuthority : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }
    void cleanup() { m_dir.reset(); }

    void serverAndPeerCertificatesVerify()
    {
        QString error;
        const auto ca = CertificateAuthority::create(QStringLiteral("etcd-ca"), &error);
        QVERIFY2(ca, qPrintable(error));
        QCOMPARE(ca->commonName(), QStringLiteral("etcd-ca"));
        QVERIFY2(ca->writeCa(path("ca.crt"), path("ca.key"), &error), qPrintable(error));

        CertificateRequest server;
        server.commonName = QStringLiteral("M1");
        server.dnsNames = {QStringLiteral("localhost"), QStringLiteral("M1")};
        server.ipAddresses = {QStringLiteral("127.0.22.1"), QStringLiteral("127.0.0.1")};
        server.serverAuth = true;
        server.clientAuth = true;
        QVERIFY2(ca->issue(server, path("server.crt"), path("server.key"), &error), qPrintable(error));

        CertPtr caCert = readCert(path("ca.crt"));
        CertPtr leaf = readCert(path("server.crt"));
        KeyPtr key = readKey(path("server.key"));
        QVERIFY(caCert && leaf && key);

        QVERIFY(X509_check_ca(caCert.get()) >= 1);
        QCOMPARE(X509_check_ca(leaf.get()), 0);
        QVERIFY(verifies(caCert.get(), leaf.get(), X509_PURPOSE_SSL_SERVER, "localhost"));
        QVERIFY(verifies(caCert.get(), leaf.get(), X509_PURPOSE_SSL_SERVER, "M1"));
        QVERIFY(verifies(caCert.get(), leaf.get(), X509_PURPOSE_SSL_SERVER, nullptr, "127.0.22.1"));
        QVERIFY(verifies(caCert.get(), leaf.get(), X509_PURPOSE_SSL_CLIENT));
        // Names not asked for must not verify: proves the host check is really applied.
        QVERIFY(!verifies(caCert.get(), leaf.get(), X509_PURPOSE_SSL_SERVER, "M2"));
        QVERIFY(!verifies(caCert.get(), leaf.get(), X509_PURPOSE_SSL_SERVER, nullptr, "127.0.22.2"));

        const QStringList sans = subjectAltNames(leaf.get());
        QVERIFY2(sans.contains(QStringLiteral("DNS:localhost")), qPrintable(sans.join(',')));
        QVERIFY(sans.contains(QStringLiteral("DNS:M1")));
        QVERIFY(sans.contains(QStringLiteral("IP:127.0.22.1")));
        QVERIFY(sans.contains(QStringLiteral("IP:127.0.0.1")));
        QCOMPARE(sans.size(), 4);

        QVERIFY(X509_get_extension_flags(leaf.get()) & EXFLAG_XKUSAGE);
        const uint32_t eku = X509_get_extended_key_usage(leaf.get());
        QVERIFY(eku & XKU_SSL_SERVER);
        QVERIFY(eku & XKU_SSL_CLIENT);
        QVERIFY(X509_get_key_usage(leaf.get()) & KU_DIGITAL_SIGNATURE);
        QVERIFY(!(X509_get_key_usage(leaf.get()) & KU_KEY_CERT_SIGN));

        QCOMPARE(X509_check_private_key(leaf.get(), key.get()), 1);
        QCOMPARE(EVP_PKEY_get_base_id(key.get()), EVP_PKEY_EC);
        QCOMPARE(EVP_PKEY_get_bits(key.get()), 256);
        QCOMPARE(X509_get_signature_nid(leaf.get()), NID_ecdsa_with_SHA256);

        QCOMPARE(fileMode(path("server.key")), mode_t(0600));
        QCOMPARE(fileMode(path("ca.key")), mode_t(0600));
    }

    void clientOnlyCertificateIsNotAServer()
    {
        QString error;
        const auto ca = CertificateAuthority::create(QStringLiteral("etcd-ca"), &error);
        QVERIFY2(ca, qPrintable(error));
        QVERIFY(ca->writeCa(path("ca.crt"), path("ca.key"), &error));
        CertificateRequest client;
        client.commonName = QStringLiteral("etcd-drill-healthcheck-client");
        client.clientAuth = true;
        QVERIFY2(ca->issue(client, path("client.crt"), path("client.key"), &error), qPrintable(error));

        CertPtr caCert = readCert(path("ca.crt"));
        CertPtr leaf = readCert(path("client.crt"));
        QVERIFY(caCert && leaf);
        QVERIFY(verifies(caCert.get(), leaf.get(), X509_PURPOSE_SSL_CLIENT));
        QVERIFY(!verifies(caCert.get(), leaf.get(), X509_PURPOSE_SSL_SERVER));
        const uint32_t eku = X509_get_extended_key_usage(leaf.get());
        QVERIFY(eku & XKU_SSL_CLIENT);
        QVERIFY(!(eku & XKU_SSL_SERVER));
        QVERIFY(subjectAltNames(leaf.get()).isEmpty());
        QCOMPARE(fileMode(path("client.key")), mode_t(0600));
    }

    void loadedCaIssuesForTheSameChain()
    {
        QString error;
        {
            const auto ca = CertificateAuthority::create(QStringLiteral("lab-ca"), &error);
            QVERIFY2(ca && ca->writeCa(path("ca.crt"), path("ca.key"), &error), qPrintable(error));
        }
        const auto loaded = CertificateAuthority::load(path("ca.crt"), path("ca.key"), &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->commonName(), QStringLiteral("lab-ca"));
        CertificateRequest request;
        request.commonName = QStringLiteral("peer");
        request.ipAddresses = {QStringLiteral("127.0.22.3")};
        request.serverAuth = true;
        QVERIFY2(loaded->issue(request, path("peer.crt"), path("peer.key"), &error), qPrintable(error));
        CertPtr caCert = readCert(path("ca.crt"));
        CertPtr leaf = readCert(path("peer.crt"));
        QVERIFY(verifies(caCert.get(), leaf.get(), X509_PURPOSE_SSL_SERVER, nullptr, "127.0.22.3"));

        // A different CA must not vouch for it.
        const auto other = CertificateAuthority::create(QStringLiteral("lab-ca"), &error);
        QVERIFY(other && other->writeCa(path("other.crt"), path("other.key"), &error));
        CertPtr otherCert = readCert(path("other.crt"));
        QVERIFY(!verifies(otherCert.get(), leaf.get(), X509_PURPOSE_SSL_SERVER));
    }

    void serialsAreRandom()
    {
        QString error;
        const auto ca = CertificateAuthority::create(QStringLiteral("ca"), &error);
        QVERIFY(ca);
        CertificateRequest request;
        request.commonName = QStringLiteral("x");
        request.clientAuth = true;
        QVERIFY(ca->issue(request, path("a.crt"), path("a.key"), &error));
        QVERIFY(ca->issue(request, path("b.crt"), path("b.key"), &error));
        CertPtr a = readCert(path("a.crt"));
        CertPtr b = readCert(path("b.crt"));
        QVERIFY(ASN1_INTEGER_cmp(X509_get0_serialNumber(a.get()), X509_get0_serialNumber(b.get())) != 0);
    }

    void loadRejectsBadInput()
    {
        QString error;
        QVERIFY(!CertificateAuthority::load(path("missing.crt"), path("missing.key"), &error));
        QVERIFY2(error.contains(QStringLiteral("missing.crt")), qPrintable(error));

        const auto ca = CertificateAuthority::create(QStringLiteral("ca"), &error);
        const auto other = CertificateAuthority::create(QStringLiteral("other"), &error);
        QVERIFY(ca && other);
        QVERIFY(ca->writeCa(path("ca.crt"), path("ca.key"), &error));
        QVERIFY(other->writeCa(path("other.crt"), path("other.key"), &error));
        error.clear();
        QVERIFY(!CertificateAuthority::load(path("ca.crt"), path("other.key"), &error));
        QVERIFY2(error.contains(QStringLiteral("does not belong")), qPrintable(error));

        CertificateRequest leaf;
        leaf.commonName = QStringLiteral("leaf");
        leaf.serverAuth = true;
        QVERIFY(ca->issue(leaf, path("leaf.crt"), path("leaf.key"), &error));
        error.clear();
        QVERIFY(!CertificateAuthority::load(path("leaf.crt"), path("leaf.key"), &error));
        QVERIFY2(error.contains(QStringLiteral("not a CA")), qPrintable(error));

        QFile garbage(path("garbage.crt"));
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write("not a certificate\n");
        garbage.close();
        QVERIFY(!CertificateAuthority::load(path("garbage.crt"), path("ca.key"), &error));
        QVERIFY2(error.contains(QStringLiteral("garbage.crt")), qPrintable(error));
    }

    void issueRejectsBadRequests()
    {
        QString error;
        const auto ca = CertificateAuthority::create(QStringLiteral("ca"), &error);
        QVERIFY(ca);
        CertificateRequest request;
        request.commonName = QStringLiteral("x");
        request.serverAuth = true;
        request.ipAddresses = {QStringLiteral("127.0.0.300")};
        QVERIFY(!ca->issue(request, path("x.crt"), path("x.key"), &error));
        QVERIFY2(error.contains(QStringLiteral("127.0.0.300")), qPrintable(error));

        request.ipAddresses.clear();
        request.dnsNames = {QStringLiteral("bad name,IP:1.2.3.4")};
        QVERIFY(!ca->issue(request, path("x.crt"), path("x.key"), &error));
        QVERIFY2(error.contains(QStringLiteral("DNS")), qPrintable(error));

        request.dnsNames.clear();
        request.serverAuth = false;
        QVERIFY(!ca->issue(request, path("x.crt"), path("x.key"), &error));
        QVERIFY(!QFile::exists(path("x.crt")));
        QVERIFY(!QFile::exists(path("x.key")));
    }

private:
    QString path(const char* name) const { return m_dir->filePath(QString::fromLatin1(name)); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_GUILESS_MAIN(TestCertificateAuthority)
#include "TestCertificateAuthority.moc"
