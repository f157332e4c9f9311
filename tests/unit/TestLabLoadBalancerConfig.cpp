// The lab's haproxy.cfg and nginx.conf: the settings the drill depends on are there (an active TLS /readyz
// check with the lab's inter/fall/rise for haproxy; passive checks only for nginx's stream proxy, the next
// apiserver on errors and 5xx for its http proxy), and the real haproxy and nginx accept the files (haproxy
// -c, nginx -t), so a syntax slip fails here rather than in `lab up`.
#include "LabHaproxyConfig.h"
#include "LabLayout.h"
#include "LabNginxConfig.h"
#include "LabPki.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace etcddrill;
using namespace std::chrono_literals;

namespace {

QString daemon(const QString& name)
{
    QString found = QStandardPaths::findExecutable(name);
    return found.isEmpty() ? QStandardPaths::findExecutable(name, {QStringLiteral("/usr/sbin")}) : found;
}

QString run(const QString& program, const QStringList& arguments, int* exitCode)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(20000)) {
        process.kill();
        process.waitForFinished();
        *exitCode = -1;
        return QStringLiteral("timed out");
    }
    *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return QString::fromLocal8Bit(process.readAll());
}

bool write(const QString& path, const QByteArray& content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

} // namespace

class TestLabLoadBalancerConfig : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_layout.dir = m_dir.path();
        m_layout.baseAddress = QStringLiteral("127.0.24.11");
        m_layout.haproxyInter = 1500ms;
        m_layout.haproxyFall = 3;
        m_layout.haproxyRise = 4;
        QString error;
        QVERIFY2(LabPki::generate(m_layout, &error), qPrintable(error));
    }

    void haproxyChecksReadyzActively()
    {
        const QString config = QString::fromUtf8(LabHaproxyConfig::generate(m_layout));
        QVERIFY2(config.contains(QStringLiteral("bind 127.0.24.110:6443")), qPrintable(config));
        QVERIFY(config.contains(QStringLiteral("mode tcp")));
        QVERIFY(config.contains(QStringLiteral("balance roundrobin")));
        QVERIFY(config.contains(QStringLiteral("option httpchk")));
        QVERIFY(config.contains(QStringLiteral("uri /readyz")));
        QVERIFY(config.contains(QStringLiteral("http-check expect status 200")));
        QVERIFY(
            config.contains(QStringLiteral("check check-ssl verify required ca-file %1 verifyhost kubernetes "
                                           "inter 1500ms fall 3 rise 4")
                                .arg(m_layout.kubernetesCaCertFile())));
        for (int i = 0; i < 3; ++i)
            QVERIFY(config.contains(QStringLiteral("server M%1 127.0.24.%2:6443").arg(i + 1).arg(11 + i)));
        QVERIFY(config.contains(QStringLiteral("log stderr")));
        // Foreground, as whoever runs the lab: no daemon, user or group directive.
        static const QRegularExpression forbidden(QStringLiteral("^\\s*(daemon|user|group|chroot)\\b"),
                                                  QRegularExpression::MultilineOption);
        QVERIFY2(!forbidden.match(config).hasMatch(), qPrintable(forbidden.match(config).captured()));

        const QString haproxy = daemon(QStringLiteral("haproxy"));
        QVERIFY2(!haproxy.isEmpty(), "haproxy is not installed: run packaging/install-deps.sh");
        const QString file = m_dir.filePath(QStringLiteral("haproxy.cfg"));
        QVERIFY(write(file, config.toUtf8()));
        int exitCode = -1;
        const QString output = run(haproxy, {QStringLiteral("-c"), QStringLiteral("-f"), file}, &exitCode);
        QVERIFY2(exitCode == 0, qPrintable(output));
        QVERIFY2(!output.contains(QStringLiteral("WARNING")), qPrintable(output));
    }

    void nginxChecksOnlyPassively()
    {
        const QByteArray config =
            LabNginxConfig::generate(m_layout, LabNginxConfig::defaultStreamModule(), QStringLiteral("root"));
        const QString text = QString::fromUtf8(config);
        QVERIFY2(text.contains(QStringLiteral("listen 127.0.24.111:6443;")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("load_module %1;").arg(LabNginxConfig::defaultStreamModule())));
        QVERIFY(text.contains(QStringLiteral("daemon off;")));
        QVERIFY(text.contains(QStringLiteral("proxy_connect_timeout 1s;")));
        QVERIFY(text.contains(QStringLiteral("proxy_next_upstream on;")));
        QVERIFY(text.contains(QStringLiteral("user root;")));
        for (int i = 0; i < 3; ++i)
            QVERIFY(text.contains(
                QStringLiteral("server 127.0.24.%1:6443 max_fails=1 fail_timeout=10s;").arg(11 + i)));
        QVERIFY(!text.contains(QStringLiteral("health_check"))); // nginx plus only: no active checks
        QVERIFY(!LabNginxConfig::generate(m_layout, QString(), QString()).contains("load_module"));

        const QString nginx = daemon(QStringLiteral("nginx"));
        QVERIFY2(!nginx.isEmpty() && QFile::exists(LabNginxConfig::defaultStreamModule()),
                 "nginx or its stream module is not installed: run packaging/install-deps.sh");
        // Run as who we are: the user directive only matters to a root master.
        int exitCode = -1;
        const QString output = nginxTest(
            nginx, QStringLiteral("nginx"),
            LabNginxConfig::generate(m_layout, LabNginxConfig::defaultStreamModule(), QString()), &exitCode);
        QVERIFY2(exitCode == 0, qPrintable(output));
        QVERIFY2(output.contains(QStringLiteral("test is successful")), qPrintable(output));
    }

    // --domain-proxy http: nginx terminates TLS with the apiservers' certificate, verifies the apiservers and
    // retries the next one on errors and 5xx; no stream module. The real nginx accepts it (with the real
    // certificate files of the lab's PKI).
    void nginxHttpProxyRetriesTheNextApiserver()
    {
        LabLayout layout = m_layout;
        layout.domainProxy = LabLayout::DomainProxy::Http;
        const QString text = QString::fromUtf8(
            LabNginxConfig::generate(layout, LabNginxConfig::defaultStreamModule(), QStringLiteral("root")));
        QVERIFY2(text.contains(QStringLiteral("listen 127.0.24.111:6443 ssl;")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("load_module")));
        QVERIFY(!text.contains(QStringLiteral("stream {")));
        QVERIFY(text.contains(
            QStringLiteral("proxy_next_upstream error timeout http_500 http_502 http_503 http_504;")));
        QVERIFY(text.contains(QStringLiteral("proxy_ssl_verify on;")));
        QVERIFY(text.contains(
            QStringLiteral("proxy_ssl_trusted_certificate %1;").arg(layout.kubernetesCaCertFile())));
        QVERIFY(text.contains(QStringLiteral("ssl_certificate %1;").arg(layout.apiserverCertFile(0))));
        QCOMPARE(LabLayout::domainProxyFromName(QStringLiteral("http")), LabLayout::DomainProxy::Http);
        QVERIFY(!LabLayout::domainProxyFromName(QStringLiteral("tcp")));

        const QString nginx = daemon(QStringLiteral("nginx"));
        QVERIFY2(!nginx.isEmpty(), "nginx is not installed: run packaging/install-deps.sh");
        int exitCode = -1;
        const QString output = nginxTest(nginx, QStringLiteral("nginx-http"),
                                         LabNginxConfig::generate(layout, QString(), QString()), &exitCode);
        QVERIFY2(exitCode == 0, qPrintable(output));
        QVERIFY2(output.contains(QStringLiteral("test is successful")), qPrintable(output));
    }

private:
    // `nginx -t` of `config` in a prefix of its own under the test's folder; its output, *exitCode.
    QString nginxTest(const QString& nginx, const QString& folder, const QByteArray& config, int* exitCode)
    {
        const QString prefix = m_dir.filePath(folder);
        const QString file = prefix + QStringLiteral("/nginx.conf");
        if (!QDir().mkpath(prefix + QStringLiteral("/logs")) || !write(file, config))
            return QStringLiteral("cannot write %1").arg(file);
        return run(nginx,
                   {QStringLiteral("-t"), QStringLiteral("-p"), prefix + QLatin1Char('/'),
                    QStringLiteral("-c"), file, QStringLiteral("-e"),
                    prefix + QStringLiteral("/logs/error.log")},
                   exitCode);
    }

    QTemporaryDir m_dir;
    LabLayout m_layout;
};

QTEST_GUILESS_MAIN(TestLabLoadBalancerConfig)
#include "TestLabLoadBalancerConfig.moc"
