#include "CertificateAuthority.h"

#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QRegularExpression>
#include <QSaveFile>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/crypto.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <functional>
#include <sys/stat.h>
#include <unistd.h>

namespace etcddrill {

namespace {

struct KeyFree
{
    void operator()(EVP_PKEY* key) const { EVP_PKEY_free(key); }
};
struct CertFree
{
    void operator()(X509* cert) const { X509_free(cert); }
};
struct BioFree
{
    void operator()(BIO* bio) const { BIO_free(bio); }
};
struct BnFree
{
    void operator()(BIGNUM* bn) const { BN_free(bn); }
};
struct NamesFree
{
    void operator()(GENERAL_NAMES* names) const { GENERAL_NAMES_free(names); }
};
using KeyPtr = std::unique_ptr<EVP_PKEY, KeyFree>;
using CertPtr = std::unique_ptr<X509, CertFree>;
using BioPtr = std::unique_ptr<BIO, BioFree>;
using BnPtr = std::unique_ptr<BIGNUM, BnFree>;
using NamesPtr = std::unique_ptr<GENERAL_NAMES, NamesFree>;

// Ten years, like kubeadm's CA: the lab CA is created once per `lab up`, so its lifetime never matters in
// practice, but a short one would break a lab left running over a long weekend.
constexpr int kCaValidDays = 3650;
// Certificates start a few minutes in the past so that a peer whose clock is slightly behind ours still
// accepts them (Go's TLS stack rejects "not yet valid" certificates).
constexpr long kBackdateSeconds = 5 * 60;

void setError(QString* error, const QString& message)
{
    if (error)
        *error = message;
}

// Drains OpenSSL's thread-local error queue into one line for a message.
QString opensslErrors()
{
    QStringList parts;
    while (unsigned long code = ERR_get_error()) {
        char buffer[256];
        ERR_error_string_n(code, buffer, sizeof buffer);
        parts << QString::fromLatin1(buffer);
    }
    return parts.isEmpty() ? QStringLiteral("unknown OpenSSL error") : parts.join(QStringLiteral("; "));
}

KeyPtr generateKey()
{
    return KeyPtr(EVP_EC_gen("P-256"));
}

// RFC 5280 allows up to 20 octets; 159 random bits keep the serial positive and non-zero with overwhelming
// probability, and unpredictable as the CA/Browser forum asks of public CAs.
bool setRandomSerial(X509* cert)
{
    BnPtr bn(BN_new());
    if (!bn || !BN_rand(bn.get(), 159, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY))
        return false;
    if (BN_is_zero(bn.get()) && !BN_one(bn.get()))
        return false;
    return BN_to_ASN1_INTEGER(bn.get(), X509_get_serialNumber(cert)) != nullptr;
}

bool setCommonName(X509_NAME* name, const QString& commonName)
{
    const QByteArray utf8 = commonName.toUtf8();
    return X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                                      reinterpret_cast<const unsigned char*>(utf8.constData()), utf8.size(),
                                      -1, 0) == 1;
}

bool addExtension(X509* cert, X509* issuer, int nid, const char* value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION* extension = X509V3_EXT_nconf_nid(nullptr, &ctx, nid, value);
    if (!extension)
        return false;
    const bool ok = X509_add_ext(cert, extension, -1) == 1;
    X509_EXTENSION_free(extension);
    return ok;
}

bool isValidDnsName(const QString& name)
{
    // Letters, digits, '-', '_' and dots, optionally one leading wildcard label: anything else (a comma, a
    // space) is a typo, and would make a SAN that no TLS client ever matches.
    static const QRegularExpression pattern(
        QStringLiteral("^(\\*\\.)?[A-Za-z0-9_]([A-Za-z0-9_.-]*[A-Za-z0-9_])?$"));
    return name.size() <= 253 && pattern.match(name).hasMatch();
}

// Builds the subjectAltName from typed GeneralNames rather than a config string, so that no name can smuggle
// in extra entries.
bool addSubjectAltNames(X509* cert, const CertificateRequest& request, QString* error)
{
    if (request.dnsNames.isEmpty() && request.ipAddresses.isEmpty())
        return true;
    NamesPtr names(sk_GENERAL_NAME_new_null());
    if (!names) {
        setError(error, opensslErrors());
        return false;
    }
    for (const QString& dns : request.dnsNames) {
        if (!isValidDnsName(dns)) {
            setError(error, QStringLiteral("'%1' is not a valid DNS name for a certificate").arg(dns));
            return false;
        }
        const QByteArray ascii = dns.toLatin1();
        ASN1_IA5STRING* ia5 = ASN1_IA5STRING_new();
        GENERAL_NAME* name = GENERAL_NAME_new();
        if (!ia5 || !name || !ASN1_STRING_set(ia5, ascii.constData(), ascii.size())) {
            ASN1_IA5STRING_free(ia5);
            GENERAL_NAME_free(name);
            setError(error, opensslErrors());
            return false;
        }
        GENERAL_NAME_set0_value(name, GEN_DNS, ia5);
        sk_GENERAL_NAME_push(names.get(), name);
    }
    for (const QString& ip : request.ipAddresses) {
        QHostAddress address;
        if (!address.setAddress(ip)) {
            setError(error, QStringLiteral("'%1' is not an IP address").arg(ip));
            return false;
        }
        ASN1_OCTET_STRING* octets = a2i_IPADDRESS(address.toString().toLatin1().constData());
        GENERAL_NAME* name = GENERAL_NAME_new();
        if (!octets || !name) {
            ASN1_OCTET_STRING_free(octets);
            GENERAL_NAME_free(name);
            setError(error, QStringLiteral("cannot encode IP address '%1': %2").arg(ip, opensslErrors()));
            return false;
        }
        GENERAL_NAME_set0_value(name, GEN_IPADD, octets);
        sk_GENERAL_NAME_push(names.get(), name);
    }
    if (X509_add1_ext_i2d(cert, NID_subject_alt_name, names.get(), 0, X509V3_ADD_DEFAULT) != 1) {
        setError(error, opensslErrors());
        return false;
    }
    return true;
}

CertPtr newCertificate(X509_NAME* issuerName, const QString& commonName, int validDays, EVP_PKEY* publicKey)
{
    CertPtr cert(X509_new());
    if (!cert || X509_set_version(cert.get(), X509_VERSION_3) != 1 || !setRandomSerial(cert.get()))
        return nullptr;
    if (!X509_gmtime_adj(X509_getm_notBefore(cert.get()), -kBackdateSeconds) ||
        !X509_time_adj_ex(X509_getm_notAfter(cert.get()), validDays, 0, nullptr))
        return nullptr;
    if (!setCommonName(X509_get_subject_name(cert.get()), commonName))
        return nullptr;
    X509_NAME* issuer = issuerName ? issuerName : X509_get_subject_name(cert.get());
    if (X509_set_issuer_name(cert.get(), issuer) != 1 || X509_set_pubkey(cert.get(), publicKey) != 1)
        return nullptr;
    return cert;
}

QByteArray toPem(const std::function<int(BIO*)>& write)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || write(bio.get()) != 1)
        return {};
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, int(size));
}

