// EtcdTlsMaterial: PEM files are checked before gRPC sees them; the messages name the file and the fix and
// never contain key material. Test certificates are made with the openssl command in a temporary directory.
#include "EtcdTlsMaterial.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace etcddrill;

class TestEtcdTlsMaterial : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    bool openssl(const QStringList& args)
    {
        QProcess p;
        p.start(QStringLiteral("openssl"), args);
        return p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    }

    void selfSigned(const char* key, const char* cert, const char* cn)
    {
        QVERIFY(openssl({"req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
                         "-keyout", path(key), "-out", path(cert), "-days", "1", "-subj",
                         QStringLiteral("/CN=%1").arg(QString::fromLatin1(cn))}));
    }

    static void write(const QString& file, const QByteArray& bytes)
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }

    static QByteArray read(const QString& file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        selfSigned("a.key", "a.crt", "client-a");
        selfSigned("b.key", "b.crt", "client-b");
        write(path("garbage.pem"), "not a pem file\n");
    }

    void complete()
    {
        EtcdTlsMaterial m;
        QString error;
        QVERIFY2(m.load({path("a.crt"), path("a.crt"), path("a.key")}, &error), qPrintable(error));
        QCOMPARE(QByteArray::fromStdString(m.caPem()), read(path("a.crt")));
        QCOMPARE(QByteArray::fromStdString(m.certPem()), read(path("a.crt")));
        QCOMPARE(QByteArray::fromStdString(m.keyPem()), read(path("a.key")));
    }

    void caOnly()
    {
        EtcdTlsMaterial m;
        QString error;
        QVERIFY2(m.load({path("a.crt"), {}, {}}, &error), qPrintable(error));
        QVERIFY(m.certPem().empty());
        QVERIFY(m.keyPem().empty());
    }

    void errors_data()
    {
        QTest::addColumn<QString>("ca");
        QTest::addColumn<QString>("cert");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QStringList>("mentions");
        const QString a = path("a.crt"), aKey = path("a.key"), bKey = path("b.key");
        QTest::newRow("missing ca") << path("nope.crt") << a << aKey
                                    << QStringList{path("nope.crt"), "cannot read"};
        QTest::newRow("ca not pem") << path("garbage.pem") << a << aKey
                                    << QStringList{"garbage.pem", "not a PEM"};
        QTest::newRow("key as cert") << a << aKey << aKey
                                     << QStringList{"a.key", "certificate file", "swapped"};
        QTest::newRow("cert as key") << a << a << a << QStringList{"key file", "PRIVATE KEY"};
        QTest::newRow("foreign key") << a << a << bKey << QStringList{"b.key", "does not belong", "a.crt"};
        QTest::newRow("cert without key") << a << a << QString() << QStringList{"without its key"};
        QTest::newRow("key without cert") << a << QString() << aKey << QStringList{"without a certificate"};
    }
    void errors()
    {
        QFETCH(QString, ca);
        QFETCH(QString, cert);
        QFETCH(QString, key);
        QFETCH(QStringList, mentions);
        EtcdTlsMaterial m;
        QString error;
        QVERIFY(!m.load({ca, cert, key}, &error));
        for (const QString& part : mentions)
            QVERIFY2(error.contains(part), qPrintable(QStringLiteral("'%1' lacks '%2'").arg(error, part)));
        QVERIFY(m.keyPem().empty());
        for (const char* name : {"a.key", "b.key"}) {
            const QByteArray keyBody = read(path(name)).split('\n').value(1); // a line of the base64 key
            QVERIFY(!keyBody.isEmpty());
            QVERIFY(!error.toUtf8().contains(keyBody));
        }
    }

    void encryptedKey()
    {
        QVERIFY(openssl(
            {"pkey", "-in", path("a.key"), "-out", path("enc.key"), "-aes256", "-passout", "pass:x"}));
        EtcdTlsMaterial m;
        QString error;
        QVERIFY(!m.load({path("a.crt"), path("a.crt"), path("enc.key")}, &error));
        QVERIFY2(error.contains(QStringLiteral("encrypted")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestEtcdTlsMaterial)
#include "TestEtcdTlsMaterial.moc"
