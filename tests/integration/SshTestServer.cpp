#include "SshTestServer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <pwd.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace etcddrill {

SshTestServer::SshTestServer(const QString& address) : m_address(address)
{
    if (const passwd* entry = ::getpwuid(::getuid()))
        m_user = QString::fromLocal8Bit(entry->pw_name);
}

SshTestServer::~SshTestServer()
{
    stop();
}

QString SshTestServer::clientKey() const
{
    return m_dir.filePath(QStringLiteral("id_ed25519"));
}

QString SshTestServer::wrongClientKey() const
{
    return m_dir.filePath(QStringLiteral("wrong_ed25519"));
}

QString SshTestServer::knownHostsFile() const
{
    return m_dir.filePath(QStringLiteral("known_hosts"));
}

QString SshTestServer::log() const
{
    QFile file(m_dir.filePath(QStringLiteral("sshd.log")));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

int SshTestServer::freePort(const QString& address)
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress(address), 0))
        return 0;
    return probe.serverPort();
}

bool SshTestServer::keygen(const QString& file, QString* error)
{
    QProcess keygen;
    // A test key without passphrase in a throw-away folder: this is the one place an empty -N is right.
    keygen.start(QStringLiteral("ssh-keygen"),
                 {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"),
                  QString(), QStringLiteral("-C"), QStringLiteral("etcd-drill-test"), QStringLiteral("-f"),
                  file});
    if (!keygen.waitForFinished(30000) || keygen.exitStatus() != QProcess::NormalExit ||
        keygen.exitCode() != 0) {
        *error = QStringLiteral("ssh-keygen for %1 failed: %2 %3")
                     .arg(file, keygen.errorString(), QString::fromLocal8Bit(keygen.readAllStandardError()));
        keygen.kill();
        keygen.waitForFinished();
        return false;
    }
    return true;
}

bool SshTestServer::start(QString* error)
{
    if (!m_dir.isValid()) {
        *error = QStringLiteral("cannot create a temporary folder");
        return false;
    }
    if (m_user.isEmpty()) {
        *error = QStringLiteral("cannot tell the user name of uid %1").arg(::getuid());
        return false;
    }
    // sshd run as root drops privileges into this empty folder (its privilege separation directory); a
    // container without an ssh service never made it.
    if (::getuid() == 0 && !QFileInfo::exists(QStringLiteral("/run/sshd"))) {
        if (::mkdir("/run/sshd", 0755) != 0 && errno != EEXIST) {
            *error = QStringLiteral("cannot create /run/sshd: %1")
                         .arg(QString::fromLocal8Bit(std::strerror(errno)));
            return false;
        }
    }
    const QString hostKey = m_dir.filePath(QStringLiteral("ssh_host_ed25519_key"));
    if (!keygen(hostKey, error) || !keygen(clientKey(), error) || !keygen(wrongClientKey(), error))
        return false;
    if (!QFile::copy(clientKey() + QStringLiteral(".pub"),
                     m_dir.filePath(QStringLiteral("authorized_keys")))) {
        *error = QStringLiteral("cannot write authorized_keys");
        return false;
    }
    QFile(knownHostsFile()).open(QIODevice::WriteOnly);

    m_port = freePort(m_address);
    if (m_port == 0) {
        *error = QStringLiteral("no free port on %1").arg(m_address);
        return false;
    }
    const QString configFile = m_dir.filePath(QStringLiteral("sshd_config"));
    QFile config(configFile);
    if (!config.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write %1").arg(configFile);
        return false;
    }
    config.write(QStringLiteral("Port %1\n"
                                "ListenAddress %2\n"
                                "HostKey %3\n"
                                "PidFile %4\n"
                                "AuthorizedKeysFile %5\n"
                                "StrictModes no\n"
                                "UsePAM no\n"
                                "PubkeyAuthentication yes\n"
                                "PasswordAuthentication no\n"
                                "KbdInteractiveAuthentication no\n"
                                "PermitRootLogin prohibit-password\n"
                                "LogLevel VERBOSE\n")
                     .arg(QString::number(m_port), m_address, hostKey,
                          m_dir.filePath(QStringLiteral("sshd.pid")),
                          m_dir.filePath(QStringLiteral("authorized_keys")))
                     .toUtf8());
    config.close();

    m_sshd.setStandardInputFile(QProcess::nullDevice());
    m_sshd.setStandardOutputFile(m_dir.filePath(QStringLiteral("sshd.log")));
    m_sshd.setStandardErrorFile(m_dir.filePath(QStringLiteral("sshd.log")), QIODevice::Append);
    m_sshd.setChildProcessModifier([] {
        // Own group: stop() reaches the per-connection children too. Dies with the test even on a crash.
        ::setsid();
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    });
    // sshd re-executes itself for every connection and insists on an absolute path.
    m_sshd.start(QStringLiteral("/usr/sbin/sshd"),
                 {QStringLiteral("-D"), QStringLiteral("-e"), QStringLiteral("-f"), configFile});
    if (!m_sshd.waitForStarted(10000)) {
        *error = QStringLiteral("cannot start /usr/sbin/sshd: %1").arg(m_sshd.errorString());
        return false;
    }
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 10000) {
        if (m_sshd.state() != QProcess::Running) {
            *error = QStringLiteral("sshd exited at once: %1").arg(log());
            return false;
        }
        QTcpSocket socket;
        socket.connectToHost(QHostAddress(m_address), quint16(m_port));
        if (socket.waitForConnected(500)) {
            socket.disconnectFromHost();
            return true;
        }
        QThread::msleep(50);
    }
    *error = QStringLiteral("sshd does not accept connections on %1:%2 after 10 s: %3")
                 .arg(m_address, QString::number(m_port), log());
    return false;
}

void SshTestServer::stop()
{
    if (m_sshd.state() == QProcess::NotRunning)
        return;
    const qint64 pid = m_sshd.processId();
    if (pid > 0)
        ::kill(-pid_t(pid), SIGKILL);
    m_sshd.waitForFinished(5000);
}

} // namespace etcddrill
