// The lab's haproxy.cfg and nginx.conf: the settings the drill depends on are there (an active TLS /readyz
// check with the lab's inter/fall/rise for haproxy; passive checks only for nginx), and the real haproxy and
// nginx accept the files (haproxy -c, nginx -t), so a syntax slip fails here rather than in `lab up`.
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
        const QString prefix = m_dir.filePath(QStringLiteral("nginx"));
        QVERIFY(QDir().mkpath(prefix + QStringLiteral("/logs")));
        const QString file = prefix + QStringLiteral("/nginx.conf");
        // Run as who we are: the user directive only matters to a root master.
        QVERIFY(write(file,
                      LabNginxConfig::generate(m_layout, LabNginxConfig::defaultStreamModule(), QString())));
        int exitCode = -1;
        const QString output =
            run(nginx,
                {QStringLiteral("-t"), QStringLiteral("-p"), prefix + QLatin1Char('/'), QStringLiteral("-c"),
                 file, QStringLiteral("-e"), prefix + QStringLiteral("/logs/error.log")},
                &exitCode);
        QVERIFY2(exitCode == 0, qPrintable(output));
        QVERIFY2(output.contains(QStringLiteral("test is successful")), qPrintable(output));
    }

private:
    QTemporaryDir m_dir;
    LabLayout m_layout;
};

QTEST_GUILESS_MAIN(TestLabLoadBalancerConfig)
#include "TestLabLoadBalancerConfig.moc"