bool writePublicFile(const QString& path, const QByteArray& pem, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pem) != pem.size() || !file.commit()) {
        setError(error, QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

// Private keys go to a temporary file that is created with mode 0600 and then renamed over the target, so
// the key is never readable by others, not even for a moment, and a crash never leaves half a key behind.
bool writePrivateFile(const QString& path, QByteArray pem, QString* error)
{
    const QByteArray target = QFile::encodeName(path);
    const QByteArray temporary = target + ".tmp";
    ::unlink(temporary.constData());
    const int fd = ::open(temporary.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
    bool ok = fd >= 0;
    int savedErrno = errno;
    if (ok) {
        const char* data = pem.constData();
        qsizetype left = pem.size();
        while (ok && left > 0) {
            const ssize_t written = ::write(fd, data, size_t(left));
            if (written < 0 && errno == EINTR)
                continue;
            ok = written > 0;
            savedErrno = errno;
            data += written;
            left -= written;
        }
        ok = ::fchmod(fd, 0600) == 0 && ok;
        ok = ::close(fd) == 0 && ok;
        if (ok && ::rename(temporary.constData(), target.constData()) != 0) {
            savedErrno = errno;
            ok = false;
        }
        if (!ok)
            ::unlink(temporary.constData());
    }
    OPENSSL_cleanse(pem.data(), size_t(pem.size()));
    if (!ok)
        setError(error, QStringLiteral("cannot write private key file %1: %2")
                            .arg(path, QString::fromLocal8Bit(std::strerror(savedErrno))));
    return ok;
}

QByteArray readFile(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        setError(error, QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
        return {};
    }
    QByteArray data = file.readAll();
    if (data.isEmpty())
        setError(error, QStringLiteral("%1 is empty").arg(path));
    return data;
}

} // namespace

struct CertificateAuthority::Private
{
    KeyPtr key;
    CertPtr cert;
};

CertificateAuthority::CertificateAuthority(std::unique_ptr<Private> data) : d(std::move(data)) {}

CertificateAuthority::~CertificateAuthority() = default;

std::unique_ptr<CertificateAuthority> CertificateAuthority::create(const QString& commonName, QString* error)
{
    ERR_clear_error();
    if (commonName.trimmed().isEmpty()) {
        setError(error, QStringLiteral("a certificate authority needs a common name"));
        return nullptr;
    }
    auto data = std::make_unique<Private>();
    data->key = generateKey();
    if (!data->key) {
        setError(error, QStringLiteral("cannot generate the CA key: %1").arg(opensslErrors()));
        return nullptr;
    }
    data->cert = newCertificate(nullptr, commonName, kCaValidDays, data->key.get());
    X509* cert = data->cert.get();
    const bool ok =
        cert && addExtension(cert, cert, NID_basic_constraints, "critical,CA:TRUE") &&
        addExtension(cert, cert, NID_key_usage, "critical,keyCertSign,cRLSign,digitalSignature") &&
        addExtension(cert, cert, NID_subject_key_identifier, "hash") &&
        addExtension(cert, cert, NID_authority_key_identifier, "keyid:always") &&
        X509_sign(cert, data->key.get(), EVP_sha256()) > 0;
    if (!ok) {
        setError(error, QStringLiteral("cannot create the CA certificate: %1").arg(opensslErrors()));
        return nullptr;
    }
    return std::unique_ptr<CertificateAuthority>(new CertificateAuthority(std::move(data)));
}

std::unique_ptr<CertificateAuthority> CertificateAuthority::load(const QString& certFile,
                                                                 const QString& keyFile, QString* error)
{
    ERR_clear_error();
    const QByteArray certPem = readFile(certFile, error);
    if (certPem.isEmpty())
        return nullptr;
    QByteArray keyPem = readFile(keyFile, error);
    if (keyPem.isEmpty())
        return nullptr;

    auto data = std::make_unique<Private>();
    BioPtr certBio(BIO_new_mem_buf(certPem.constData(), int(certPem.size())));
    data->cert.reset(certBio ? PEM_read_bio_X509(certBio.get(), nullptr, nullptr, nullptr) : nullptr);
    BioPtr keyBio(BIO_new_mem_buf(keyPem.constData(), int(keyPem.size())));
    data->key.reset(keyBio ? PEM_read_bio_PrivateKey(keyBio.get(), nullptr, nullptr, nullptr) : nullptr);
    OPENSSL_cleanse(keyPem.data(), size_t(keyPem.size()));

    if (!data->cert) {
        setError(error, QStringLiteral("%1 holds no PEM certificate: %2").arg(certFile, opensslErrors()));
        return nullptr;
    }
    if (!data->key) {
        // Never quote the key file's content: it is a secret.
        setError(error, QStringLiteral("%1 holds no unencrypted PEM private key").arg(keyFile));
        ERR_clear_error();
        return nullptr;
    }
    if (X509_check_ca(data->cert.get()) < 1) {
        setError(
            error,
            QStringLiteral("%1 is not a CA certificate (basicConstraints CA:TRUE missing)").arg(certFile));
        return nullptr;
    }
    if (X509_check_private_key(data->cert.get(), data->key.get()) != 1) {
        ERR_clear_error();
        setError(
            error,
            QStringLiteral("the key in %1 does not belong to the certificate in %2").arg(keyFile, certFile));
        return nullptr;
    }
    return std::unique_ptr<CertificateAuthority>(new CertificateAuthority(std::move(data)));
}

bool CertificateAuthority::writeCa(const QString& certFile, const QString& keyFile, QString* error) const
{
    ERR_clear_error();
    const QByteArray certPem = toPem([this](BIO* bio) { return PEM_write_bio_X509(bio, d->cert.get()); });
    const QByteArray keyPem = toPem([this](BIO* bio) {
        return PEM_write_bio_PrivateKey(bio, d->key.get(), nullptr, nullptr, 0, nullptr, nullptr);
    });
    if (certPem.isEmpty() || keyPem.isEmpty()) {
        setError(error, QStringLiteral("cannot encode the CA as PEM: %1").arg(opensslErrors()));
        return false;
    }
    return writePrivateFile(keyFile, keyPem, error) && writePublicFile(certFile, certPem, error);
}

bool CertificateAuthority::issue(const CertificateRequest& request, const QString& certFile,
                                 const QString& keyFile, QString* error) const
{
    ERR_clear_error();
    if (request.commonName.trimmed().isEmpty()) {
        setError(error, QStringLiteral("a certificate request needs a common name"));
        return false;
    }
    if (!request.serverAuth && !request.clientAuth) {
        setError(error,
                 QStringLiteral("certificate request '%1' asks for neither server nor client authentication")
                     .arg(request.commonName));
        return false;
    }
    if (request.validDays < 1) {
        setError(error, QStringLiteral("certificate request '%1' has no validity (%2 days)")
                            .arg(request.commonName)
                            .arg(request.validDays));
        return false;
    }
    KeyPtr key = generateKey();
    if (!key) {
        setError(error, QStringLiteral("cannot generate a key: %1").arg(opensslErrors()));
        return false;
    }
    CertPtr cert = newCertificate(X509_get_subject_name(d->cert.get()), request.commonName, request.validDays,
                                  key.get());
    if (!cert) {
        setError(
            error,
            QStringLiteral("cannot create certificate '%1': %2").arg(request.commonName, opensslErrors()));
        return false;
    }
    QStringList usages;
    if (request.serverAuth)
        usages << QStringLiteral("serverAuth");
    if (request.clientAuth)
        usages << QStringLiteral("clientAuth");
    const QByteArray extendedUsage = usages.join(QLatin1Char(',')).toLatin1();
    X509* issuer = d->cert.get();
    const bool extensionsOk =
        addExtension(cert.get(), issuer, NID_basic_constraints, "critical,CA:FALSE") &&
        addExtension(cert.get(), issuer, NID_key_usage, "critical,digitalSignature") &&
        addExtension(cert.get(), issuer, NID_ext_key_usage, extendedUsage.constData()) &&
        addExtension(cert.get(), issuer, NID_subject_key_identifier, "hash") &&
        addExtension(cert.get(), issuer, NID_authority_key_identifier, "keyid:always");
    if (!extensionsOk) {
        setError(
            error,
            QStringLiteral("cannot add extensions to '%1': %2").arg(request.commonName, opensslErrors()));
        return false;
    }
    if (!addSubjectAltNames(cert.get(), request, error))
        return false;
    if (X509_sign(cert.get(), d->key.get(), EVP_sha256()) <= 0) {
        setError(error, QStringLiteral("cannot sign '%1': %2").arg(request.commonName, opensslErrors()));
        return false;
    }
    const QByteArray certPem = toPem([&cert](BIO* bio) { return PEM_write_bio_X509(bio, cert.get()); });
    const QByteArray keyPem = toPem([&key](BIO* bio) {
        return PEM_write_bio_PrivateKey(bio, key.get(), nullptr, nullptr, 0, nullptr, nullptr);
    });
    if (certPem.isEmpty() || keyPem.isEmpty()) {
        setError(error,
                 QStringLiteral("cannot encode '%1' as PEM: %2").arg(request.commonName, opensslErrors()));
        return false;
    }
    return writePrivateFile(keyFile, keyPem, error) && writePublicFile(certFile, certPem, error);
}

QString CertificateAuthority::commonName() const
{
    X509_NAME* name = X509_get_subject_name(d->cert.get());
    const int index = X509_NAME_get_index_by_NID(name, NID_commonName, -1);
    if (index < 0)
        return {};
    ASN1_STRING* value = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, index));
    unsigned char* utf8 = nullptr;
    const int length = ASN1_STRING_to_UTF8(&utf8, value);
    if (length < 0)
        return {};
    const QString result = QString::fromUtf8(reinterpret_cast<const char*>(utf8), length);
    OPENSSL_free(utf8);
    return result;
}

} // namespace etcddrill
