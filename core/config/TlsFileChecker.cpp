#include "TlsFileChecker.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QRegularExpression>

#include <openssl/bio.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace etcddrill {

namespace {

using BioPtr = std::unique_ptr<BIO, decltype(&BIO_free)>;
using X509Ptr = std::unique_ptr<X509, decltype(&X509_free)>;
using KeyPtr = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;

// A PEM file is a few KiB; a CA bundle rarely 300 KiB. Anything bigger is the wrong file, and reading it
// whole would only waste memory.
constexpr qint64 maxPemSize = 1024 * 1024;

// Holds file bytes and wipes them on destruction: the bytes may be a private key.
class WipedBytes
{
public:
    QByteArray bytes;
    ~WipedBytes()
    {
        if (!bytes.isEmpty())
            OPENSSL_cleanse(bytes.data(), static_cast<size_t>(bytes.size()));
    }
};

// Reads the file or says why it cannot; the reason follows the file name in a message.
QString readPem(const QString& path, WipedBytes& out)
{
    const QFileInfo info(path);
    if (!info.exists())
        return QStringLiteral("does not exist");
    if (info.isDir())
        return QStringLiteral("is a directory, not a PEM file");
    if (info.size() > maxPemSize)
        return QStringLiteral("is larger than 1 MiB, too large for a PEM file");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot be read: %1").arg(file.errorString());
    out.bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return QStringLiteral("cannot be read: %1").arg(file.errorString());
    if (out.bytes.trimmed().isEmpty())
        return QStringLiteral("is empty");
    if (!out.bytes.contains("-----BEGIN "))
        return QStringLiteral("is not PEM (it has no -----BEGIN line; a DER file converts with "
                              "openssl x509 -inform der)");
    return {};
}

// The label of the first PEM block ("CERTIFICATE", "PRIVATE KEY", …): labels are not secret, and naming the
// one found tells the operator which paths were swapped.
QString firstBlockLabel(const QByteArray& pem)
{
    static const QRegularExpression begin(QStringLiteral("-----BEGIN ([A-Z0-9 ]+)-----"));
    const auto match = begin.match(QString::fromLatin1(pem.left(4096)));
    return match.hasMatch() ? match.captured(1) : QString();
}

BioPtr memoryBio(const QByteArray& bytes)
{
    return BioPtr(BIO_new_mem_buf(bytes.constData(), static_cast<int>(bytes.size())), &BIO_free);
}

// Never prompt on the terminal for a pass phrase (OpenSSL's default callback would): refuse instead.
int refusePassphrase(char*, int, int, void*)
{
    return -1;
}

QString utcText(const ASN1_TIME* time)
{
    struct tm parts = {};
    if (!time || ASN1_TIME_to_tm(time, &parts) != 1)
        return QStringLiteral("an unreadable date");
    const QDateTime when(QDate(parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday),
                         QTime(parts.tm_hour, parts.tm_min, parts.tm_sec), Qt::UTC);
    return when.toString(Qt::ISODate);
}

QList<std::shared_ptr<X509>> readCertificates(const QByteArray& pem)
{
    QList<std::shared_ptr<X509>> certificates;
    BioPtr bio = memoryBio(pem);
    while (bio) {
        X509* certificate = PEM_read_bio_X509(bio.get(), nullptr, refusePassphrase, nullptr);
        if (!certificate)
            break;
        certificates.append(std::shared_ptr<X509>(certificate, &X509_free));
    }
    // The loop ends on "no start line" at the end of the file: not an error worth keeping.
    ERR_clear_error();
    return certificates;
}

KeyPtr readKey(const QByteArray& pem)
{
    BioPtr bio = memoryBio(pem);
    KeyPtr key(bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, refusePassphrase, nullptr) : nullptr,
               &EVP_PKEY_free);
    ERR_clear_error();
    return key;
}

QString notThe(const QString& wanted, const QString& foundLabel, const QString& swapHint)
{
    QString text = QStringLiteral("holds no %1").arg(wanted);
    if (!foundLabel.isEmpty())
        text += QStringLiteral(" (its first PEM block is %1%2)").arg(foundLabel, swapHint);
    return text;
}

} // namespace

QString TlsFileChecker::problemWith(const QString& path, Role role)
{
    WipedBytes pem;
    if (QString problem = readPem(path, pem); !problem.isEmpty())
        return problem;

    if (role == Role::PrivateKey) {
        const QString label = firstBlockLabel(pem.bytes);
        if (label.contains(QLatin1String("ENCRYPTED")) || pem.bytes.contains("Proc-Type: 4,ENCRYPTED"))
            return QStringLiteral(
                "holds an encrypted private key; etcd-drill needs it unencrypted, as kubeadm "
                "writes it (decrypt a copy with openssl pkey)");
        if (!readKey(pem.bytes))
            return notThe(QStringLiteral("private key"), label,
                          label.contains(QLatin1String("CERTIFICATE"))
                              ? QStringLiteral(": are the cert and key paths swapped?")
                              : QString());
        return {};
    }

    const QList<std::shared_ptr<X509>> certificates = readCertificates(pem.bytes);
    if (certificates.isEmpty()) {
        const QString label = firstBlockLabel(pem.bytes);
        return notThe(QStringLiteral("certificate"), label,
                      label.contains(QLatin1String("KEY")) ? QStringLiteral(": is this the key file?")
                                                           : QString());
    }

    if (role == Role::CaCertificate) {
        for (const auto& certificate : certificates) {
            if (X509_check_ca(certificate.get()) >= 1)
                return {};
        }
        return QStringLiteral("holds no CA certificate (no CA:TRUE basic constraint): is this the client "
                              "certificate instead of the CA?");
    }

    X509* certificate = certificates.first().get();
    if (X509_cmp_current_time(X509_get0_notAfter(certificate)) < 0)
        return QStringLiteral("holds a certificate that expired on %1: renew it (kubeadm certs renew …)")
            .arg(utcText(X509_get0_notAfter(certificate)));
    if (X509_cmp_current_time(X509_get0_notBefore(certificate)) > 0)
        return QStringLiteral("holds a certificate that is not valid before %1: check the clock")
            .arg(utcText(X509_get0_notBefore(certificate)));
    return {};
}

QString TlsFileChecker::mismatchBetween(const QString& certFile, const QString& keyFile)
{
    WipedBytes certPem;
    WipedBytes keyPem;
    if (!readPem(certFile, certPem).isEmpty() || !readPem(keyFile, keyPem).isEmpty())
        return {};
    const QList<std::shared_ptr<X509>> certificates = readCertificates(certPem.bytes);
    const KeyPtr key = readKey(keyPem.bytes);
    if (certificates.isEmpty() || !key)
        return {};
    const bool match = X509_check_private_key(certificates.first().get(), key.get()) == 1;
    ERR_clear_error();
    if (match)
        return {};
    return QStringLiteral("the certificate was not issued for this private key");
}

} // namespace etcddrill
